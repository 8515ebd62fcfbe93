#include "core/HttpResponseParser.h"

#include "core/SafeText.h"

#include <QCoreApplication>

#include <zlib.h>

namespace
{

constexpr qint64 MaxChunkSizeLineBytes = 1024;
constexpr int InflateChunkBytes = 16 * 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// HTAB is the only control character a field value may hold (RFC 9110 §5.5).
bool hasControlCharacter(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QByteArrayView trimmedOwsView(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t'))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && (bytes.back() == ' ' || bytes.back() == '\t'))
        bytes.chop(1);
    return bytes;
}

QByteArray trimmedOws(QByteArrayView bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (bytes.at(begin) == ' ' || bytes.at(begin) == '\t'))
        ++begin;
    while (end > begin && (bytes.at(end - 1) == ' ' || bytes.at(end - 1) == '\t'))
        --end;
    return bytes.sliced(begin, end - begin).toByteArray();
}

// Every comma-separated element of every field with this name, trimmed and lower-cased.
QList<QByteArray> listElements(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    QList<QByteArray> elements;
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : header.second.split(',')) {
            const QByteArray element = trimmedOws(part).toLower();
            if (!element.isEmpty())
                elements.append(element);
        }
    }
    return elements;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("HttpResponseParser", text);
}

} // namespace

struct HttpResponseParser::Inflater
{
    z_stream stream {};
    bool ended = false;

    Inflater()
    {
        // 15 + 32: a zlib or a gzip header, detected from the data.
        inflateInit2(&stream, 15 + 32);
    }
    ~Inflater()
    {
        inflateEnd(&stream);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
};

HttpResponseParser::HttpResponseParser(const Limits& limits)
    : m_limits(limits)
{ }

HttpResponseParser::~HttpResponseParser() = default;

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    for (const auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

qint64 HttpResponseParser::bufferedBytes() const
{
    return m_line.size() + m_body.size() + (m_inflater ? InflateChunkBytes : 0);
}

QString HttpResponseParser::quoted(QByteArrayView bytes)
{
    constexpr qsizetype MaxShown = 80;
    const QString shown = SafeText::visible(bytes.first(qMin(bytes.size(), MaxShown)).toByteArray());
    return bytes.size() > MaxShown ? shown + QStringLiteral("…") : shown;
}

bool HttpResponseParser::fail(Error error, const QString& detail)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorDetail = detail;
    }
    m_line.clear();
    m_line.squeeze();
    m_inflater.reset();
    return false;
}

