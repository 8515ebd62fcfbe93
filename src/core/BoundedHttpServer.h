#pragma once

#include "core/DemoHttpRequest.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

/// Limits of one HTTP server: per request, per connection and for the whole server.
struct HttpServerLimits
{
    HttpRequestLimits request;
    int maxConnections = 256; ///< open connections at once; more wait in the kernel's backlog
    int handshakeTimeoutMs = 10000; ///< TLS: the handshake must be done by then
    int headerTimeoutMs = 10000; ///< a request must be complete this long after its first byte
    int idleTimeoutMs = 15000; ///< a connection with no request in progress is closed after this
    int writeTimeoutMs = 15000; ///< an answer the client does not read is dropped after this
};

/// One request handed to the owner of a BoundedHttpServer, with the connection it came on.
struct HttpServerRequest
{
    quint64 connectionId = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    DemoHttpRequest request;
};

/// The HTTP/1.1 server under the demo CAS and the token service: plain or TLS on a QTcpServer,
/// with the request parser's size limits, handshake/header/idle timeouts, a cap on open
/// connections (the oldest idle connection makes room for a new one) and recovery when the
/// process runs out of file descriptors. Requests on one connection are answered in order;
/// the owner answers each with respond(), now or later.
class BoundedHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit BoundedHttpServer(QObject* parent = nullptr);
    ~BoundedHttpServer() override;

    void setLimits(const HttpServerLimits& limits); ///< before listen()
    HttpServerLimits limits() const;
    void setTlsConfiguration(const QSslConfiguration& configuration); ///< TLS when set; before listen()
    void setKeepAlive(bool keepAlive); ///< default true; false answers every request with Connection: close

    bool listen(const QHostAddress& address, quint16 port, QString* error = nullptr);
    void close(); ///< stops listening and drops every connection
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    int connectionCount() const;

    /// Answers the request pending on a connection; nothing when that connection has gone.
    void respond(quint64 connectionId, int status, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    bool isConnected(quint64 connectionId) const;

signals:
    void requestReceived(const HttpServerRequest& request);
    /// A request refused by the server itself (limits, malformed, header timeout), with the status sent.
    void requestRefused(const QHostAddress& peer, int status);
    void connectionClosed(quint64 connectionId);

private:
    class Private;
    Private* d;
};
