// The token service driven by real HTTP clients (raw sockets, so tests control every byte) against
// the real demo CAS over HTTPS and against the misbehaving test CAS; time through a ManualClock.
#include "ManualClock.h"
#include "core/DemoCasServer.h"
#include "core/TokenService.h"

#include "MisbehavingServer.h"
#include "RawHttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Answer = RawHttpClient::Answer;

namespace
{
const QByteArray ApiKey = "key-0f3a9c";
const QByteArray Secret = "s3cr3t-never-served";
const QByteArray AccessCode = "open-sesame-4711";

QJsonObject jsonOf(const Answer& answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

QString tokenOf(const Answer& answer)
{
    return jsonOf(answer).value(QLatin1String("token")).toString();
}

bool isJwt(const QString& token)
{
    return token.count(QLatin1Char('.')) == 2 && token.startsWith(QLatin1String("eyJ"));
}
} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

private:
    TokenServiceConfig demoConfig() const;
    TokenServiceConfig configFor(const MisbehavingServer& cas) const;
    bool startService(const TokenServiceConfig& config);
    QUrl url() const
    {
        return m_service->url();
    }

    std::unique_ptr<DemoCasServer> m_demo;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_log;

private slots:
    void init();
    void cleanup();

    void servesOneTokenPerSession();
    void defaultSession();
    void invalidSessionNameIs400();
    void shortLivedTokenUsedUntilItExpires();
    void renewsWhenMinValidityIsReached();
    void singleFlight();
    void twoHundredConcurrentClients();
    void corsAllowed_data();
    void corsAllowed();
    void corsRefused_data();
    void corsRefused();
    void preflight();
    void preflightFromRefusedOrigin();
    void accessCode_data();
    void accessCode();
    void upstreamFailures_data();
    void upstreamFailures();
    void upstreamTimeoutIs504();
    void idleConnectionsCannotJam();
    void idleConnectionsAreClosed();
    void oversizedRequests_data();
    void oversizedRequests();
    void nonLoopbackNeedsAccessCode();
    void badOriginOptionRefused();
    void approvalHook();
    void renewAndEndSession();
    void testPage();
    void unknownPathIs404();
    void secretNeverInLogOrAnswers();
    void logLineFormat();
};

TokenServiceConfig TestTokenService::demoConfig() const
{
    TokenServiceConfig config;
    config.cas.baseUrl = m_demo->baseUrl().toString();
    config.cas.apiKey = DemoCasServer::ApiKey;
    config.cas.apiSecret = DemoCasServer::ApiSecret;
    config.cas.extraCaCertificates = {m_demo->certificatePem()};
    config.cas.trustSystemRoots = false;
    return config;
}

TokenServiceConfig TestTokenService::configFor(const MisbehavingServer& cas) const
{
    TokenServiceConfig config;
    config.cas.baseUrl = cas.baseUrl().toString();
    config.cas.apiKey = QString::fromLatin1(ApiKey);
    config.cas.apiSecret = Secret;
    return config;
}

bool TestTokenService::startService(const TokenServiceConfig& config)
{
    const TokenServiceError error = m_service->start(config);
    if (error.kind != TokenServiceError::Kind::None) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    return m_service->isRunning();
}

void TestTokenService::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    Clock::setInstance(m_clock.get());
    m_demo = std::make_unique<DemoCasServer>();
    QVERIFY(m_demo->start());
    m_service = std::make_unique<TokenService>();
    m_log.clear();
    connect(m_service.get(), &TokenService::requestLogged, this, [this](const TokenServiceLogEntry& entry) {
        m_log.append(entry.toLine());
    });
}

