#pragma once

#include "core/Defaults.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

/// Reads one HTTP/1.x response to a GET as its bytes arrive, with every size bounded: the status
/// line and headers (interim 1xx heads and chunked trailers included) by maxHeadBytes, the body by
/// maxBodyBytes on the wire and again after gzip/deflate decoding. Memory stays within the two
/// limits plus a constant whatever the framing (Content-Length, chunked, close-delimited, one byte
/// per chunk). What is not HTTP/1.x (HTTP/0.9, NUL or stray CR in a header, bogus chunk sizes,
/// folded lines, conflicting lengths) is refused rather than guessed at.
class HttpResponseParser
{
public:
    enum class Error {
        None,
        HeadTooLarge, ///< status line and headers over maxHeadBytes, or over maxHeaderFields fields
        BodyTooLarge, ///< body (as sent, possibly compressed) over maxBodyBytes, announced or counted
        DecodedTooLarge, ///< decoded body of a compressed response over maxBodyBytes
        TooManyInterim, ///< more than maxInterimResponses 1xx heads before the answer
        Malformed, ///< not HTTP/1.x: see errorDetail()
        UnsupportedEncoding, ///< a Content-Encoding or Transfer-Encoding that was not asked for
        BadCompression, ///< the compressed body cannot be decoded
        Truncated, ///< the connection ended before the response was complete
    };

    struct Limits
    {
        qint64 maxHeadBytes = 64 * Defaults::KiB;
        qint64 maxBodyBytes = 1 * Defaults::MiB;
        int maxHeaderFields = 100;
        int maxInterimResponses = 5;
    };

    explicit HttpResponseParser(const Limits& limits);
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser&) = delete;
    HttpResponseParser& operator=(const HttpResponseParser&) = delete;

    /// Feeds the next bytes off the connection. False once an error is found (error() says which);
    /// bytes after a complete response are ignored.
    bool feed(QByteArrayView data);
    /// The connection ended: completes a close-delimited body; anything else unfinished is Truncated.
    bool finishInput();

    bool headComplete() const
    {
        return m_state > State::Head;
    }
    bool complete() const
    {
        return m_state == State::Done;
    }
    bool failed() const
    {
        return m_error != Error::None;
    }
    Error error() const
    {
        return m_error;
    }
    /// Technical detail of the error (which line, which value), bytes from the server quoted escaped.
    QString errorDetail() const
    {
        return m_errorDetail;
    }

    int status() const
    {
        return m_status;
    }
    QByteArray reasonPhrase() const
    {
        return m_reason;
    }
    const QList<QPair<QByteArray, QByteArray>>& headers() const
    {
        return m_headers;
    }
    QByteArray header(const QByteArray& name) const; ///< case-insensitive, first match
    /// The body, decoded if it was compressed; within maxBodyBytes even after an error.
    const QByteArray& body() const
    {
        return m_body;
    }
    QByteArray contentEncoding() const
    {
        return m_contentEncoding;
    }
    qint64 announcedLength() const
    {
        return m_announcedLength;
    }
    const Limits& limits() const
    {
        return m_limits;
    }
    /// Bytes held right now: the unfinished line, the body and the decoder's output buffer.
    qint64 bufferedBytes() const;

    /// Bytes shown in errorDetail(): SafeText::visible() of at most the first 80.
    static QString quoted(QByteArrayView bytes);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };
    enum class Framing { None, Length, Chunked, Close };

    bool fail(Error error, const QString& detail);
    bool takeLine(QByteArrayView& data, QByteArray* line, qint64 maxLineBytes, bool* tooLong);
    bool headLine(const QByteArray& line);
    bool statusLine(const QByteArray& line);
    bool headerLine(const QByteArray& line);
    bool endOfHead();
    bool chunkSizeLine(QByteArrayView line);
    bool trailerLine(const QByteArray& line);
    bool bodyBytes(QByteArrayView bytes);
    bool endOfBody();

    struct Inflater;

    Limits m_limits;
    State m_state = State::Head;
    Framing m_framing = Framing::None;
    Error m_error = Error::None;
    QString m_errorDetail;
    QByteArray m_line; ///< the unfinished line
    qint64 m_headBytes = 0; ///< every head line so far, interim heads and trailers included
    int m_interim = 0;
    bool m_sawStatusLine = false;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_contentEncoding;
    qint64 m_announcedLength = -1;
    qint64 m_remaining = 0; ///< of the Content-Length, or of the current chunk
    qint64 m_wireBodyBytes = 0;
    QByteArray m_body;
    std::unique_ptr<Inflater> m_inflater;
};
