#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

/// A test HTTP client on a plain QTcpSocket: sends exactly the bytes given (so tests can send what
/// no well-behaved client would) and reads one answer. Many can run at once, each on its own connection.
class RawHttpClient
{
public:
    struct Answer
    {
        int status = 0; ///< 0: no answer (refused, closed, timed out)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray raw;
        bool closed = false; ///< the server closed the connection

        QByteArray header(const QByteArray& name) const; ///< case-insensitive, first match
        bool hasHeader(const QByteArray& name) const;
    };

    /// "METHOD target HTTP/1.1", Host, the headers, Connection: close.
    static QByteArray request(const QByteArray& method, const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    /// Sends bytes to url's host and port and waits for one whole answer (or the close, or waitMs).
    static Answer send(const QUrl& url, const QByteArray& bytes, int waitMs = 20000);
    /// The same request on count connections opened at once; answers in order of the connections.
    static QList<Answer> sendConcurrently(const QUrl& url, const QByteArray& bytes, int count, int waitMs = 60000);
    /// GET target with headers.
    static Answer get(const QUrl& url, const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers = {});
};
