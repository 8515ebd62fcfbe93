#include "core/JwsVerifier.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace
{
using Status = VerifyResult::Status;
using Reason = VerifyResult::Reason;
using KeyType = TestKeys::KeyType;

enum Mode { WithKey, WithSecret, WithBase64Secret };

const QByteArray s_payload = QByteArrayLiteral("{\"sub\":\"viewer-1\",\"exp\":4102444800}");
const QByteArray s_secret = QByteArrayLiteral("cas-console-unit-test-shared-secret-0123456789-abcdefghijklmnopq");

const QStringList s_asymmetricAlgs = {
    QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"), QStringLiteral("PS256"), QStringLiteral("PS384"),
    QStringLiteral("PS512"), QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"), QStringLiteral("EdDSA"),
};
const QStringList s_hmacAlgs = {QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512")};

TestKeys::Key keyFor(const QString& alg, int slot = 0)
{
    return TestKeys::cached(TestKeys::keyTypeFor(alg), slot);
}

QString typeName(const QString& alg)
{
    switch (TestKeys::keyTypeFor(alg)) {
    case KeyType::Rsa2048:
        return QStringLiteral("RSA 2048-bit");
    case KeyType::EcP256:
        return QStringLiteral("EC P-256");
    case KeyType::EcP384:
        return QStringLiteral("EC P-384");
    case KeyType::EcP521:
        return QStringLiteral("EC P-521");
    case KeyType::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return {};
}

QString signedToken(const QString& alg, const QString& kid = {}, int slot = 0)
{
    if (alg.startsWith(QLatin1String("HS")))
        return TestKeys::signHmac(alg, TestKeys::header(alg, kid), s_payload, s_secret);
    return TestKeys::sign(alg, TestKeys::header(alg, kid), s_payload, keyFor(alg, slot));
}

QString withPart(const QString& token, int index, const QByteArray& part)
{
    QStringList parts = token.split(QLatin1Char('.'));
    parts[index] = QString::fromLatin1(part);
    return parts.join(QLatin1Char('.'));
}

QString tamperedPayload(const QString& token)
{
    return withPart(token, 1, TestKeys::base64Url(QByteArrayLiteral("{\"sub\":\"admin\",\"exp\":4102444800}")));
}

QString tamperedSignature(const QString& token)
{
    QByteArray signature = QByteArray::fromBase64(token.section(QLatin1Char('.'), 2).toLatin1(), QByteArray::Base64UrlEncoding);
    signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
    return withPart(token, 2, TestKeys::base64Url(signature));
}

QString withSignatureBytes(const QString& token, const QByteArray& signature)
{
    return withPart(token, 2, TestKeys::base64Url(signature));
}

QString unsignedToken(const QByteArray& headerJson)
{
    return QString::fromLatin1(TestKeys::base64Url(headerJson) + '.' + TestKeys::base64Url(s_payload) + '.');
}

void addColumns()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("keyDescription");
}

void row(const QString& name, const QString& token, const QByteArray& key, Mode mode, Status status, Reason reason,
         const QString& messagePart = {}, const QString& keyDescription = {})
{
    QTest::newRow(qPrintable(name)) << token << key << int(mode) << int(status) << int(reason) << messagePart << keyDescription;
}

void verifiedRow(const QString& name, const QString& token, const QByteArray& key, Mode mode, const QString& keyDescription,
                 const QString& alg)
{
    row(name, token, key, mode, Status::Verified, Reason::None, QStringLiteral("Signature verified with %1 (%2)").arg(keyDescription, alg),
        keyDescription);
}

QByteArray jwks3()
{
    return TestKeys::jwksText({TestKeys::publicJwk(keyFor(QStringLiteral("RS256")), QStringLiteral("k1")),
                               TestKeys::publicJwk(keyFor(QStringLiteral("ES256")), QStringLiteral("k2")),
                               TestKeys::publicJwk(keyFor(QStringLiteral("EdDSA")), QStringLiteral("k3"))});
}
} // namespace

class tst_JwsVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void algorithms_data();
    void algorithms()
    {
        check();
    }
    void forgeries_data();
    void forgeries()
    {
        check();
    }
    void keyDecidesAlgorithm_data();
    void keyDecidesAlgorithm()
    {
        check();
    }
    void rsaVariants_data();
    void rsaVariants()
    {
        check();
    }
    void jwkRestrictions_data();
    void jwkRestrictions()
    {
        check();
    }
    void jwks_data();
    void jwks()
    {
        check();
    }
    void tokens_data();
    void tokens()
    {
        check();
    }
    void secrets_data();
    void secrets()
    {
        check();
    }
    void keyMaterialIsNeverASecret_data();
    void keyMaterialIsNeverASecret()
    {
        check();
    }
    void shortSecretSaysSo();
    void badKeys_data();
    void badKeys()
    {
        check();
    }

    void rfcVectors_data();
    void rfcVectors()
    {
        check();
    }

    void messagesNeverContainTheSecret_data();
    void messagesNeverContainTheSecret();
    void noBase64HintUnlessItMatches();

private:
    void check();
};

void tst_JwsVerifier::initTestCase()
{
    for (const QString& alg : s_asymmetricAlgs) {
        QVERIFY(keyFor(alg, 0));
        QVERIFY(keyFor(alg, 1));
    }
}

void tst_JwsVerifier::check()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, key);
    QFETCH(int, mode);
    QFETCH(int, status);
    QFETCH(int, reason);
    QFETCH(QString, messagePart);
    QFETCH(QString, keyDescription);

    const VerifyResult result =
        mode == WithKey ? JwsVerifier::verifyWithKey(token, key) : JwsVerifier::verifyWithSecret(token, key, mode == WithBase64Secret);
    if (int(result.status) != status || int(result.reason) != reason)
        qWarning().noquote() << "message:" << result.message;
    QCOMPARE(int(result.status), status);
    QCOMPARE(int(result.reason), reason);
    QCOMPARE(result.verified(), status == int(Status::Verified));
    QVERIFY(!result.message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    if (!keyDescription.isEmpty())
        QCOMPARE(result.keyDescription, keyDescription);
}