// Moves bytes up to and including the next LF from data into m_line. True when a whole line is
// ready (then *line holds it without CR LF); false while incomplete, or with *tooLong set when the
// line would pass maxLineBytes.
bool HttpResponseParser::takeLine(QByteArrayView& data, QByteArray* line, qint64 maxLineBytes, bool* tooLong)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    *tooLong = m_line.size() + take > maxLineBytes;
    if (*tooLong)
        return false;
    m_line.append(data.first(take));
    data = data.sliced(take);
    if (newline < 0)
        return false;
    *line = m_line;
    m_line.clear();
    line->chop(1);
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    while (!data.isEmpty() && !failed() && m_state != State::Done) {
        QByteArray line;
        bool tooLong = false;
        switch (m_state) {
        case State::Head:
        case State::Trailers: {
            const qsizetype before = data.size();
            const bool ready = takeLine(data, &line, m_limits.maxHeadBytes - m_headBytes, &tooLong);
            if (tooLong)
                return fail(Error::HeadTooLarge, tr("the status line and headers exceed %1 KiB").arg(m_limits.maxHeadBytes / 1024));
            m_headBytes += before - data.size();
            if (m_state == State::Trailers) {
                if (ready && !trailerLine(line))
                    return false;
                break;
            }
            // Not even a status line (an HTTP/0.9 answer, a TLS or SSH server): say so at once.
            if (!m_sawStatusLine) {
                const QByteArray& start = ready ? line : m_line;
                const qsizetype n = qMin<qsizetype>(start.size(), 5);
                if (n > 0 && QByteArrayView("HTTP/").first(n) != QByteArrayView(start).first(n)) {
                    return fail(Error::Malformed,
                                tr("the answer does not begin with an HTTP/1.x status line but with \"%1\"").arg(quoted(start)));
                }
            }
            if (ready && !headLine(line))
                return false;
            break;
        }
        case State::Body:
            if (m_framing == Framing::Length) {
                const qsizetype n = qMin<qint64>(data.size(), m_remaining);
                if (!bodyBytes(data.first(n)))
                    return false;
                data = data.sliced(n);
                m_remaining -= n;
                if (m_remaining == 0 && !endOfBody())
                    return false;
            } else {
                if (!bodyBytes(data))
                    return false;
                data = {};
            }
            break;
        case State::ChunkSize:
            // Read straight from data when the whole line is there: one-byte chunks cost no copies.
            if (m_line.isEmpty()) {
                const qsizetype newline = data.first(qMin<qsizetype>(data.size(), MaxChunkSizeLineBytes)).indexOf('\n');
                if (newline >= 0) {
                    QByteArrayView view = data.first(newline);
                    if (view.endsWith('\r'))
                        view.chop(1);
                    data = data.sliced(newline + 1);
                    if (!chunkSizeLine(view))
                        return false;
                    break;
                }
            }
            if (takeLine(data, &line, MaxChunkSizeLineBytes, &tooLong) && !chunkSizeLine(line))
                return false;
            if (tooLong)
                return fail(Error::Malformed,
                            tr("a chunk size line longer than %1 bytes: \"%2\"").arg(MaxChunkSizeLineBytes).arg(quoted(m_line)));
            break;
        case State::ChunkData: {
            const qsizetype n = qMin<qint64>(data.size(), m_remaining);
            if (!bodyBytes(data.first(n)))
                return false;
            data = data.sliced(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (m_line.isEmpty() && (data.startsWith("\r\n") || data.startsWith('\n'))) {
                data = data.sliced(data.front() == '\r' ? 2 : 1);
                m_state = State::ChunkSize;
                break;
            }
            if (takeLine(data, &line, 2, &tooLong)) {
                if (!line.isEmpty())
                    tooLong = true;
                m_state = State::ChunkSize;
            }
            if (tooLong)
                return fail(Error::Malformed, tr("a chunk is longer than its size line says"));
            break;
        case State::Done:
            break;
        }
    }
    return !failed();
}

bool HttpResponseParser::finishInput()
{
    if (failed())
        return false;
    if (m_state == State::Done)
        return true;
    if (m_state == State::Body && m_framing == Framing::Close)
        return endOfBody();
    if (m_state == State::Head && !m_sawStatusLine && m_headBytes == 0)
        return fail(Error::Truncated, tr("the connection closed without an answer"));
    if (m_state == State::Head)
        return fail(Error::Truncated, tr("the connection closed in the middle of the headers"));
    if (m_framing == Framing::Length) {
        return fail(Error::Truncated,
                    tr("the connection closed after %1 of the %2 bytes announced").arg(m_wireBodyBytes).arg(m_announcedLength));
    }
    return fail(Error::Truncated, tr("the connection closed before the last chunk"));
}

bool HttpResponseParser::headLine(const QByteArray& line)
{
    if (!m_sawStatusLine)
        return statusLine(line);
    if (line.isEmpty())
        return endOfHead();
    return headerLine(line);
}

bool HttpResponseParser::statusLine(const QByteArray& line)
{
    // HTTP/1.0 or HTTP/1.1, a space, three digits, then optionally a space and a reason phrase.
    const bool versionOk = line.size() >= 12 && line.startsWith("HTTP/1.") && (line.at(7) == '0' || line.at(7) == '1') && line.at(8) == ' ';
    int status = 0;
    for (qsizetype i = 9; versionOk && i < 12; ++i)
        status = (line.at(i) >= '0' && line.at(i) <= '9') ? status * 10 + (line.at(i) - '0') : -1000;
    const bool statusOk = status >= 100 && status <= 599;
    if (!versionOk || !statusOk || (line.size() > 12 && line.at(12) != ' ') || hasControlCharacter(line))
        return fail(Error::Malformed, tr("not an HTTP/1.x status line: \"%1\"").arg(quoted(line)));
    m_sawStatusLine = true;
    m_status = status;
    m_reason = line.size() > 13 ? trimmedOws(QByteArrayView(line).sliced(13)) : QByteArray();
    m_headers.clear();
    return true;
}

bool HttpResponseParser::headerLine(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(Error::Malformed, tr("a folded header line (obsolete line folding): \"%1\"").arg(quoted(line)));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(Error::Malformed, tr("a header line without a name and a colon: \"%1\"").arg(quoted(line)));
    const QByteArray name = line.left(colon);
    for (const char c : name) {
        if (!isTokenChar(c))
            return fail(Error::Malformed, tr("a header name with a character no name may hold: \"%1\"").arg(quoted(name)));
    }
    const QByteArrayView value = QByteArrayView(line).sliced(colon + 1);
    if (hasControlCharacter(value))
        return fail(Error::Malformed, tr("the header %1 holds a control character: \"%2\"").arg(quoted(name), quoted(value)));
    if (m_headers.size() >= m_limits.maxHeaderFields)
        return fail(Error::HeadTooLarge, tr("more than %1 header fields").arg(m_limits.maxHeaderFields));
    m_headers.append(qMakePair(name, trimmedOws(value)));
    return true;
}

bool HttpResponseParser::endOfHead()
{
    if (m_status < 200) {
        if (m_status == 101)
            return fail(Error::Malformed, tr("the server switched protocols (101), which was not asked for"));
        if (++m_interim > m_limits.maxInterimResponses)
            return fail(Error::TooManyInterim,
                        tr("more than %1 interim (1xx) answers before the answer").arg(m_limits.maxInterimResponses));
        m_sawStatusLine = false;
        m_status = 0;
        m_reason.clear();
        m_headers.clear();
        return true;
    }

    QList<QByteArray> codings = listElements(m_headers, "content-encoding");
    codings.removeAll("identity");
    if (codings.size() > 1
        || (codings.size() == 1 && codings.first() != "gzip" && codings.first() != "x-gzip" && codings.first() != "deflate")) {
        return fail(Error::UnsupportedEncoding,
                    tr("Content-Encoding: %1 (only gzip or deflate, once, is understood)").arg(quoted(header("Content-Encoding"))));
    }
    if (codings.size() == 1) {
        m_contentEncoding = codings.first();
        m_inflater = std::make_unique<Inflater>();
    }

    const QList<QByteArray> transfer = listElements(m_headers, "transfer-encoding");
    if (!transfer.isEmpty() && transfer != QList<QByteArray> {"chunked"})
        return fail(Error::UnsupportedEncoding,
                    tr("Transfer-Encoding: %1 (only chunked is understood)").arg(quoted(header("Transfer-Encoding"))));

    const QList<QByteArray> lengths = listElements(m_headers, "content-length");
    if (!lengths.isEmpty() && transfer.isEmpty()) {
        for (const QByteArray& length : lengths) {
            if (length != lengths.first())
                return fail(Error::Malformed, tr("conflicting Content-Length values: %1").arg(quoted(lengths.join(", "))));
        }
        const QByteArray& digits = lengths.first();
        bool allDigits = !digits.isEmpty();
        for (const char c : digits)
            allDigits = allDigits && c >= '0' && c <= '9';
        if (!allDigits)
            return fail(Error::Malformed, tr("Content-Length is not a number: %1").arg(quoted(digits)));
        bool ok = false;
        const qint64 length = digits.toLongLong(&ok);
        m_announcedLength = ok ? length : -1;
        if (!ok || length > m_limits.maxBodyBytes)
            return fail(Error::BodyTooLarge, tr("Content-Length: %1").arg(quoted(digits)));
    }

    if (m_status == 204 || m_status == 304)
        return endOfBody();
    if (!transfer.isEmpty()) {
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
    } else if (m_announcedLength >= 0) {
        m_framing = Framing::Length;
        m_remaining = m_announcedLength;
        m_state = State::Body;
        if (m_remaining == 0)
            return endOfBody();
    } else {
        m_framing = Framing::Close;
        m_state = State::Body;
    }
    return true;
}

bool HttpResponseParser::chunkSizeLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView size = trimmedOwsView(semicolon < 0 ? line : line.first(semicolon));
    qint64 value = 0;
    bool ok = !size.isEmpty();
    for (const char c : size) {
        const int digit = (c >= '0' && c <= '9') ? c - '0'
            : (c >= 'a' && c <= 'f')             ? c - 'a' + 10
            : (c >= 'A' && c <= 'F')             ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) {
            ok = false;
            break;
        }
        value = value * 16 + digit;
        if (value > m_limits.maxBodyBytes) {
            return fail(Error::BodyTooLarge,
                        tr("a chunk of more than %1 bytes (size line \"%2\")").arg(m_limits.maxBodyBytes).arg(quoted(line)));
        }
    }
    if (!ok || hasControlCharacter(line))
        return fail(Error::Malformed, tr("a chunk size that is not a hexadecimal number: \"%1\"").arg(quoted(line)));
    if (value == 0) {
        m_state = State::Trailers;
        return true;
    }
    // A chunk that passes the cap is still read up to it, so the body kept is the first maxBodyBytes.
    m_remaining = value;
    m_state = State::ChunkData;
    return true;
}

