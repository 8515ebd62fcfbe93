#include "net/JwsKey.h"

#include "core/JwsBase64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace OpenSsl;

namespace
{
struct JoseCurve
{
    const char* jose;
    const char* openssl;
    int coordinateBytes;
};

const JoseCurve s_curves[] = {
    {"P-256", "prime256v1", 32},
    {"P-384", "secp384r1", 48},
    {"P-521", "secp521r1", 66},
};

const JoseCurve* curveByJose(const QString& name)
{
    for (const JoseCurve& curve : s_curves) {
        if (name == QLatin1String(curve.jose))
            return &curve;
    }
    return nullptr;
}

const JoseCurve* curveByOpenSsl(const QString& name)
{
    for (const JoseCurve& curve : s_curves) {
        if (name == QLatin1String(curve.openssl))
            return &curve;
    }
    return nullptr;
}

QString decimal(const BIGNUM* number)
{
    char* text = BN_bn2dec(number);
    QString result = text ? QString::fromLatin1(text) : QStringLiteral("?");
    OPENSSL_free(text);
    return result;
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

PkeyPtr publicKeyFromParams(const char* keyType, OSSL_PARAM_BLD* builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0)
        return nullptr;
    EVP_PKEY* raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return PkeyPtr(raw);
}

// Reads a JWK member that must be base64url; sets error and returns nullopt if it is not.
std::optional<QByteArray> jwkBytes(const QJsonObject& jwk, const char* member, QString* error)
{
    const QString name = QString::fromLatin1(member);
    const QJsonValue value = jwk.value(name);
    if (!value.isString()) {
        *error = JwsKey::tr("The JWK has no \"%1\" member.").arg(name);
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = JwsBase64::decodeUrlStrict(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty()) {
        *error = JwsKey::tr("The JWK member \"%1\" is not valid base64url.").arg(name);
        return std::nullopt;
    }
    return bytes;
}
} // namespace

JwsKey JwsKey::fromSecret(const QByteArray& secret)
{
    JwsKey key;
    key.m_type = Type::Hmac;
    key.m_secret = secret;
    return key;
}

JwsKey::KeyText JwsKey::classify(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.contains("-----BEGIN")) {
        return trimmed.contains("-----BEGIN CERTIFICATE") || trimmed.contains("-----BEGIN X509 CERTIFICATE") ? KeyText::Certificate
                                                                                                             : KeyText::PemBlock;
    }
    if (trimmed.startsWith('{')) {
        const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
        if (object.contains(QLatin1String("keys")) || trimmed.contains("\"keys\""))
            return KeyText::Jwks;
        if (object.contains(QLatin1String("kty")) || trimmed.contains("\"kty\""))
            return KeyText::Jwk;
        return KeyText::NotAKey;
    }
    // The body of a PEM block without its BEGIN/END lines: base64 of a DER public key or certificate.
    QByteArray compact = trimmed;
    compact.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray()).replace('\t', QByteArray());
    if (compact.size() < 64 || !compact.startsWith("MI"))
        return KeyText::NotAKey;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return KeyText::NotAKey;
    const auto* der = reinterpret_cast<const unsigned char*>(decoded.decoded.constData());
    const unsigned char* cursor = der;
    const X509Ptr certificate(d2i_X509(nullptr, &cursor, long(decoded.decoded.size())));
    if (certificate) {
        ERR_clear_error();
        return KeyText::Certificate;
    }
    cursor = der;
    const PkeyPtr pkey(d2i_PUBKEY(nullptr, &cursor, long(decoded.decoded.size())));
    ERR_clear_error();
    return pkey ? KeyText::PemBlock : KeyText::NotAKey;
}

QString JwsKey::keyTextName(KeyText kind)
{
    switch (kind) {
    case KeyText::PemBlock:
        return tr("a PEM public key");
    case KeyText::Certificate:
        return tr("a certificate");
    case KeyText::Jwk:
        return tr("a JWK");
    case KeyText::Jwks:
        return tr("a JWKS");
    case KeyText::NotAKey:
        break;
    }
    return {};
}

