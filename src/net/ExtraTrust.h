#pragma once

#include <QByteArray>
#include <QSslError>

#include "net/OpenSslPointers.h"

#include <vector>

/// CAs a request trusts beyond, or instead of, the system's roots: a profile's CA file, the demo's
/// certificate. TlsSession makes them trust anchors, even when they are intermediates, as
/// `curl --cacert` treats them.
namespace ExtraTrust
{

/// Trust anchors as OpenSSL holds them.
using Anchors = std::vector<OpenSsl::X509Ptr>;

/// The certificates in PEM text, read the way QSslCertificate::fromData(pem, QSsl::Pem) reads them
/// (each "-----BEGIN CERTIFICATE-----" block whose base64 is a DER certificate, in order; other
/// blocks and undecodable ones are skipped), but decoded once: a QSslCertificate made by Qt's
/// OpenSSL backend decodes the certificate and then copies it, and each decode costs OpenSSL 3
/// about 1.5 M instructions (its key decoders), a thirtieth of a whole `cas-console token`.
Anchors readPem(const QByteArray& pem);

/// True for the errors that only say the chain ends at an issuer nobody trusts (self-signed,
/// unknown or untrusted issuer): the one list of them, for TlsSession and CasClient's messages.
bool isIssuerError(QSslError::SslError error);

} // namespace ExtraTrust
