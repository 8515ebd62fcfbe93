#pragma once

#include "core/Defaults.h"
#include "core/HttpResponseParser.h"
#include "net/ExtraTrust.h"
#include "net/TlsSession.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

class QTcpSocket;

/// One HTTP/1.1 GET on a connection of its own (plain or TLS; directly, or through the HTTP or
/// SOCKS5 proxy given), read through HttpResponseParser as the bytes arrive. TLS is TlsSession's,
/// over the socket's bytes: the request leaves only after a handshake with a trusted server.
/// Nothing a server sends can hold more memory than the parser's limits plus the socket's 64 KiB
/// read buffer (and, with TLS, one 16 KiB chunk being decrypted): Qt's own HTTP stack
/// (QNetworkAccessManager) keeps headers, status lines and chunk-size lines without a bound and
/// queues one event per chunk, so CAS requests do not use it.
class HttpGet : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        HostNotFound,
        ConnectionRefused,
        ConnectionClosed, ///< closed or reset before the answer was complete
        Tls, ///< handshake failed or the server is not trusted (tls()->problems() says why)
        Proxy, ///< the proxy refused, failed or could not be reached
        Response, ///< the parser refused what came: response().error() says why
        Network, ///< any other socket error
    };

    explicit HttpGet(const HttpResponseParser::Limits& limits, QObject* parent = nullptr);
    ~HttpGet() override;

    /// Connects and sends "GET path HTTP/1.1", Host, then headers in order. For https the server
    /// must be trusted by the system's roots (if trustSystemRoots) or requestCas (TlsSession.h).
    /// proxy is QNetworkProxy::NoProxy or the proxy to go through. finished() follows once,
    /// unless abort() is called first.
    void start(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, bool trustSystemRoots,
               const ExtraTrust::Anchors& requestCas, const QNetworkProxy& proxy);
    /// Closes the connection at once; finished() is not emitted.
    void abort();

    QUrl url() const
    {
        return m_url;
    }
    const HttpResponseParser& response() const
    {
        return m_response;
    }
    /// The TLS connection (https only): its details once encrypted(), its problems after a
    /// Failure::Tls.
    const TlsSession* tls() const
    {
        return m_session.get();
    }
    bool isConnected() const
    {
        return m_connected;
    }
    bool isEncrypted() const
    {
        return m_encrypted;
    }
    Failure failure() const
    {
        return m_failure;
    }
    /// The socket's or the parser's words for the failure.
    QString errorString() const
    {
        return m_errorString;
    }
    /// The most bytes held at once for the answer (parser and socket buffers).
    qint64 peakBufferedBytes() const
    {
        return m_peakBuffered;
    }

    static constexpr qint64 SocketReadBufferBytes = 64 * Defaults::KiB;

signals:
    void connected(); ///< TCP connection up (to the server or the proxy)
    void encrypted(); ///< handshake complete, server trusted; the request goes next
    void requestSent();
    void headReceived(); ///< status and headers of the final (non-1xx) answer
    void bytesReceived(); ///< bytes of the answer (decrypted), not of the TLS handshake
    void finished();

private:
    void onConnected();
    void sendRequest();
    void onBytesWritten();
    void onReadyRead();
    bool readAvailable();
    bool readTls();
    bool feedResponse(QByteArrayView bytes);
    void endOfInput();
    bool continueHandshake();
    void sendTls();
    void onSocketError();
    void onClosed();
    void finish(Failure failure, const QString& errorString = {});

    HttpResponseParser m_response;
    QTcpSocket* m_socket = nullptr;
    std::unique_ptr<TlsSession> m_session;
    QUrl m_url;
    QByteArray m_request;
    bool m_tls = false;
    bool m_connected = false;
    bool m_encrypted = false;
    bool m_requestSent = false;
    bool m_headSignalled = false;
    bool m_done = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
    qint64 m_peakBuffered = 0;
    qint64 m_answerBytes = 0; ///< what reached the parser
};
