#pragma once

#include "core/Defaults.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

/// Size limits for one HTTP/1.1 request, enforced while it is read (memory stays bounded by them).
struct HttpRequestLimits
{
    int maxRequestLineBytes = 8 * Defaults::KiB;
    int maxHeaderCount = 64;
    int maxHeadBytes = 32 * Defaults::KiB; ///< request line and all headers
    qint64 maxBodyBytes = 16 * Defaults::KiB;
};

/// One HTTP/1.1 request as read off a socket by the servers of the console (the demo CAS, the token
/// service) and by the test servers: the head, and a body when Content-Length announces one.
struct DemoHttpRequest
{
    static constexpr int MaxHeadBytes = 64 * Defaults::KiB;

    /// Why a request could not be taken; each maps to the status the server answers with.
    enum class Error {
        None,
        Malformed, ///< 400: not HTTP/1.x, a header without a colon, a bad Content-Length
        RequestLineTooLong, ///< 414
        HeadersTooLarge, ///< 431: too many headers or too many bytes in the head
        BodyTooLarge, ///< 413
        TransferEncoding, ///< 501: chunked (or any) transfer coding is not supported
    };

    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawHead; ///< request line and headers exactly as received
    QByteArray body;

    QByteArray header(const QByteArray& name) const; ///< case-insensitive, first match
    QByteArray path() const; ///< target without the query
    QByteArray query() const; ///< target after '?', empty when none
    /// HTTP/1.1 without "Connection: close", or HTTP/1.0 with "Connection: keep-alive".
    bool wantsKeepAlive() const;

    /// Takes one complete request off the front of buffer. nullopt while incomplete or on error;
    /// *error says which limit or rule was broken (then the connection should be answered and closed).
    static std::optional<DemoHttpRequest> take(QByteArray& buffer, const HttpRequestLimits& limits, Error* error);
    /// The same with the test servers' generous limits; *malformed for any error.
    static std::optional<DemoHttpRequest> take(QByteArray& buffer, bool* malformed);

    static int statusFor(Error error); ///< 400, 414, 431, 413, 501
    static QByteArray reasonFor(int status); ///< "Bad Request"… for the statuses the servers send

    /// "HTTP/1.1 <status> <reason>", the headers, Content-Length, "Connection: close" unless keepAlive, the body.
    static QByteArray response(int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers,
                               const QByteArray& body, bool keepAlive = false);
};
