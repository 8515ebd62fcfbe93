#include "net/ExtraTrust.h"

#include "net/OpenSslPointers.h"

#include <QHostAddress>
#include <QSslSocket>

#include <algorithm>

namespace
{

using OpenSsl::X509Ptr;

X509Ptr toX509(const QSslCertificate& certificate)
{
    // Qt's OpenSSL backend already holds the parsed certificate: share it. Decoding DER again
    // costs OpenSSL 3 about 1.5 M instructions per certificate (its key decoders), a tenth of a
    // whole `cas-console token`.
    static const bool openSslBackend = QSslSocket::activeBackend() == QLatin1String("openssl");
    if (auto* native = openSslBackend ? static_cast<X509*>(certificate.handle()) : nullptr; native && X509_up_ref(native) == 1)
        return X509Ptr(native);
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, der.size()));
}

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

bool ExtraTrust::onlyIssuerErrors(const QList<QSslError>& errors)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), [](const QSslError& error) {
        return isIssuerError(error.error());
    });
}

bool ExtraTrust::chainVerifies(const QList<QSslCertificate>& peerChain, const Anchors& anchors, const QString& host, QString* reason)
{
    auto fail = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (peerChain.isEmpty())
        return fail(QStringLiteral("the server sent no certificate"));
    if (anchors.empty())
        return fail(QStringLiteral("no CA to check against"));
    if (host.isEmpty())
        return fail(QStringLiteral("no host name to check"));

    OpenSsl::X509StorePtr store(X509_STORE_new());
    if (!store)
        return fail(QStringLiteral("out of memory"));
    for (const auto& anchor : anchors) {
        if (!anchor || X509_STORE_add_cert(store.get(), anchor.get()) != 1)
            return fail(QStringLiteral("a CA certificate cannot be read"));
    }

    const X509Ptr leaf = toX509(peerChain.first());
    OpenSsl::X509ChainPtr untrusted(sk_X509_new_null());
    if (!leaf || !untrusted)
        return fail(QStringLiteral("the server's certificate cannot be read"));
    for (qsizetype i = 1; i < peerChain.size(); ++i) {
        X509Ptr x509 = toX509(peerChain.at(i));
        if (!x509 || sk_X509_push(untrusted.get(), x509.get()) == 0)
            return fail(QStringLiteral("the server's certificate chain cannot be read"));
        static_cast<void>(x509.release()); // owned by the stack now
    }

    OpenSsl::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return fail(QStringLiteral("out of memory"));
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray name = host.toUtf8();
    const bool isAddress = !QHostAddress(host).isNull();
    const int hostSet = isAddress ? X509_VERIFY_PARAM_set1_ip_asc(param, name.constData())
                                  : X509_VERIFY_PARAM_set1_host(param, name.constData(), static_cast<size_t>(name.size()));
    if (hostSet != 1)
        return fail(QStringLiteral("the host name cannot be checked"));

    if (X509_verify_cert(context.get()) == 1)
        return true;
    return fail(QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))));
}
