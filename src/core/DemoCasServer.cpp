#include "core/DemoCasServer.h"

#include "core/Clock.h"
#include "core/DemoHttpRequest.h"
#include "core/HttpServer.h"
#include "core/NetModule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimer>

const QString DemoCasServer::ApiKey = QStringLiteral("demo-key");
const QByteArray DemoCasServer::ApiSecret = QByteArrayLiteral("demo-secret");
// makeToken() reads the key from this constant, not from SigningSecret: a static initializer in
// another file (a test's sample token) may call it before SigningSecret is constructed.
static constexpr char DemoSigningKey[] = "cas-console-demo-signing-key-not-secret";
const QByteArray DemoCasServer::SigningSecret = QByteArray(DemoSigningKey, sizeof DemoSigningKey - 1);

namespace
{

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char& byte : raw)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256)); // the system's secure generator
    return raw.toHex();
}

// Constant-time so the demo does not teach a timing leak.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

class DemoCasServer::Private
{
public:
    DemoCasServer* q = nullptr;
    HttpServer* server = nullptr;
    HttpServerLimits limits;
    TlsIdentity identity; ///< made at the first TLS start, kept for the next
    bool tls = true;
    Scenario scenario = Scenario::Success;
    int lifetimeSeconds = 3600;
    int slowDelayMs = 5000;
    QUrl redirectTarget;
    int requestCount = 0;

    void serve(quint64 connection, const DemoHttpRequest& request);
    void reply(quint64 connection, int status, const Headers& headers, const QByteArray& body);
    QUrl otherOrigin() const;
};

QByteArray DemoCasServer::makeToken(qint64 issuedAt, qint64 expiresAt)
{
    const QByteArray header = QByteArrayLiteral("{\"typ\":\"JWT\",\"alg\":\"HS256\"}");
    const QByteArray payload = "{\"rid\":\"" + randomHex(16) + "\",\"unct\":\"" + randomHex(16)
        + "\",\"iat\":" + QByteArray::number(issuedAt) + ",\"exp\":" + QByteArray::number(expiresAt) + '}';
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray mac = QMessageAuthenticationCode::hash(
        signingInput, QByteArray::fromRawData(DemoSigningKey, sizeof DemoSigningKey - 1), QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(mac);
}

QUrl DemoCasServer::Private::otherOrigin() const
{
    if (redirectTarget.isValid())
        return redirectTarget;
    // Same machine, but "localhost" is another origin than "127.0.0.1".
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(server->serverPort());
    url.setPath(QStringLiteral("/stream/token/v2/"));
    return url;
}

void DemoCasServer::Private::serve(quint64 connection, const DemoHttpRequest& request)
{
    ++requestCount;
    const Headers json = {{"Content-Type", "application/json"}};
    if (request.path() != "/stream/token/v2/") {
        reply(connection, 404, json, R"({"error":"not_found","message":"Unknown path"})");
        return;
    }
    if (request.method != "GET") {
        reply(connection, 405, {{"Content-Type", "application/json"}, {"Allow", "GET"}},
              R"({"error":"method_not_allowed","message":"Use GET"})");
        return;
    }

    const bool credentialsOk =
        sameBytes(request.header("Auth-API-Key"), ApiKey.toUtf8()) && sameBytes(request.header("Auth-API-Secret"), ApiSecret);
    const qint64 now = Clock::now().toSecsSinceEpoch();

    switch (scenario) {
    case Scenario::ServerError:
        reply(connection, 500, {{"Content-Type", "text/html; charset=utf-8"}},
              "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
              "<body><h1>Internal Server Error</h1><p>The demo CAS is set to fail.</p></body></html>\n");
        return;
    case Scenario::RedirectOtherHost:
        reply(connection, 302, {{"Location", otherOrigin().toEncoded()}}, {});
        return;
    case Scenario::WrongCredentials:
        break;
    case Scenario::Success:
    case Scenario::Slow:
    case Scenario::ExpiredToken:
        if (credentialsOk) {
            const qint64 iat = scenario == Scenario::ExpiredToken ? now - 2 * qint64(lifetimeSeconds) : now;
            const QByteArray body = "{\"token\":\"" + makeToken(iat, iat + lifetimeSeconds) + "\"}";
            if (scenario == Scenario::Slow) {
                QTimer::singleShot(slowDelayMs, server, [this, connection, json, body] {
                    reply(connection, 200, json, body);
                });
            } else {
                reply(connection, 200, json, body);
            }
            return;
        }
        break;
    }
    reply(connection, 401, json, R"({"error":"invalid_credentials","message":"Invalid API key or secret"})");
}

void DemoCasServer::Private::reply(quint64 connection, int status, const Headers& headers, const QByteArray& body)
{
    // Like any HTTP/1.1 origin server, say what time it is (the console's clock check reads it).
    Headers withDate = headers;
    withDate.append({QByteArrayLiteral("Date"),
                     QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()});
    server->respond(connection, status, withDate, body);
    emit q->requestServed(status);
}

DemoCasServer::DemoCasServer(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
}

DemoCasServer::~DemoCasServer()
{
    stop();
    delete d;
}

bool DemoCasServer::start(quint16 port, bool tls, QString* error)
{
    stop();
    d->tls = tls;
    d->server = HttpServer::create(this);
    d->server->setLimits(d->limits);
    d->server->setKeepAlive(false);
    if (tls) {
        if (d->identity.isNull())
            d->identity = NetModule::instance().loopbackIdentity();
        QString problem = d->identity.error;
        if (d->identity.isNull() || !d->server->setTlsIdentity(d->identity.certificatePem, d->identity.privateKeyPem, &problem)) {
            if (error)
                *error = problem;
            stop();
            return false;
        }
    }
    connect(d->server, &HttpServer::requestReceived, this, [this](const HttpServerRequest& request) {
        d->serve(request.connectionId, request.request);
    });
    connect(d->server, &HttpServer::requestRefused, this, [this](const QString&, int status) {
        emit requestServed(status);
    });
    QString problem;
    if (!d->server->listen(QStringLiteral("127.0.0.1"), port, &problem)) {
        if (error) {
            *error = tr("The demo CAS could not listen on 127.0.0.1:%1: %2").arg(port).arg(problem);
        }
        stop();
        return false;
    }
    return true;
}

void DemoCasServer::stop()
{
    if (!d->server)
        return;
    delete d->server; // closes every open connection
    d->server = nullptr;
}

bool DemoCasServer::isRunning() const
{
    return d->server && d->server->isListening();
}

void DemoCasServer::setConnectionLimits(const HttpServerLimits& limits)
{
    d->limits = limits;
}

int DemoCasServer::connectionCount() const
{
    return d->server ? d->server->connectionCount() : 0;
}

QUrl DemoCasServer::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(d->tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->server->serverPort());
    return url;
}

QByteArray DemoCasServer::certificatePem() const
{
    return d->tls ? d->identity.certificatePem : QByteArray();
}

void DemoCasServer::setScenario(Scenario scenario)
{
    d->scenario = scenario;
}

DemoCasServer::Scenario DemoCasServer::scenario() const
{
    return d->scenario;
}

void DemoCasServer::setTokenLifetimeSeconds(int seconds)
{
    d->lifetimeSeconds = seconds;
}

void DemoCasServer::setSlowDelayMs(int ms)
{
    d->slowDelayMs = ms;
}

void DemoCasServer::setRedirectTarget(const QUrl& url)
{
    d->redirectTarget = url;
}

int DemoCasServer::requestCount() const
{
    return d->requestCount;
}
