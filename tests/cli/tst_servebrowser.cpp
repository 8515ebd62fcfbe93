// A real browser against the real `cas-console serve`: headless Chromium loads pages served from
// other loopback origins in this process, and each page asks the service for a token with fetch().
// An origin the service allows (by default, or by --allow-origin) gets a JWT; a foreign one does not.
#include "net/BoundedHttpServer.h"
#include "core/DemoCasServer.h"

#include "ServeProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace
{
/// Serves one HTML page for every request, on the given loopback address.
class PageServer
{
public:
    bool start(const QString& address)
    {
        QObject::connect(&m_server, &BoundedHttpServer::requestReceived, &m_server, [this](const HttpServerRequest& request) {
            m_server.respond(request.connectionId, 200, {{"Content-Type", "text/html; charset=utf-8"}}, m_page);
        });
        return m_server.listen(QHostAddress(address), 0);
    }
    void setPage(const QByteArray& page)
    {
        m_page = page;
    }
    QString origin() const
    {
        return QStringLiteral("http://%1:%2").arg(m_server.serverAddress()).arg(m_server.serverPort());
    }

private:
    BoundedHttpServer m_server;
    QByteArray m_page;
};

QByteArray fetchPage(const QUrl& service)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>sample app</title></head><body>"
           "<pre id=\"out\">PENDING</pre><script>\n"
           "const out = document.getElementById('out');\n"
           "fetch('"
        + service.toString().toLatin1()
        + "/token?session=browser', {cache: 'no-store'})\n"
          "  .then(r => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)))\n"
          "  .then(body => { out.textContent = 'TOKEN:' + body.token + ' SESSION:' + body.session; })\n"
          "  .catch(error => { out.textContent = 'ERROR:' + error.message; });\n"
          "</script></body></html>";
}
} // namespace

class TestServeBrowser : public QObject
{
    Q_OBJECT

private:
    /// Loads url in headless Chromium and returns the text of #out after the page ran.
    QString browse(const QString& url);

    QString m_chromium;
    QTemporaryDir m_dir;
    DemoCasServer m_demo;
    QString m_caFile;

private slots:
    void initTestCase();
    void allowedOriginsGetAJwtForeignOriginDoesNot();
};

void TestServeBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    // A missing browser is a failure, not a skip: scripts/setup.sh installs it.
    QVERIFY2(!m_chromium.isEmpty(), "chromium is not installed: run scripts/setup.sh (Debian package \"chromium\")");
    QVERIFY2(QFileInfo::exists(ServeProcess::binary()), "CAS_CONSOLE_BIN must name the built cas-console");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.start());
    m_caFile = m_dir.filePath(QStringLiteral("demo-ca.pem"));
    QFile file(m_caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_demo.certificatePem());
}

QString TestServeBrowser::browse(const QString& url)
{
    QTemporaryDir profile;
    QProcess browser;
    browser.setProgram(m_chromium);
    browser.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                          QStringLiteral("--disable-sync"), QStringLiteral("--no-first-run"),
                          // Loopback only: no proxy, and no name resolves (the pages use IP literals).
                          QStringLiteral("--no-proxy-server"), QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.*"),
                          QStringLiteral("--disable-extensions"), QStringLiteral("--disable-default-apps"),
                          QStringLiteral("--disable-domain-reliability"), QStringLiteral("--disable-client-side-phishing-detection"),
                          QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=5000"),
                          QStringLiteral("--dump-dom"), url});
    browser.start();
    if (!browser.waitForStarted(20000))
        return QStringLiteral("(chromium did not start)");
    // Spin the event loop while Chromium runs: the page servers live in this process.
    QDeadlineTimer deadline(120000);
    while (browser.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (browser.state() != QProcess::NotRunning) {
        browser.kill();
        browser.waitForFinished();
        return QStringLiteral("(chromium timed out)");
    }
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    static const QRegularExpression out(QStringLiteral(R"(<pre id="out">([^<]*)</pre>)"));
    const QRegularExpressionMatch match = out.match(dom);
    return match.hasMatch() ? match.captured(1) : QStringLiteral("(no #out in the DOM: %1)").arg(dom.left(400));
}

void TestServeBrowser::allowedOriginsGetAJwtForeignOriginDoesNot()
{
    PageServer byDefault; // http://127.0.0.1:PORT is allowed on any port
    PageServer listed; // allowed through --allow-origin
    PageServer foreign; // another loopback address, not allowed
    QVERIFY(byDefault.start(QStringLiteral("127.0.0.1")));
    QVERIFY(listed.start(QStringLiteral("127.0.0.2")));
    QVERIFY(foreign.start(QStringLiteral("127.0.0.3")));

    ServeProcess serve;
    QVERIFY2(serve.start({QStringLiteral("--url"), m_demo.baseUrl().toString(), QStringLiteral("--key"), DemoCasServer::ApiKey,
                          QStringLiteral("--cacert"), m_caFile, QStringLiteral("--secret-stdin"), QStringLiteral("--allow-origin"),
                          listed.origin()},
                         DemoCasServer::ApiSecret + '\n'),
             serve.readStderr().constData());
    for (PageServer* page : {&byDefault, &listed, &foreign})
        page->setPage(fetchPage(serve.url()));

    static const QRegularExpression jwt(QStringLiteral(R"(^TOKEN:eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+ SESSION:browser$)"));
    const QString fromDefault = browse(byDefault.origin() + QStringLiteral("/app.html"));
    QVERIFY2(jwt.match(fromDefault).hasMatch(), qPrintable(fromDefault));
    const QString fromListed = browse(listed.origin() + QStringLiteral("/app.html"));
    QVERIFY2(jwt.match(fromListed).hasMatch(), qPrintable(fromListed));
    QCOMPARE(fromListed.section(QLatin1Char(' '), 0, 0), fromDefault.section(QLatin1Char(' '), 0, 0)); // one session, one token

    const QString fromForeign = browse(foreign.origin() + QStringLiteral("/app.html"));
    QVERIFY2(fromForeign.startsWith(QLatin1String("ERROR:")), qPrintable(fromForeign));
    QVERIFY(!fromForeign.contains(QLatin1String("eyJ")));

    QVERIFY2(serve.signalAndWait(SIGTERM) == 0, serve.readStderr().constData());
    const QString log = QString::fromUtf8(serve.readStderr());
    QVERIFY2(log.contains(QStringLiteral("origin=%1 session=browser 200").arg(byDefault.origin())), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("origin=%1 session=browser 200").arg(listed.origin())), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("origin=%1 session=- 403").arg(foreign.origin())), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestServeBrowser)
#include "tst_servebrowser.moc"