void TestTokenService::cleanup()
{
    m_service.reset();
    m_demo.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestTokenService::servesOneTokenPerSession()
{
    QVERIFY(startService(demoConfig()));
    QCOMPARE(url().host(), QStringLiteral("127.0.0.1"));

    const Answer first = RawHttpClient::get(url(), "/token?session=alpha");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(first.header("Cache-Control"), QByteArray("no-store"));
    static const QRegularExpression shape(QStringLiteral(R"(^\{"token":"eyJ[^"]+","session":"alpha","expires_at":\d+\}$)"));
    QVERIFY2(shape.match(QString::fromLatin1(first.body)).hasMatch(), first.body.constData());
    const QJsonObject body = jsonOf(first);
    QVERIFY(isJwt(body.value(QLatin1String("token")).toString()));
    QCOMPARE(body.value(QLatin1String("session")).toString(), QStringLiteral("alpha"));
    QCOMPARE(body.value(QLatin1String("expires_at")).toInteger(), m_clock->currentDateTimeUtc().toSecsSinceEpoch() + 3600);

    const Answer again = RawHttpClient::get(url(), "/token?session=alpha");
    QCOMPARE(tokenOf(again), tokenOf(first));
    const Answer other = RawHttpClient::get(url(), "/token?session=beta");
    QCOMPARE(other.status, 200);
    QVERIFY(isJwt(tokenOf(other)));
    QVERIFY(tokenOf(other) != tokenOf(first));
    QCOMPARE(jsonOf(other).value(QLatin1String("session")).toString(), QStringLiteral("beta"));
    QCOMPARE(m_demo->requestCount(), 2);
    QCOMPARE(m_service->casRequestCount(), 2);

    const QList<TokenServiceSession> sessions = m_service->sessions();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(sessions.at(0).clientCount, 2);
    QCOMPARE(sessions.at(1).clientCount, 1);
}

void TestTokenService::defaultSession()
{
    QVERIFY(startService(demoConfig()));
    const Answer answer = RawHttpClient::get(url(), "/token");
    QCOMPARE(answer.status, 200);
    QCOMPARE(jsonOf(answer).value(QLatin1String("session")).toString(), QStringLiteral("default"));
    QCOMPARE(tokenOf(RawHttpClient::get(url(), "/token?session=default")), tokenOf(answer));
}

void TestTokenService::invalidSessionNameIs400()
{
    QVERIFY(startService(demoConfig()));
    for (const QByteArray& target : {QByteArray("/token?session="), QByteArray("/token?session=a%20b"),
                                     QByteArray("/token?session=%1B%5B2J"), QByteArray("/token?session=" + QByteArray(65, 'x'))}) {
        const Answer answer = RawHttpClient::get(url(), target);
        QCOMPARE(answer.status, 400);
        QVERIFY(!answer.body.contains("token\""));
    }
    QCOMPARE(m_demo->requestCount(), 0);
}

void TestTokenService::shortLivedTokenUsedUntilItExpires()
{
    m_demo->setTokenLifetimeSeconds(30); // shorter than the 60 s minimum validity
    QVERIFY(startService(demoConfig()));
    const QString first = tokenOf(RawHttpClient::get(url(), "/token?session=s"));
    QVERIFY(isJwt(first));
    m_clock->advanceSeconds(20);
    QCOMPARE(tokenOf(RawHttpClient::get(url(), "/token?session=s")), first);
    QCOMPARE(m_demo->requestCount(), 1);
    m_clock->advanceSeconds(10); // expired now
    const Answer renewed = RawHttpClient::get(url(), "/token?session=s");
    QCOMPARE(renewed.status, 200);
    QVERIFY(isJwt(tokenOf(renewed)));
    QVERIFY(tokenOf(renewed) != first);
    QCOMPARE(m_demo->requestCount(), 2);
}

void TestTokenService::renewsWhenMinValidityIsReached()
{
    TokenServiceConfig config = demoConfig();
    config.minValiditySeconds = 120;
    QVERIFY(startService(config));
    const QString first = tokenOf(RawHttpClient::get(url(), "/token?session=s"));
    m_clock->advanceSeconds(3600 - 120); // exactly 120 s left: still handed out
    QCOMPARE(tokenOf(RawHttpClient::get(url(), "/token?session=s")), first);
    m_clock->advanceSeconds(1); // 119 s left: too little
    const QString second = tokenOf(RawHttpClient::get(url(), "/token?session=s"));
    QVERIFY(isJwt(second));
    QVERIFY(second != first);
    QCOMPARE(m_demo->requestCount(), 2);
}

void TestTokenService::singleFlight()
{
    m_demo->setScenario(DemoCasServer::Scenario::Slow);
    m_demo->setSlowDelayMs(300);
    QVERIFY(startService(demoConfig()));
    const QList<Answer> answers = RawHttpClient::sendConcurrently(url(), RawHttpClient::request("GET", "/token?session=crowd"), 40);
    QCOMPARE(answers.size(), 40);
    const QString token = tokenOf(answers.first());
    QVERIFY(isJwt(token));
    for (const Answer& answer : answers) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(tokenOf(answer), token);
    }
    QCOMPARE(m_demo->requestCount(), 1);
    QCOMPARE(m_service->casRequestCount(), 1);
    QCOMPARE(m_service->sessions().value(0).clientCount, 40);
}

void TestTokenService::twoHundredConcurrentClients()
{
    QVERIFY(startService(demoConfig()));
    const QString token = tokenOf(RawHttpClient::get(url(), "/token?session=load"));
    QVERIFY(isJwt(token));
    const QList<Answer> answers = RawHttpClient::sendConcurrently(url(), RawHttpClient::request("GET", "/token?session=load"), 200);
    int served = 0;
    for (const Answer& answer : answers)
        served += answer.status == 200 && tokenOf(answer) == token ? 1 : 0;
    QCOMPARE(served, 200);
}

void TestTokenService::corsAllowed_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("localhost with port") << QByteArray("http://localhost:5173");
    QTest::newRow("localhost") << QByteArray("http://localhost");
    QTest::newRow("127.0.0.1 with port") << QByteArray("http://127.0.0.1:8080");
    QTest::newRow("listed https origin") << QByteArray("https://app.example.test");
    QTest::newRow("listed origin with port") << QByteArray("http://192.168.1.20:3000");
}

