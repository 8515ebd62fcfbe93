#pragma once

#include "core/HttpServer.h"

#include <QObject>
#include <QUrl>

/// The embedded demo CAS: the same API as CAS on loopback, with known demo credentials.
/// Issues HS256 tokens shaped like CAS's (rid, unct, iat, exp); 401 for wrong credentials.
/// With TLS it serves a self-signed certificate generated at the first start with OpenSSL
/// (clients trust exactly that certificate), through the network module (NetModule).
class DemoCasServer : public QObject
{
    Q_OBJECT
public:
    static const QString ApiKey; ///< "demo-key"
    static const QByteArray ApiSecret; ///< "demo-secret"
    static const QByteArray SigningSecret; ///< HS256 key of the demo tokens (public, for verify demos)

    enum class Scenario { Success, WrongCredentials, ServerError, Slow, ExpiredToken, RedirectOtherHost };

    explicit DemoCasServer(QObject* parent = nullptr);
    ~DemoCasServer() override;

    /// Listens on 127.0.0.1 (port 0 = any free port). Returns false with *error on failure.
    bool start(quint16 port = 0, bool tls = true, QString* error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; ///< "https://127.0.0.1:PORT"
    QByteArray certificatePem() const; ///< empty when not TLS

    /// Request size limits, timeouts and the connection cap; applies from the next start().
    void setConnectionLimits(const HttpServerLimits& limits);
    int connectionCount() const; ///< open connections now

    void setScenario(Scenario scenario);
    Scenario scenario() const;
    void setTokenLifetimeSeconds(int seconds); ///< default 3600
    int requestCount() const;
    void setSlowDelayMs(int ms); ///< how long Scenario::Slow waits; default 5000
    void setRedirectTarget(const QUrl& url); ///< for RedirectOtherHost; default https://localhost:<same port>/...

    /// A demo token: header {"typ":"JWT","alg":"HS256"}, payload {"rid","unct","iat","exp"} in that order.
    static QByteArray makeToken(qint64 issuedAt, qint64 expiresAt);

signals:
    void requestServed(int httpStatus);

private:
    class Private;
    Private* d;
};
