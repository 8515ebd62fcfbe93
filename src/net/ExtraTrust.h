#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include "net/OpenSslPointers.h"

#include <vector>

/// Trust in CAs a request adds to the system store: a profile's CA file, the demo's certificate.
///
/// Qt loads system roots on demand (only the issuer a chain needs), but giving it any CA list
/// through its API turns that off and makes it parse the whole system store, which costs
/// 100-200 ms per process (bench/RESULTS.md). So CasClient leaves Qt's trust store alone and,
/// when Qt's check fails only for want of a trusted issuer, asks chainVerifies() whether the
/// server's chain leads to one of the added CAs. The added CAs are trust anchors even when they
/// are intermediates, as `curl --cacert` treats them.
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

/// True for the errors that only say the chain ends at an issuer Qt does not trust (self-signed,
/// unknown or untrusted issuer): the one list of them, for this check and for CasClient's messages.
bool isIssuerError(QSslError::SslError error);

/// True if every error Qt reported only says the chain ends at an issuer it does not trust
/// (self-signed, unknown issuer). Any other error (host name, dates, revocation...) is final.
bool onlyIssuerErrors(const QList<QSslError>& errors);

/// Verifies peerChain (leaf first, then what the server sent) with OpenSSL against exactly
/// anchors: signatures up to an anchor, every certificate valid now, fit for a TLS server, and
/// made out for host (a DNS name or an IP address). On failure *reason says why (OpenSSL's words).
bool chainVerifies(const QList<QSslCertificate>& peerChain, const Anchors& anchors, const QString& host, QString* reason = nullptr);

} // namespace ExtraTrust
