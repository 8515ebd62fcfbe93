#pragma once

#include "core/CasResult.h"

#include <QSslCertificate>

#include <openssl/x509.h>

/// What the views show of a certificate (CertificateInfo), read out in the network module so
/// that nothing showing it needs Qt Network. Read from OpenSSL's own objects: a QSslCertificate
/// would start Qt's whole TLS layer (TlsSession.h).
namespace CertificateText
{
CertificateInfo read(X509* certificate);
/// The same for a certificate Qt holds (decoded again from its DER form).
CertificateInfo read(const QSslCertificate& certificate);
/// The name a person knows the certificate by, as QSslCertificate::subjectDisplayName() gives it:
/// the first common name, else organization, else organizational unit.
QString displayName(const X509_NAME* name);
} // namespace CertificateText
