#pragma once

#include "core/DemoHttpRequest.h"

#include <QObject>

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

/// One request handed to the owner of an HttpServer, with the connection it came on.
struct HttpServerRequest
{
    quint64 connectionId = 0;
    /// The peer's address as text: "127.0.0.1", "::1"; an IPv4 peer reached over IPv6
    /// (::ffff:a.b.c.d) is given as a.b.c.d.
    QString peerAddress;
    quint16 peerPort = 0;
    DemoHttpRequest request;
};

/// The HTTP/1.1 server under the demo CAS and the token service, as core sees it. The
/// implementation (BoundedHttpServer, on Qt Network) is in the network module: create() loads it.
/// Requests on one connection are answered in order; the owner answers each with respond(), now
/// or later.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    /// A server from the network module; if that module cannot be loaded, one whose listen()
    /// fails saying why.
    static HttpServer* create(QObject* parent);

    using QObject::QObject;

    virtual void setLimits(const HttpServerLimits& limits) = 0; ///< before listen()
    virtual HttpServerLimits limits() const = 0;
    /// Serve TLS with this certificate and private key (PEM); before listen(). False with *error
    /// when they cannot be read.
    virtual bool setTlsIdentity(const QByteArray& certificatePem, const QByteArray& privateKeyPem, QString* error) = 0;
    virtual void setKeepAlive(bool keepAlive) = 0; ///< default true; false answers every request with Connection: close

    /// address: an IPv4 or IPv6 address as text ("127.0.0.1", "0.0.0.0", "::1").
    virtual bool listen(const QString& address, quint16 port, QString* error = nullptr) = 0;
    virtual void close() = 0; ///< stops listening and drops every connection
    virtual bool isListening() const = 0;
    virtual quint16 serverPort() const = 0;
    virtual QString serverAddress() const = 0; ///< as text, empty when not listening
    virtual int connectionCount() const = 0;

    /// Answers the request pending on a connection; nothing when that connection has gone.
    virtual void respond(quint64 connectionId, int status, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body) = 0;
    virtual bool isConnected(quint64 connectionId) const = 0;

signals:
    void requestReceived(const HttpServerRequest& request);
    /// A request refused by the server itself (limits, malformed, header timeout), with the status sent.
    void requestRefused(const QString& peerAddress, int status);
    void connectionClosed(quint64 connectionId);
};
