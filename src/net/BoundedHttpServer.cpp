#include "net/BoundedHttpServer.h"

#include "core/Defaults.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace
{
constexpr int AcceptRetryMs = 200;
constexpr qint64 MaxUnsentBytes = 256 * Defaults::KiB;

/// Accepts descriptors itself, so TLS handshakes never count against QTcpServer's pending queue.
class Listener : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        onIncoming(descriptor);
    }
};
} // namespace

class BoundedHttpServer::Private
{
public:
    enum class State { Handshake, Waiting, Reading, Processing, Closing };

    struct Connection
    {
        quint64 id = 0;
        QTcpSocket* socket = nullptr;
        QTimer* timer = nullptr;
        QByteArray buffer;
        State state = State::Waiting;
        qint64 since = 0; ///< when the current state began (eviction picks the oldest idle)
        bool keepAlive = false; ///< of the request being processed
    };

    BoundedHttpServer* q = nullptr;
    Listener* listener = nullptr;
    HttpServerLimits limits;
    QSslConfiguration tls;
    bool useTls = false;
    bool keepAlive = true;
    bool paused = false;
    quint64 nextId = 1;
    QHash<quint64, Connection> connections;
    QElapsedTimer clock;

    void incoming(qintptr descriptor);
    void enter(Connection& connection, State state, int timeoutMs);
    void onReadyRead(quint64 id);
    void parse(quint64 id);
    void onTimeout(quint64 id);
    void refuse(Connection& connection, int status);
    void finish(Connection& connection);
    void closed(quint64 id);
    bool evictOldestIdle();
    void acceptFailed();
    void resumeIfRoom();
};

void BoundedHttpServer::Private::incoming(qintptr descriptor)
{
    if (connections.size() >= limits.maxConnections && !evictOldestIdle()) {
        // Everyone is busy: keep this one, and let the rest wait in the backlog until one closes.
        listener->pauseAccepting();
        paused = true;
    }
    QTcpSocket* socket = useTls ? new QSslSocket(q) : new QTcpSocket(q);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const quint64 id = nextId++;
    Connection connection;
    connection.id = id;
    connection.socket = socket;
    connection.timer = new QTimer(socket);
    connection.timer->setSingleShot(true);
    connections.insert(id, connection);

    QObject::connect(connection.timer, &QTimer::timeout, q, [this, id] {
        onTimeout(id);
    });
    QObject::connect(socket, &QTcpSocket::readyRead, q, [this, id] {
        onReadyRead(id);
    });
    QObject::connect(socket, &QTcpSocket::disconnected, q, [this, id] {
        closed(id);
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, q, [socket](QAbstractSocket::SocketError) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            socket->abort();
    });
    if (useTls) {
        auto* ssl = static_cast<QSslSocket*>(socket);
        ssl->setSslConfiguration(tls);
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this, id] {
            auto it = connections.find(id);
            if (it != connections.end())
                enter(*it, State::Waiting, limits.idleTimeoutMs);
        });
        QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError>&) {
            ssl->abort();
        });
        enter(connections[id], State::Handshake, limits.handshakeTimeoutMs);
        ssl->startServerEncryption();
    } else {
        enter(connections[id], State::Waiting, limits.idleTimeoutMs);
    }
}

void BoundedHttpServer::Private::enter(Connection& connection, State state, int timeoutMs)
{
    connection.state = state;
    connection.since = clock.elapsed();
    if (timeoutMs > 0)
        connection.timer->start(timeoutMs);
    else
        connection.timer->stop();
}

void BoundedHttpServer::Private::onReadyRead(quint64 id)
{
    auto it = connections.find(id);
    if (it == connections.end())
        return;
    Connection& connection = *it;
    if (connection.state == State::Closing || connection.state == State::Handshake) {
        connection.socket->readAll();
        return;
    }
    connection.buffer.append(connection.socket->readAll());
    if (connection.state == State::Processing) {
        // Pipelined requests wait for the answer in progress, within the request limits.
        if (connection.buffer.size() > limits.request.maxHeadBytes + limits.request.maxBodyBytes)
            connection.socket->abort();
        return;
    }
    parse(id);
}

