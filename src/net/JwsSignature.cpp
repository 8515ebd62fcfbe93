#include "net/JwsSignature.h"

#include "core/JwsAlgorithm.h"
#include "core/JwsBase64.h"
#include "net/JwsKey.h"
#include "net/OpenSslPointers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

using namespace OpenSsl;

namespace
{
using Status = VerifyResult::Status;
using Reason = VerifyResult::Reason;

struct Token
{
    QByteArray signingInput;
    QByteArray signature;
    QString alg;
    const JwsAlgorithm* algorithm = nullptr;
    bool hasKid = false;
    QString kid;
};

VerifyResult result(Status status, Reason reason, const QString& message, const QString& alg = {}, const QString& keyDescription = {})
{
    VerifyResult r;
    r.status = status;
    r.reason = reason;
    r.message = message;
    r.algorithm = alg;
    r.keyDescription = keyDescription;
    return r;
}

VerifyResult notChecked(Reason reason, const QString& message, const QString& alg = {}, const QString& keyDescription = {})
{
    return result(Status::NotChecked, reason, message, alg, keyDescription);
}

QString supportedNames()
{
    using Family = JwsAlgorithm::Family;
    return QStringList {JwsAlgorithm::namesOf(Family::Hmac), JwsAlgorithm::namesOf(Family::RsaPkcs1), JwsAlgorithm::namesOf(Family::RsaPss),
                        JwsAlgorithm::namesOf(Family::Ecdsa), JwsAlgorithm::namesOf(Family::EdDsa)}
        .join(QStringLiteral(", "));
}

// Reads the compact token and its header. Verification is strict where decoding is tolerant:
// the signature covers the exact text, so nothing inside it is cleaned up.
bool readToken(const QString& text, Token* token, VerifyResult* failure)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *failure = notChecked(Reason::MalformedToken, JwsVerifier::tr("There is no token to verify."));
        return false;
    }
    for (const QChar c : trimmed) {
        if (c.isSpace()) {
            *failure = notChecked(Reason::MalformedToken,
                                  JwsVerifier::tr("The token has spaces or line breaks inside it. Remove the "
                                                  "whitespace and verify again: the signature covers the exact text."));
            return false;
        }
        if (c.unicode() > 0x7F) {
            *failure = notChecked(Reason::MalformedToken,
                                  JwsVerifier::tr("The token has characters that cannot appear in a JWS "
                                                  "(only letters, digits, '-', '_' and dots)."));
            return false;
        }
    }
    const QByteArray compact = trimmed.toLatin1();
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() == 5) {
        *failure = notChecked(Reason::MalformedToken,
                              JwsVerifier::tr("This is an encrypted token (JWE, five parts); it has no signature "
                                              "that can be checked with a verification key."));
        return false;
    }
    if (parts.size() != 3) {
        *failure =
            notChecked(Reason::MalformedToken,
                       JwsVerifier::tr("A signed token has three parts separated by dots; this one has %n.", nullptr, int(parts.size())));
        return false;
    }

    const std::optional<QByteArray> header = JwsBase64::decodeUrlStrict(parts.at(0));
    if (!header) {
        *failure = notChecked(Reason::MalformedToken,
                              JwsVerifier::tr("The header is not valid base64url (JWS uses no padding and no "
                                              "'+' or '/')."));
        return false;
    }
    const QJsonDocument headerDocument = QJsonDocument::fromJson(*header);
    if (!headerDocument.isObject()) {
        *failure = notChecked(Reason::MalformedToken, JwsVerifier::tr("The header is not a JSON object."));
        return false;
    }
    const QJsonObject headerObject = headerDocument.object();
    const QJsonValue alg = headerObject.value(QLatin1String("alg"));
    if (!alg.isString()) {
        *failure =
            notChecked(Reason::MalformedToken, JwsVerifier::tr("The header has no \"alg\", so there is no way to know how it was signed."));
        return false;
    }
    token->alg = alg.toString();

    if (token->alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *failure = notChecked(Reason::AlgNone,
                              JwsVerifier::tr("The token says alg \"%1\": it is unsigned, and an unsigned token "
                                              "is never accepted as verified.")
                                  .arg(token->alg),
                              token->alg);
        return false;
    }

    if (headerObject.contains(QLatin1String("crit"))) {
        const QJsonArray crit = headerObject.value(QLatin1String("crit")).toArray();
        if (crit.isEmpty()) {
            *failure =
                notChecked(Reason::MalformedToken, JwsVerifier::tr("The header's \"crit\" must be a non-empty list of names."), token->alg);
            return false;
        }
        QStringList names;
        for (const auto& name : crit)
            names.append(name.isString() ? name.toString() : QStringLiteral("?"));
        *failure = notChecked(Reason::UnknownCritical,
                              JwsVerifier::tr("The token marks header parameters as critical (%1) that this "
                                              "application does not understand, so it cannot be accepted.")
                                  .arg(names.join(QStringLiteral(", "))),
                              token->alg);
        return false;
    }

    token->algorithm = JwsAlgorithm::find(token->alg);
    if (!token->algorithm) {
        QString message = JwsVerifier::tr("The algorithm \"%1\" is not supported. Supported: %2.").arg(token->alg, supportedNames());
        for (const QString& name : supportedNames().split(QStringLiteral(", "))) {
            if (name.compare(token->alg, Qt::CaseInsensitive) == 0) {
                message +=
                    QLatin1Char(' ') + JwsVerifier::tr("Algorithm names are case-sensitive: the signer should write \"%1\".").arg(name);
            }
        }
        *failure = notChecked(Reason::UnsupportedAlgorithm, message, token->alg);
        return false;
    }

    if (!JwsBase64::decodeUrlStrict(parts.at(1))) {
        *failure = notChecked(Reason::MalformedToken,
                              JwsVerifier::tr("The payload is not valid base64url (JWS uses no padding and no "
                                              "'+' or '/')."),
                              token->alg);
        return false;
    }
    const std::optional<QByteArray> signature = JwsBase64::decodeUrlStrict(parts.at(2));
    if (!signature) {
        *failure = notChecked(Reason::BadSignatureEncoding,
                              JwsVerifier::tr("The signature is not valid base64url (JWS uses no padding and no "
                                              "'+' or '/')."),
                              token->alg);
        return false;
    }
    token->signature = *signature;
    token->signingInput = parts.at(0) + '.' + parts.at(1);

    const QJsonValue kid = headerObject.value(QLatin1String("kid"));
    token->hasKid = kid.isString();
    token->kid = kid.toString();
    return true;
}