void tst_JwsVerifier::algorithms_data()
{
    addColumns();
    for (const QString& alg : s_hmacAlgs) {
        const QString token = signedToken(alg);
        verifiedRow(alg + QStringLiteral(" secret"), token, s_secret, WithSecret, QStringLiteral("HMAC secret (64 bytes)"), alg);
        verifiedRow(alg + QStringLiteral(" base64 secret"), token, s_secret.toBase64(), WithBase64Secret,
                    QStringLiteral("HMAC secret (64 bytes)"), alg);
        verifiedRow(alg + QStringLiteral(" oct JWK"), token, TestKeys::jwkText(TestKeys::octJwk(s_secret, QStringLiteral("hk"))), WithKey,
                    QStringLiteral("JWK kid=hk (HMAC secret, 64 bytes)"), alg);
        const QString tokenWithKid = signedToken(alg, QStringLiteral("hk"));
        verifiedRow(
            alg + QStringLiteral(" oct JWKS"), tokenWithKid,
            TestKeys::jwksText({TestKeys::octJwk("other", QStringLiteral("other")), TestKeys::octJwk(s_secret, QStringLiteral("hk"))}),
            WithKey, QStringLiteral("JWK kid=hk (HMAC secret, 64 bytes)"), alg);
    }
    for (const QString& alg : s_asymmetricAlgs) {
        const TestKeys::Key key = keyFor(alg);
        const QString token = signedToken(alg);
        const QString type = typeName(alg);
        verifiedRow(alg + QStringLiteral(" PEM"), token, TestKeys::publicPem(key), WithKey, type + QStringLiteral(" public key"), alg);
        verifiedRow(alg + QStringLiteral(" certificate"), token, TestKeys::certificatePem(key), WithKey,
                    type + QStringLiteral(" public key from a certificate"), alg);
        verifiedRow(alg + QStringLiteral(" JWK"), token, TestKeys::jwkText(TestKeys::publicJwk(key, QStringLiteral("abc"))), WithKey,
                    QStringLiteral("JWK kid=abc (%1)").arg(type), alg);
        verifiedRow(alg + QStringLiteral(" JWK without kid"), token, TestKeys::jwkText(TestKeys::publicJwk(key)), WithKey,
                    QStringLiteral("JWK (%1)").arg(type), alg);
        verifiedRow(alg + QStringLiteral(" JWK with alg and use"), token,
                    TestKeys::jwkText(TestKeys::publicJwk(key, QStringLiteral("abc"), alg, QStringLiteral("sig"))), WithKey,
                    QStringLiteral("JWK kid=abc (%1)").arg(type), alg);
        verifiedRow(alg + QStringLiteral(" JWKS"), signedToken(alg, QStringLiteral("main")),
                    TestKeys::jwksText(
                        {TestKeys::publicJwk(keyFor(alg, 1), QStringLiteral("old")), TestKeys::publicJwk(key, QStringLiteral("main"))}),
                    WithKey, QStringLiteral("JWK kid=main (%1)").arg(type), alg);
        if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS"))) {
            verifiedRow(alg + QStringLiteral(" PKCS#1 PEM"), token, TestKeys::rsaPublicPemPkcs1(key), WithKey,
                        type + QStringLiteral(" public key"), alg);
        }
    }
}

void tst_JwsVerifier::forgeries_data()
{
    addColumns();
    const QString mismatch = QStringLiteral("The signature does not match: the token was changed or signed with another key");
    for (const QString& alg : s_hmacAlgs) {
        const QString token = signedToken(alg);
        row(alg + QStringLiteral(" tampered payload"), tamperedPayload(token), s_secret, WithSecret, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" tampered signature"), tamperedSignature(token), s_secret, WithSecret, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" another secret"), token, s_secret.left(63) + 'X', WithSecret, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" truncated MAC"),
            withSignatureBytes(token, TestKeys::hmac(alg, token.section(QLatin1Char('.'), 0, 1).toLatin1(), s_secret).left(16)), s_secret,
            WithSecret, Status::NotVerified, Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" empty signature"), withSignatureBytes(token, {}), s_secret, WithSecret, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
    }
    for (const QString& alg : s_asymmetricAlgs) {
        const QString token = signedToken(alg);
        const QByteArray pem = TestKeys::publicPem(keyFor(alg));
        row(alg + QStringLiteral(" tampered payload"), tamperedPayload(token), pem, WithKey, Status::NotVerified, Reason::SignatureMismatch,
            mismatch);
        row(alg + QStringLiteral(" tampered signature"), tamperedSignature(token), pem, WithKey, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" another key"), token, TestKeys::publicPem(keyFor(alg, 1)), WithKey, Status::NotVerified,
            Reason::SignatureMismatch, mismatch);
        row(alg + QStringLiteral(" another key as JWK"), token, TestKeys::jwkText(TestKeys::publicJwk(keyFor(alg, 1))), WithKey,
            Status::NotVerified, Reason::SignatureMismatch, mismatch);
    }
    // Header tampering: the alg switched between RS256 and PS256 keeps the key type.
    const QString rs = signedToken(QStringLiteral("RS256"));
    row(QStringLiteral("RS256 signature relabelled PS256"), withPart(rs, 0, TestKeys::base64Url(TestKeys::header(QStringLiteral("PS256")))),
        TestKeys::publicPem(keyFor(QStringLiteral("RS256"))), WithKey, Status::NotVerified, Reason::SignatureMismatch);
    row(QStringLiteral("RSA signature cut short"),
        withSignatureBytes(rs, QByteArray::fromBase64(rs.section(QLatin1Char('.'), 2).toLatin1(), QByteArray::Base64UrlEncoding).left(128)),
        TestKeys::publicPem(keyFor(QStringLiteral("RS256"))), WithKey, Status::NotVerified, Reason::SignatureMismatch);
    row(QStringLiteral("ES256 all-zero R and S"), withSignatureBytes(signedToken(QStringLiteral("ES256")), QByteArray(64, '\0')),
        TestKeys::publicPem(keyFor(QStringLiteral("ES256"))), WithKey, Status::NotVerified, Reason::SignatureMismatch);

    // Keys named by the token are never used: an attacker's key embedded as jwk, or behind jku/x5u.
    const TestKeys::Key attacker = keyFor(QStringLiteral("RS256"), 1);
    QJsonObject header {{QLatin1String("alg"), QLatin1String("RS256")},
                        {QLatin1String("jwk"), TestKeys::publicJwk(attacker)},
                        {QLatin1String("jku"), QLatin1String("https://attacker.invalid/jwks.json")},
                        {QLatin1String("x5u"), QLatin1String("https://attacker.invalid/cert.pem")}};
    row(QStringLiteral("embedded jwk, jku and x5u are ignored"),
        TestKeys::sign(QStringLiteral("RS256"), QJsonDocument(header).toJson(QJsonDocument::Compact), s_payload, attacker),
        TestKeys::publicPem(keyFor(QStringLiteral("RS256"))), WithKey, Status::NotVerified, Reason::SignatureMismatch, mismatch);
}

