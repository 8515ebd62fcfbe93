#include "core/DemoCasServer.h"

#include "core/BoundedHttpServer.h"
#include "core/Clock.h"
#include "core/DemoHttpRequest.h"
#include "core/SelfSignedCertificate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QSslConfiguration>
#include <QTimer>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

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
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("RAND_bytes failed");
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
    BoundedHttpServer* server = nullptr;
    HttpServerLimits limits;
    SelfSignedCertificate certificate;
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
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha256(), DemoSigningKey, sizeof DemoSigningKey - 1, reinterpret_cast<const unsigned char*>(signingInput.constData()),
              static_cast<size_t>(signingInput.size()), mac, &macLength))
        qFatal("HMAC failed");
    return signingInput + '.' + base64Url(QByteArray(reinterpret_cast<const char*>(mac), static_cast<int>(macLength)));
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
    d->server = new BoundedHttpServer(this);
    d->server->setLimits(d->limits);
    d->server->setKeepAlive(false);
    if (tls) {
        if (d->certificate.isNull())
            d->certificate = SelfSignedCertificate::generate();
        if (d->certificate.isNull()) {
            if (error)
                *error = d->certificate.errorString();
            stop();
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(d->certificate.certificate());
        config.setPrivateKey(d->certificate.privateKey());
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        d->server->setTlsConfiguration(config);
    }
    connect(d->server, &BoundedHttpServer::requestReceived, this, [this](const HttpServerRequest& request) {
        d->serve(request.connectionId, request.request);
    });
    connect(d->server, &BoundedHttpServer::requestRefused, this, [this](const QHostAddress&, int status) {
        emit requestServed(status);
    });
    QString problem;
    if (!d->server->listen(QHostAddress::LocalHost, port, &problem)) {
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

QSslCertificate DemoCasServer::certificate() const
{
    return d->tls ? d->certificate.certificate() : QSslCertificate();
}

QByteArray DemoCasServer::certificatePem() const
{
    return d->tls ? d->certificate.certificatePem() : QByteArray();
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