void BoundedHttpServer::Private::parse(quint64 id)
{
    auto it = connections.find(id);
    if (it == connections.end() || (it->state != State::Waiting && it->state != State::Reading))
        return;
    Connection& connection = *it;
    if (connection.buffer.isEmpty())
        return;
    DemoHttpRequest::Error error = DemoHttpRequest::Error::None;
    std::optional<DemoHttpRequest> request = DemoHttpRequest::take(connection.buffer, limits.request, &error);
    if (error != DemoHttpRequest::Error::None) {
        refuse(connection, DemoHttpRequest::statusFor(error));
        return;
    }
    if (!request) {
        // The header timeout runs from the first byte of a request, not from the last one.
        if (connection.state == State::Waiting)
            enter(connection, State::Reading, limits.headerTimeoutMs);
        return;
    }
    connection.keepAlive = keepAlive && request->wantsKeepAlive();
    enter(connection, State::Processing, 0);
    HttpServerRequest served;
    served.connectionId = id;
    served.peerAddress = addressText(connection.socket->peerAddress());
    served.peerPort = connection.socket->peerPort();
    served.request = std::move(*request);
    emit q->requestReceived(served);
}

void BoundedHttpServer::Private::onTimeout(quint64 id)
{
    auto it = connections.find(id);
    if (it == connections.end())
        return;
    switch (it->state) {
    case State::Reading:
        refuse(*it, 408);
        break;
    case State::Waiting:
        enter(*it, State::Closing, limits.writeTimeoutMs);
        it->socket->disconnectFromHost();
        break;
    case State::Handshake:
    case State::Closing:
    case State::Processing:
        it->socket->abort();
        break;
    }
}

void BoundedHttpServer::Private::refuse(Connection& connection, int status)
{
    emit q->requestRefused(addressText(connection.socket->peerAddress()), status);
    connection.socket->write(DemoHttpRequest::response(status, DemoHttpRequest::reasonFor(status),
                                                       {{"Content-Type", "text/plain; charset=utf-8"}},
                                                       DemoHttpRequest::reasonFor(status) + '\n'));
    finish(connection);
}

void BoundedHttpServer::Private::finish(Connection& connection)
{
    connection.buffer.clear();
    enter(connection, State::Closing, limits.writeTimeoutMs);
    connection.socket->disconnectFromHost();
}

void BoundedHttpServer::Private::closed(quint64 id)
{
    auto it = connections.find(id);
    if (it == connections.end())
        return;
    QTcpSocket* socket = it->socket;
    connections.erase(it);
    socket->disconnect(q);
    socket->deleteLater();
    emit q->connectionClosed(id);
    resumeIfRoom();
}

bool BoundedHttpServer::Private::evictOldestIdle()
{
    Connection* oldest = nullptr;
    for (Connection& connection : connections) {
        if (connection.state == State::Processing)
            continue;
        if (!oldest || connection.since < oldest->since || (connection.since == oldest->since && connection.id < oldest->id))
            oldest = &connection;
    }
    if (!oldest)
        return false;
    const quint64 id = oldest->id;
    oldest->socket->abort();
    closed(id); // abort() may not emit disconnected for a socket that never finished its handshake
    return true;
}

void BoundedHttpServer::Private::acceptFailed()
{
    // Out of descriptors (or another accept failure): stop polling the listening socket, which
    // would otherwise wake the loop for ever, free an idle connection and try again shortly.
    listener->pauseAccepting();
    paused = true;
    evictOldestIdle();
    QTimer::singleShot(AcceptRetryMs, q, [this] {
        paused = true;
        resumeIfRoom();
    });
}