void tst_JwsVerifier::keyDecidesAlgorithm_data()
{
    addColumns();
    const QByteArray header = TestKeys::header(QStringLiteral("HS256"));
    for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("EdDSA")}) {
        // The classic attack: the verifier's public key text used as the HMAC secret.
        const QByteArray pem = TestKeys::publicPem(keyFor(alg));
        const QString forged = TestKeys::signHs256(header, s_payload, pem);
        row(QStringLiteral("key confusion: HS256 with %1 public PEM").arg(typeName(alg)), forged, pem, WithKey, Status::NotChecked,
            Reason::KeyAlgorithmMismatch, QStringLiteral("key-confusion"), typeName(alg) + QStringLiteral(" public key"));
        const QByteArray jwk = TestKeys::jwkText(TestKeys::publicJwk(keyFor(alg)));
        row(QStringLiteral("key confusion: HS256 with %1 JWK").arg(typeName(alg)), TestKeys::signHs256(header, s_payload, jwk), jwk,
            WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("key-confusion"));
        // Chosen as a secret, the same bytes are refused too (issue 9): anyone has the public key.
        row(QStringLiteral("%1 PEM text chosen as a secret").arg(typeName(alg)), forged, pem, WithSecret, Status::NotChecked,
            Reason::KeyGivenAsSecret, QStringLiteral("use it as a key instead"));
    }
    const QByteArray certificate = TestKeys::certificatePem(keyFor(QStringLiteral("RS256")));
    row(QStringLiteral("key confusion: HS256 with certificate"), TestKeys::signHs256(header, s_payload, certificate), certificate, WithKey,
        Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("key-confusion"));

    const QByteArray p256 = TestKeys::publicPem(keyFor(QStringLiteral("ES256")));
    const QByteArray p384 = TestKeys::publicPem(keyFor(QStringLiteral("ES384")));
    row(QStringLiteral("ES256 token, P-384 key"), signedToken(QStringLiteral("ES256")), p384, WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("needs an EC key on P-256, but this key is on P-384"));
    row(QStringLiteral("ES384 token, P-256 key"), signedToken(QStringLiteral("ES384")), p256, WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("P-384"));
    row(QStringLiteral("ES512 token, P-256 JWK"), signedToken(QStringLiteral("ES512")),
        TestKeys::jwkText(TestKeys::publicJwk(keyFor(QStringLiteral("ES256")))), WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch,
        QStringLiteral("P-521"));
    row(QStringLiteral("RS256 token, EC key"), signedToken(QStringLiteral("RS256")), p256, WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("can only verify ES256"));
    row(QStringLiteral("ES256 token, RSA key"), signedToken(QStringLiteral("ES256")), TestKeys::publicPem(keyFor(QStringLiteral("RS256"))),
        WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("RS256, RS384, RS512, PS256, PS384, PS512"));
    row(QStringLiteral("EdDSA token, RSA key"), signedToken(QStringLiteral("EdDSA")), TestKeys::publicPem(keyFor(QStringLiteral("RS256"))),
        WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch);
    row(QStringLiteral("RS256 token, Ed25519 key"), signedToken(QStringLiteral("RS256")),
        TestKeys::publicPem(keyFor(QStringLiteral("EdDSA"))), WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch,
        QStringLiteral("can only verify EdDSA"));
    row(QStringLiteral("RS256 token, secret"), signedToken(QStringLiteral("RS256")), s_secret, WithSecret, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("An HMAC secret can only verify HS256, HS384, HS512"));
    row(QStringLiteral("EdDSA token, oct JWK"), signedToken(QStringLiteral("EdDSA")), TestKeys::jwkText(TestKeys::octJwk(s_secret)),
        WithKey, Status::NotChecked, Reason::KeyAlgorithmMismatch);
}

void tst_JwsVerifier::rsaVariants_data()
{
    addColumns();
    const TestKeys::Key small = TestKeys::generateRsa(1024);
    const QString rs256 = TestKeys::sign(QStringLiteral("RS256"), TestKeys::header(QStringLiteral("RS256")), s_payload, small);
    row(QStringLiteral("RSA 1024 is refused for RS256"), rs256, TestKeys::publicPem(small), WithKey, Status::NotChecked, Reason::WeakKey,
        QStringLiteral("RSA keys under 2048 bits are refused for RS256 (RFC 7518 §3.3); this key has 1024 bits"),
        QStringLiteral("RSA 1024-bit public key"));
    const QString ps256small = TestKeys::sign(QStringLiteral("PS256"), TestKeys::header(QStringLiteral("PS256")), s_payload, small);
    row(QStringLiteral("RSA 1024 is refused for PS256"), ps256small, TestKeys::jwkText(TestKeys::publicJwk(small)), WithKey,
        Status::NotChecked, Reason::WeakKey, QStringLiteral("this key has 1024 bits"));
    const TestKeys::Key rsa2047 = TestKeys::generateRsa(2047);
    row(QStringLiteral("RSA 2047 is refused"),
        TestKeys::sign(QStringLiteral("RS256"), TestKeys::header(QStringLiteral("RS256")), s_payload, rsa2047),
        TestKeys::publicPem(rsa2047), WithKey, Status::NotChecked, Reason::WeakKey, QStringLiteral("2047 bits"));

    const QString rsToken = signedToken(QStringLiteral("RS256"));
    for (const QByteArray& exponent : {QByteArray("\x01", 1), QByteArray("\x02", 1), QByteArray("\x01\x00\x00", 3)}) {
        QJsonObject jwk = TestKeys::publicJwk(keyFor(QStringLiteral("RS256")));
        jwk.insert(QStringLiteral("e"), QString::fromLatin1(TestKeys::base64Url(exponent)));
        row(QStringLiteral("RSA exponent 0x%1 is malformed").arg(QString::fromLatin1(exponent.toHex())), rsToken, TestKeys::jwkText(jwk),
            WithKey, Status::NotChecked, Reason::MalformedKey, QStringLiteral("public exponent must be odd and at least 3"));
    }

    const TestKeys::Key pss = TestKeys::generateRsa(2048, "RSA-PSS");
    const QString ps256 = TestKeys::sign(QStringLiteral("PS256"), TestKeys::header(QStringLiteral("PS256")), s_payload, pss);
    verifiedRow(QStringLiteral("RSA-PSS key, PS256"), ps256, TestKeys::publicPem(pss), WithKey,
                QStringLiteral("RSA-PSS 2048-bit public key"), QStringLiteral("PS256"));
    row(QStringLiteral("RSA-PSS key, RS256"), signedToken(QStringLiteral("RS256")), TestKeys::publicPem(pss), WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("can only verify PS256, PS384, PS512"));
}

