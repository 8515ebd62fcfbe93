#include "net/ExtraTrust.h"

#include "net/OpenSslPointers.h"

namespace
{

// After a PEM boundary line: spaces, then a line feed (CR LF or LF). Moves *offset past them.
bool skipLineEnd(const QByteArray& pem, qsizetype* offset)
{
    qsizetype at = *offset;
    while (at < pem.size() && pem.at(at) == ' ')
        ++at;
    if (at < pem.size() && pem.at(at) == '\n') {
        *offset = at + 1;
        return true;
    }
    if (at + 1 < pem.size() && pem.at(at) == '\r' && pem.at(at + 1) == '\n') {
        *offset = at + 2;
        return true;
    }
    return false;
}

} // namespace

ExtraTrust::Anchors ExtraTrust::readPem(const QByteArray& pem)
{
    static constexpr char Begin[] = "-----BEGIN CERTIFICATE-----";
    static constexpr char End[] = "-----END CERTIFICATE-----";
    Anchors certificates;
    qsizetype offset = 0;
    for (;;) {
        qsizetype start = pem.indexOf(Begin, offset);
        if (start < 0)
            break;
        start += qsizetype(sizeof(Begin)) - 1;
        if (!skipLineEnd(pem, &start))
            break;
        const qsizetype end = pem.indexOf(End, start);
        if (end < 0)
            break;
        offset = end + qsizetype(sizeof(End)) - 1;
        if (offset < pem.size() && !skipLineEnd(pem, &offset))
            break;
        const QByteArray der = QByteArray::fromBase64(QByteArray::fromRawData(pem.constData() + start, end - start));
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        if (X509* certificate = d2i_X509(nullptr, &data, static_cast<long>(der.size())))
            certificates.emplace_back(certificate);
    }
    return certificates;
}

bool ExtraTrust::isIssuerError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}