void TestTokenService::corsAllowed()
{
    QFETCH(QByteArray, origin);
    TokenServiceConfig config = demoConfig();
    config.allowedOrigins = {QStringLiteral("https://app.example.test/"), QStringLiteral("http://192.168.1.20:3000")};
    QVERIFY(startService(config));
    const Answer answer = RawHttpClient::get(url(), "/token?session=web", {{"Origin", origin}});
    QVERIFY2(answer.status == 200, answer.raw.constData());
    QCOMPARE(answer.header("Access-Control-Allow-Origin"), origin);
    QCOMPARE(answer.header("Vary"), QByteArray("Origin"));
    QVERIFY(isJwt(tokenOf(answer)));
}

void TestTokenService::corsRefused_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("other site") << QByteArray("http://evil.example");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("localhost as a subdomain") << QByteArray("http://localhost.evil.example");
    QTest::newRow("127.0.0.1 as a prefix") << QByteArray("http://127.0.0.1.nip.io");
    QTest::newRow("https localhost is not listed") << QByteArray("https://localhost:5173");
    QTest::newRow("user info") << QByteArray("http://localhost@evil.example");
    QTest::newRow("other port of a listed origin") << QByteArray("https://app.example.test:8443");
    QTest::newRow("another loopback address") << QByteArray("http://127.0.0.2:8080");
}

void TestTokenService::corsRefused()
{
    QFETCH(QByteArray, origin);
    TokenServiceConfig config = demoConfig();
    config.allowedOrigins = {QStringLiteral("https://app.example.test")};
    QVERIFY(startService(config));
    const Answer answer = RawHttpClient::get(url(), "/token?session=web", {{"Origin", origin}});
    QCOMPARE(answer.status, 403);
    QVERIFY(!answer.hasHeader("Access-Control-Allow-Origin"));
    QVERIFY(!answer.body.contains("eyJ"));
    QVERIFY(jsonOf(answer).value(QLatin1String("error")).toString().contains(QLatin1String("--allow-origin")));
    QCOMPARE(m_demo->requestCount(), 0);
}

void TestTokenService::preflight()
{
    QVERIFY(startService(demoConfig()));
    const Answer answer = RawHttpClient::send(url(),
                                              RawHttpClient::request("OPTIONS", "/token?session=web",
                                                                     {{"Origin", "http://localhost:5173"},
                                                                      {"Access-Control-Request-Method", "GET"},
                                                                      {"Access-Control-Request-Headers", "authorization"}}));
    QCOMPARE(answer.status, 204);
    QCOMPARE(answer.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:5173"));
    QCOMPARE(answer.header("Access-Control-Allow-Methods"), QByteArray("GET"));
    QCOMPARE(answer.header("Access-Control-Allow-Headers"), QByteArray("Authorization"));
    QCOMPARE(answer.header("Vary"), QByteArray("Origin"));
    QVERIFY(answer.body.isEmpty());
    QCOMPARE(m_demo->requestCount(), 0);
}

void TestTokenService::preflightFromRefusedOrigin()
{
    QVERIFY(startService(demoConfig()));
    const Answer answer = RawHttpClient::send(
        url(), RawHttpClient::request("OPTIONS", "/token", {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "GET"}}));
    QCOMPARE(answer.status, 403);
    QVERIFY(!answer.hasHeader("Access-Control-Allow-Origin"));
    QVERIFY(!answer.hasHeader("Access-Control-Allow-Methods"));
}

