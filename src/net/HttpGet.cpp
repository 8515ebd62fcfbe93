#include "net/HttpGet.h"

#include "core/Defaults.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace
{

constexpr qint64 ReadChunkBytes = 16 * Defaults::KiB;

QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

HttpGet::HttpGet(const HttpResponseParser::Limits& limits, QObject* parent)
    : QObject(parent)
    , m_response(limits)
{ }

HttpGet::~HttpGet()
{
    m_request.fill('\0');
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpGet::start(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, const QSslConfiguration& ssl,
                    const QNetworkProxy& proxy)
{
    m_url = url;
    m_tls = url.scheme() == QLatin1String("https");

    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    m_request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader(url) + "\r\n";
    for (const auto& header : headers)
        m_request += header.first + ": " + header.second + "\r\n";
    m_request += "\r\n";

    if (m_tls) {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(ssl);
        connect(socket, &QSslSocket::encrypted, this, [this] {
            m_encrypted = true;
            emit encrypted();
            if (!m_done)
                sendRequest();
        });
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            emit sslErrors(errors);
        });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(proxy);
    m_socket->setReadBufferSize(SocketReadBufferBytes);
    connect(m_socket, &QAbstractSocket::connected, this, &HttpGet::onConnected);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &HttpGet::onBytesWritten);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpGet::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpGet::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpGet::onClosed);

    const QString host = url.host();
    const quint16 port = static_cast<quint16>(url.port(m_tls ? 443 : 80));
    if (m_tls)
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void HttpGet::abort()
{
    m_done = true;
    m_request.fill('\0');
    if (m_socket)
        m_socket->abort();
}

void HttpGet::ignoreSslErrors(const QList<QSslError>& errors)
{
    if (auto* socket = qobject_cast<QSslSocket*>(m_socket))
        socket->ignoreSslErrors(errors);
}

QSslConfiguration HttpGet::sslConfiguration() const
{
    if (auto* socket = qobject_cast<QSslSocket*>(m_socket))
        return socket->sslConfiguration();
    return {};
}

void HttpGet::onConnected()
{
    m_connected = true;
    emit connected();
    if (!m_tls && !m_done)
        sendRequest();
}

void HttpGet::sendRequest()
{
    m_socket->write(m_request);
    m_request.fill('\0');
    m_request.clear();
}

void HttpGet::onBytesWritten()
{
    if (m_requestSent || m_done || m_socket->bytesToWrite() > 0)
        return;
    m_requestSent = true;
    emit requestSent();
}

void HttpGet::onReadyRead()
{
    if (!m_done && readAvailable())
        emit bytesReceived();
}

// Reads what the socket holds into the parser. False when the exchange ended on the way.
bool HttpGet::readAvailable()
{
    char buffer[ReadChunkBytes];
    while (!m_done && m_socket->bytesAvailable() > 0) {
        m_peakBuffered = qMax(m_peakBuffered, m_response.bufferedBytes() + m_socket->bytesAvailable() + ReadChunkBytes);
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!m_response.feed(QByteArrayView(buffer, n))) {
            finish(Failure::Response, m_response.errorDetail());
            return false;
        }
        if (m_response.headComplete() && !m_headSignalled) {
            m_headSignalled = true;
            emit headReceived();
        }
        if (m_response.complete()) {
            finish(Failure::None);
            return false;
        }
    }
    return !m_done;
}

void HttpGet::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    const bool viaProxy = m_socket->proxy().type() != QNetworkProxy::NoProxy;
    Failure failure = Failure::Network;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        failure = viaProxy ? Failure::Proxy : Failure::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        failure = viaProxy ? Failure::Proxy : Failure::ConnectionRefused;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        failure = Failure::Tls;
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        failure = Failure::Proxy;
        break;
    case QAbstractSocket::SocketAccessError:
        failure = viaProxy ? Failure::Proxy : Failure::Network;
        break;
    default:
        break;
    }
    finish(failure, m_socket->errorString());
}

void HttpGet::onClosed()
{
    if (m_done)
        return;
    if (!readAvailable())
        return;
    if (m_tls && !m_encrypted) {
        finish(Failure::Tls, tr("the server closed the connection during the TLS handshake"));
        return;
    }
    if (m_response.finishInput())
        finish(Failure::None);
    else if (m_response.error() == HttpResponseParser::Error::Truncated)
        finish(Failure::ConnectionClosed, m_response.errorDetail());
    else
        finish(Failure::Response, m_response.errorDetail());
}

void HttpGet::finish(Failure failure, const QString& errorString)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_errorString = errorString;
    m_request.fill('\0');
    m_socket->disconnect(this);
    // The answer is complete or refused: nothing more is read, whatever the server still sends.
    m_socket->abort();
    emit finished();
}