QString weaknessNote(const JwsKey& key, const JwsAlgorithm& algorithm)
{
    if (key.type() == JwsKey::Type::Hmac && key.secret().size() < algorithm.hashBytes) {
        return JwsVerifier::tr("Note: the secret is shorter than %1 bytes, the minimum RFC 7518 sets for %2, "
                               "so it may be guessed.")
            .arg(algorithm.hashBytes)
            .arg(algorithm.nameString());
    }
    return {};
}

// Raw R||S (JWS) to the DER ECDSA-Sig-Value OpenSSL verifies.
std::optional<QByteArray> ecdsaDer(const QByteArray& raw, int coordinateBytes)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BignumPtr r(BN_bin2bn(bytes, coordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(bytes + coordinateBytes, coordinateBytes, nullptr));
    const EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    static_cast<void>(r.release()); // sig owns r and s now
    static_cast<void>(s.release());
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

enum class Outcome { Match, Mismatch, Error };

Outcome verifyMac(const Token& token, const JwsKey& key)
{
    const JwsAlgorithm& algorithm = *token.algorithm;
    QByteArray mac(algorithm.hashBytes, Qt::Uninitialized);
    size_t macLength = 0;
    // OpenSSL wants a non-null key pointer even for an empty key.
    static const char empty = 0;
    const char* secret = key.secret().isEmpty() ? &empty : key.secret().constData();
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, algorithm.digest, nullptr, secret, size_t(key.secret().size()),
                   reinterpret_cast<const unsigned char*>(token.signingInput.constData()), size_t(token.signingInput.size()),
                   reinterpret_cast<unsigned char*>(mac.data()), size_t(mac.size()), &macLength)) {
        ERR_clear_error();
        return Outcome::Error;
    }
    if (token.signature.size() != mac.size() || macLength != size_t(mac.size()))
        return Outcome::Mismatch;
    return CRYPTO_memcmp(mac.constData(), token.signature.constData(), size_t(mac.size())) == 0 ? Outcome::Match : Outcome::Mismatch;
}

Outcome verifySignature(const Token& token, const JwsKey& key, const QByteArray& signature)
{
    const JwsAlgorithm& algorithm = *token.algorithm;
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pkeyCtx = nullptr;
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), &pkeyCtx, algorithm.digest, nullptr, nullptr, key.pkey(), nullptr) != 1) {
        ERR_clear_error();
        return Outcome::Error;
    }
    if (algorithm.family == JwsAlgorithm::Family::RsaPss
        && (EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pkeyCtx, algorithm.digest, nullptr) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, algorithm.hashBytes) != 1)) {
        ERR_clear_error();
        return Outcome::Error;
    }
    if (algorithm.family == JwsAlgorithm::Family::RsaPkcs1 && EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) != 1) {
        ERR_clear_error();
        return Outcome::Error;
    }
    const int rc =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(token.signingInput.constData()), size_t(token.signingInput.size()));
    ERR_clear_error();
    // A signature OpenSSL cannot even parse (wrong RSA length, bad DER) does not match either.
    return rc == 1 ? Outcome::Match : Outcome::Mismatch;
}