void TestTokenService::accessCode_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("Bearer open-sesame-4712") << 401;
    QTest::newRow("prefix of the code") << QByteArray("Bearer open-sesame") << 401;
    QTest::newRow("code without Bearer") << AccessCode << 401;
    QTest::newRow("basic scheme") << QByteArray("Basic ") + AccessCode.toBase64() << 401;
    QTest::newRow("right") << QByteArray("Bearer ") + AccessCode << 200;
    QTest::newRow("right, scheme in lower case") << QByteArray("bearer ") + AccessCode << 200;
}

void TestTokenService::accessCode()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    TokenServiceConfig config = demoConfig();
    config.accessCode = AccessCode;
    QVERIFY(startService(config));
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Answer answer = RawHttpClient::get(url(), "/token?session=phone", headers);
    QCOMPARE(answer.status, status);
    QCOMPARE(isJwt(tokenOf(answer)), status == 200);
    if (status == 401) {
        QCOMPARE(answer.header("WWW-Authenticate").left(6), QByteArray("Bearer"));
        QCOMPARE(m_demo->requestCount(), 0);
    }
    QVERIFY(!answer.raw.contains(AccessCode));
}

void TestTokenService::upstreamFailures_data()
{
    QTest::addColumn<int>("casStatus");
    QTest::addColumn<QByteArray>("casBody");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("401 echoing the secret") << 401 << QByteArray(R"({"message":"bad secret s3cr3t-never-served for key-0f3a9c"})")
                                            << QStringLiteral("rejected the API key or secret");
    QTest::newRow("500") << 500 << QByteArray(R"({"message":"database down"})") << QStringLiteral("HTTP 500");
    QTest::newRow("200 without a token") << 200 << QByteArray(R"({"jwt":"x"})") << QStringLiteral("without a usable token");
}

void TestTokenService::upstreamFailures()
{
    QFETCH(int, casStatus);
    QFETCH(QByteArray, casBody);
    QFETCH(QString, messagePart);
    MisbehavingServer cas;
    QVERIFY(cas.start());
    cas.setResponse(MisbehavingServer::Response::json(casStatus, casBody));
    QVERIFY(startService(configFor(cas)));
    const QList<Answer> answers = RawHttpClient::sendConcurrently(url(), RawHttpClient::request("GET", "/token?session=x"), 5);
    for (const Answer& answer : answers) {
        QCOMPARE(answer.status, 502);
        const QJsonObject body = jsonOf(answer);
        QVERIFY2(body.value(QLatin1String("error")).toString().contains(messagePart), answer.body.constData());
        QCOMPARE(body.value(QLatin1String("cas_status")).toInt(), casStatus);
        QVERIFY(!answer.raw.contains(Secret));
        QVERIFY(!answer.raw.contains(ApiKey));
    }
    QCOMPARE(cas.requests().size(), 1);
    QVERIFY(cas.anyRequestContained(Secret)); // it did go to CAS, and only there
}

void TestTokenService::upstreamTimeoutIs504()
{
    MisbehavingServer cas;
    QVERIFY(cas.start());
    cas.setResponse(MisbehavingServer::Response::neverAnswer());
    TokenServiceConfig config = configFor(cas);
    config.cas.timeoutMs = 300;
    config.cas.stallTimeoutMs = 300;
    QVERIFY(startService(config));
    const Answer answer = RawHttpClient::get(url(), "/token?session=x");
    QCOMPARE(answer.status, 504);
    QVERIFY(jsonOf(answer).value(QLatin1String("cas_status")).isNull());
    QVERIFY(jsonOf(answer).value(QLatin1String("error")).toString().contains(QLatin1String("in time")));
}

