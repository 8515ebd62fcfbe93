#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

/// The head of one HTTP/1.1 request as read off a socket by the loopback servers
/// (the demo CAS and the test servers). Bodies are not supported: CAS requests are GETs.
struct DemoHttpRequest
{
    static constexpr int MaxHeadBytes = 64 * 1024;

    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawHead; ///< request line and headers exactly as received

    QByteArray header(const QByteArray& name) const; ///< case-insensitive, first match
    QByteArray path() const; ///< target without the query

    /// Takes one complete request head off the front of buffer. nullopt while incomplete;
    /// *malformed is set when the bytes cannot be HTTP (then the connection should be closed).
    static std::optional<DemoHttpRequest> take(QByteArray& buffer, bool* malformed);

    /// "HTTP/1.1 <status> <reason>", the headers, Content-Length, Connection: close, the body.
    static QByteArray response(int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers,
                               const QByteArray& body);
};