JwsKey::ParseResult JwsKey::parse(const QByteArray& text)
{
    ParseResult result;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = tr("The key is empty. Paste a PEM public key, a certificate, a JWK or a JWKS.");
        return result;
    }

    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (!document.isObject()) {
            result.error = tr("The key looks like JSON but cannot be read (%1). Paste a JWK or a JWKS.").arg(parseError.errorString());
            return result;
        }
        const QJsonObject object = document.object();
        if (object.contains(QLatin1String("keys"))) {
            result.isSet = true;
            const QJsonValue keys = object.value(QLatin1String("keys"));
            if (!keys.isArray()) {
                result.error = tr("The JWKS member \"keys\" is not a list.");
                return result;
            }
            const QJsonArray array = keys.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject jwk = array.at(i).toObject();
                const QJsonValue kid = jwk.value(QLatin1String("kid"));
                const QString name = kid.isString() ? tr("kid=%1").arg(kid.toString()) : tr("key #%1").arg(i + 1);
                JwsKey key;
                QString error;
                if (!array.at(i).isObject())
                    result.skipped.append(tr("%1: not a JSON object.").arg(name));
                else if (!fromJwk(jwk, &key, &error))
                    result.skipped.append(tr("%1: %2").arg(name, error));
                else
                    result.keys.push_back(std::move(key));
            }
            return result;
        }
        if (object.contains(QLatin1String("kty"))) {
            JwsKey key;
            if (fromJwk(object, &key, &result.error))
                result.keys.push_back(std::move(key));
            return result;
        }
        result.error = tr("The JSON has neither \"kty\" (a JWK) nor \"keys\" (a JWKS).");
        return result;
    }

    if (trimmed.contains("-----BEGIN")) {
        if (trimmed.contains("PRIVATE KEY-----")) {
            result.error = tr("This is a private key. Verifying needs only the public key: paste the "
                              "public key (openssl pkey -pubout) or the certificate instead.");
            return result;
        }
        PkeyPtr pkey;
        JwsKey key;
        if (trimmed.contains("-----BEGIN CERTIFICATE-----")) {
            const BioPtr bio = memoryBio(trimmed);
            const X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (certificate)
                pkey.reset(X509_get_pubkey(certificate.get()));
            key.m_origin = QStringLiteral("certificate");
        } else if (trimmed.contains("-----BEGIN PUBLIC KEY-----")) {
            const BioPtr bio = memoryBio(trimmed);
            pkey.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
        } else if (trimmed.contains("-----BEGIN RSA PUBLIC KEY-----")) {
            EVP_PKEY* raw = nullptr;
            OSSL_DECODER_CTX* decoder =
                OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", "type-specific", "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
            if (decoder) {
                const auto* data = reinterpret_cast<const unsigned char*>(trimmed.constData());
                size_t length = size_t(trimmed.size());
                OSSL_DECODER_from_data(decoder, &data, &length);
                OSSL_DECODER_CTX_free(decoder);
            }
            pkey.reset(raw);
        } else {
            result.error = tr("This PEM block is not a public key or a certificate. Paste a block "
                              "starting with BEGIN PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE.");
            return result;
        }
        ERR_clear_error();
        if (!pkey) {
            result.error = tr("The PEM text cannot be read: it may be cut short or altered. Paste the "
                              "whole block, BEGIN and END lines included.");
            return result;
        }
        if (fromPkey(std::move(pkey), &key, &result.error))
            result.keys.push_back(std::move(key));
        return result;
    }

    result.error = tr("The key is not a PEM public key, a certificate, a JWK or a JWKS. If it is the "
                      "shared secret of an HS256/HS384/HS512 token, enter it as a secret instead.");
    return result;
}

bool JwsKey::fromPkey(PkeyPtr pkey, JwsKey* key, QString* error)
{
    switch (EVP_PKEY_get_base_id(pkey.get())) {
    case EVP_PKEY_RSA:
        key->m_type = Type::Rsa;
        break;
    case EVP_PKEY_RSA_PSS:
        key->m_type = Type::RsaPss;
        break;
    case EVP_PKEY_ED25519:
        key->m_type = Type::Ed25519;
        break;
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1) {
            ERR_clear_error();
            *error = tr("The EC key has no named curve; JWS uses P-256, P-384 or P-521.");
            return false;
        }
        const JoseCurve* curve = curveByOpenSsl(QString::fromLatin1(group));
        if (!curve) {
            *error = tr("The EC key is on curve %1; JWS ES256/ES384/ES512 use P-256, P-384 and P-521.").arg(QString::fromLatin1(group));
            return false;
        }
        key->m_type = Type::Ec;
        key->m_curve = QString::fromLatin1(curve->jose);
        break;
    }
    default: {
        const char* name = EVP_PKEY_get0_type_name(pkey.get());
        *error = tr("Keys of type %1 are not supported; use an RSA, EC (P-256/384/521) or Ed25519 key.")
                     .arg(name ? QString::fromLatin1(name) : tr("unknown"));
        return false;
    }
    }
    key->m_bits = EVP_PKEY_get_bits(pkey.get());
    if (key->m_type == Type::Rsa || key->m_type == Type::RsaPss) {
        BIGNUM* exponent = nullptr;
        if (EVP_PKEY_get_bn_param(pkey.get(), OSSL_PKEY_PARAM_RSA_E, &exponent) != 1) {
            ERR_clear_error();
            key->m_malformation = tr("The RSA key has no readable public exponent.");
        } else {
            const BignumPtr holder(exponent);
            // RFC 8017 §3.1: e is odd and at least 3; anything else is not an RSA public key.
            if (!BN_is_odd(exponent) || BN_get_word(exponent) < 3)
                key->m_malformation = tr("The RSA key's public exponent must be odd and at least 3; this one is %1, so "
                                         "the key is malformed.")
                                          .arg(decimal(exponent));
        }
    }
    key->m_pkey = std::move(pkey);
    return true;
}