void TestTokenService::idleConnectionsCannotJam()
{
    TokenServiceConfig config = demoConfig();
    config.limits.maxConnections = 8;
    QVERIFY(startService(config));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 30; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(url().host(), static_cast<quint16>(url().port()));
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    QTRY_VERIFY(m_service->isRunning());
    const Answer answer = RawHttpClient::get(url(), "/token?session=after-the-crowd");
    QCOMPARE(answer.status, 200);
    QVERIFY(isJwt(tokenOf(answer)));
}

void TestTokenService::idleConnectionsAreClosed()
{
    TokenServiceConfig config = demoConfig();
    config.limits.idleTimeoutMs = 200;
    config.limits.headerTimeoutMs = 200;
    QVERIFY(startService(config));
    QTcpSocket silent;
    silent.connectToHost(url().host(), static_cast<quint16>(url().port()));
    QVERIFY(silent.waitForConnected(5000));
    QTcpSocket slow;
    slow.connectToHost(url().host(), static_cast<quint16>(url().port()));
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /token HTTP/1.1\r\nHost: x\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(slow.readAll().startsWith("HTTP/1.1 408 "));
}

void TestTokenService::oversizedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("long request line") << RawHttpClient::request("GET", "/token?session=x&pad=" + QByteArray(20000, 'a')) << 414;
    Headers many;
    for (int i = 0; i < 200; ++i)
        many.append({"X-Pad-" + QByteArray::number(i), "1"});
    QTest::newRow("many headers") << RawHttpClient::request("GET", "/token", many) << 431;
    QTest::newRow("huge header") << RawHttpClient::request("GET", "/token", {{"X-Pad", QByteArray(60000, 'b')}}) << 431;
    QTest::newRow("body too large") << RawHttpClient::request("GET", "/token", {{"Content-Length", "10000000"}}) << 413;
    QTest::newRow("chunked") << RawHttpClient::request("GET", "/token", {{"Transfer-Encoding", "chunked"}}) << 501;
    QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
}

void TestTokenService::oversizedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QVERIFY(startService(demoConfig()));
    const Answer answer = RawHttpClient::send(url(), request);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Connection"), QByteArray("close"));
    QCOMPARE(m_demo->requestCount(), 0);
    QCOMPARE(RawHttpClient::get(url(), "/token").status, 200); // and the service goes on
}

void TestTokenService::nonLoopbackNeedsAccessCode()
{
    TokenServiceConfig config = demoConfig();
    config.bindAddress = QStringLiteral("0.0.0.0");
    const TokenServiceError error = m_service->start(config);
    QCOMPARE(error.kind, TokenServiceError::Kind::NeedsAccessCode);
    QVERIFY(error.message.contains(QLatin1String("access code")));
    QVERIFY(!m_service->isRunning());
    QCOMPARE(m_service->port(), quint16(0));
}

void TestTokenService::badOriginOptionRefused()
{
    TokenServiceConfig config = demoConfig();
    config.allowedOrigins = {QStringLiteral("localhost:3000")};
    QCOMPARE(m_service->start(config).kind, TokenServiceError::Kind::BadOrigin);
    config.allowedOrigins = {QStringLiteral("http://example.test/app")};
    QCOMPARE(m_service->start(config).kind, TokenServiceError::Kind::BadOrigin);
    QVERIFY(!m_service->isRunning());
}

void TestTokenService::approvalHook()
{
    QList<TokenServiceApprovalRequest> asked;
    bool allow = false;
    m_service->setApprovalHook([&](const TokenServiceApprovalRequest& request, std::function<void(bool)> decide) {
        asked.append(request);
        QTimer::singleShot(0, this, [decide, allow] {
            decide(allow);
        });
    });
    QVERIFY(startService(demoConfig()));
    const Answer refused = RawHttpClient::get(url(), "/token?session=asked", {{"Origin", "http://localhost:5173"}});
    QCOMPARE(refused.status, 403);
    QVERIFY(!refused.body.contains("eyJ"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().origin, QStringLiteral("http://localhost:5173"));
    QCOMPARE(asked.first().session, QStringLiteral("asked"));
    QCOMPARE(asked.first().client, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_demo->requestCount(), 0);

    allow = true;
    const Answer served = RawHttpClient::get(url(), "/token?session=asked");
    QCOMPARE(served.status, 200);
    QVERIFY(isJwt(tokenOf(served)));
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked.last().origin.isEmpty());
}

