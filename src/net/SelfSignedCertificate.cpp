#include "net/SelfSignedCertificate.h"

#include "net/OpenSslPointers.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace
{

using OpenSsl::BioPtr;
using OpenSsl::PkeyPtr;
using OpenSsl::X509Ptr;

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<int>(size));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

PkeyPtr readPrivateKey(const QSslKey& key)
{
    QByteArray pem = key.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    PkeyPtr result(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    pem.fill('\0');
    return result;
}

X509Ptr readCertificate(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QString& commonName, const QStringList& dnsNames,
                                                      const QStringList& ipAddresses, int validDays)
{
    Request request;
    request.commonName = commonName;
    request.dnsNames = dnsNames;
    request.ipAddresses = ipAddresses;
    request.validDays = validDays;
    request.isCa = true;
    return make(request, nullptr);
}

SelfSignedCertificate SelfSignedCertificate::issue(const SelfSignedCertificate& issuer, const Request& request)
{
    return make(request, &issuer);
}

SelfSignedCertificate SelfSignedCertificate::make(const Request& request, const SelfSignedCertificate* issuer)
{
    SelfSignedCertificate result;
    auto fail = [&result](const char* what) {
        result.m_error = QCoreApplication::translate("SelfSignedCertificate", "Could not create a self-signed certificate (%1).")
                             .arg(QLatin1String(what));
        return result;
    };

    PkeyPtr key(request.rsaBits > 0 ? EVP_RSA_gen(static_cast<unsigned int>(request.rsaBits)) : EVP_EC_gen("P-256"));
    if (!key)
        return fail("key generation");

    PkeyPtr signingKey;
    X509Ptr issuerCert;
    if (issuer) {
        signingKey = readPrivateKey(issuer->m_key);
        issuerCert = readCertificate(issuer->m_certificatePem);
        if (!signingKey || !issuerCert)
            return fail("issuer");
    }

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return fail("certificate");

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail("random serial");
    serial[0] &= 0x7f;
    BIGNUM* serialBn = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER* serialAsn = serialBn ? BN_to_ASN1_INTEGER(serialBn, nullptr) : nullptr;
    BN_free(serialBn);
    if (!serialAsn)
        return fail("serial");
    X509_set_serialNumber(cert.get(), serialAsn);
    ASN1_INTEGER_free(serialAsn);

    // Backdated a little so clock skew between threads/processes never makes it "not yet valid".
    constexpr long Day = 24L * 3600;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), request.validFromDays * Day - 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), (static_cast<long>(request.validFromDays) + request.validDays) * Day);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("CAS Console demo"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509* signer = issuer ? issuerCert.get() : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));

    QStringList altNames;
    for (const QString& dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString& ip : request.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    if (!altNames.isEmpty() && !addExtension(cert.get(), signer, NID_subject_alt_name, altNames.join(u',').toLatin1()))
        return fail("subjectAltName");
    const QByteArray constraints = request.isCa ? QByteArrayLiteral("critical,CA:TRUE") : QByteArrayLiteral("critical,CA:FALSE");
    const QByteArray usage =
        request.isCa ? QByteArrayLiteral("critical,digitalSignature,keyCertSign") : QByteArrayLiteral("critical,digitalSignature");
    if (!addExtension(cert.get(), signer, NID_basic_constraints, constraints) || !addExtension(cert.get(), signer, NID_key_usage, usage)
        || !addExtension(cert.get(), signer, NID_ext_key_usage, QByteArrayLiteral("serverAuth"))
        || !addExtension(cert.get(), signer, NID_subject_key_identifier, QByteArrayLiteral("hash"))
        || (issuer && !addExtension(cert.get(), signer, NID_authority_key_identifier, QByteArrayLiteral("keyid:always"))))
        return fail("extensions");

    if (X509_sign(cert.get(), issuer ? signingKey.get() : key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail("PEM encoding");

    result.m_certificatePem = bioContents(certBio.get());
    result.m_certificate = QSslCertificate(result.m_certificatePem, QSsl::Pem);
    QByteArray keyPem = bioContents(keyBio.get());
    result.m_key = QSslKey(keyPem, request.rsaBits > 0 ? QSsl::Rsa : QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    keyPem.fill('\0');
    if (result.isNull())
        return fail("Qt could not read the generated PEM");
    return result;
}