void BoundedHttpServer::Private::resumeIfRoom()
{
    if (paused && listener && connections.size() < limits.maxConnections) {
        paused = false;
        listener->resumeAccepting();
    }
}

BoundedHttpServer::BoundedHttpServer(QObject* parent)
    : HttpServer(parent)
    , d(new Private)
{
    d->q = this;
    d->clock.start();
}

BoundedHttpServer::~BoundedHttpServer()
{
    BoundedHttpServer::close(); // this class's, as always in a destructor
    delete d;
}

void BoundedHttpServer::setLimits(const HttpServerLimits& limits)
{
    d->limits = limits;
}

HttpServerLimits BoundedHttpServer::limits() const
{
    return d->limits;
}

void BoundedHttpServer::setTlsConfiguration(const QSslConfiguration& configuration)
{
    d->tls = configuration;
    d->useTls = !configuration.isNull();
}

bool BoundedHttpServer::setTlsIdentity(const QByteArray& certificatePem, const QByteArray& privateKeyPem, QString* error)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    QSslKey key(privateKeyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(privateKeyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        if (error)
            *error = tr("The server's certificate or private key cannot be read.");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    setTlsConfiguration(config);
    return true;
}

void BoundedHttpServer::setKeepAlive(bool keepAlive)
{
    d->keepAlive = keepAlive;
}

QString BoundedHttpServer::addressText(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

bool BoundedHttpServer::listen(const QString& address, quint16 port, QString* error)
{
    const QHostAddress parsed(address);
    if (parsed.isNull()) {
        if (error)
            *error = tr("\"%1\" is not an IP address.").arg(address);
        return false;
    }
    return listen(parsed, port, error);
}

bool BoundedHttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    d->listener = new Listener;
    d->listener->onIncoming = [this](qintptr descriptor) {
        d->incoming(descriptor);
    };
    d->listener->setListenBacklogSize(qMax(50, d->limits.maxConnections));
    connect(d->listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        d->acceptFailed();
    });
    if (!d->listener->listen(address, port)) {
        if (error)
            *error = d->listener->errorString();
        delete d->listener;
        d->listener = nullptr;
        return false;
    }
    return true;
}

void BoundedHttpServer::close()
{
    if (!d->listener)
        return;
    d->listener->close();
    delete d->listener;
    d->listener = nullptr;
    const auto connections = d->connections;
    d->connections.clear();
    for (const Private::Connection& connection : connections) {
        connection.socket->disconnect(this);
        connection.socket->abort();
        delete connection.socket;
    }
    d->paused = false;
}

bool BoundedHttpServer::isListening() const
{
    return d->listener && d->listener->isListening();
}

quint16 BoundedHttpServer::serverPort() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

QString BoundedHttpServer::serverAddress() const
{
    return d->listener ? d->listener->serverAddress().toString() : QString();
}

int BoundedHttpServer::connectionCount() const
{
    return static_cast<int>(d->connections.size());
}

bool BoundedHttpServer::isConnected(quint64 connectionId) const
{
    return d->connections.contains(connectionId);
}

void BoundedHttpServer::respond(quint64 connectionId, int status, const QList<QPair<QByteArray, QByteArray>>& headers,
                                const QByteArray& body)
{
    auto it = d->connections.find(connectionId);
    if (it == d->connections.end() || it->state != Private::State::Processing)
        return;
    Private::Connection& connection = *it;
    connection.socket->write(DemoHttpRequest::response(status, DemoHttpRequest::reasonFor(status), headers, body, connection.keepAlive));
    // Sent now, not when the event loop next asks the socket whether it can write.
    connection.socket->flush();
    if (!connection.keepAlive || connection.socket->bytesToWrite() > MaxUnsentBytes) {
        d->finish(connection);
        return;
    }
    d->enter(connection, Private::State::Waiting, d->limits.idleTimeoutMs);
    if (!connection.buffer.isEmpty()) {
        QTimer::singleShot(0, this, [this, connectionId] {
            d->parse(connectionId);
        });
    }
}
