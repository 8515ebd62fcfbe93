#include "TestKeys.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QPair>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace
{
template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const
    {
        Free(p);
    }
};
void freeBio(BIO* p)
{
    BIO_free_all(p);
}
void freeBignum(BIGNUM* p)
{
    BN_free(p);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, freeBignum>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

[[noreturn]] void fail(const char* what)
{
    throw std::runtime_error(what);
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

const char* digestFor(const QString& alg)
{
    if (alg.endsWith(QLatin1String("256")))
        return "SHA256";
    if (alg.endsWith(QLatin1String("384")))
        return "SHA384";
    if (alg.endsWith(QLatin1String("512")))
        return "SHA512";
    return nullptr;
}

QByteArray bignumBytes(const BIGNUM* bn, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), length) != length)
        fail("BN_bn2binpad");
    return out;
}

QByteArray bignumParam(EVP_PKEY* key, const char* name, int length = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        fail("EVP_PKEY_get_bn_param");
    const BignumPtr bn(raw);
    return bignumBytes(bn.get(), length > 0 ? length : BN_num_bytes(bn.get()));
}
} // namespace

TestKeys::Key TestKeys::generate(KeyType type)
{
    EVP_PKEY* key = nullptr;
    switch (type) {
    case KeyType::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::EcP384:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case KeyType::EcP521:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
        break;
    case KeyType::Ed25519:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    if (!key)
        fail("EVP_PKEY_Q_keygen");
    return Key(key, EVP_PKEY_free);
}

TestKeys::Key TestKeys::generateRsa(int bits, const char* keyType)
{
    const std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
        || EVP_PKEY_generate(ctx.get(), &key) != 1)
        fail("EVP_PKEY_generate (RSA)");
    return Key(key, EVP_PKEY_free);
}

TestKeys::Key TestKeys::generate(const char* keyType, const char* group)
{
    EVP_PKEY* key = group ? EVP_PKEY_Q_keygen(nullptr, nullptr, keyType, group) : EVP_PKEY_Q_keygen(nullptr, nullptr, keyType);
    if (!key)
        fail("EVP_PKEY_Q_keygen");
    return Key(key, EVP_PKEY_free);
}

TestKeys::Key TestKeys::cached(KeyType type, int slot)
{
    static QMap<QPair<int, int>, Key> keys;
    const QPair<int, int> id(int(type), slot);
    auto it = keys.find(id);
    if (it == keys.end())
        it = keys.insert(id, generate(type));
    return it.value();
}

TestKeys::KeyType TestKeys::keyTypeFor(const QString& alg)
{
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")))
        return KeyType::Rsa2048;
    if (alg == QLatin1String("ES256"))
        return KeyType::EcP256;
    if (alg == QLatin1String("ES384"))
        return KeyType::EcP384;
    if (alg == QLatin1String("ES512"))
        return KeyType::EcP521;
    return KeyType::Ed25519;
}

QByteArray TestKeys::publicPem(const Key& key)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        fail("PEM_write_bio_PUBKEY");
    return bioContents(bio.get());
}

QByteArray TestKeys::rsaPublicPemPkcs1(const Key& key)
{
    OSSL_ENCODER_CTX* encoder = OSSL_ENCODER_CTX_new_for_pkey(key.get(), EVP_PKEY_PUBLIC_KEY, "PEM", "type-specific", nullptr);
    unsigned char* data = nullptr;
    size_t length = 0;
    const int ok = encoder ? OSSL_ENCODER_to_data(encoder, &data, &length) : 0;
    OSSL_ENCODER_CTX_free(encoder);
    if (ok != 1)
        fail("OSSL_ENCODER_to_data");
    const QByteArray pem(reinterpret_cast<const char*>(data), int(length));
    OPENSSL_free(data);
    return pem;
}

QByteArray TestKeys::privatePem(const Key& key)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        fail("PEM_write_bio_PrivateKey");
    return bioContents(bio.get());
}

QByteArray TestKeys::certificatePem(const Key& key)
{
    const X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        fail("X509_new");
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("CAS Console test"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        fail("X509_set_pubkey");
    const EVP_MD* md = EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    if (X509_sign(cert.get(), key.get(), md) <= 0)
        fail("X509_sign");
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), cert.get()) != 1)
        fail("PEM_write_bio_X509");
    return bioContents(bio.get());
}

