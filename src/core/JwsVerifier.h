#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The outcome of checking a token's signature.
struct VerifyResult
{
    enum class Status {
        Verified, ///< the signature is valid for this key
        NotVerified, ///< checked, and the signature does not match (tampered, or another key)
        NotChecked, ///< could not be checked: bad key, unsupported or forbidden alg, malformed token
    };
    enum class Reason {
        None,
        SignatureMismatch,
        AlgNone, ///< alg "none" never verifies
        UnsupportedAlgorithm,
        KeyAlgorithmMismatch, ///< e.g. an RSA key offered for HS256, or a JWK whose alg/use/key_ops forbid it
        KeyNotFound, ///< JWKS without a key for the token's kid
        BadKey, ///< key text could not be parsed
        MalformedToken, ///< not a JWS compact token; includes internal whitespace
        BadSignatureEncoding, ///< e.g. ES256 signature of the wrong length
        UnknownCritical, ///< "crit" names an extension we do not understand
        KeyGivenAsSecret, ///< a PEM block, certificate, JWK or JWKS offered as a shared secret
        WeakKey, ///< an RSA key under 2048 bits for RS*/PS* (RFC 7518 §3.3)
        MalformedKey, ///< the key was read but its values are invalid (RSA exponent even or below 3)
        Unavailable, ///< this installation cannot check signatures (its network module is missing)
    };
    Status status = Status::NotChecked;
    Reason reason = Reason::None;
    QString message; ///< for a person: what happened and, if not verified, what to try
    QString algorithm; ///< the token's alg
    QString keyDescription; ///< "HMAC secret (32 bytes)", "RSA 2048-bit public key", "JWK kid=abc (EC P-256)"
    QString note; ///< a weakness that does not stop verification (an HMAC secret shorter than the hash)

    bool verified() const
    {
        return status == Status::Verified;
    }
};

/// JWS signature verification with OpenSSL 3 (EVP): HS/RS/PS/ES 256/384/512 and EdDSA (Ed25519).
/// The key decides which algorithms it may verify (RFC 8725). The checks run in the network
/// module (JwsSignature), loaded on the first call.
class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JwsVerifier)

public:
    /// Shared secret for HS*: raw bytes, or base64/base64url text when isBase64.
    static VerifyResult verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64);
    /// PEM public key, PEM certificate, JWK (any kty incl. oct) or JWKS: detected from the text.
    static VerifyResult verifyWithKey(const QString& token, const QByteArray& keyText);
};