void tst_JwsVerifier::jwkRestrictions_data()
{
    addColumns();
    const TestKeys::Key rsa = keyFor(QStringLiteral("RS256"));
    const QString token = signedToken(QStringLiteral("RS256"));
    auto jwkWith = [&](const QString& member, const QJsonValue& value) {
        QJsonObject jwk = TestKeys::publicJwk(rsa, QStringLiteral("r1"));
        jwk.insert(member, value);
        return TestKeys::jwkText(jwk);
    };
    row(QStringLiteral("alg RS384 for an RS256 token"), token, jwkWith(QStringLiteral("alg"), QStringLiteral("RS384")), WithKey,
        Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("restricted to alg RS384"));
    row(QStringLiteral("alg PS256 for an RS256 token"), token, jwkWith(QStringLiteral("alg"), QStringLiteral("PS256")), WithKey,
        Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("PS256"));
    row(QStringLiteral("alg RS256 matches"), token, jwkWith(QStringLiteral("alg"), QStringLiteral("RS256")), WithKey, Status::Verified,
        Reason::None);
    row(QStringLiteral("use enc"), token, jwkWith(QStringLiteral("use"), QStringLiteral("enc")), WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("use \"enc\""));
    row(QStringLiteral("use sig"), token, jwkWith(QStringLiteral("use"), QStringLiteral("sig")), WithKey, Status::Verified, Reason::None);
    row(QStringLiteral("key_ops encrypt"), token, jwkWith(QStringLiteral("key_ops"), QJsonArray {QStringLiteral("encrypt")}), WithKey,
        Status::NotChecked, Reason::KeyAlgorithmMismatch, QStringLiteral("do not include \"verify\""));
    row(QStringLiteral("key_ops empty"), token, jwkWith(QStringLiteral("key_ops"), QJsonArray {}), WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("verify"));
    row(QStringLiteral("key_ops sign, verify"), token,
        jwkWith(QStringLiteral("key_ops"), QJsonArray {QStringLiteral("sign"), QStringLiteral("verify")}), WithKey, Status::Verified,
        Reason::None);
    row(QStringLiteral("oct alg HS512 for an HS256 token"), signedToken(QStringLiteral("HS256")),
        TestKeys::jwkText(TestKeys::octJwk(s_secret, {}, QStringLiteral("HS512"))), WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("HS512"));
    row(QStringLiteral("JWKS entry with use enc"), signedToken(QStringLiteral("RS256"), QStringLiteral("r1")),
        TestKeys::jwksText({TestKeys::publicJwk(rsa, QStringLiteral("r1"), {}, QStringLiteral("enc"))}), WithKey, Status::NotChecked,
        Reason::KeyAlgorithmMismatch, QStringLiteral("use \"enc\""));
}

void tst_JwsVerifier::jwks_data()
{
    addColumns();
    const QByteArray set = jwks3();
    verifiedRow(QStringLiteral("kid k1 picks RSA"), signedToken(QStringLiteral("RS256"), QStringLiteral("k1")), set, WithKey,
                QStringLiteral("JWK kid=k1 (RSA 2048-bit)"), QStringLiteral("RS256"));
    verifiedRow(QStringLiteral("kid k2 picks EC"), signedToken(QStringLiteral("ES256"), QStringLiteral("k2")), set, WithKey,
                QStringLiteral("JWK kid=k2 (EC P-256)"), QStringLiteral("ES256"));
    verifiedRow(QStringLiteral("kid k3 picks Ed25519"), signedToken(QStringLiteral("EdDSA"), QStringLiteral("k3")), set, WithKey,
                QStringLiteral("JWK kid=k3 (Ed25519)"), QStringLiteral("EdDSA"));
    row(QStringLiteral("unknown kid"), signedToken(QStringLiteral("RS256"), QStringLiteral("k9")), set, WithKey, Status::NotChecked,
        Reason::KeyNotFound, QStringLiteral("No key in the JWKS has kid \"k9\". Available kids: k1, k2, k3."));
    row(QStringLiteral("kid names a key of another type"), signedToken(QStringLiteral("ES256"), QStringLiteral("k1")), set, WithKey,
        Status::NotChecked, Reason::KeyAlgorithmMismatch, {}, QStringLiteral("JWK kid=k1 (RSA 2048-bit)"));
    row(QStringLiteral("kid names another key of the right type"), signedToken(QStringLiteral("RS256"), QStringLiteral("k1"), 1), set,
        WithKey, Status::NotVerified, Reason::SignatureMismatch);
    verifiedRow(QStringLiteral("no kid, one usable key"), signedToken(QStringLiteral("ES256")), set, WithKey,
                QStringLiteral("JWK kid=k2 (EC P-256)"), QStringLiteral("ES256"));
    const QByteArray twoRsa = TestKeys::jwksText({TestKeys::publicJwk(keyFor(QStringLiteral("RS256")), QStringLiteral("a")),
                                                  TestKeys::publicJwk(keyFor(QStringLiteral("RS256"), 1), QStringLiteral("b"))});
    row(QStringLiteral("no kid, two usable keys"), signedToken(QStringLiteral("RS256")), twoRsa, WithKey, Status::NotChecked,
        Reason::KeyNotFound, QStringLiteral("Available kids: a, b"));
    row(QStringLiteral("no kid, no usable key"), signedToken(QStringLiteral("ES384")), set, WithKey, Status::NotChecked,
        Reason::KeyNotFound, QStringLiteral("no key in the JWKS can verify ES384"));
    row(QStringLiteral("empty JWKS"), signedToken(QStringLiteral("RS256"), QStringLiteral("k1")), QByteArrayLiteral("{\"keys\":[]}"),
        WithKey, Status::NotChecked, Reason::KeyNotFound, QStringLiteral("Available kids: none"));
    QJsonObject broken = TestKeys::publicJwk(keyFor(QStringLiteral("ES256")), QStringLiteral("bad"));
    broken.insert(QLatin1String("x"), QLatin1String("AAAA"));
    const QByteArray withBroken =
        TestKeys::jwksText({broken, TestKeys::publicJwk(keyFor(QStringLiteral("RS256")), QStringLiteral("good"))});
    verifiedRow(QStringLiteral("unreadable entry is skipped"), signedToken(QStringLiteral("RS256"), QStringLiteral("good")), withBroken,
                WithKey, QStringLiteral("JWK kid=good (RSA 2048-bit)"), QStringLiteral("RS256"));
    row(QStringLiteral("kid of an unreadable entry"), signedToken(QStringLiteral("ES256"), QStringLiteral("bad")), withBroken, WithKey,
        Status::NotChecked, Reason::KeyNotFound, QStringLiteral("Entries that could not be read: kid=bad"));
    row(QStringLiteral("keys is not a list"), signedToken(QStringLiteral("RS256")), QByteArrayLiteral("{\"keys\":{}}"), WithKey,
        Status::NotChecked, Reason::BadKey);
}

