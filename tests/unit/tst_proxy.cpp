#include "ConnectProxy.h"
#include "MisbehavingServer.h"
#include "core/CasClient.h"
#include "core/DemoCasServer.h"
#include "net/EnvironmentProxyFactory.h"
#include "net/SelfSignedCertificate.h"

#include <QSignalSpy>
#include <QtTest>

using Kind = CasError::Kind;
using Response = MisbehavingServer::Response;

namespace
{

const QByteArray Secret = QByteArrayLiteral("s3cr3t-value-that-must-not-leak");
const QByteArray SampleJwt = DemoCasServer::makeToken(1700000000, 1700003600);
const QList<QByteArray> ProxyVariables = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                          "all_proxy",  "ALL_PROXY",  "no_proxy",    "NO_PROXY"};

QProcessEnvironment environmentOf(const QStringList& assignments)
{
    QProcessEnvironment environment;
    for (const QString& assignment : assignments)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return environment;
}

} // namespace

// Proxies picked as curl picks them, and a real CONNECT proxy that must never see the secret.
// Proxied requests name a host that is not loopback (loopback is never proxied); the test proxy
// connects every CONNECT to 127.0.0.1 whatever it names, so nothing leaves this computer.
class TestProxy : public QObject
{
    Q_OBJECT

private:
    CasResult run(const QUrl& base, const QList<QSslCertificate>& trusted);
    static bool startCasTest(MisbehavingServer& server);

private slots:
    void init();
    void cleanup();

    void choose_data();
    void choose();
    void noProxy_data();
    void noProxy();
    void masked_data();
    void masked();
    void queryProxyAgrees();

    void httpsGoesThroughConnectAndProxySeesNoSecret();
    void allProxyIsTheFallback();
    void proxyCredentialsUsedAndMasked();
    void loopbackIsNeverProxied();
    void proxyRefusalIsNamed();
    void unusableProxyIsAnErrorNotDirect();
    void silentProxyIsNamedInTheTimeout();
};

void TestProxy::init()
{
    for (const QByteArray& name : ProxyVariables)
        qunsetenv(name.constData());
}

void TestProxy::cleanup()
{
    init();
}

CasResult TestProxy::run(const QUrl& base, const QList<QSslCertificate>& trusted)
{
    CasRequest request;
    request.baseUrl = base.toString();
    request.apiKey = DemoCasServer::ApiKey;
    request.apiSecret = Secret;
    for (const QSslCertificate& certificate : trusted)
        request.extraCaCertificates.append(certificate.toPem());
    request.timeoutMs = 20000;
    request.stallTimeoutMs = 20000;
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(request);
    [&] {
        QVERIFY(finished.wait(30000));
    }();
    return finished.isEmpty() ? CasResult() : finished.first().first().value<CasResult>();
}

// A CAS at "cas.test" (over TLS, a certificate for that name): reachable only through the proxy.
bool TestProxy::startCasTest(MisbehavingServer& server)
{
    server.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    return server.startTls(SelfSignedCertificate::generate(QStringLiteral("cas.test"), {QStringLiteral("cas.test")}, {}));
}

