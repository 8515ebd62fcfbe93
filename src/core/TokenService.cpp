#include "core/TokenService.h"

#include "core/Clock.h"
#include "core/HttpServer.h"
#include "core/Loopback.h"
#include "core/Jwt.h"
#include "core/SafeText.h"
#include "core/TokenServicePage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace
{
using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr int MaxSessionNameLength = 64;
constexpr int MaxLoggedOriginLength = 120;

bool isSessionName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxSessionNameLength)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("-_.:@").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/// Outside bytes for a log line or a prompt: hidden characters escaped (SafeText), length capped.
QString printable(const QByteArray& bytes)
{
    const QString text = SafeText::visible(bytes.left(MaxLoggedOriginLength));
    return bytes.size() > MaxLoggedOriginLength ? text + QStringLiteral("…") : text;
}

bool hasHeader(const DemoHttpRequest& request, const QByteArray& name)
{
    for (const auto& header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Compares digests, so neither the content nor the length of the code leaks through timing.
bool sameCode(const QByteArray& given, const QByteArray& expected)
{
    const QByteArray a = sha256(given);
    const QByteArray b = sha256(expected);
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

/// A JSON object with its members in the order given (the documented order of the answers).
QByteArray json(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QByteArray out = "{";
    for (const auto& member : members) {
        // A one-element array is the JSON writer's way to encode a single value.
        const QByteArray pair = QJsonDocument(QJsonArray {member.first, member.second}).toJson(QJsonDocument::Compact);
        const int comma = pair.indexOf("\",", 1) + 1;
        out += (out.size() > 1 ? "," : "") + pair.mid(1, comma - 1) + ':' + pair.mid(comma + 1, pair.size() - comma - 2);
    }
    return out + '}';
}

QByteArray tokenBody(const QString& token, const QString& session, std::optional<qint64> expiresAt)
{
    return json({{QStringLiteral("token"), token},
                 {QStringLiteral("session"), session},
                 {QStringLiteral("expires_at"), expiresAt ? QJsonValue(*expiresAt) : QJsonValue()}});
}

QByteArray errorBody(const QString& message)
{
    return json({{QStringLiteral("error"), message}});
}

/// What the service says when CAS did not give a token. Written here, never copied from the CAS
/// reply: a CAS that echoes the key or secret must not get them to a browser.
QString casFailureMessage(const CasResult& result)
{
    switch (result.error.kind) {
    case CasError::Kind::AuthRejected:
        return TokenService::tr("CAS rejected the API key or secret (HTTP %1). Check the profile's credentials in CAS Console.")
            .arg(result.httpStatus);
    case CasError::Kind::ServerError:
        return TokenService::tr("CAS answered with an error (HTTP %1). Try again later, or look at the request in CAS Console.")
            .arg(result.httpStatus);
    case CasError::Kind::Timeout:
        return TokenService::tr("CAS did not answer in time. Check that CAS is reachable from the machine running CAS Console.");
    case CasError::Kind::BadResponse:
    case CasError::Kind::ResponseTooLarge:
        return TokenService::tr("CAS sent an answer without a usable token. Look at the request in CAS Console.");
    case CasError::Kind::Tls:
        return TokenService::tr("The secure connection to CAS failed. Check the profile's URL and CA file in CAS Console.");
    default:
        return TokenService::tr("CAS could not be reached. Check the profile's URL and the network of the machine running CAS Console.");
    }
}
} // namespace

QString TokenServiceLogEntry::toLine() const
{
    return QStringLiteral("%1 %2 origin=%3 session=%4 %5 %6 ms")
        .arg(time.toUTC().toString(Qt::ISODate), client, origin.isEmpty() ? QStringLiteral("-") : origin,
             session.isEmpty() ? QStringLiteral("-") : session)
        .arg(status)
        .arg(elapsedMs);
}

class TokenService::Private
{
public:
    struct Waiter
    {
        quint64 connection = 0;
        QString client;
        QByteArray origin;
        qint64 startedMs = 0;
    };

    struct Session
    {
        QString token;
        std::optional<qint64> expiresAt;
        qint64 lifetime = 0; ///< exp - iat (or exp - fetch time)
        int clients = 0;
        CasClient* fetch = nullptr;
        QList<Waiter> waiters;
    };

    TokenService* q = nullptr;
    HttpServer* server = nullptr;
    TokenServiceConfig config;
    ApprovalHook approval;
    QHash<QString, Session> sessions;
    QElapsedTimer clock;
    int casRequests = 0;

    void onRequest(const HttpServerRequest& request);
    void serveToken(const QString& name, const Waiter& waiter);
    bool usable(const Session& session) const;
    void startFetch(const QString& name);
    void onFetched(const QString& name, CasClient* client, const CasResult& result);
    void answer(const Waiter& waiter, const QString& session, int status, const Headers& extra, const QByteArray& body);
    void log(const Waiter& waiter, const QString& session, int status);
    Headers corsHeaders(const QByteArray& origin) const;
    bool makeRoom();
};

bool TokenService::Private::usable(const Session& session) const
{
    if (session.token.isEmpty())
        return false;
    if (!session.expiresAt)
        return true;
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const qint64 left = *session.expiresAt - now;
    if (left <= 0)
        return false;
    return left >= config.minValiditySeconds || session.lifetime < config.minValiditySeconds;
}

Headers TokenService::Private::corsHeaders(const QByteArray& origin) const
{
    Headers headers {{"Vary", "Origin"}};
    if (!origin.isEmpty())
        headers.append({"Access-Control-Allow-Origin", origin});
    return headers;
}

void TokenService::Private::answer(const Waiter& waiter, const QString& session, int status, const Headers& extra, const QByteArray& body)
{
    Headers headers {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}};
    headers += extra;
    server->respond(waiter.connection, status, headers, body);
    log(waiter, session, status);
}

void TokenService::Private::log(const Waiter& waiter, const QString& session, int status)
{
    TokenServiceLogEntry entry;
    entry.time = Clock::now().toUTC();
    entry.client = waiter.client;
    entry.origin = printable(waiter.origin);
    entry.session = session;
    entry.status = status;
    entry.elapsedMs = clock.elapsed() - waiter.startedMs;
    emit q->requestLogged(entry);
}

void TokenService::Private::onRequest(const HttpServerRequest& served)
{
    const DemoHttpRequest& request = served.request;
    Waiter waiter;
    waiter.connection = served.connectionId;
    waiter.client = served.peerAddress;
    waiter.origin = request.header("Origin");
    waiter.startedMs = clock.elapsed();
    const QByteArray path = request.path();

    if (path == "/") {
        if (request.method != "GET") {
            answer(waiter, {}, 405, {{"Allow", "GET"}}, errorBody(tr("Use GET.")));
            return;
        }
        server->respond(
            waiter.connection, 200,
            {{"Content-Type", "text/html; charset=utf-8"},
             {"Cache-Control", "no-store"},
             {"X-Content-Type-Options", "nosniff"},
             {"Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'"}},
            TokenServicePage::html());
        log(waiter, {}, 200);
        return;
    }
    if (path != "/token") {
        answer(waiter, {}, 404, {}, errorBody(tr("Not found: the token service answers GET /token?session=NAME.")));
        return;
    }
    const bool hasOrigin = hasHeader(request, "Origin");
    if (hasOrigin && !isOriginAllowed(waiter.origin, config.allowedOrigins)) {
        answer(waiter, {}, 403, {{"Vary", "Origin"}},
               errorBody(tr("This origin may not fetch tokens. Start the service with --allow-origin for it.")));
        return;
    }
    const Headers cors = corsHeaders(waiter.origin);
    if (request.method == "OPTIONS") {
        Headers headers = cors;
        headers +=
            {{"Access-Control-Allow-Methods", "GET"}, {"Access-Control-Allow-Headers", "Authorization"}, {"Access-Control-Max-Age", "600"}};
        server->respond(waiter.connection, 204, headers, {});
        log(waiter, {}, 204);
        return;
    }
    if (request.method != "GET") {
        answer(waiter, {}, 405, cors + Headers {{"Allow", "GET, OPTIONS"}}, errorBody(tr("Use GET /token?session=NAME.")));
        return;
    }
    if (!config.accessCode.isEmpty()) {
        const QByteArray authorization = request.header("Authorization");
        const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
        if (!bearer || !sameCode(authorization.mid(7).trimmed(), config.accessCode)) {
            answer(waiter, {}, 401, cors + Headers {{"WWW-Authenticate", "Bearer realm=\"cas-console\""}},
                   errorBody(tr("An access code is needed: send the header \"Authorization: Bearer CODE\" with the code "
                                "shown by CAS Console.")));
            return;
        }
    }
    const QUrlQuery query(QString::fromUtf8(request.query()));
    const QString name = query.hasQueryItem(QStringLiteral("session")) ? query.queryItemValue(QStringLiteral("session"), QUrl::FullyDecoded)
                                                                       : QStringLiteral("default");
    if (!isSessionName(name)) {
        answer(waiter, {}, 400, cors, errorBody(tr("The session name must be 1 to 64 letters, digits or - _ . : @ characters.")));
        return;
    }
    if (!approval) {
        serveToken(name, waiter);
        return;
    }
    TokenServiceApprovalRequest ask;
    ask.client = waiter.client;
    ask.origin = printable(waiter.origin);
    ask.session = name;
    QPointer<TokenService> self(q);
    approval(ask, [this, self, name, waiter, cors](bool allow) {
        if (!self || !server)
            return;
        if (allow)
            serveToken(name, waiter);
        else
            answer(waiter, name, 403, cors, errorBody(tr("The person at CAS Console declined to hand out a token.")));
    });
}

bool TokenService::Private::makeRoom()
{
    for (auto it = sessions.begin(); it != sessions.end();) {
        if (!it->fetch && it->waiters.isEmpty() && !usable(*it))
            it = sessions.erase(it);
        else
            ++it;
    }
    return sessions.size() < config.maxSessions;
}

void TokenService::Private::serveToken(const QString& name, const Waiter& waiter)
{
    if (!sessions.contains(name) && sessions.size() >= config.maxSessions && !makeRoom()) {
        answer(waiter, name, 503, corsHeaders(waiter.origin),
               errorBody(tr("Too many sessions: end some in CAS Console, or use fewer session names.")));
        return;
    }
    Session& session = sessions[name];
    if (usable(session) && !session.fetch) {
        ++session.clients;
        answer(waiter, name, 200, corsHeaders(waiter.origin), tokenBody(session.token, name, session.expiresAt));
        emit q->sessionsChanged();
        return;
    }
    session.waiters.append(waiter);
    if (!session.fetch)
        startFetch(name);
}

void TokenService::Private::startFetch(const QString& name)
{
    Session& session = sessions[name];
    auto* client = new CasClient(q);
    session.fetch = client;
    ++casRequests;
    QObject::connect(client, &CasClient::finished, q, [this, name, client](const CasResult& result) {
        onFetched(name, client, result);
    });
    client->fetch(config.cas);
    emit q->sessionsChanged();
}

void TokenService::Private::onFetched(const QString& name, CasClient* client, const CasResult& result)
{
    client->deleteLater();
    auto it = sessions.find(name);
    if (it == sessions.end() || it->fetch != client)
        return;
    Session& session = *it;
    session.fetch = nullptr;
    const QList<Waiter> waiters = session.waiters;
    session.waiters.clear();

    int status = 200;
    QByteArray body;
    if (result.ok()) {
        const Jwt jwt = Jwt::parse(result.token);
        std::optional<qint64> exp;
        std::optional<qint64> iat;
        for (const JwtTimeClaim& claim : jwt.timeClaims()) {
            if (claim.name == QLatin1String("exp"))
                exp = claim.seconds;
            else if (claim.name == QLatin1String("iat"))
                iat = claim.seconds;
        }
        const qint64 now = Clock::now().toSecsSinceEpoch();
        if (!jwt.isValid()) {
            status = 502;
            body = json({{QStringLiteral("error"), tr("CAS sent something that is not a token.")},
                         {QStringLiteral("cas_status"), result.httpStatus}});
        } else if (exp && *exp <= now) {
            status = 502;
            body = json({{QStringLiteral("error"),
                          tr("CAS sent a token that has already expired. Check the clocks of this "
                             "machine and of CAS.")},
                         {QStringLiteral("cas_status"), result.httpStatus}});
        } else {
            session.token = result.token;
            session.expiresAt = exp;
            session.lifetime = exp ? *exp - iat.value_or(now) : 0;
            body = tokenBody(session.token, name, exp);
            session.clients = static_cast<int>(waiters.size());
        }
    } else {
        status = result.error.kind == CasError::Kind::Timeout ? 504 : 502;
        body = json({{QStringLiteral("error"), casFailureMessage(result)},
                     {QStringLiteral("cas_status"), result.httpStatus > 0 ? QJsonValue(result.httpStatus) : QJsonValue()}});
    }
    if (status != 200) {
        session.token.clear();
        session.expiresAt.reset();
    }
    for (const Waiter& waiter : waiters)
        answer(waiter, name, status, corsHeaders(waiter.origin), body);
    emit q->sessionsChanged();
}

TokenService::TokenService(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->clock.start();
}

TokenService::~TokenService()
{
    blockSignals(true); // nobody is told about the teardown of a service that is going away
    stop();
    delete d;
}

TokenServiceError TokenService::start(const TokenServiceConfig& config)
{
    stop();
    TokenServiceError error;
    if (!isLoopback(config.bindAddress) && config.accessCode.isEmpty()) {
        error.kind = TokenServiceError::Kind::NeedsAccessCode;
        error.message = tr("Serving tokens on %1 needs an access code: any device on that network could otherwise get "
                           "tokens. Give an access code, or bind to 127.0.0.1.")
                            .arg(config.bindAddress);
        return error;
    }
    for (const QString& origin : config.allowedOrigins) {
        if (!normalizeOrigin(origin)) {
            error.kind = TokenServiceError::Kind::BadOrigin;
            error.message =
                tr("\"%1\" is not an origin: write it as scheme://host[:port], for example http://192.168.1.20:8080.").arg(origin);
            return error;
        }
    }
    CasError urlError;
    if (!CasClient::tokenUrl(config.cas.baseUrl, &urlError)) {
        error.kind = TokenServiceError::Kind::BadUrl;
        error.message = urlError.message;
        return error;
    }
    d->config = config;
    d->config.allowedOrigins.clear();
    for (const QString& origin : config.allowedOrigins)
        d->config.allowedOrigins.append(*normalizeOrigin(origin));
    d->casRequests = 0;
    d->server = HttpServer::create(this);
    d->server->setLimits(config.limits);
    connect(d->server, &HttpServer::requestReceived, this, [this](const HttpServerRequest& request) {
        d->onRequest(request);
    });
    connect(d->server, &HttpServer::requestRefused, this, [this](const QString& peer, int status) {
        TokenServiceLogEntry entry;
        entry.time = Clock::now().toUTC();
        entry.client = peer;
        entry.status = status;
        emit requestLogged(entry);
    });
    QString problem;
    if (!d->server->listen(config.bindAddress, config.port, &problem)) {
        error.kind = TokenServiceError::Kind::Listen;
        error.message = tr("The token service could not listen on %1 port %2: %3").arg(config.bindAddress).arg(config.port).arg(problem);
        stop();
        return error;
    }
    return error;
}

void TokenService::stop()
{
    if (!d->server)
        return;
    delete d->server;
    d->server = nullptr;
    for (Private::Session& session : d->sessions) {
        if (session.fetch) {
            session.fetch->disconnect(this);
            session.fetch->cancel();
            session.fetch->deleteLater();
        }
    }
    d->sessions.clear();
    d->config.cas.apiSecret.fill('\0');
    d->config.cas.apiSecret.clear();
    d->config.accessCode.fill('\0');
    d->config.accessCode.clear();
    emit sessionsChanged();
    emit stopped();
}

bool TokenService::isRunning() const
{
    return d->server && d->server->isListening();
}

quint16 TokenService::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

QUrl TokenService::url() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->server->serverAddress());
    url.setPort(port());
    return url;
}