void tst_JwsVerifier::tokens_data()
{
    addColumns();
    const QByteArray pem = TestKeys::publicPem(keyFor(QStringLiteral("RS256")));
    const QString good = signedToken(QStringLiteral("RS256"));

    for (const char* none : {"none", "None", "NONE", "nOnE"}) {
        const QByteArray header = QByteArrayLiteral("{\"alg\":\"") + none + QByteArrayLiteral("\"}");
        row(QStringLiteral("alg %1 with key").arg(QLatin1String(none)), unsignedToken(header), pem, WithKey, Status::NotChecked,
            Reason::AlgNone, QStringLiteral("unsigned"));
        row(QStringLiteral("alg %1 with secret").arg(QLatin1String(none)), unsignedToken(header), s_secret, WithSecret, Status::NotChecked,
            Reason::AlgNone, QStringLiteral("never accepted"));
    }
    row(QStringLiteral("alg none with a signature"), withPart(good, 0, TestKeys::base64Url(QByteArrayLiteral("{\"alg\":\"none\"}"))), pem,
        WithKey, Status::NotChecked, Reason::AlgNone);

    row(QStringLiteral("unknown alg"),
        TestKeys::signHmac(QStringLiteral("HS256"), QByteArrayLiteral("{\"alg\":\"HS1024\"}"), s_payload, s_secret), s_secret, WithSecret,
        Status::NotChecked, Reason::UnsupportedAlgorithm, QStringLiteral("\"HS1024\" is not supported"));
    row(QStringLiteral("lower-case alg"),
        TestKeys::signHmac(QStringLiteral("HS256"), QByteArrayLiteral("{\"alg\":\"hs256\"}"), s_payload, s_secret), s_secret, WithSecret,
        Status::NotChecked, Reason::UnsupportedAlgorithm, QStringLiteral("case-sensitive"));
    row(QStringLiteral("ES256K"), unsignedToken(QByteArrayLiteral("{\"alg\":\"ES256K\"}")), pem, WithKey, Status::NotChecked,
        Reason::UnsupportedAlgorithm);

    row(QStringLiteral("crit b64"),
        TestKeys::signHs256(QByteArrayLiteral("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}"), s_payload, s_secret), s_secret,
        WithSecret, Status::NotChecked, Reason::UnknownCritical, QStringLiteral("(b64)"));
    row(QStringLiteral("crit with two names"),
        TestKeys::sign(QStringLiteral("RS256"), QByteArrayLiteral("{\"alg\":\"RS256\",\"crit\":[\"exp\",\"x-ours\"],\"exp\":1}"), s_payload,
                       keyFor(QStringLiteral("RS256"))),
        pem, WithKey, Status::NotChecked, Reason::UnknownCritical, QStringLiteral("exp, x-ours"));
    row(QStringLiteral("crit empty"), TestKeys::signHs256(QByteArrayLiteral("{\"alg\":\"HS256\",\"crit\":[]}"), s_payload, s_secret),
        s_secret, WithSecret, Status::NotChecked, Reason::MalformedToken, QStringLiteral("crit"));

    const QString whitespace = QStringLiteral("Remove the whitespace");
    row(QStringLiteral("line break inside"), good.left(40) + QLatin1Char('\n') + good.mid(40), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, whitespace);
    row(QStringLiteral("CRLF inside"), good.left(40) + QStringLiteral("\r\n") + good.mid(40), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, whitespace);
    row(QStringLiteral("space after a dot"),
        good.section(QLatin1Char('.'), 0, 0) + QStringLiteral(". ") + good.section(QLatin1Char('.'), 1), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, whitespace);
    row(QStringLiteral("tab inside, secret"), signedToken(QStringLiteral("HS256")).insert(10, QLatin1Char('\t')), s_secret, WithSecret,
        Status::NotChecked, Reason::MalformedToken, whitespace);
    row(QStringLiteral("Bearer prefix"), QStringLiteral("Bearer ") + good, pem, WithKey, Status::NotChecked, Reason::MalformedToken,
        whitespace);
    verifiedRow(QStringLiteral("surrounding whitespace is trimmed"), QStringLiteral("  \n") + good + QStringLiteral("\n\t "), pem, WithKey,
                QStringLiteral("RSA 2048-bit public key"), QStringLiteral("RS256"));

    row(QStringLiteral("empty token"), QString(), pem, WithKey, Status::NotChecked, Reason::MalformedToken);
    row(QStringLiteral("two parts"), good.section(QLatin1Char('.'), 0, 1), pem, WithKey, Status::NotChecked, Reason::MalformedToken,
        QStringLiteral("three parts"));
    row(QStringLiteral("JWE"), QStringLiteral("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d"), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, QStringLiteral("encrypted"));
    row(QStringLiteral("padded header"), withPart(good, 0, good.section(QLatin1Char('.'), 0, 0).toLatin1() + "=="), pem, WithKey,
        Status::NotChecked, Reason::MalformedToken, QStringLiteral("base64url"));
    row(QStringLiteral("header not JSON"), withPart(good, 0, TestKeys::base64Url("alg=RS256")), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, QStringLiteral("JSON"));
    row(QStringLiteral("header without alg"), withPart(good, 0, TestKeys::base64Url("{\"typ\":\"JWT\"}")), pem, WithKey, Status::NotChecked,
        Reason::MalformedToken, QStringLiteral("\"alg\""));
    row(QStringLiteral("payload with '+'"), withPart(good, 1, "ab+c"), pem, WithKey, Status::NotChecked, Reason::MalformedToken,
        QStringLiteral("payload"));
    row(QStringLiteral("signature with '/'"),
        withPart(good, 2, good.section(QLatin1Char('.'), 2).toLatin1().replace('_', '/').replace('-', '/') + "/"), pem, WithKey,
        Status::NotChecked, Reason::BadSignatureEncoding);
    row(QStringLiteral("non-ASCII character"), good + QStringLiteral("\u00e9"), pem, WithKey, Status::NotChecked, Reason::MalformedToken);

    const QString es256 = signedToken(QStringLiteral("ES256"));
    const QByteArray es256Pem = TestKeys::publicPem(keyFor(QStringLiteral("ES256")));
    const QByteArray rawSignature = QByteArray::fromBase64(es256.section(QLatin1Char('.'), 2).toLatin1(), QByteArray::Base64UrlEncoding);
    row(QStringLiteral("ES256 signature one byte short"), withSignatureBytes(es256, rawSignature.left(63)), es256Pem, WithKey,
        Status::NotChecked, Reason::BadSignatureEncoding, QStringLiteral("64 bytes"));
    row(QStringLiteral("ES256 signature one byte long"), withSignatureBytes(es256, rawSignature + '\0'), es256Pem, WithKey,
        Status::NotChecked, Reason::BadSignatureEncoding, QStringLiteral("65 bytes"));
    row(QStringLiteral("ES384 signature of ES256 length"), withSignatureBytes(signedToken(QStringLiteral("ES384")), rawSignature),
        TestKeys::publicPem(keyFor(QStringLiteral("ES384"))), WithKey, Status::NotChecked, Reason::BadSignatureEncoding,
        QStringLiteral("96 bytes"));
    row(QStringLiteral("ES512 signature of 128 bytes"), withSignatureBytes(signedToken(QStringLiteral("ES512")), QByteArray(128, '\x01')),
        TestKeys::publicPem(keyFor(QStringLiteral("ES512"))), WithKey, Status::NotChecked, Reason::BadSignatureEncoding,
        QStringLiteral("132 bytes"));
}