void TestProxy::choose_data()
{
    QTest::addColumn<QString>("environment"); // NAME=VALUE, space-separated
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("variable"); // empty: direct
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("error");

    const QString https = QStringLiteral("https://cas.example.com/");
    const QString http = QStringLiteral("http://cas.example.com/");
    QTest::newRow("nothing set") << QString() << https << QString() << QString() << false;
    QTest::newRow("http_proxy is not for https") << "http_proxy=http://p:3128" << https << QString() << QString() << false;
    QTest::newRow("http_proxy for http") << "http_proxy=http://p:3128" << http << "http_proxy"
                                         << "http://p:3128 (http_proxy)" << false;
    QTest::newRow("HTTP_PROXY ignored, as curl") << "HTTP_PROXY=http://p:3128" << http << QString() << QString() << false;
    QTest::newRow("https_proxy") << "https_proxy=http://p:3128 http_proxy=http://q:1" << https << "https_proxy"
                                 << "http://p:3128 (https_proxy)" << false;
    QTest::newRow("HTTPS_PROXY") << "HTTPS_PROXY=p:8080" << https << "HTTPS_PROXY"
                                 << "p:8080 (HTTPS_PROXY)" << false;
    QTest::newRow("lower case first") << "https_proxy=http://lower:1 HTTPS_PROXY=http://upper:2" << https << "https_proxy"
                                      << "http://lower:1 (https_proxy)" << false;
    QTest::newRow("https_proxy not for http") << "https_proxy=http://p:3128" << http << QString() << QString() << false;
    QTest::newRow("all_proxy fallback https") << "all_proxy=http://a:1" << https << "all_proxy"
                                              << "http://a:1 (all_proxy)" << false;
    QTest::newRow("ALL_PROXY fallback http") << "ALL_PROXY=http://a:1" << http << "ALL_PROXY"
                                             << "http://a:1 (ALL_PROXY)" << false;
    QTest::newRow("specific before all") << "all_proxy=http://a:1 https_proxy=http://s:2" << https << "https_proxy"
                                         << "http://s:2 (https_proxy)" << false;
    QTest::newRow("empty is unset") << "https_proxy= all_proxy=http://a:1" << https << "all_proxy"
                                    << "http://a:1 (all_proxy)" << false;
    QTest::newRow("no_proxy") << "https_proxy=http://p:1 no_proxy=example.com" << https << QString() << QString() << false;
    QTest::newRow("NO_PROXY") << "https_proxy=http://p:1 NO_PROXY=.example.com" << https << QString() << QString() << false;
    QTest::newRow("localhost never") << "all_proxy=http://a:1"
                                     << "https://localhost:8443/" << QString() << QString() << false;
    QTest::newRow("127.x never") << "all_proxy=http://a:1"
                                 << "http://127.0.0.9/" << QString() << QString() << false;
    QTest::newRow("::1 never") << "all_proxy=http://a:1"
                               << "https://[::1]:1/" << QString() << QString() << false;
    QTest::newRow("credentials masked") << "https_proxy=http://me:pa55@p:3128" << https << "https_proxy"
                                        << "http://***@p:3128 (https_proxy)" << false;
    QTest::newRow("socks5h") << "all_proxy=socks5h://s:1080" << https << "all_proxy"
                             << "socks5h://s:1080 (all_proxy)" << false;
    QTest::newRow("socks4 refused") << "https_proxy=socks4://s:1080" << https << "https_proxy"
                                    << "socks4://s:1080 (https_proxy)" << true;
    QTest::newRow("https proxy refused") << "https_proxy=https://s:443" << https << "https_proxy"
                                         << "https://s:443 (https_proxy)" << true;
}

void TestProxy::choose()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(QString, variable);
    QFETCH(QString, description);
    QFETCH(bool, error);

    const EnvironmentProxyFactory factory(environmentOf(environment.split(u' ', Qt::SkipEmptyParts)));
    const EnvironmentProxyFactory::Choice choice = factory.choose(QUrl(url));
    QCOMPARE(choice.variable, variable);
    QCOMPARE(choice.description(), description);
    QCOMPARE(!choice.error.isEmpty(), error);
    if (error) {
        QVERIFY(choice.error.contains(variable));
        QVERIFY(!choice.isDirect());
    } else if (variable.isEmpty()) {
        QVERIFY(choice.isDirect());
    } else {
        QVERIFY(choice.proxy.type() == QNetworkProxy::HttpProxy || choice.proxy.type() == QNetworkProxy::Socks5Proxy);
        QVERIFY(!choice.proxy.hostName().isEmpty());
    }
}

