#include "net/CertificateText.h"

namespace
{
QString nameOf(const QSslCertificate& certificate, bool issuer)
{
    const auto get = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field)).join(QStringLiteral(", "));
    };
    QStringList parts;
    const QString cn = get(QSslCertificate::CommonName);
    const QString o = get(QSslCertificate::Organization);
    if (!cn.isEmpty())
        parts.append(QStringLiteral("CN=") + cn);
    if (!o.isEmpty())
        parts.append(QStringLiteral("O=") + o);
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateText::read(const QSslCertificate& certificate)
{
    CertificateInfo info;
    info.subject = nameOf(certificate, false);
    info.issuer = nameOf(certificate, true);
    info.selfSigned = certificate.isSelfSigned();
    info.validFrom = certificate.effectiveDate().toUTC();
    info.validTo = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.alternativeNames.append(it.value());
    info.pem = certificate.toPem();
    return info;
}