void tst_JwsVerifier::secrets_data()
{
    addColumns();
    const QByteArray header = TestKeys::header(QStringLiteral("HS256"));
    const QString short11 = TestKeys::signHs256(header, s_payload, "hello world");
    row(QStringLiteral("short text secret verifies with a note"), short11, "hello world", WithSecret, Status::Verified, Reason::None,
        QStringLiteral("Signature verified with HMAC secret (11 bytes) (HS256). Note: the secret is shorter than 32 bytes"),
        QStringLiteral("HMAC secret (11 bytes)"));

    // Bytes whose base64 uses '+' and '/' and whose base64url uses '-' and '_'.
    const QByteArray binary = QByteArray::fromHex("fbff3efbef7f00ff10e4b2c8d1a9f0e2d3c4b5a69788796a5b4c3d2e1f0011223344");
    const QString binaryToken = TestKeys::signHs256(header, s_payload, binary);
    const QString binaryDescription = QStringLiteral("HMAC secret (34 bytes)");
    row(QStringLiteral("base64 with padding"), binaryToken, binary.toBase64(), WithBase64Secret, Status::Verified, Reason::None, {},
        binaryDescription);
    row(QStringLiteral("base64 without padding"), binaryToken, binary.toBase64(QByteArray::OmitTrailingEquals), WithBase64Secret,
        Status::Verified, Reason::None, {}, binaryDescription);
    row(QStringLiteral("base64url"), binaryToken, binary.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        WithBase64Secret, Status::Verified, Reason::None, {}, binaryDescription);
    row(QStringLiteral("base64 with surrounding newline"), binaryToken, binary.toBase64() + '\n', WithBase64Secret, Status::Verified,
        Reason::None);
    row(QStringLiteral("invalid base64 character"), binaryToken, "not*base64", WithBase64Secret, Status::NotChecked, Reason::BadKey,
        QStringLiteral("not valid base64"));
    row(QStringLiteral("invalid base64 length"), binaryToken, "abcde", WithBase64Secret, Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("mixed base64 alphabets"), binaryToken, "ab+_", WithBase64Secret, Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("too much padding"), binaryToken, "ab===", WithBase64Secret, Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("base64 secret given as text"), binaryToken, binary.toBase64(), WithSecret, Status::NotVerified,
        Reason::SignatureMismatch, QStringLiteral("It does match when the secret is decoded from base64."));
    row(QStringLiteral("text secret marked base64"), TestKeys::signHs256(header, s_payload, "c2VjcmV0"), "c2VjcmV0", WithBase64Secret,
        Status::NotVerified, Reason::SignatureMismatch, QStringLiteral("read as plain text, not decoded from base64"));
    row(QStringLiteral("empty secret"), short11, QByteArray(), WithSecret, Status::NotChecked, Reason::BadKey, QStringLiteral("empty"));
    row(QStringLiteral("empty base64 secret"), short11, "  ", WithBase64Secret, Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("HS512 with a 32-byte secret has a note"),
        TestKeys::signHmac(QStringLiteral("HS512"), TestKeys::header(QStringLiteral("HS512")), s_payload, s_secret.left(32)),
        s_secret.left(32), WithSecret, Status::Verified, Reason::None, QStringLiteral("shorter than 64 bytes"));
}