void TestProxy::noProxy_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "cas.example.com"
                           << "cas.example.com" << true;
    QTest::newRow("suffix") << "cas.example.com"
                            << "example.com" << true;
    QTest::newRow("leading dot") << "cas.example.com"
                                 << ".example.com" << true;
    QTest::newRow("not a label boundary") << "badexample.com"
                                          << "example.com" << false;
    QTest::newRow("star") << "anything.org"
                          << "*" << true;
    QTest::newRow("case") << "CAS.Example.COM"
                          << "example.com" << true;
    QTest::newRow("list with spaces") << "cas.example.com"
                                      << "foo.org, example.com" << true;
    QTest::newRow("ip") << "10.1.2.3"
                        << "10.1.2.3" << true;
    QTest::newRow("cidr") << "10.1.2.3"
                          << "10.0.0.0/8" << true;
    QTest::newRow("cidr miss") << "11.1.2.3"
                               << "10.0.0.0/8" << false;
    QTest::newRow("ipv6 in brackets") << "2001:db8::1"
                                      << "[2001:db8::1]" << true;
    QTest::newRow("empty") << "cas.example.com"
                           << "" << false;
    QTest::newRow("other") << "cas.example.com"
                           << "example.org" << false;
}

void TestProxy::noProxy()
{
    QFETCH(QString, host);
    QFETCH(QString, list);
    QFETCH(bool, matches);
    QCOMPARE(EnvironmentProxyFactory::matchesNoProxy(host, list), matches);
}

void TestProxy::masked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "http://p:3128"
                          << "http://p:3128";
    QTest::newRow("user and password") << "http://me:pa55@p:3128/"
                                       << "http://***@p:3128/";
    QTest::newRow("no scheme") << "me:pa55@p:3128"
                               << "***@p:3128";
    QTest::newRow("@ in password") << "http://me:p@ss@p:3128"
                                   << "http://***@p:3128";
    QTest::newRow("@ in path only") << "http://p:3128/a@b"
                                    << "http://p:3128/a@b";
}

void TestProxy::masked()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(EnvironmentProxyFactory::masked(url), expected);
}

void TestProxy::queryProxyAgrees()
{
    EnvironmentProxyFactory factory(environmentOf({QStringLiteral("https_proxy=http://me:pw@proxy.example:3128")}));
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://cas.example.com/"))));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy.example"));
    QCOMPARE(proxies.first().port(), quint16(3128));
    QCOMPARE(proxies.first().user(), QStringLiteral("me"));
    QCOMPARE(proxies.first().password(), QStringLiteral("pw"));
    const QList<QNetworkProxy> direct = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://127.0.0.1/"))));
    QCOMPARE(direct.first().type(), QNetworkProxy::NoProxy);
    // A proxy that cannot be used never turns into a direct connection.
    EnvironmentProxyFactory broken(environmentOf({QStringLiteral("https_proxy=socks4://s:1")}));
    QVERIFY(broken.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://cas.example.com/")))).first().type()
            != QNetworkProxy::NoProxy);
}

