// `cas-console serve`, the real binary, against the demo CAS over HTTPS and the misbehaving test CAS
// in this process: the first stdout line, the log on stderr, usage errors before listening,
// access code, CORS, upstream errors and the exit on SIGTERM/SIGINT.
#include "core/DemoCasServer.h"

#include "MisbehavingServer.h"
#include "RawHttpClient.h"
#include "ServeProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace
{
QString tokenOf(const RawHttpClient::Answer& answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(QLatin1String("token")).toString();
}
} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private:
    QStringList demoArgs(const QStringList& extra = {}) const
    {
        return QStringList {QStringLiteral("--url"),         m_demo.baseUrl().toString(), QStringLiteral("--key"),
                            DemoCasServer::ApiKey,           QStringLiteral("--cacert"),  m_caFile,
                            QStringLiteral("--secret-stdin")}
        + extra;
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    DemoCasServer m_demo;
    QString m_caFile;

private slots:
    void initTestCase();
    void servesAndExitsOnSigterm();
    void exitsOnSigint();
    void secretFromEnvironment();
    void accessCode();
    void allowOrigin();
    void upstreamRejectionIs502WithoutSecret();
    void usageErrors_data();
    void usageErrors();
    void nonLoopbackBindWithoutCodeRefusedBeforeListening();
};

void TestServe::initTestCase()
{
    QVERIFY2(QFileInfo::exists(ServeProcess::binary()), "CAS_CONSOLE_BIN must name the built cas-console");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.start());
    m_caFile = writeFile(QStringLiteral("demo-ca.pem"), m_demo.certificatePem());
    QVERIFY(!m_caFile.isEmpty());
}

void TestServe::servesAndExitsOnSigterm()
{
    ServeProcess serve;
    QVERIFY2(serve.start(demoArgs(), DemoCasServer::ApiSecret + '\n'), serve.readStderr().constData());
    static const QRegularExpression urlLine(QStringLiteral(R"(^URL: http://127\.0\.0\.1:\d+$)"));
    QVERIFY2(urlLine.match(QString::fromLatin1(serve.firstLine())).hasMatch(), serve.firstLine().constData());

    const RawHttpClient::Answer first = RawHttpClient::get(serve.url(), "/token?session=room1", {{"Origin", "http://localhost:5173"}});
    QCOMPARE(first.status, 200);
    const QString token = tokenOf(first);
    QVERIFY(token.startsWith(QLatin1String("eyJ")));
    QCOMPARE(first.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:5173"));
    QCOMPARE(tokenOf(RawHttpClient::get(serve.url(), "/token?session=room1")), token);
    QCOMPARE(RawHttpClient::get(serve.url(), "/token?session=room1", {{"Origin", "http://evil.example"}}).status, 403);
    QCOMPARE(m_demo.requestCount() > 0, true);

    QTRY_COMPARE(serve.readStderr().count('\n'), 3);
    const QList<QByteArray> lines = serve.readStderr().trimmed().split('\n');
    static const QRegularExpression logLine(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ 127\.0\.0\.1 origin=(-|http://localhost:5173|http://evil\.example) )"
                       R"(session=(room1|-) (200|403) \d+ ms$)"));
    for (const QByteArray& line : lines)
        QVERIFY2(logLine.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QVERIFY(lines.at(0).contains("origin=http://localhost:5173 session=room1 200"));
    QVERIFY(lines.at(2).contains("origin=http://evil.example session=- 403"));

    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
    const QByteArray everything = serve.firstLine() + serve.readStdout() + serve.readStderr();
    QVERIFY(!everything.contains(DemoCasServer::ApiSecret));
    QVERIFY(!everything.contains(token.left(40).toLatin1()));
    QVERIFY(!everything.contains(token.section(QLatin1Char('.'), 2).toLatin1()));
    QCOMPARE(RawHttpClient::get(serve.url(), "/token").status, 0); // nothing listens any more
}

void TestServe::exitsOnSigint()
{
    ServeProcess serve;
    QVERIFY(serve.start(demoArgs(), DemoCasServer::ApiSecret + '\n'));
    QCOMPARE(RawHttpClient::get(serve.url(), "/token").status, 200);
    QVERIFY2(serve.signalAndWait(SIGINT) == 0, serve.readStderr().constData());
}

void TestServe::secretFromEnvironment()
{
    ServeProcess serve;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CAS_API_SECRET"), QString::fromLatin1(DemoCasServer::ApiSecret));
    serve.setEnvironment(environment);
    QStringList args = demoArgs();
    args.removeAll(QStringLiteral("--secret-stdin"));
    QVERIFY2(serve.start(args), serve.readStderr().constData());
    QCOMPARE(RawHttpClient::get(serve.url(), "/token?session=env").status, 200);
    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
}

void TestServe::accessCode()
{
    const QString codeFile = writeFile(QStringLiteral("code.txt"), "tiger-lily-42\nsecond line ignored\n");
    ServeProcess serve;
    QVERIFY(serve.start(demoArgs({QStringLiteral("--access-code-file"), codeFile}), DemoCasServer::ApiSecret + '\n'));
    const RawHttpClient::Answer without = RawHttpClient::get(serve.url(), "/token");
    QCOMPARE(without.status, 401);
    QVERIFY(!without.body.contains("eyJ"));
    QCOMPARE(RawHttpClient::get(serve.url(), "/token", {{"Authorization", "Bearer tiger-lily-41"}}).status, 401);
    const RawHttpClient::Answer with = RawHttpClient::get(serve.url(), "/token", {{"Authorization", "Bearer tiger-lily-42"}});
    QCOMPARE(with.status, 200);
    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
    QVERIFY(!serve.readStderr().contains("tiger-lily"));
}

void TestServe::allowOrigin()
{
    ServeProcess serve;
    QVERIFY(serve.start(demoArgs({QStringLiteral("--allow-origin"), QStringLiteral("http://192.168.1.20:8080"),
                                  QStringLiteral("--allow-origin"), QStringLiteral("https://app.example.test")}),
                        DemoCasServer::ApiSecret + '\n'));
    const RawHttpClient::Answer listed = RawHttpClient::get(serve.url(), "/token", {{"Origin", "https://app.example.test"}});
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.header("Access-Control-Allow-Origin"), QByteArray("https://app.example.test"));
    QCOMPARE(RawHttpClient::get(serve.url(), "/token", {{"Origin", "http://192.168.1.20:8080"}}).status, 200);
    QCOMPARE(RawHttpClient::get(serve.url(), "/token", {{"Origin", "http://192.168.1.21:8080"}}).status, 403);
    const RawHttpClient::Answer preflight = RawHttpClient::send(
        serve.url(),
        RawHttpClient::request("OPTIONS", "/token", {{"Origin", "https://app.example.test"}, {"Access-Control-Request-Method", "GET"}}));
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("Access-Control-Allow-Headers"), QByteArray("Authorization"));
    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
}