void TestTokenService::renewAndEndSession()
{
    QVERIFY(startService(demoConfig()));
    const QString first = tokenOf(RawHttpClient::get(url(), "/token?session=s"));
    QSignalSpy changed(m_service.get(), &TokenService::sessionsChanged);
    m_service->renewSession(QStringLiteral("s"));
    QTRY_COMPARE(m_demo->requestCount(), 2);
    QTRY_VERIFY(!m_service->sessions().value(0).fetching);
    const QString renewed = tokenOf(RawHttpClient::get(url(), "/token?session=s"));
    QVERIFY(isJwt(renewed));
    QVERIFY(renewed != first);
    QVERIFY(changed.count() > 0);
    m_service->endSession(QStringLiteral("s"));
    QVERIFY(m_service->sessions().isEmpty());
    QVERIFY(tokenOf(RawHttpClient::get(url(), "/token?session=s")) != renewed);
    QCOMPARE(m_demo->requestCount(), 3);
}

void TestTokenService::testPage()
{
    QVERIFY(startService(demoConfig()));
    const Answer page = RawHttpClient::get(url(), "/");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(page.body.contains("WTSDK.Session.connect(token, displayName)"));
    QVERIFY(page.body.contains("fetch(\"/token?session=\""));
    QVERIFY(!page.body.contains("src="));
    QVERIFY(!page.body.contains("href="));
    QVERIFY(!page.body.contains("http://"));
    QVERIFY(!page.body.contains("https://"));
    QVERIFY(!page.body.contains("innerHTML"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    QCOMPARE(m_demo->requestCount(), 0);
}

void TestTokenService::unknownPathIs404()
{
    QVERIFY(startService(demoConfig()));
    QCOMPARE(RawHttpClient::get(url(), "/stream/token/v2/").status, 404);
    QCOMPARE(RawHttpClient::send(url(), RawHttpClient::request("POST", "/token", {{"Content-Length", "0"}})).status, 405);
    QCOMPARE(m_demo->requestCount(), 0);
}

void TestTokenService::secretNeverInLogOrAnswers()
{
    MisbehavingServer cas;
    QVERIFY(cas.start());
    cas.setResponse(MisbehavingServer::Response::json(200, R"({"token":")" + DemoCasServer::makeToken(1, 4102444800) + R"("})"));
    TokenServiceConfig config = configFor(cas);
    config.accessCode = AccessCode;
    QVERIFY(startService(config));
    const Answer served = RawHttpClient::get(url(), "/token?session=s", {{"Authorization", "Bearer " + AccessCode}});
    QCOMPARE(served.status, 200);
    const QString token = tokenOf(served);
    QVERIFY(isJwt(token));
    RawHttpClient::get(url(), "/token?session=s");
    RawHttpClient::get(url(), "/token?session=s", {{"Origin", "http://evil.example"}});
    QCOMPARE(m_log.size(), 3);
    for (const QString& line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(QString::fromLatin1(Secret)), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(ApiKey)), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(AccessCode)), qPrintable(line));
        QVERIFY2(!line.contains(token.left(20)), qPrintable(line));
    }
    QVERIFY(!served.raw.contains(Secret));
    QVERIFY(!served.raw.contains(ApiKey));
}

void TestTokenService::logLineFormat()
{
    QVERIFY(startService(demoConfig()));
    RawHttpClient::get(url(), "/token?session=web", {{"Origin", "http://localhost:5173"}});
    RawHttpClient::get(url(), "/token?session=x", {{"Origin", "http://evil.example\x1b]0;pwned\x07"}});
    QCOMPARE(m_log.size(), 2);
    static const QRegularExpression line(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ 127\.0\.0\.1 origin=http://localhost:5173 session=web 200 \d+ ms$)"));
    QVERIFY2(line.match(m_log.at(0)).hasMatch(), qPrintable(m_log.at(0)));
    QVERIFY2(m_log.at(1).contains(QLatin1String(R"(origin=http://evil.example\x1b]0;pwned\x07 session=- 403)")), qPrintable(m_log.at(1)));
    QVERIFY(!m_log.at(1).contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