VerifyResult verifyToken(const Token& token, const JwsKey& key)
{
    const JwsAlgorithm& algorithm = *token.algorithm;
    const QString description = key.description();

    if (!key.malformation().isEmpty())
        return notChecked(Reason::MalformedKey, key.malformation(), token.alg, description);
    const QString refusal = key.refusal(algorithm);
    if (!refusal.isEmpty())
        return notChecked(Reason::KeyAlgorithmMismatch, refusal, token.alg, description);
    const bool rsa = algorithm.family == JwsAlgorithm::Family::RsaPkcs1 || algorithm.family == JwsAlgorithm::Family::RsaPss;
    if (rsa && key.bits() < 2048) {
        return notChecked(Reason::WeakKey,
                          JwsVerifier::tr("RSA keys under 2048 bits are refused for %1 (RFC 7518 §3.3); this key has %2 bits. "
                                          "Ask the signer for a key of at least 2048 bits.")
                              .arg(token.alg)
                              .arg(key.bits()),
                          token.alg, description);
    }

    Outcome outcome = Outcome::Error;
    switch (algorithm.family) {
    case JwsAlgorithm::Family::Hmac:
        outcome = verifyMac(token, key);
        break;
    case JwsAlgorithm::Family::Ecdsa: {
        const int expected = 2 * algorithm.coordinateBytes;
        if (token.signature.size() != expected) {
            return notChecked(Reason::BadSignatureEncoding,
                              JwsVerifier::tr("An %1 signature must be %2 bytes (R and S, %3 bytes each), but this "
                                              "one is %4 bytes. The signer may have used DER encoding, which JWS "
                                              "does not.")
                                  .arg(token.alg)
                                  .arg(expected)
                                  .arg(algorithm.coordinateBytes)
                                  .arg(token.signature.size()),
                              token.alg, description);
        }
        const std::optional<QByteArray> der = ecdsaDer(token.signature, algorithm.coordinateBytes);
        outcome = der ? verifySignature(token, key, *der) : Outcome::Error;
        break;
    }
    case JwsAlgorithm::Family::RsaPkcs1:
    case JwsAlgorithm::Family::RsaPss:
    case JwsAlgorithm::Family::EdDsa:
        outcome = verifySignature(token, key, token.signature);
        break;
    }

    switch (outcome) {
    case Outcome::Match: {
        QString message = JwsVerifier::tr("Signature verified with %1 (%2)").arg(description, token.alg);
        const QString note = weaknessNote(key, algorithm);
        if (!note.isEmpty())
            message += QStringLiteral(". ") + note;
        VerifyResult verified = result(Status::Verified, Reason::None, message, token.alg, description);
        verified.note = note;
        return verified;
    }
    case Outcome::Mismatch:
        return result(Status::NotVerified, Reason::SignatureMismatch,
                      JwsVerifier::tr("The signature does not match: the token was changed or signed with another key"), token.alg,
                      description);
    case Outcome::Error:
        break;
    }
    return notChecked(Reason::BadKey, JwsVerifier::tr("OpenSSL could not use the %1 to check a %2 signature.").arg(description, token.alg),
                      token.alg, description);
}

QString kidList(const std::vector<JwsKey>& keys)
{
    QStringList kids;
    for (const JwsKey& key : keys)
        kids.append(key.hasKid() ? key.kid() : JwsVerifier::tr("(no kid)"));
    return kids.isEmpty() ? JwsVerifier::tr("none") : kids.join(QStringLiteral(", "));
}

