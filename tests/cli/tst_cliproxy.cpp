#include "ConnectProxy.h"
#include "MisbehavingServer.h"
#include "core/DemoCasServer.h"
#include "net/SelfSignedCertificate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Response = MisbehavingServer::Response;

// The real binary through a real CONNECT proxy named by the environment, as a script would run it.
// The servers live in this process, so the test waits for the binary on the event loop.
class TestCliProxy : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run token(const QProcessEnvironment& extra);

    QTemporaryDir m_dir;
    MisbehavingServer m_server;
    QString m_caFile;

private slots:
    void initTestCase();
    void jsonNamesTheProxyWithoutItsPassword();
    void proxyRefusalIsANetworkError();
};

void TestCliProxy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.startTls(SelfSignedCertificate::generate(QStringLiteral("cas.test"), {QStringLiteral("cas.test")}, {})));
    m_server.setResponse(Response::json(200, "{\"token\":\"" + DemoCasServer::makeToken(1700000000, 1700003600) + "\"}"));
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile file(m_caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.certificatePem());
}

TestCliProxy::Run TestCliProxy::token(const QProcessEnvironment& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        env.remove(QLatin1String(name));
    env.remove(QStringLiteral("CAS_API_SECRET"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(extra);

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("CAS_CONSOLE_BIN"),
                  {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://cas.test:%1").arg(m_server.port()),
                   QStringLiteral("--key"), DemoCasServer::ApiKey, QStringLiteral("--cacert"), m_caFile, QStringLiteral("--json"),
                   QStringLiteral("--secret-stdin")});
    process.write(DemoCasServer::ApiSecret + '\n');
    process.closeWriteChannel();
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliProxy::jsonNamesTheProxyWithoutItsPassword()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    proxy.requireCredentials("scripted:pr0xy-pa55");
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("https_proxy"), QStringLiteral("http://scripted:pr0xy-pa55@127.0.0.1:%1").arg(proxy.port()));
    const Run run = token(extra);
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("proxy")).toString(), QStringLiteral("http://***@127.0.0.1:%1 (https_proxy)").arg(proxy.port()));
    QVERIFY(!run.out.contains("pr0xy-pa55"));
    QVERIFY(!run.err.contains("pr0xy-pa55"));
    QVERIFY(!proxy.bytesSeen().contains(DemoCasServer::ApiSecret));
    QVERIFY(proxy.requests().last().target.startsWith("cas.test:"));
}

void TestCliProxy::proxyRefusalIsANetworkError()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    proxy.setRefusal(403);
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("HTTPS_PROXY"), proxy.url());
    const Run run = token(extra);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QByteArray(proxy.url().toLatin1() + " (HTTPS_PROXY)")), run.err.constData());
    // With --json a failure is still one object: the error, and no token.
    const QJsonObject out = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(out.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("network"));
    QVERIFY(!out.contains(QStringLiteral("token")));
    QVERIFY(!run.out.contains(DemoCasServer::ApiSecret));
}

QTEST_MAIN(TestCliProxy)
#include "tst_cliproxy.moc"