void TestServe::upstreamRejectionIs502WithoutSecret()
{
    MisbehavingServer cas;
    QVERIFY(cas.start());
    cas.setResponse(MisbehavingServer::Response::json(401, R"({"message":"wrong secret hunter2-secret"})"));
    ServeProcess serve;
    QVERIFY(serve.start({QStringLiteral("--url"), cas.baseUrl().toString(), QStringLiteral("--key"), QStringLiteral("k-1"),
                         QStringLiteral("--secret-stdin")},
                        "hunter2-secret\n"));
    const RawHttpClient::Answer answer = RawHttpClient::get(serve.url(), "/token?session=a");
    QCOMPARE(answer.status, 502);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("cas_status")).toInt(), 401);
    QVERIFY(!answer.raw.contains("hunter2"));
    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
    QVERIFY(!serve.readStderr().contains("hunter2"));
    QVERIFY(serve.readStderr().contains("session=a 502"));
    QVERIFY(cas.anyRequestContained("hunter2-secret"));
}

void TestServe::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("port out of range") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
    QTest::newRow("bind not an address") << QStringList {QStringLiteral("--bind"), QStringLiteral("my-laptop")} << QStringLiteral("--bind");
    QTest::newRow("origin with a path") << QStringList {QStringLiteral("--allow-origin"), QStringLiteral("http://a.test/app")}
                                        << QStringLiteral("--allow-origin");
    QTest::newRow("origin without scheme") << QStringList {QStringLiteral("--allow-origin"), QStringLiteral("localhost:3000")}
                                           << QStringLiteral("--allow-origin");
    QTest::newRow("negative min validity") << QStringList {QStringLiteral("--min-validity"), QStringLiteral("-1")}
                                           << QStringLiteral("--min-validity");
    QTest::newRow("missing code file") << QStringList {QStringLiteral("--access-code-file"), QStringLiteral("/nonexistent/code")}
                                       << QStringLiteral("access code file");
    QTest::newRow("secret on the command line")
        << QStringList {QStringLiteral("--secret=abc")} << QStringLiteral("--secret is not accepted");
    QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << QStringLiteral("unexpected argument");
}

void TestServe::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, messagePart);
    ServeProcess serve;
    QVERIFY(!serve.start(demoArgs(extra), DemoCasServer::ApiSecret + '\n'));
    QCOMPARE(serve.waitForExit(), 2);
    QVERIFY2(QString::fromUtf8(serve.readStderr()).contains(messagePart), serve.readStderr().constData());
    QVERIFY(serve.firstLine().isEmpty());
}

void TestServe::nonLoopbackBindWithoutCodeRefusedBeforeListening()
{
    const int before = m_demo.requestCount();
    ServeProcess serve;
    QVERIFY(!serve.start(demoArgs({QStringLiteral("--bind"), QStringLiteral("0.0.0.0")}), DemoCasServer::ApiSecret + '\n'));
    QCOMPARE(serve.waitForExit(), 2);
    QVERIFY(serve.readStderr().contains("--access-code-file"));
    QVERIFY(serve.firstLine().isEmpty());
    QVERIFY(serve.readStdout().isEmpty());
    QCOMPARE(m_demo.requestCount(), before);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
