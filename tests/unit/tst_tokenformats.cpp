// TokenFormats (every "Copy as" text, exactly), template expansion, and ExpiryGuard.
#include "core/ExpiryGuard.h"
#include "core/Jwt.h"
#include "core/TokenFormats.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace
{
const qint64 Now = 1893499200; // 2030-01-01 12:00:00 UTC
const QString Token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln-_");

QString makeToken(const QByteArray& payload)
{
    return ::makeToken(R"({"alg":"HS256","typ":"JWT"})", payload);
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}
} // namespace

class TestTokenFormats : public QObject
{
    Q_OBJECT

private slots:
    void raw()
    {
        QCOMPARE(TokenFormats::raw(Token), Token);
    }

    void json()
    {
        const QString text = TokenFormats::json(Token);
        QCOMPARE(text, QStringLiteral("{\"token\": \"") + Token + QStringLiteral("\"}"));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("token")).toString(), Token);
    }

    void jsonEscapesOddText()
    {
        const QString odd = QStringLiteral("a\"b\\c\nd");
        const QString text = TokenFormats::json(odd);
        QCOMPARE(text, QStringLiteral("{\"token\": \"a\\\"b\\\\c\\nd\"}"));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("token")).toString(), odd);
    }

    void envLine_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("jwt") << Token << QStringLiteral("CAS_TOKEN=") + Token;
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("CAS_TOKEN='a b'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("CAS_TOKEN='it'\\''s'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("CAS_TOKEN='$HOME'");
        QTest::newRow("empty") << QString() << QStringLiteral("CAS_TOKEN=''");
    }

    void envLine()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormats::envLine(token), expected);
    }

    void curlUsesTheSecretVariable()
    {
        const QString text = TokenFormats::curl(QUrl(QStringLiteral("https://cas.example.com/stream/token/v2/")), QStringLiteral("my-key"),
                                                QStringLiteral("/tmp/ca.pem"));
        QCOMPARE(text,
                 QStringLiteral("curl -sS --proto =https --cacert '/tmp/ca.pem' -H 'Auth-API-Key: my-key' "
                                "-H \"Auth-API-Secret: $CAS_API_SECRET\" -H 'Accept: application/json' "
                                "'https://cas.example.com/stream/token/v2/'"));
    }

    void webSdk()
    {
        QCOMPARE(TokenFormats::webSdk(Token, QStringLiteral("Tester")),
                 QStringLiteral("WTSDK.Session.connect(\"") + Token + QStringLiteral("\", \"Tester\");"));
    }

    void jsString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Ann") << QStringLiteral("\"Ann\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("double quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \\\"hi\\\"\"");
        QTest::newRow("single quote kept") << QStringLiteral("O'Brien") << QStringLiteral("\"O'Brien\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb\r\tc") << QStringLiteral("\"a\\nb\\r\\tc\"");
        QTest::newRow("script end") << QStringLiteral("</script><script>alert(1)</script>")
                                    << QStringLiteral("\"<\\/script><script>alert(1)<\\/script>\"");
        QTest::newRow("html comment") << QStringLiteral("<!--x") << QStringLiteral("\"\\x3C!--x\"");
        QTest::newRow("slash alone kept") << QStringLiteral("a/b") << QStringLiteral("\"a/b\"");
        QTest::newRow("control") << QString(QChar(0x01)) << QStringLiteral("\"\\u0001\"");
        QTest::newRow("line separators") << QString(QChar(0x2028)) + QChar(0x2029) << QStringLiteral("\"\\u2028\\u2029\"");
        QTest::newRow("unicode kept") << QStringLiteral("Zoë 🎬") << QStringLiteral("\"Zoë 🎬\"");
    }

    void jsString()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormats::jsString(text), expected);
    }

    void webSdkEscapesDisplayName()
    {
        QCOMPARE(TokenFormats::webSdk(Token, QStringLiteral("\"); evil(\"")),
                 QStringLiteral("WTSDK.Session.connect(\"") + Token + QStringLiteral("\", \"\\\"); evil(\\\"\");"));
    }

    void expiresAt_data()
    {
        QTest::addColumn<std::optional<qint64>>("exp");
        QTest::addColumn<QString>("expected");
        QTest::newRow("set") << std::optional<qint64>(Now + 3723) << QStringLiteral("2030-01-01T13:02:03Z");
        QTest::newRow("epoch") << std::optional<qint64>(0) << QStringLiteral("1970-01-01T00:00:00Z");
        QTest::newRow("none") << std::optional<qint64>() << QString();
    }

    void expiresAt()
    {
        QFETCH(std::optional<qint64>, exp);
        QFETCH(QString, expected);
        QCOMPARE(TokenFormats::expiresAt(exp), expected);
    }

    void expandAllPlaceholders()
    {
        const TemplateExpansion result = TokenFormats::expand(
            QStringLiteral("t=${TOKEN}\nn=${DISPLAY_NAME}\ne=${EXPIRES_AT}\nagain ${TOKEN}"), Token, QStringLiteral("Ann"), Now);
        QCOMPARE(result.text, QStringLiteral("t=") + Token + QStringLiteral("\nn=Ann\ne=2030-01-01T12:00:00Z\nagain ") + Token);
        QVERIFY(result.unknownPlaceholders.isEmpty());
    }

    void expandKeepsAndReportsUnknown()
    {
        const TemplateExpansion result =
            TokenFormats::expand(QStringLiteral("${TOKEN} ${ROOM} ${token} ${ROOM} ${} $TOKEN ${ TOKEN} ${USER_ID}"), QStringLiteral("T"),
                                 QStringLiteral("Ann"), std::nullopt);
        QCOMPARE(result.text, QStringLiteral("T ${ROOM} ${token} ${ROOM} ${} $TOKEN ${ TOKEN} ${USER_ID}"));
        QCOMPARE(result.unknownPlaceholders,
                 QStringList({QStringLiteral("${ROOM}"), QStringLiteral("${token}"), QStringLiteral("${}"), QStringLiteral("${USER_ID}")}));
    }

    void expandWithoutExpLeavesItEmpty()
    {
        const TemplateExpansion result = TokenFormats::expand(QStringLiteral("[${EXPIRES_AT}]"), Token, QString(), std::nullopt);
        QCOMPARE(result.text, QStringLiteral("[]"));
        QVERIFY(result.unknownPlaceholders.isEmpty());
    }

    void expandDoesNotReexpandValues()
    {
        const TemplateExpansion result =
            TokenFormats::expand(QStringLiteral("${DISPLAY_NAME}|${TOKEN}"), QStringLiteral("T"), QStringLiteral("${TOKEN}"), std::nullopt);
        QCOMPARE(result.text, QStringLiteral("${TOKEN}|T"));
        QVERIFY(result.unknownPlaceholders.isEmpty());
    }

    void expandFromJwt()
    {
        const QString token = makeToken("{\"exp\":" + QByteArray::number(Now) + "}");
        const TemplateExpansion result =
            TokenFormats::expand(QStringLiteral("${TOKEN} ${EXPIRES_AT}"), Jwt::parse(token), QStringLiteral("Ann"));
        QCOMPARE(result.text, token + QStringLiteral(" 2030-01-01T12:00:00Z"));
    }

    void expiryGuard_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("message");
        const auto exp = [](qint64 offset) -> QByteArray {
            return "{\"exp\":" + QByteArray::number(Now + offset) + "}";
        };
        QTest::newRow("no exp") << QByteArray("{\"sub\":\"x\"}") << int(ExpiryCheck::Status::Ok) << qint64(0) << QString();
        QTest::newRow("valid") << exp(3600) << int(ExpiryCheck::Status::Ok) << qint64(0) << QString();
        QTest::newRow("61 s left") << exp(61) << int(ExpiryCheck::Status::Ok) << qint64(0) << QString();
        QTest::newRow("60 s left") << exp(60) << int(ExpiryCheck::Status::ExpiresSoon) << qint64(60)
                                   << QStringLiteral("This token expires in 1 min: clients that join later will be refused. "
                                                     "Fetch a fresh one?");
        QTest::newRow("1 s left") << exp(1) << int(ExpiryCheck::Status::ExpiresSoon) << qint64(1)
                                  << QStringLiteral("This token expires in 1 s: clients that join later will be refused. "
                                                    "Fetch a fresh one?");
        QTest::newRow("just now") << exp(0) << int(ExpiryCheck::Status::Expired) << qint64(0)
                                  << QStringLiteral("This token has just expired: clients will be refused. Fetch a fresh one?");
        QTest::newRow("3 min ago") << exp(-200) << int(ExpiryCheck::Status::Expired) << qint64(200)
                                   << QStringLiteral("This token expired 3 min ago: clients will be refused. Fetch a fresh one?");
        QTest::newRow("2 days ago") << exp(-2 * 86400 - 5) << int(ExpiryCheck::Status::Expired) << qint64(2 * 86400 + 5)
                                    << QStringLiteral("This token expired 2 days ago: clients will be refused. Fetch a fresh one?");
    }

    void expiryGuard()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(qint64, seconds);
        QFETCH(QString, message);
        const ExpiryCheck check = ExpiryGuard::check(Jwt::parse(makeToken(payload)), at(Now));
        QCOMPARE(int(check.status), status);
        QCOMPARE(check.seconds, seconds);
        QCOMPARE(check.message, message);
    }

    void expiryGuardNeverLeaksTheToken()
    {
        const QString token = makeToken("{\"exp\":" + QByteArray::number(Now - 10) + "}");
        const ExpiryCheck check = ExpiryGuard::check(Jwt::parse(token), at(Now));
        QVERIFY(!check.message.contains(token.section(u'.', 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormats)
#include "tst_tokenformats.moc"