QJsonObject TestKeys::publicJwk(const Key& key, const QString& kid, const QString& alg, const QString& use)
{
    QJsonObject jwk;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        jwk.insert(QLatin1String("kty"), QLatin1String("RSA"));
        jwk.insert(QLatin1String("n"), QString::fromLatin1(base64Url(bignumParam(key.get(), OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QLatin1String("e"), QString::fromLatin1(base64Url(bignumParam(key.get(), OSSL_PKEY_PARAM_RSA_E))));
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
        const QByteArray groupName(group);
        const int size = groupName == "prime256v1" ? 32 : groupName == "secp384r1" ? 48 : 66;
        const QString crv = size == 32 ? QStringLiteral("P-256") : size == 48 ? QStringLiteral("P-384") : QStringLiteral("P-521");
        jwk.insert(QLatin1String("kty"), QLatin1String("EC"));
        jwk.insert(QLatin1String("crv"), crv);
        jwk.insert(QLatin1String("x"), QString::fromLatin1(base64Url(bignumParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size))));
        jwk.insert(QLatin1String("y"), QString::fromLatin1(base64Url(bignumParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size))));
        break;
    }
    case EVP_PKEY_ED25519: {
        QByteArray x(32, Qt::Uninitialized);
        size_t length = size_t(x.size());
        if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(x.data()), &length) != 1)
            fail("EVP_PKEY_get_raw_public_key");
        jwk.insert(QLatin1String("kty"), QLatin1String("OKP"));
        jwk.insert(QLatin1String("crv"), QLatin1String("Ed25519"));
        jwk.insert(QLatin1String("x"), QString::fromLatin1(base64Url(x)));
        break;
    }
    default:
        fail("publicJwk: key type");
    }
    if (!kid.isEmpty())
        jwk.insert(QLatin1String("kid"), kid);
    if (!alg.isEmpty())
        jwk.insert(QLatin1String("alg"), alg);
    if (!use.isEmpty())
        jwk.insert(QLatin1String("use"), use);
    return jwk;
}

QJsonObject TestKeys::octJwk(const QByteArray& secret, const QString& kid, const QString& alg)
{
    QJsonObject jwk {{QLatin1String("kty"), QLatin1String("oct")}, {QLatin1String("k"), QString::fromLatin1(base64Url(secret))}};
    if (!kid.isEmpty())
        jwk.insert(QLatin1String("kid"), kid);
    if (!alg.isEmpty())
        jwk.insert(QLatin1String("alg"), alg);
    return jwk;
}

QByteArray TestKeys::jwkText(const QJsonObject& jwk)
{
    return QJsonDocument(jwk).toJson(QJsonDocument::Compact);
}

QByteArray TestKeys::jwksText(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const QJsonObject& key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject {{QLatin1String("keys"), array}}).toJson(QJsonDocument::Indented);
}

QByteArray TestKeys::base64Url(const QByteArray& data)
{
    return ::base64Url(data);
}

QByteArray TestKeys::hmac(const QString& alg, const QByteArray& signingInput, const QByteArray& secret)
{
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    static const char empty = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestFor(alg), nullptr, secret.isEmpty() ? &empty : secret.constData(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char*>(signingInput.constData()), size_t(signingInput.size()),
                   reinterpret_cast<unsigned char*>(mac.data()), size_t(mac.size()), &length))
        fail("EVP_Q_mac");
    mac.truncate(int(length));
    return mac;
}

QByteArray TestKeys::signature(const QString& alg, const QByteArray& signingInput, const Key& key)
{
    const bool eddsa = alg == QLatin1String("EdDSA");
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pkeyCtx = nullptr;
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &pkeyCtx, eddsa ? nullptr : digestFor(alg), nullptr, nullptr, key.get(), nullptr) != 1)
        fail("EVP_DigestSignInit_ex");
    if (alg.startsWith(QLatin1String("PS"))) {
        EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(pkeyCtx, digestFor(alg), nullptr);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, RSA_PSS_SALTLEN_DIGEST);
    }
    const auto* data = reinterpret_cast<const unsigned char*>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(signingInput.size())) != 1)
        fail("EVP_DigestSign (size)");
    QByteArray sig(int(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &length, data, size_t(signingInput.size())) != 1)
        fail("EVP_DigestSign");
    sig.truncate(int(length));
    if (!alg.startsWith(QLatin1String("ES")))
        return sig;

    const int size = alg == QLatin1String("ES256") ? 32 : alg == QLatin1String("ES384") ? 48 : 66;
    const auto* der = reinterpret_cast<const unsigned char*>(sig.constData());
    const EcdsaSigPtr ecdsa(d2i_ECDSA_SIG(nullptr, &der, long(sig.size())));
    if (!ecdsa)
        fail("d2i_ECDSA_SIG");
    return bignumBytes(ECDSA_SIG_get0_r(ecdsa.get()), size) + bignumBytes(ECDSA_SIG_get0_s(ecdsa.get()), size);
}

QString TestKeys::sign(const QString& alg, const QByteArray& headerJson, const QByteArray& payloadJson, const Key& key)
{
    const QByteArray input = base64Url(headerJson) + '.' + base64Url(payloadJson);
    return QString::fromLatin1(input + '.' + base64Url(signature(alg, input, key)));
}

QString TestKeys::signHmac(const QString& alg, const QByteArray& headerJson, const QByteArray& payloadJson, const QByteArray& secret)
{
    const QByteArray input = base64Url(headerJson) + '.' + base64Url(payloadJson);
    return QString::fromLatin1(input + '.' + base64Url(hmac(alg, input, secret)));
}

QString TestKeys::signHs256(const QByteArray& headerJson, const QByteArray& payloadJson, const QByteArray& secret)
{
    return signHmac(QStringLiteral("HS256"), headerJson, payloadJson, secret);
}

QByteArray TestKeys::header(const QString& alg, const QString& kid)
{
    QJsonObject object {{QLatin1String("alg"), alg}, {QLatin1String("typ"), QLatin1String("JWT")}};
    if (!kid.isEmpty())
        object.insert(QLatin1String("kid"), kid);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