bool JwsKey::fromJwk(const QJsonObject& jwk, JwsKey* key, QString* error)
{
    key->m_isJwk = true;
    const QJsonValue kid = jwk.value(QLatin1String("kid"));
    if (kid.isString()) {
        key->m_hasKid = true;
        key->m_kid = kid.toString();
    }
    key->m_jwkAlg = jwk.value(QLatin1String("alg")).toString();
    if (jwk.contains(QLatin1String("use"))) {
        key->m_hasUse = true;
        key->m_use = jwk.value(QLatin1String("use")).toString();
    }
    if (jwk.contains(QLatin1String("key_ops"))) {
        key->m_hasKeyOps = true;
        const QJsonArray ops = jwk.value(QLatin1String("key_ops")).toArray();
        for (const auto& op : ops)
            key->m_keyOps.append(op.toString());
    }

    const QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty == QLatin1String("oct")) {
        const std::optional<QByteArray> k = jwkBytes(jwk, "k", error);
        if (!k)
            return false;
        key->m_type = Type::Hmac;
        key->m_secret = *k;
        return true;
    }

    if (jwk.contains(QLatin1String("d"))) {
        *error = tr("This JWK holds a private key (it has \"d\"). Verifying needs only the public "
                    "key: remove the private members or export the public JWK.");
        return false;
    }

    PkeyPtr pkey;
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder) {
        *error = tr("Out of memory while reading the JWK.");
        return false;
    }
    if (kty == QLatin1String("RSA")) {
        const std::optional<QByteArray> n = jwkBytes(jwk, "n", error);
        if (!n)
            return false;
        const std::optional<QByteArray> e = jwkBytes(jwk, "e", error);
        if (!e)
            return false;
        const BignumPtr modulus(BN_bin2bn(reinterpret_cast<const unsigned char*>(n->constData()), int(n->size()), nullptr));
        const BignumPtr exponent(BN_bin2bn(reinterpret_cast<const unsigned char*>(e->constData()), int(e->size()), nullptr));
        if (modulus && exponent && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) == 1
            && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) == 1)
            pkey = publicKeyFromParams("RSA", builder.get());
    } else if (kty == QLatin1String("EC")) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        const JoseCurve* curve = curveByJose(crv);
        if (!curve) {
            *error = tr("The JWK curve \"%1\" is not supported; use P-256, P-384 or P-521.").arg(crv);
            return false;
        }
        const std::optional<QByteArray> x = jwkBytes(jwk, "x", error);
        if (!x)
            return false;
        const std::optional<QByteArray> y = jwkBytes(jwk, "y", error);
        if (!y)
            return false;
        if (x->size() != curve->coordinateBytes || y->size() != curve->coordinateBytes) {
            *error = tr("The JWK coordinates x and y must be %1 bytes each for %2.").arg(curve->coordinateBytes).arg(crv);
            return false;
        }
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->openssl, 0) == 1
            && OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())) == 1)
            pkey = publicKeyFromParams("EC", builder.get());
    } else if (kty == QLatin1String("OKP")) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        if (crv != QLatin1String("Ed25519")) {
            *error = tr("The OKP curve \"%1\" is not supported; use Ed25519.").arg(crv);
            return false;
        }
        const std::optional<QByteArray> x = jwkBytes(jwk, "x", error);
        if (!x)
            return false;
        if (x->size() != 32) {
            *error = tr("The JWK member \"x\" must be 32 bytes for Ed25519.");
            return false;
        }
        if (OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, x->constData(), size_t(x->size())) == 1)
            pkey = publicKeyFromParams("ED25519", builder.get());
    } else {
        *error = kty.isEmpty() ? tr("The JWK has no \"kty\".")
                               : tr("The JWK key type \"%1\" is not supported; use RSA, EC, OKP or oct.").arg(kty);
        return false;
    }
    ERR_clear_error();
    if (!pkey) {
        *error = tr("The JWK does not describe a valid %1 public key.").arg(kty);
        return false;
    }
    return fromPkey(std::move(pkey), key, error);
}

