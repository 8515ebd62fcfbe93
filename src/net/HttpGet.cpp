#include "net/HttpGet.h"

#include "core/Defaults.h"

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

void HttpGet::start(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, bool trustSystemRoots,
                    const ExtraTrust::Anchors& requestCas, const QNetworkProxy& proxy)
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

    m_socket = new QTcpSocket(this);
    m_socket->setProxy(proxy);
    m_socket->setReadBufferSize(SocketReadBufferBytes);
    connect(m_socket, &QAbstractSocket::connected, this, &HttpGet::onConnected);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &HttpGet::onBytesWritten);
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpGet::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpGet::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpGet::onClosed);

    if (m_tls) {
        m_session = std::make_unique<TlsSession>();
        if (!m_session->setUp(url.host(), trustSystemRoots, requestCas)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    finish(Failure::Tls, m_session->errorString());
                },
                Qt::QueuedConnection);
            return;
        }
    }
    m_socket->connectToHost(url.host(), static_cast<quint16>(url.port(m_tls ? 443 : 80)));
}

void HttpGet::abort()
{
    m_done = true;
    m_request.fill('\0');
    if (m_socket)
        m_socket->abort();
}

void HttpGet::onConnected()
{
    m_connected = true;
    emit connected();
    if (m_done)
        return;
    if (m_tls)
        continueHandshake(); // the client speaks first
    else
        sendRequest();
}

void HttpGet::sendRequest()
{
    if (m_tls) {
        if (!m_session->write(m_request)) {
            finish(Failure::Tls, m_session->errorString());
            return;
        }
        sendTls();
    } else {
        m_socket->write(m_request);
    }
    m_request.fill('\0');
    m_request.clear();
}

// What TLS has for the server goes out now.
void HttpGet::sendTls()
{
    const QByteArray bytes = m_session->takeOutgoing();
    if (!bytes.isEmpty())
        m_socket->write(bytes);
}

// False when the exchange ended on the way.
bool HttpGet::continueHandshake()
{
    const TlsSession::Result result = m_session->handshake();
    sendTls(); // also a failed handshake's alert
    switch (result) {
    case TlsSession::Result::NeedMore:
        return true;
    case TlsSession::Result::Done:
        m_encrypted = true;
        emit encrypted();
        if (m_done)
            return false;
        sendRequest();
        return !m_done;
    case TlsSession::Result::Closed:
    case TlsSession::Result::Failed:
        break;
    }
    finish(Failure::Tls, m_session->errorString());
    return false;
}

void HttpGet::onBytesWritten()
{
    // With TLS the handshake writes too: only the request's last byte counts.
    if (m_requestSent || m_done || !m_request.isEmpty() || (m_tls && !m_encrypted) || m_socket->bytesToWrite() > 0)
        return;
    m_requestSent = true;
    emit requestSent();
}

void HttpGet::onReadyRead()
{
    // Only the answer's bytes count, not the TLS handshake's.
    const qint64 before = m_answerBytes;
    if (!m_done && readAvailable() && m_answerBytes > before)
        emit bytesReceived();
}

// Reads what the socket holds into the parser (through TLS for https). False when the exchange
// ended on the way.
bool HttpGet::readAvailable()
{
    if (m_tls)
        return readTls();
    char buffer[ReadChunkBytes];
    while (!m_done && m_socket->bytesAvailable() > 0) {
        m_peakBuffered = qMax(m_peakBuffered, m_response.bufferedBytes() + m_socket->bytesAvailable() + ReadChunkBytes);
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!feedResponse(QByteArrayView(buffer, n)))
            return false;
    }
    return !m_done;
}

// One chunk of the socket at a time into TLS, and all TLS can decrypt of it into the parser
// before the next: TLS never holds more than a chunk and a record.
bool HttpGet::readTls()
{
    char buffer[ReadChunkBytes];
    while (!m_done && m_socket->bytesAvailable() > 0) {
        m_peakBuffered = qMax(m_peakBuffered,
                              m_response.bufferedBytes() + m_socket->bytesAvailable() + m_session->pendingIncoming() + 2 * ReadChunkBytes);
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_session->feed(buffer, n);
        if (!m_session->handshakeDone() && !continueHandshake())
            return false;
        while (!m_done && m_session->handshakeDone()) {
            qsizetype got = 0;
            const TlsSession::Result result = m_session->read(buffer, sizeof buffer, &got);
            if (result == TlsSession::Result::NeedMore)
                break;
            if (result == TlsSession::Result::Closed) {
                // close_notify: the server has said all it will.
                endOfInput();
                return false;
            }
            if (result == TlsSession::Result::Failed) {
                finish(Failure::Tls, m_session->errorString());
                return false;
            }
            if (!feedResponse(QByteArrayView(buffer, got)))
                return false;
        }
        sendTls(); // TLS 1.3 may answer the server's messages (key updates)
    }
    return !m_done;
}

bool HttpGet::feedResponse(QByteArrayView bytes)
{
    m_answerBytes += bytes.size();
    if (!m_response.feed(bytes)) {
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
    return true;
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
    endOfInput();
}

// The server sends no more: the answer is complete now or never.
void HttpGet::endOfInput()
{
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
