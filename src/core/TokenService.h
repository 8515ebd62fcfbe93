#pragma once

#include "core/CasClient.h"
#include "core/HttpServer.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

/// How the token service is set up. The CAS request carries the API secret: the service holds it in
/// memory while it runs and wipes it when it stops.
struct TokenServiceConfig
{
    static constexpr int DefaultMinValiditySeconds = 60;

    CasRequest cas;
    QString bindAddress = QStringLiteral("127.0.0.1"); ///< an IPv4 or IPv6 address as text
    quint16 port = 0; ///< 0 picks a free port
    QStringList allowedOrigins; ///< besides http://localhost and http://127.0.0.1 on any port
    QByteArray accessCode; ///< empty: none (only allowed on loopback)
    int minValiditySeconds = DefaultMinValiditySeconds;
    HttpServerLimits limits;
    int maxSessions = 256;
};

/// A problem starting the service, typed.
struct TokenServiceError
{
    enum class Kind { None, NeedsAccessCode, BadOrigin, BadUrl, Listen };
    Kind kind = Kind::None;
    QString message;
};

/// One line of the request log: what the CLI prints and the window shows. Never a token, key or secret.
struct TokenServiceLogEntry
{
    QDateTime time; ///< UTC
    QString client; ///< the client's address ("192.168.1.20"; an IPv4 client over IPv6 as IPv4)
    QString origin; ///< as sent, made printable; empty when none
    QString session; ///< empty when the request named none it could use
    int status = 0;
    qint64 elapsedMs = 0;

    /// "2026-11-29T21:03:04Z 127.0.0.1 origin=http://localhost:5173 session=default 200 3 ms"
    QString toLine() const;
};

/// A session as the window lists it.
struct TokenServiceSession
{
    QString name;
    std::optional<QDateTime> expiresAt; ///< nullopt: no exp claim, or no token yet
    bool hasToken = false;
    bool fetching = false;
    int clientCount = 0; ///< answers with this session's current token
};

/// What the "ask before handing out a token" prompt is told.
struct TokenServiceApprovalRequest
{
    QString client; ///< as in TokenServiceLogEntry
    QString origin;
    QString session;
};

/// The development auth server: holds a profile's secret and hands CAS tokens to sample apps over
/// HTTP (GET /token?session=NAME). One token per session name, reused while it has enough validity
/// left, fetched once for everyone waiting (single flight); CORS limited to an allow-list; an access
/// code for anything beyond loopback; bounded by BoundedHttpServer. GET / serves a test page.
class TokenService : public QObject
{
    Q_OBJECT
public:
    using ApprovalHook = std::function<void(const TokenServiceApprovalRequest& request, std::function<void(bool allow)> decide)>;

    explicit TokenService(QObject* parent = nullptr);
    ~TokenService() override;

    /// Checks the configuration and listens. Refuses a non-loopback bind without an access code.
    TokenServiceError start(const TokenServiceConfig& config);
    void stop();
    bool isRunning() const;
    QUrl url() const; ///< http://HOST:PORT of the bound address
    quint16 port() const;

    /// Asked before every token is handed out when set (the window's "ask first" mode).
    void setApprovalHook(ApprovalHook hook);

    QList<TokenServiceSession> sessions() const;
    void renewSession(const QString& name); ///< fetches a fresh token now
    void endSession(const QString& name); ///< forgets the session and its token
    int casRequestCount() const; ///< CAS requests sent since start()

    /// Whether a browser origin may fetch tokens: http://localhost, http://127.0.0.1 (any port), or listed.
    static bool isOriginAllowed(const QByteArray& origin, const QStringList& extraOrigins);
    /// A normalized origin (scheme://host[:port], lower case) for --allow-origin, or nullopt.
    static std::optional<QString> normalizeOrigin(const QString& origin);
    /// A random access code for LAN use (URL-safe, ~128 bits).
    static QByteArray generateAccessCode();
    static bool isLoopback(const QString& address); ///< 127.0.0.0/8 or ::1, as text

signals:
    void requestLogged(const TokenServiceLogEntry& entry);
    void sessionsChanged();
    void stopped();

private:
    class Private;
    Private* d;
};
