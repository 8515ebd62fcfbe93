#include "MisbehavingServer.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <zlib.h>

MisbehavingServer::Response MisbehavingServer::Response::fixed(int status, const QByteArray& contentType, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.reason = status == 200 ? QByteArray("OK") : QByteArray("Scripted");
    if (!contentType.isEmpty())
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentType)));
    response.body = body;
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::json(int status, const QByteArray& body)
{
    return fixed(status, "application/json", body);
}

MisbehavingServer::Response MisbehavingServer::Response::redirect(const QByteArray& location, int status)
{
    Response response;
    response.status = status;
    response.reason = "Found";
    response.headers.append(qMakePair(QByteArray("Location"), QByteArray(location)));
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::endless()
{
    Response response;
    response.kind = Kind::EndlessBody;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::stalled(qint64 announcedLength, const QByteArray& firstBytes)
{
    Response response;
    response.kind = Kind::StalledBody;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.contentLength = announcedLength;
    response.body = firstBytes;
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::drop()
{
    Response response;
    response.kind = Kind::Drop;
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::neverAnswer()
{
    Response response;
    response.kind = Kind::NeverAnswer;
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::trickle(qint64 announcedLength, int intervalMs, const QByteArray& body)
{
    Response response;
    response.kind = Kind::TrickleBody;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.contentLength = announcedLength;
    response.trickleIntervalMs = intervalMs;
    response.body = body.leftJustified(announcedLength, ' ', true);
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::raw(const QByteArray& bytes, const QByteArray& repeat)
{
    Response response;
    response.kind = Kind::Raw;
    response.body = bytes;
    response.repeat = repeat;
    return response;
}

MisbehavingServer::Response MisbehavingServer::Response::oneByteChunks()
{
    return raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", "1\r\n \r\n");
}

MisbehavingServer::Response MisbehavingServer::Response::endlessHeaders()
{
    return raw("HTTP/1.1 200 OK\r\n", "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
}

MisbehavingServer::Response MisbehavingServer::Response::endlessHeaderLine()
{
    return raw("HTTP/1.1 200 OK\r\nX-Huge: ", QByteArray(1024, 'a'));
}

QByteArray MisbehavingServer::compress(const QByteArray& data, bool gzip)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, gzip ? 16 + 15 : 15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray MisbehavingServer::gzipBomb(qint64 decodedBytes)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + 15, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 left = decodedBytes; left > 0 || stream.avail_in > 0;) {
        if (stream.avail_in == 0) {
            const qint64 n = qMin<qint64>(left, zeros.size());
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
            stream.avail_in = static_cast<uInt>(n);
            left -= n;
        }
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = deflate(&stream, Z_FINISH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    deflateEnd(&stream);
    return out;
}

MisbehavingServer::MisbehavingServer(QObject* parent)
    : QObject(parent)
{ }

MisbehavingServer::~MisbehavingServer()
{
    delete m_server;
}

bool MisbehavingServer::start(bool tls)
{
    if (tls)
        return startTls(SelfSignedCertificate::generate());
    m_tls = false;
    m_server = new QTcpServer(this);
    return listen();
}

bool MisbehavingServer::startTls(const SelfSignedCertificate& identity, const QList<QSslCertificate>& intermediates)
{
    m_tls = true;
    m_certificate = identity;
    if (m_certificate.isNull())
        return false;
    auto* server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QList<QSslCertificate> {m_certificate.certificate()} + intermediates);
    config.setPrivateKey(m_certificate.privateKey());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // Count handshakes too: a client that refuses our certificate never becomes a pending connection.
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this] {
        ++m_connections;
    });
    m_server = server;
    return listen();
}

bool MisbehavingServer::listen()
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        accept();
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl MisbehavingServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

quint16 MisbehavingServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QSslCertificate MisbehavingServer::certificate() const
{
    return m_certificate.certificate();
}

QByteArray MisbehavingServer::certificatePem() const
{
    return m_certificate.certificatePem();
}

void MisbehavingServer::setResponse(const Response& response)
{
    m_default = response;
}

void MisbehavingServer::setResponse(const QByteArray& path, const Response& response)
{
    m_routes.insert(path, response);
}

bool MisbehavingServer::anyRequestHad(const QByteArray& headerName) const
{
    for (const DemoHttpRequest& request : m_requests) {
        for (const auto& header : request.headers) {
            if (header.first.compare(headerName, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool MisbehavingServer::anyRequestContained(const QByteArray& bytes) const
{
    for (const DemoHttpRequest& request : m_requests) {
        if (request.rawHead.contains(bytes))
            return true;
    }
    return false;
}

void MisbehavingServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (!m_tls)
            ++m_connections;
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto onData = [this, socket, buffer, done] {
            const QByteArray data = socket->readAll();
            if (*done)
                return;
            buffer->append(data);
            bool malformed = false;
            const auto request = DemoHttpRequest::take(*buffer, &malformed);
            if (malformed) {
                *done = true;
                socket->abort();
                return;
            }
            if (request) {
                *done = true;
                m_requests.append(*request);
                serve(socket, *request);
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, onData);
        if (socket->bytesAvailable() > 0)
            QTimer::singleShot(0, socket, onData);
    }
}

void MisbehavingServer::serve(QTcpSocket* socket, const DemoHttpRequest& request)
{
    const Response response = m_routes.value(request.path(), m_default);
    // Returns a QByteArray, not the QStringBuilder that `out + "..."` would deduce: that refers to out.
    auto head = [&response](qint64 length) -> QByteArray {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto& header : response.headers)
            out += header.first + ": " + header.second + "\r\n";
        if (length >= 0)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        return out + "Connection: close\r\n\r\n";
    };

    const auto write = [this, socket](const QByteArray& bytes) {
        m_bytesSent += bytes.size();
        socket->write(bytes);
    };
    switch (response.kind) {
    case Response::Kind::Raw: {
        write(response.body);
        if (response.repeat.isEmpty()) {
            socket->disconnectFromHost();
            break;
        }
        QByteArray block;
        while (block.size() < 16 * 1024)
            block += response.repeat;
        auto* pump = new QTimer(socket);
        connect(pump, &QTimer::timeout, socket, [this, socket, block] {
            if (socket->bytesToWrite() < 4 * block.size()) {
                m_bytesSent += block.size();
                socket->write(block);
            }
        });
        pump->start(0);
        break;
    }
    case Response::Kind::Fixed:
        write(head(response.body.size()) + response.body);
        socket->disconnectFromHost();
        break;
    case Response::Kind::StalledBody:
        socket->write(head(response.contentLength) + response.body);
        break;
    case Response::Kind::EndlessBody: {
        socket->write(head(-1));
        auto* pump = new QTimer(socket);
        const QByteArray chunk(64 * 1024, ' ');
        connect(pump, &QTimer::timeout, socket, [socket, pump, chunk] {
            if (!socket->isOpen()) { // the client hung up, as it should
                pump->stop();
                return;
            }
            if (socket->bytesToWrite() < 4 * chunk.size())
                socket->write(chunk);
        });
        pump->start(0);
        break;
    }
    case Response::Kind::TrickleBody: {
        socket->write(head(response.contentLength));
        auto* pump = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        const QByteArray body = response.body;
        connect(pump, &QTimer::timeout, socket, [socket, pump, body, sent] {
            if (*sent >= body.size()) {
                pump->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid(*sent, 1));
            ++*sent;
        });
        pump->start(response.trickleIntervalMs);
        break;
    }
    case Response::Kind::Drop:
        socket->abort();
        break;
    case Response::Kind::NeverAnswer:
        break;
    }
}