void TokenService::setApprovalHook(ApprovalHook hook)
{
    d->approval = std::move(hook);
}

QList<TokenServiceSession> TokenService::sessions() const
{
    QList<TokenServiceSession> list;
    for (auto it = d->sessions.cbegin(); it != d->sessions.cend(); ++it) {
        TokenServiceSession session;
        session.name = it.key();
        session.hasToken = !it->token.isEmpty();
        if (it->expiresAt)
            session.expiresAt = QDateTime::fromSecsSinceEpoch(*it->expiresAt, Qt::UTC);
        session.fetching = it->fetch != nullptr;
        session.clientCount = it->clients;
        list.append(session);
    }
    std::sort(list.begin(), list.end(), [](const TokenServiceSession& a, const TokenServiceSession& b) {
        return a.name < b.name;
    });
    return list;
}

void TokenService::renewSession(const QString& name)
{
    auto it = d->sessions.find(name);
    if (!d->server || it == d->sessions.end() || it->fetch)
        return;
    it->token.clear();
    it->expiresAt.reset();
    it->clients = 0;
    d->startFetch(name);
}

void TokenService::endSession(const QString& name)
{
    auto it = d->sessions.find(name);
    if (it == d->sessions.end())
        return;
    const QList<Private::Waiter> waiters = it->waiters;
    if (it->fetch) {
        it->fetch->disconnect(this);
        it->fetch->cancel();
        it->fetch->deleteLater();
    }
    d->sessions.erase(it);
    for (const Private::Waiter& waiter : waiters)
        d->answer(waiter, name, 503, d->corsHeaders(waiter.origin), errorBody(tr("The session was ended at CAS Console.")));
    emit sessionsChanged();
}

int TokenService::casRequestCount() const
{
    return d->casRequests;
}

bool TokenService::isLoopback(const QString& address)
{
    return Loopback::isHost(address);
}

std::optional<QString> TokenService::normalizeOrigin(const QString& origin)
{
    const QUrl url(origin.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return std::nullopt;
    QUrl normalized;
    normalized.setScheme(scheme);
    normalized.setHost(url.host().toLower());
    const int defaultPort = scheme == QLatin1String("http") ? 80 : 443;
    if (url.port() != -1 && url.port() != defaultPort)
        normalized.setPort(url.port());
    return normalized.toString();
}

bool TokenService::isOriginAllowed(const QByteArray& origin, const QStringList& extraOrigins)
{
    const std::optional<QString> normalized = normalizeOrigin(QString::fromLatin1(origin));
    if (!normalized || origin.trimmed() != origin)
        return false;
    const QUrl url(*normalized);
    if (url.scheme() == QLatin1String("http") && (url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1")))
        return true;
    for (const QString& extra : extraOrigins) {
        if (normalizeOrigin(extra) == normalized)
            return true;
    }
    return false;
}

QByteArray TokenService::generateAccessCode()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
