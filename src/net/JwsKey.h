#pragma once

#include "core/JwsAlgorithm.h"
#include "net/OpenSslPointers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

class QJsonObject;

/// One verification key, parsed from what a person pasted: an HMAC secret, a PEM public key or
/// certificate, or one JWK. It knows which algorithms it may verify (RFC 8725 §3.1).
class JwsKey
{
    Q_DECLARE_TR_FUNCTIONS(JwsKey)

public:
    enum class Type { Hmac, Rsa, RsaPss, Ec, Ed25519 };

    /// What the key text held: keys (one, or a JWKS's), or why nothing could be read.
    struct ParseResult
    {
        std::vector<JwsKey> keys; ///< JWKS entries that could not be read are left out
        bool isSet = false; ///< the text was a JWKS
        QStringList skipped; ///< for a JWKS: entries left out, and why
        QString error; ///< set when no key could be read at all
    };

    /// What a text offered as a shared secret really is when it is key material.
    enum class KeyText { NotAKey, PemBlock, Certificate, Jwk, Jwks };

    static JwsKey fromSecret(const QByteArray& secret);
    /// Key material (PEM block, certificate, JWK, JWKS, or the base64 DER of a public key or
    /// certificate) is never an HMAC secret: this tells it apart (RFC 8725 §2.1).
    static KeyText classify(const QByteArray& text);
    /// "a PEM public key", "a certificate", "a JWK", "a JWKS"
    static QString keyTextName(KeyText kind);
    /// PEM public key, PEM certificate, JWK or JWKS, detected from the text.
    static ParseResult parse(const QByteArray& text);

    Type type() const
    {
        return m_type;
    }
    EVP_PKEY* pkey() const
    {
        return m_pkey.get();
    }
    const QByteArray& secret() const
    {
        return m_secret;
    }
    QString curve() const
    {
        return m_curve;
    }
    int bits() const
    {
        return m_bits;
    }
    /// "HMAC secret (11 bytes)", "RSA 2048-bit public key", "JWK kid=abc (EC P-256)"
    QString description() const;

    bool isJwk() const
    {
        return m_isJwk;
    }
    bool hasKid() const
    {
        return m_hasKid;
    }
    QString kid() const
    {
        return m_kid;
    }

    /// Why the key's own values are invalid (an RSA public exponent that is even or below 3);
    /// empty when they are fine.
    QString malformation() const
    {
        return m_malformation;
    }

    /// Why this key must not verify a token signed with algorithm; empty when it may.
    QString refusal(const JwsAlgorithm& algorithm) const;

private:
    static bool fromJwk(const QJsonObject& jwk, JwsKey* key, QString* error);
    static bool fromPkey(OpenSsl::PkeyPtr pkey, JwsKey* key, QString* error);
    QString typeDescription() const;

    Type m_type = Type::Hmac;
    OpenSsl::PkeyPtr m_pkey;
    QByteArray m_secret;
    QString m_curve;
    int m_bits = 0;
    QString m_origin; ///< "certificate" when the key came from one
    QString m_malformation;

    bool m_isJwk = false;
    bool m_hasKid = false;
    QString m_kid;
    QString m_jwkAlg;
    bool m_hasUse = false;
    QString m_use;
    bool m_hasKeyOps = false;
    QStringList m_keyOps;
};
