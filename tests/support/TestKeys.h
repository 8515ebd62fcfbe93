#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <openssl/types.h>

#include <memory>

/// Test-time keys and JWS tokens made with OpenSSL: generate keys, export them as PEM,
/// self-signed certificate, JWK and JWKS, and sign compact tokens with any JWS alg.
class TestKeys
{
public:
    enum class KeyType { Rsa2048, EcP256, EcP384, EcP521, Ed25519 };
    using Key = std::shared_ptr<EVP_PKEY>;

    /// A fresh key pair.
    static Key generate(KeyType type);
    /// A fresh RSA key of any size; keyType "RSA-PSS" gives a key restricted to PSS.
    static Key generateRsa(int bits, const char* keyType = "RSA");
    /// A fresh key of any OpenSSL type ("ED448"; "EC" with group "secp256k1") for unsupported-key tests.
    static Key generate(const char* keyType, const char* group = nullptr);
    /// The same key pair for the same (type, slot) for the life of the process: keygen is slow.
    static Key cached(KeyType type, int slot = 0);
    /// The key type that signs alg ("RS256" -> Rsa2048, "ES384" -> EcP384, "EdDSA" -> Ed25519).
    static KeyType keyTypeFor(const QString& alg);

    static QByteArray publicPem(const Key& key); ///< BEGIN PUBLIC KEY
    static QByteArray rsaPublicPemPkcs1(const Key& key); ///< BEGIN RSA PUBLIC KEY
    static QByteArray privatePem(const Key& key); ///< BEGIN PRIVATE KEY (PKCS#8)
    static QByteArray certificatePem(const Key& key); ///< self-signed, CN=CAS Console test
    /// Public JWK; kid, alg, use are only written when not empty.
    static QJsonObject publicJwk(const Key& key, const QString& kid = {}, const QString& alg = {}, const QString& use = {});
    static QJsonObject octJwk(const QByteArray& secret, const QString& kid = {}, const QString& alg = {});
    static QByteArray jwkText(const QJsonObject& jwk);
    static QByteArray jwksText(const QList<QJsonObject>& keys);

    static QByteArray base64Url(const QByteArray& data);
    /// The raw JWS signature of signingInput (ES*: R||S of fixed length).
    static QByteArray signature(const QString& alg, const QByteArray& signingInput, const Key& key);
    static QByteArray hmac(const QString& alg, const QByteArray& signingInput, const QByteArray& secret);

    /// Compact tokens "header.payload.signature" from the JSON texts, encoded as given.
    static QString sign(const QString& alg, const QByteArray& headerJson, const QByteArray& payloadJson, const Key& key);
    static QString signHmac(const QString& alg, const QByteArray& headerJson, const QByteArray& payloadJson, const QByteArray& secret);
    static QString signHs256(const QByteArray& headerJson, const QByteArray& payloadJson, const QByteArray& secret);
    /// {"alg":alg,"typ":"JWT"} plus "kid" when not empty.
    static QByteArray header(const QString& alg, const QString& kid = {});
};