void tst_JwsVerifier::keyMaterialIsNeverASecret_data()
{
    addColumns();
    const TestKeys::Key rsa = keyFor(QStringLiteral("RS256"));
    const QByteArray pem = TestKeys::publicPem(rsa);
    const QByteArray header = TestKeys::header(QStringLiteral("HS256"));
    // The forgery of issue 9: an HS256 token whose HMAC key is the public key's text (whole, or its first line).
    const QString forgedWhole = TestKeys::signHs256(header, s_payload, pem);
    const QString forgedFirstLine = TestKeys::signHs256(header, s_payload, "-----BEGIN PUBLIC KEY-----");
    const QString forgedTrimmed = TestKeys::signHs256(header, s_payload, pem.trimmed());
    row(QStringLiteral("whole PEM"), forgedWhole, pem, WithSecret, Status::NotChecked, Reason::KeyGivenAsSecret,
        QStringLiteral("The secret is a PEM public key, not a shared secret"));
    row(QStringLiteral("trimmed PEM"), forgedTrimmed, pem.trimmed(), WithSecret, Status::NotChecked, Reason::KeyGivenAsSecret,
        QStringLiteral("use it as a key instead"));
    row(QStringLiteral("PEM first line only"), forgedFirstLine, "-----BEGIN PUBLIC KEY-----", WithSecret, Status::NotChecked,
        Reason::KeyGivenAsSecret);
    row(QStringLiteral("RSA PUBLIC KEY PEM"), TestKeys::signHs256(header, s_payload, TestKeys::rsaPublicPemPkcs1(rsa)),
        TestKeys::rsaPublicPemPkcs1(rsa), WithSecret, Status::NotChecked, Reason::KeyGivenAsSecret);
    const QByteArray certificate = TestKeys::certificatePem(rsa);
    row(QStringLiteral("certificate"), TestKeys::signHs256(header, s_payload, certificate), certificate, WithSecret, Status::NotChecked,
        Reason::KeyGivenAsSecret, QStringLiteral("a certificate"));
    QByteArray body = pem;
    body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    row(QStringLiteral("PEM body without its lines"), TestKeys::signHs256(header, s_payload, body), body, WithSecret, Status::NotChecked,
        Reason::KeyGivenAsSecret);
    const QByteArray jwk = TestKeys::jwkText(TestKeys::publicJwk(rsa, QStringLiteral("k1")));
    row(QStringLiteral("JWK"), TestKeys::signHs256(header, s_payload, jwk), jwk, WithSecret, Status::NotChecked, Reason::KeyGivenAsSecret,
        QStringLiteral("a JWK"));
    const QByteArray jwks = TestKeys::jwksText({TestKeys::publicJwk(rsa, QStringLiteral("k1"))});
    row(QStringLiteral("JWKS"), TestKeys::signHs256(header, s_payload, jwks), jwks, WithSecret, Status::NotChecked,
        Reason::KeyGivenAsSecret, QStringLiteral("a JWKS"));
    row(QStringLiteral("PEM as base64 secret"), forgedWhole, pem.toBase64(), WithBase64Secret, Status::NotChecked, Reason::KeyGivenAsSecret,
        QStringLiteral("decodes to a PEM public key"));
    // Text that merely mentions braces or dashes is still a secret.
    const QByteArray oddSecret = "{not a key} -----";
    verifiedRow(QStringLiteral("secret with braces and dashes"), TestKeys::signHs256(header, s_payload, oddSecret), oddSecret, WithSecret,
                QStringLiteral("HMAC secret (17 bytes)"), QStringLiteral("HS256"));
}

void tst_JwsVerifier::shortSecretSaysSo()
{
    const QString token = TestKeys::signHs256(TestKeys::header(QStringLiteral("HS256")), s_payload, "hello world");
    const VerifyResult result = JwsVerifier::verifyWithSecret(token, "hello world", false);
    QVERIFY(result.verified());
    QVERIFY2(result.note.contains(QLatin1String("shorter than 32 bytes")), qPrintable(result.note));
    QVERIFY(JwsVerifier::verifyWithSecret(signedToken(QStringLiteral("HS256")), s_secret, false).note.isEmpty());
}