bool HttpResponseParser::trailerLine(const QByteArray& line)
{
    if (line.isEmpty())
        return endOfBody();
    // Trailers are read to find the end of the response and then dropped; they must still be HTTP.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || hasControlCharacter(line))
        return fail(Error::Malformed, tr("a trailer line that is not a header: \"%1\"").arg(quoted(line)));
    return true;
}

bool HttpResponseParser::bodyBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return true;
    m_wireBodyBytes += bytes.size();
    const bool overCap = m_wireBodyBytes > m_limits.maxBodyBytes;
    if (overCap)
        bytes = bytes.first(bytes.size() - (m_wireBodyBytes - m_limits.maxBodyBytes));

    if (!m_inflater) {
        m_body.append(bytes);
    } else if (!m_inflater->ended) {
        z_stream& stream = m_inflater->stream;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
        stream.avail_in = static_cast<uInt>(bytes.size());
        char out[InflateChunkBytes];
        do {
            stream.next_out = reinterpret_cast<Bytef*>(out);
            stream.avail_out = sizeof out;
            const int rc = inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                return fail(Error::BadCompression,
                            tr("the %1 body cannot be decoded: %2")
                                .arg(QString::fromLatin1(m_contentEncoding),
                                     stream.msg ? QString::fromLatin1(stream.msg) : tr("zlib error %1").arg(rc)));
            }
            const qsizetype produced = qsizetype(sizeof out) - stream.avail_out;
            if (m_body.size() + produced > m_limits.maxBodyBytes) {
                m_body.append(out, m_limits.maxBodyBytes - m_body.size());
                return fail(Error::DecodedTooLarge,
                            tr("the %1 body decodes to more than %2 bytes (%3 bytes received)")
                                .arg(QString::fromLatin1(m_contentEncoding))
                                .arg(m_limits.maxBodyBytes)
                                .arg(m_wireBodyBytes));
            }
            m_body.append(out, produced);
            if (rc == Z_STREAM_END) {
                m_inflater->ended = true;
                break;
            }
            if (rc == Z_BUF_ERROR && produced == 0)
                break;
        } while (stream.avail_in > 0 || stream.avail_out == 0);
    }

    if (overCap) {
        return fail(Error::BodyTooLarge,
                    !m_contentEncoding.isEmpty()
                        ? tr("more than %1 bytes of %2 body").arg(m_limits.maxBodyBytes).arg(QString::fromLatin1(m_contentEncoding))
                        : tr("more than %1 bytes of body").arg(m_limits.maxBodyBytes));
    }
    return true;
}

bool HttpResponseParser::endOfBody()
{
    if (m_inflater && !m_inflater->ended && m_wireBodyBytes > 0)
        return fail(Error::BadCompression,
                    tr("the %1 body ends before its compressed stream does").arg(QString::fromLatin1(m_contentEncoding)));
    m_inflater.reset();
    m_line.clear();
    m_state = State::Done;
    return true;
}
