#pragma once

#include "core/HttpServer.h"

#include <QHostAddress>
#include <QSslConfiguration>

/// The HttpServer of the network module: plain or TLS on a QTcpServer, with the request parser's
/// size limits, handshake/header/idle timeouts, a cap on open connections (the oldest idle
/// connection makes room for a new one) and recovery when the process runs out of file
/// descriptors.
class BoundedHttpServer : public HttpServer
{
    Q_OBJECT
public:
    explicit BoundedHttpServer(QObject* parent = nullptr);
    ~BoundedHttpServer() override;

    /// The text form of an address that HttpServer shows: an IPv4 address reached over IPv6
    /// (::ffff:a.b.c.d) as a.b.c.d.
    static QString addressText(const QHostAddress& address);

    void setLimits(const HttpServerLimits& limits) override;
    HttpServerLimits limits() const override;
    bool setTlsIdentity(const QByteArray& certificatePem, const QByteArray& privateKeyPem, QString* error) override;
    void setTlsConfiguration(const QSslConfiguration& configuration); ///< TLS when set; before listen()
    void setKeepAlive(bool keepAlive) override;

    bool listen(const QString& address, quint16 port, QString* error = nullptr) override;
    bool listen(const QHostAddress& address, quint16 port, QString* error = nullptr);
    void close() override;
    bool isListening() const override;
    quint16 serverPort() const override;
    QString serverAddress() const override;
    int connectionCount() const override;

    void respond(quint64 connectionId, int status, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body) override;
    bool isConnected(quint64 connectionId) const override;

private:
    class Private;
    Private* d;
};
