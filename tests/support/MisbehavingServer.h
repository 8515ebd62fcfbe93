#pragma once

#include "core/DemoHttpRequest.h"
#include "net/SelfSignedCertificate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

/// A loopback HTTP/1.1 server (plain or TLS with a fresh self-signed certificate) whose answers
/// are scripted per test, including the ways real servers go wrong. Records every request head.
class MisbehavingServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        enum class Kind {
            Fixed, ///< status, headers, body, then close
            EndlessBody, ///< 200 headers, then body bytes until the client goes away
            StalledBody, ///< status + headers (Content-Length: contentLength) + body, then nothing
            Drop, ///< close the connection without a word
            NeverAnswer, ///< read the request, then nothing
            TrickleBody, ///< status + headers (Content-Length: contentLength), then one body byte per trickleIntervalMs
            Raw, ///< body bytes exactly as given (no head added), then repeat sent over and over if set, else close
        };
        Kind kind = Kind::Fixed;
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray repeat; ///< Raw: sent again and again after body until the client goes away
        qint64 contentLength = -1; ///< StalledBody, TrickleBody: announced length
        int trickleIntervalMs = 1000;

        static Response fixed(int status, const QByteArray& contentType, const QByteArray& body);
        static Response json(int status, const QByteArray& body);
        static Response redirect(const QByteArray& location, int status = 302);
        static Response endless();
        static Response stalled(qint64 announcedLength, const QByteArray& firstBytes = "{\"tok");
        static Response drop();
        static Response neverAnswer();
        /// Sends body (padded with spaces to announcedLength) one byte every intervalMs.
        static Response trickle(qint64 announcedLength, int intervalMs = 1000, const QByteArray& body = "{\"token\": \"");
        /// Exactly these bytes on the wire (status line and all), then repeat endlessly if given.
        static Response raw(const QByteArray& bytes, const QByteArray& repeat = {});
        /// 200, Transfer-Encoding: chunked, then one-byte chunks for ever.
        static Response oneByteChunks();
        /// A status line, then header lines for ever.
        static Response endlessHeaders();
        /// A status line, then one header line that never ends.
        static Response endlessHeaderLine();
    };

    /// data compressed as gzip (RFC 1952) or zlib (the "deflate" Content-Encoding, RFC 1950).
    static QByteArray compress(const QByteArray& data, bool gzip = true);
    /// A gzip stream of decodedBytes zero bytes, made without holding them: a compression bomb.
    static QByteArray gzipBomb(qint64 decodedBytes);

    explicit MisbehavingServer(QObject* parent = nullptr);
    ~MisbehavingServer() override;

    bool start(bool tls = false);
    /// TLS with the given identity (key and certificate), sending intermediates after it.
    bool startTls(const SelfSignedCertificate& identity, const QList<QSslCertificate>& intermediates = {});
    QUrl baseUrl() const; ///< http(s)://127.0.0.1:PORT
    quint16 port() const;
    QSslCertificate certificate() const;
    QByteArray certificatePem() const;

    void setResponse(const Response& response); ///< for every path
    void setResponse(const QByteArray& path, const Response& response); ///< for one path

    int connectionCount() const
    {
        return m_connections;
    }
    QList<DemoHttpRequest> requests() const
    {
        return m_requests;
    }
    /// True if any request carried this header (case-insensitive name), whatever its value.
    bool anyRequestHad(const QByteArray& headerName) const;
    /// Bytes written to clients so far (heads and bodies).
    qint64 bytesSent() const
    {
        return m_bytesSent;
    }
    /// True if the bytes appear anywhere in any received request head.
    bool anyRequestContained(const QByteArray& bytes) const;

private:
    bool listen();
    void accept();
    void serve(QTcpSocket* socket, const DemoHttpRequest& request);

    QTcpServer* m_server = nullptr;
    SelfSignedCertificate m_certificate;
    bool m_tls = false;
    Response m_default;
    QHash<QByteArray, Response> m_routes;
    QList<DemoHttpRequest> m_requests;
    int m_connections = 0;
    qint64 m_bytesSent = 0;
};