void TestProxy::httpsGoesThroughConnectAndProxySeesNoSecret()
{
    MisbehavingServer server;
    QVERIFY(startCasTest(server));
    ConnectProxy proxy;
    ConnectProxy decoy;
    QVERIFY(proxy.start());
    QVERIFY(decoy.start());
    qputenv("https_proxy", proxy.url().toLatin1());
    qputenv("http_proxy", decoy.url().toLatin1());
    qputenv("all_proxy", decoy.url().toLatin1());

    const CasResult result = run(QUrl(QStringLiteral("https://cas.test:%1").arg(server.port())), {server.certificate()});
    QVERIFY2(result.ok(), qPrintable(result.error.message + QLatin1String(" | ") + result.error.detail));
    QCOMPARE(result.proxy, proxy.url() + QStringLiteral(" (https_proxy)"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
    QCOMPARE(proxy.requests().first().target, "cas.test:" + QByteArray::number(server.port()));
    QCOMPARE(server.requests().first().header("Auth-API-Secret"), Secret);
    // Through CONNECT the proxy carries only ciphertext: no secret, no key, no token.
    QVERIFY(!proxy.bytesSeen().isEmpty());
    QVERIFY(!proxy.bytesSeen().contains(Secret));
    QVERIFY(!proxy.bytesSeen().contains("Auth-API"));
    QVERIFY(!proxy.bytesSeen().contains(DemoCasServer::ApiKey.toUtf8()));
    QVERIFY(!proxy.bytesSeen().contains(SampleJwt.left(20)));
    QCOMPARE(decoy.connectionCount(), 0);
}

void TestProxy::allProxyIsTheFallback()
{
    MisbehavingServer server;
    QVERIFY(startCasTest(server));
    ConnectProxy proxy;
    ConnectProxy decoy;
    QVERIFY(proxy.start());
    QVERIFY(decoy.start());
    qputenv("ALL_PROXY", proxy.url().toLatin1());
    qputenv("http_proxy", decoy.url().toLatin1()); // curl never uses it for https

    const CasResult result = run(QUrl(QStringLiteral("https://cas.test:%1").arg(server.port())), {server.certificate()});
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.proxy, proxy.url() + QStringLiteral(" (ALL_PROXY)"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(decoy.connectionCount(), 0);
}

void TestProxy::proxyCredentialsUsedAndMasked()
{
    MisbehavingServer server;
    QVERIFY(startCasTest(server));
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    proxy.requireCredentials("proxyuser:pr0xy-pa55");
    qputenv("https_proxy", QStringLiteral("http://proxyuser:pr0xy-pa55@127.0.0.1:%1").arg(proxy.port()).toLatin1());

    const CasResult result = run(QUrl(QStringLiteral("https://cas.test:%1").arg(server.port())), {server.certificate()});
    QVERIFY2(result.ok(), qPrintable(result.error.message + QLatin1String(" | ") + result.error.detail));
    QCOMPARE(result.proxy, QStringLiteral("http://***@127.0.0.1:%1 (https_proxy)").arg(proxy.port()));
    QVERIFY(!result.proxy.contains(QStringLiteral("pr0xy-pa55")));
    QVERIFY(!result.proxy.contains(QStringLiteral("proxyuser")));
}

void TestProxy::loopbackIsNeverProxied()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY"})
        qputenv(name, proxy.url().toLatin1());

    MisbehavingServer plain;
    QVERIFY(plain.start());
    plain.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    CasResult result = run(plain.baseUrl(), {});
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(result.proxy.isEmpty());

    MisbehavingServer secure;
    QVERIFY(secure.start(true));
    secure.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    QUrl url = secure.baseUrl();
    url.setHost(QStringLiteral("localhost"));
    result = run(url, {secure.certificate()});
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(result.proxy.isEmpty());
    QCOMPARE(proxy.connectionCount(), 0);
}

void TestProxy::proxyRefusalIsNamed()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    proxy.setRefusal(403);
    qputenv("https_proxy", proxy.url().toLatin1());
    const CasResult result = run(QUrl(QStringLiteral("https://cas.test:1")), {});
    QCOMPARE(result.error.kind, Kind::Proxy);
    QVERIFY2(result.error.message.contains(proxy.url() + QStringLiteral(" (https_proxy)")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("no_proxy")));
    QCOMPARE(proxy.requests().size(), 1);
}

void TestProxy::unusableProxyIsAnErrorNotDirect()
{
    MisbehavingServer server;
    QVERIFY(startCasTest(server));
    qputenv("https_proxy", "socks4://127.0.0.1:1");
    const CasResult result = run(QUrl(QStringLiteral("https://cas.test:%1").arg(server.port())), {server.certificate()});
    QCOMPARE(result.error.kind, Kind::Proxy);
    QVERIFY2(result.error.message.contains(QStringLiteral("socks4")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("https_proxy")));
    QCOMPARE(server.connectionCount(), 0);
}

void TestProxy::silentProxyIsNamedInTheTimeout()
{
    MisbehavingServer silent; // takes the CONNECT and never answers it
    QVERIFY(silent.start());
    silent.setResponse(Response::neverAnswer());
    qputenv("https_proxy", silent.baseUrl().toString().toLatin1());
    CasRequest request;
    request.baseUrl = QStringLiteral("https://cas.test:1");
    request.apiKey = DemoCasServer::ApiKey;
    request.apiSecret = Secret;
    request.stallTimeoutMs = 300;
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(request);
    QVERIFY(finished.wait(30000));
    const CasResult result = finished.first().first().value<CasResult>();
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("did not open a connection to cas.test")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("(https_proxy)")));
    QVERIFY(!silent.anyRequestContained(Secret));
}

QTEST_MAIN(TestProxy)
#include "tst_proxy.moc"
