#include "net/CertificateText.h"

#include "core/SafeText.h"
#include "net/OpenSslPointers.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/pem.h>

#include <ctime>

namespace
{

// Every value of one attribute, as UTF-8 text, in the order the certificate lists them. A byte order
// mark a server put at the start stays (QString::fromUtf8 would drop it).
QStringList values(const X509_NAME* name, int nid)
{
    QStringList found;
    for (int at = X509_NAME_get_index_by_NID(name, nid, -1); at >= 0; at = X509_NAME_get_index_by_NID(name, nid, at)) {
        unsigned char* utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
        if (size >= 0)
            found.append(SafeText::decodeUtf8(reinterpret_cast<const char*>(utf8), size));
        OPENSSL_free(utf8);
    }
    return found;
}

QString nameOf(const X509_NAME* name)
{
    QStringList parts;
    const QString cn = values(name, NID_commonName).join(QStringLiteral(", "));
    const QString o = values(name, NID_organizationName).join(QStringLiteral(", "));
    if (!cn.isEmpty())
        parts.append(QStringLiteral("CN=") + cn);
    if (!o.isEmpty())
        parts.append(QStringLiteral("O=") + o);
    if (parts.isEmpty())
        return CertificateText::displayName(name);
    return parts.join(QStringLiteral(", "));
}

QDateTime utcOf(const ASN1_TIME* time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday), QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     Qt::UTC);
}

QStringList alternativeNamesOf(X509* certificate)
{
    QStringList names;
    auto* general = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; general && i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME* entry = sk_GENERAL_NAME_value(general, i);
        if (entry->type == GEN_DNS) {
            const ASN1_STRING* dns = entry->d.dNSName;
            names.append(SafeText::decodeUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)), ASN1_STRING_length(dns)));
        } else if (entry->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* ip = entry->d.iPAddress;
            const unsigned char* bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                names.append(
                    QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3]).toString());
            else if (ASN1_STRING_length(ip) == 16)
                names.append(QHostAddress(bytes).toString());
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

} // namespace

QString CertificateText::displayName(const X509_NAME* name)
{
    for (const int nid : {NID_commonName, NID_organizationName, NID_organizationalUnitName}) {
        const QStringList found = values(name, nid);
        if (!found.isEmpty())
            return found.first();
    }
    return {};
}

CertificateInfo CertificateText::read(X509* certificate)
{
    CertificateInfo info;
    if (!certificate)
        return info;
    info.subject = nameOf(X509_get_subject_name(certificate));
    info.issuer = nameOf(X509_get_issuer_name(certificate));
    info.selfSigned = X509_check_issued(certificate, certificate) == X509_V_OK;
    info.validFrom = utcOf(X509_get0_notBefore(certificate));
    info.validTo = utcOf(X509_get0_notAfter(certificate));
    unsigned char* der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size > 0)
        info.sha256 = QCryptographicHash::hash(QByteArrayView(der, size), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    info.alternativeNames = alternativeNamesOf(certificate);
    const OpenSsl::BioPtr pem(BIO_new(BIO_s_mem()));
    if (pem && PEM_write_bio_X509(pem.get(), certificate) == 1) {
        char* data = nullptr;
        const long length = BIO_ctrl(pem.get(), BIO_CTRL_INFO, 0, &data);
        info.pem = QByteArray(data, static_cast<qsizetype>(length));
    }
    return info;
}

CertificateInfo CertificateText::read(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    const OpenSsl::X509Ptr x509(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
    return read(x509.get());
}