void tst_JwsVerifier::badKeys_data()
{
    addColumns();
    const QString rs256 = signedToken(QStringLiteral("RS256"));
    const QString es256 = signedToken(QStringLiteral("ES256"));
    const QString eddsa = signedToken(QStringLiteral("EdDSA"));
    const TestKeys::Key rsa = keyFor(QStringLiteral("RS256"));

    row(QStringLiteral("private key PEM is refused"), rs256, TestKeys::privatePem(rsa), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("private key"));
    row(QStringLiteral("EC private key PEM is refused"), es256, TestKeys::privatePem(keyFor(QStringLiteral("ES256"))), WithKey,
        Status::NotChecked, Reason::BadKey, QStringLiteral("public key"));
    QJsonObject privateJwk = TestKeys::publicJwk(rsa);
    privateJwk.insert(QLatin1String("d"), QLatin1String("AQAB"));
    row(QStringLiteral("private JWK is refused"), rs256, TestKeys::jwkText(privateJwk), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("private key"));
    row(QStringLiteral("plain text"), rs256, "my-shared-secret", WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("enter it as a secret"));
    row(QStringLiteral("empty key"), rs256, QByteArray(), WithKey, Status::NotChecked, Reason::BadKey);
    QByteArray truncated = TestKeys::publicPem(rsa);
    truncated.remove(100, 60);
    row(QStringLiteral("damaged PEM"), rs256, truncated, WithKey, Status::NotChecked, Reason::BadKey, QStringLiteral("PEM"));
    row(QStringLiteral("other PEM block"), rs256, "-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----\n", WithKey,
        Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("invalid JSON"), rs256, "{\"kty\":", WithKey, Status::NotChecked, Reason::BadKey, QStringLiteral("JSON"));
    row(QStringLiteral("JSON without kty or keys"), rs256, "{\"n\":\"AQAB\"}", WithKey, Status::NotChecked, Reason::BadKey);
    row(QStringLiteral("unknown kty"), rs256, "{\"kty\":\"DSA\"}", WithKey, Status::NotChecked, Reason::BadKey, QStringLiteral("\"DSA\""));

    QJsonObject offCurve = TestKeys::publicJwk(keyFor(QStringLiteral("ES256")));
    QByteArray y = QByteArray::fromBase64(offCurve.value(QLatin1String("y")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    y[31] = char(y.at(31) ^ 0x01);
    offCurve.insert(QLatin1String("y"), QString::fromLatin1(TestKeys::base64Url(y)));
    row(QStringLiteral("EC point not on the curve"), es256, TestKeys::jwkText(offCurve), WithKey, Status::NotChecked, Reason::BadKey);
    QJsonObject shortX = TestKeys::publicJwk(keyFor(QStringLiteral("ES256")));
    shortX.insert(QLatin1String("x"), QString::fromLatin1(TestKeys::base64Url(QByteArray(31, '\x05'))));
    row(QStringLiteral("EC coordinate of the wrong length"), es256, TestKeys::jwkText(shortX), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("32 bytes"));
    QJsonObject secp256k1 = TestKeys::publicJwk(keyFor(QStringLiteral("ES256")));
    secp256k1.insert(QLatin1String("crv"), QLatin1String("secp256k1"));
    row(QStringLiteral("unsupported JWK curve"), es256, TestKeys::jwkText(secp256k1), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("secp256k1"));
    QJsonObject paddedN = TestKeys::publicJwk(rsa);
    paddedN.insert(QLatin1String("e"), QLatin1String("AQAB=="));
    row(QStringLiteral("padded base64url in JWK"), rs256, TestKeys::jwkText(paddedN), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("\"e\""));
    QJsonObject missingN = TestKeys::publicJwk(rsa);
    missingN.remove(QLatin1String("n"));
    row(QStringLiteral("JWK without n"), rs256, TestKeys::jwkText(missingN), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("\"n\""));
    row(QStringLiteral("X25519 OKP JWK"), eddsa,
        "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo\"}", WithKey, Status::NotChecked,
        Reason::BadKey, QStringLiteral("Ed25519"));
    row(QStringLiteral("Ed25519 JWK of 31 bytes"), eddsa,
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + TestKeys::base64Url(QByteArray(31, '\x07')) + "\"}", WithKey, Status::NotChecked,
        Reason::BadKey, QStringLiteral("32 bytes"));
    row(QStringLiteral("oct JWK without k"), signedToken(QStringLiteral("HS256")), "{\"kty\":\"oct\"}", WithKey, Status::NotChecked,
        Reason::BadKey, QStringLiteral("\"k\""));

    const TestKeys::Key ed448 = TestKeys::generate("ED448");
    QVERIFY(ed448);
    row(QStringLiteral("Ed448 public key"), eddsa, TestKeys::publicPem(ed448), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("not supported"));
    const TestKeys::Key k1 = TestKeys::generate("EC", "secp256k1");
    QVERIFY(k1);
    row(QStringLiteral("secp256k1 public key"), es256, TestKeys::publicPem(k1), WithKey, Status::NotChecked, Reason::BadKey,
        QStringLiteral("secp256k1"));
}

// Published examples, so the verifier is checked against other implementations, not only TestKeys.
void tst_JwsVerifier::rfcVectors_data()
{
    addColumns();
    const QString payload =
        QStringLiteral("eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ");
    const QByteArray octK = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
    const QString hs256 = QStringLiteral("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.") + payload
        + QStringLiteral(".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    verifiedRow(QStringLiteral("RFC 7515 A.1 HS256, oct JWK"), hs256, "{\"kty\":\"oct\",\"k\":\"" + octK + "\"}", WithKey,
                QStringLiteral("JWK (HMAC secret, 64 bytes)"), QStringLiteral("HS256"));
    verifiedRow(QStringLiteral("RFC 7515 A.1 HS256, base64url secret"), hs256, octK, WithBase64Secret,
                QStringLiteral("HMAC secret (64 bytes)"), QStringLiteral("HS256"));

    const QByteArray es256Jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                                "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}";
    const QString es256 = QStringLiteral("eyJhbGciOiJFUzI1NiJ9.") + payload
        + QStringLiteral(".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
    verifiedRow(QStringLiteral("RFC 7515 A.3 ES256, JWK"), es256, es256Jwk, WithKey, QStringLiteral("JWK (EC P-256)"),
                QStringLiteral("ES256"));
    row(QStringLiteral("RFC 7515 A.3 ES256, S altered"), tamperedSignature(es256), es256Jwk, WithKey, Status::NotVerified,
        Reason::SignatureMismatch);

    const QByteArray edJwk = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
    const QString eddsa = QStringLiteral("eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                                         "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg");
    verifiedRow(QStringLiteral("RFC 8037 A.4 EdDSA, JWK"), eddsa, edJwk, WithKey, QStringLiteral("JWK (Ed25519)"), QStringLiteral("EdDSA"));
    row(QStringLiteral("RFC 8037 A.4 EdDSA, payload altered"), tamperedPayload(eddsa), edJwk, WithKey, Status::NotVerified,
        Reason::SignatureMismatch);
}

void tst_JwsVerifier::messagesNeverContainTheSecret_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("isBase64");
    const QByteArray header = TestKeys::header(QStringLiteral("HS256"));
    QTest::newRow("verified") << TestKeys::signHs256(header, s_payload, "Sup3rS3cretValue") << false;
    QTest::newRow("not verified") << TestKeys::signHs256(header, s_payload, "another") << false;
    QTest::newRow("wrong alg") << signedToken(QStringLiteral("RS256")) << false;
    QTest::newRow("base64 flag") << TestKeys::signHs256(header, s_payload, "another") << true;
}

void tst_JwsVerifier::messagesNeverContainTheSecret()
{
    QFETCH(QString, token);
    QFETCH(bool, isBase64);
    const QByteArray secret = QByteArrayLiteral("Sup3rS3cretValue");
    const VerifyResult result = JwsVerifier::verifyWithSecret(token, secret, isBase64);
    QVERIFY(!result.message.isEmpty());
    for (const QString& text : {result.message, result.keyDescription}) {
        QVERIFY2(!text.contains(QLatin1String("Sup3r")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("S3cret")), qPrintable(text));
    }
}

void tst_JwsVerifier::noBase64HintUnlessItMatches()
{
    // s_secret is valid base64url text too; its decoded bytes do not verify, so no hint is given.
    const QString token = tamperedPayload(signedToken(QStringLiteral("HS256")));
    const QString mismatch = QStringLiteral("The signature does not match: the token was changed or signed with another key");
    QCOMPARE(JwsVerifier::verifyWithSecret(token, s_secret, false).message, mismatch);
    QCOMPARE(JwsVerifier::verifyWithSecret(token, s_secret, true).message, mismatch);
}

QTEST_GUILESS_MAIN(tst_JwsVerifier)
#include "tst_jwsverifier.moc"
