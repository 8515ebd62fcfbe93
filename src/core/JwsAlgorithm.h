#pragma once

#include <QByteArray>
#include <QString>

/// One JWS "alg" this application can verify (RFC 7518 §3, RFC 8037), and what it needs.
struct JwsAlgorithm
{
    enum class Family { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

    // In this order, the two ints share a word between the pointers (no padding inside).
    const char* name; ///< "HS256", case-sensitive as in RFC 7518
    Family family;
    int hashBytes; ///< output length of the digest (MAC length, PSS salt length)
    const char* digest; ///< OpenSSL digest name; nullptr for EdDSA
    const char* curve; ///< JOSE curve name for ES* ("P-256"); nullptr otherwise
    int coordinateBytes; ///< ES*: length of R and of S in the raw signature

    QString nameString() const
    {
        return QString::fromLatin1(name);
    }

    /// The algorithm named exactly so, or nullptr.
    static const JwsAlgorithm* find(const QString& name);
    /// "HS256, HS384, HS512" for the algorithms of one family (for messages).
    static QString namesOf(Family family);
};