// Picks the JWKS key for this token; nullptr with *failure set when there is none to use.
const JwsKey* selectKey(const Token& token, const JwsKey::ParseResult& parsed, VerifyResult* failure)
{
    QString skippedNote;
    if (!parsed.skipped.isEmpty()) {
        skippedNote = QLatin1Char(' ') + JwsVerifier::tr("Entries that could not be read: %1").arg(parsed.skipped.join(QLatin1Char(' ')));
    }
    if (token.hasKid) {
        const JwsKey* firstWithKid = nullptr;
        for (const JwsKey& key : parsed.keys) {
            if (!key.hasKid() || key.kid() != token.kid)
                continue;
            if (key.refusal(*token.algorithm).isEmpty())
                return &key;
            if (!firstWithKid)
                firstWithKid = &key;
        }
        if (firstWithKid)
            return firstWithKid; // verifyToken explains why it may not be used
        *failure = notChecked(Reason::KeyNotFound,
                              JwsVerifier::tr("No key in the JWKS has kid \"%1\". Available kids: %2.").arg(token.kid, kidList(parsed.keys))
                                  + skippedNote,
                              token.alg);
        return nullptr;
    }

    std::vector<const JwsKey*> usable;
    for (const JwsKey& key : parsed.keys) {
        if (key.refusal(*token.algorithm).isEmpty())
            usable.push_back(&key);
    }
    if (usable.size() == 1)
        return usable.front();
    const QString message = usable.empty()
        ? JwsVerifier::tr("The token has no kid, and no key in the JWKS can verify %1. Available kids: %2.")
              .arg(token.alg, kidList(parsed.keys))
        : JwsVerifier::tr("The token has no kid, and %1 keys in the JWKS could verify %2, so there is no telling "
                          "which one is meant. Available kids: %3. Paste the one key instead.")
              .arg(usable.size())
              .arg(token.alg, kidList(parsed.keys));
    *failure = notChecked(Reason::KeyNotFound, message + skippedNote, token.alg);
    return nullptr;
}
} // namespace

VerifyResult JwsSignature::verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64)
{
    Token parsed;
    VerifyResult failure;
    if (!readToken(token, &parsed, &failure))
        return failure;

    const JwsKey::KeyText given = JwsKey::classify(secret);
    if (given != JwsKey::KeyText::NotAKey) {
        return notChecked(Reason::KeyGivenAsSecret,
                          JwsVerifier::tr("The secret is %1, not a shared secret. Key material is never used as an HMAC secret "
                                          "(that is how forged tokens pass as verified): use it as a key instead.")
                              .arg(JwsKey::keyTextName(given)),
                          parsed.alg);
    }

    QByteArray secretBytes = secret;
    if (isBase64) {
        const std::optional<QByteArray> decoded = JwsBase64::decodeSecret(secret);
        if (!decoded) {
            return notChecked(Reason::BadKey,
                              JwsVerifier::tr("The secret is marked as base64 but is not valid base64. Check it, or untick "
                                              "base64 if the secret is the text itself."),
                              parsed.alg);
        }
        secretBytes = *decoded;
        const JwsKey::KeyText decodedKind = JwsKey::classify(secretBytes);
        if (decodedKind != JwsKey::KeyText::NotAKey) {
            return notChecked(Reason::KeyGivenAsSecret,
                              JwsVerifier::tr("The secret decodes to %1, not a shared secret. Key material is never used as an HMAC "
                                              "secret: use it as a key instead.")
                                  .arg(JwsKey::keyTextName(decodedKind)),
                              parsed.alg);
        }
    }
    if (secretBytes.isEmpty())
        return notChecked(Reason::BadKey, JwsVerifier::tr("The secret is empty. Enter the shared secret the token was signed with."),
                          parsed.alg);

    VerifyResult verdict = verifyToken(parsed, JwsKey::fromSecret(secretBytes));
    if (verdict.status == Status::NotVerified) {
        // Only say so when the other reading of the secret really verifies: a guess would mislead.
        const std::optional<QByteArray> other = isBase64 ? std::optional<QByteArray>(secret) : JwsBase64::decodeSecret(secret);
        if (other && !other->isEmpty() && verifyToken(parsed, JwsKey::fromSecret(*other)).verified()) {
            verdict.message += QStringLiteral(". ")
                + (isBase64 ? JwsVerifier::tr("It does match when the secret is read as plain text, not decoded from base64.")
                            : JwsVerifier::tr("It does match when the secret is decoded from base64."));
        }
    }
    return verdict;
}

VerifyResult JwsSignature::verifyWithKey(const QString& token, const QByteArray& keyText)
{
    Token parsed;
    VerifyResult failure;
    if (!readToken(token, &parsed, &failure))
        return failure;

    const JwsKey::ParseResult keys = JwsKey::parse(keyText);
    if (!keys.error.isEmpty())
        return notChecked(Reason::BadKey, keys.error, parsed.alg);

    const JwsKey* key = nullptr;
    if (keys.isSet) {
        key = selectKey(parsed, keys, &failure);
        if (!key)
            return failure;
    } else if (!keys.keys.empty()) {
        key = &keys.keys.front();
    } else {
        return notChecked(Reason::BadKey, JwsVerifier::tr("No key could be read from the key text."), parsed.alg);
    }
    return verifyToken(parsed, *key);
}
