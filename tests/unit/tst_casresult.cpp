// CasResult::redactSecret: a secret a server echoes reaches no view, message or log.
#include "core/CasResult.h"

#include <QTest>

class TestCasResult : public QObject
{
    Q_OBJECT

private slots:
    void echoedSecretIsRedactedEverywhere()
    {
        const QByteArray secret = "s3cr3t-value";
        CasResult result;
        result.httpStatus = 401;
        result.reasonPhrase = QStringLiteral("Bad s3cr3t-value");
        result.headers = {{"X-Echo", "secret=s3cr3t-value;s3cr3t-value"}, {"X-s3cr3t-value", "name"}};
        result.body = R"({"message":"wrong secret s3cr3t-value"})";
        result.redactedRequest = QStringLiteral("GET /stream/token/v2/\nAuth-API-Secret: <redacted>");
        result.error.message = QStringLiteral("CAS said: wrong secret s3cr3t-value");
        result.error.detail = QStringLiteral("s3cr3t-value");
        result.token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzIjoiczNjcjN0LXZhbHVlIn0.c2ln");

        result.redactSecret(secret);
        QCOMPARE(result.reasonPhrase, QStringLiteral("Bad <redacted>"));
        QCOMPARE(result.headers.at(0).second, QByteArray("secret=<redacted>;<redacted>"));
        QCOMPARE(result.headers.at(1).first, QByteArray("X-<redacted>"));
        QCOMPARE(result.body, QByteArray(R"({"message":"wrong secret <redacted>"})"));
        QCOMPARE(result.error.message, QStringLiteral("CAS said: wrong secret <redacted>"));
        QCOMPARE(result.error.detail, QStringLiteral("<redacted>"));
        // The token is what CAS handed out: left exactly as carried.
        QCOMPARE(result.token, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzIjoiczNjcjN0LXZhbHVlIn0.c2ln"));
    }

    void noSecretChangesNothing()
    {
        CasResult result;
        result.body = "anything";
        result.error.message = QStringLiteral("message");
        result.redactSecret(QByteArray());
        QCOMPARE(result.body, QByteArray("anything"));
        QCOMPARE(result.error.message, QStringLiteral("message"));
    }
};

QTEST_GUILESS_MAIN(TestCasResult)
#include "tst_casresult.moc"