QString JwsKey::typeDescription() const
{
    switch (m_type) {
    case Type::Hmac:
        return tr("HMAC secret, %n bytes", nullptr, int(m_secret.size()));
    case Type::Rsa:
        return tr("RSA %1-bit").arg(m_bits);
    case Type::RsaPss:
        return tr("RSA-PSS %1-bit").arg(m_bits);
    case Type::Ec:
        return tr("EC %1").arg(m_curve);
    case Type::Ed25519:
        return tr("Ed25519");
    }
    return {};
}

QString JwsKey::description() const
{
    if (m_isJwk) {
        if (m_hasKid)
            return tr("JWK kid=%1 (%2)").arg(m_kid, typeDescription());
        return tr("JWK (%1)").arg(typeDescription());
    }
    if (m_type == Type::Hmac)
        return tr("HMAC secret (%n bytes)", nullptr, int(m_secret.size()));
    if (m_origin == QLatin1String("certificate"))
        return tr("%1 public key from a certificate").arg(typeDescription());
    return tr("%1 public key").arg(typeDescription());
}

QString JwsKey::refusal(const JwsAlgorithm& algorithm) const
{
    using Family = JwsAlgorithm::Family;
    const QString alg = algorithm.nameString();
    const Family family = algorithm.family;

    bool typeFits = false;
    switch (m_type) {
    case Type::Hmac:
        typeFits = family == Family::Hmac;
        break;
    case Type::Rsa:
        typeFits = family == Family::RsaPkcs1 || family == Family::RsaPss;
        break;
    case Type::RsaPss:
        typeFits = family == Family::RsaPss;
        break;
    case Type::Ec:
        typeFits = family == Family::Ecdsa;
        break;
    case Type::Ed25519:
        typeFits = family == Family::EdDsa;
        break;
    }

    if (!typeFits) {
        if (m_type == Type::Hmac) {
            return tr("An HMAC secret can only verify %1 tokens, and this token uses %2, which needs a "
                      "public key. Paste the signer's public key, certificate or JWK instead.")
                .arg(JwsAlgorithm::namesOf(Family::Hmac), alg);
        }
        if (family == Family::Hmac) {
            return tr("The token uses %1, which needs a shared secret, but the key is a public key (%2). "
                      "A public key is never used as an HMAC secret (that is the key-confusion attack). "
                      "If you really hold the shared secret, verify with it as a secret.")
                .arg(alg, typeDescription());
        }
        if (m_type == Type::Ec && family == Family::Ecdsa) {
            return tr("The token uses %1, which needs an EC key on %2, but this key is on %3.")
                .arg(alg, QString::fromLatin1(algorithm.curve), m_curve);
        }
        QString allowed;
        switch (m_type) {
        case Type::Rsa:
            allowed = JwsAlgorithm::namesOf(Family::RsaPkcs1) + QStringLiteral(", ") + JwsAlgorithm::namesOf(Family::RsaPss);
            break;
        case Type::RsaPss:
            allowed = JwsAlgorithm::namesOf(Family::RsaPss);
            break;
        case Type::Ec:
            allowed = m_curve == QLatin1String("P-256") ? QStringLiteral("ES256")
                : m_curve == QLatin1String("P-384")     ? QStringLiteral("ES384")
                                                        : QStringLiteral("ES512");
            break;
        case Type::Ed25519:
            allowed = QStringLiteral("EdDSA");
            break;
        case Type::Hmac:
            break;
        }
        return tr("This %1 key can only verify %2, but the token uses %3.").arg(typeDescription(), allowed, alg);
    }

    if (m_type == Type::Ec && m_curve != QLatin1String(algorithm.curve)) {
        return tr("The token uses %1, which needs an EC key on %2, but this key is on %3.")
            .arg(alg, QString::fromLatin1(algorithm.curve), m_curve);
    }
    if (!m_jwkAlg.isEmpty() && m_jwkAlg != alg)
        return tr("The JWK is restricted to alg %1, but the token uses %2.").arg(m_jwkAlg, alg);
    if (m_hasUse && m_use != QLatin1String("sig"))
        return tr("The JWK has use \"%1\", so it may not verify signatures (that needs use \"sig\").").arg(m_use);
    if (m_hasKeyOps && !m_keyOps.contains(QLatin1String("verify"))) {
        return tr("The JWK's key_ops (%1) do not include \"verify\".")
            .arg(m_keyOps.isEmpty() ? tr("empty") : m_keyOps.join(QStringLiteral(", ")));
    }
    return {};
}
