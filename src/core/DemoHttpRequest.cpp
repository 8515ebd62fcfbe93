#include "core/DemoHttpRequest.h"

#include "core/Defaults.h"
QByteArray DemoHttpRequest::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray DemoHttpRequest::path() const
{
    const int query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray DemoHttpRequest::query() const
{
    const int query = target.indexOf('?');
    return query < 0 ? QByteArray() : target.mid(query + 1);
}

bool DemoHttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.1")
        return !connection.contains("close");
    return connection.contains("keep-alive");
}

namespace
{
std::optional<DemoHttpRequest> fail(DemoHttpRequest::Error* error, DemoHttpRequest::Error why)
{
    if (error)
        *error = why;
    return std::nullopt;
}
} // namespace

std::optional<DemoHttpRequest> DemoHttpRequest::take(QByteArray& buffer, const HttpRequestLimits& limits, Error* error)
{
    if (error)
        *error = Error::None;
    const int lineEnd = buffer.indexOf('\n');
    if ((lineEnd < 0 && buffer.size() > limits.maxRequestLineBytes) || lineEnd > limits.maxRequestLineBytes)
        return fail(error, Error::RequestLineTooLong);
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > limits.maxHeadBytes) {
        if (buffer.size() > limits.maxHeadBytes || (end >= 0 && end + 4 > limits.maxHeadBytes))
            return fail(error, Error::HeadersTooLarge);
        // Count the headers already complete, so a flood of tiny headers is refused early.
        if (buffer.count('\n') > limits.maxHeaderCount + 1)
            return fail(error, Error::HeadersTooLarge);
        return std::nullopt;
    }
    const QByteArray head = buffer.left(end);
    const QList<QByteArray> lines = head.split('\n');
    if (lines.size() - 1 > limits.maxHeaderCount)
        return fail(error, Error::HeadersTooLarge);

    DemoHttpRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(0).isEmpty())
        return fail(error, Error::Malformed);
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            return fail(error, Error::Malformed);
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("Transfer-Encoding").isEmpty())
        return fail(error, Error::TransferEncoding);
    qint64 bodyLength = 0;
    const QByteArray contentLength = request.header("Content-Length");
    if (!contentLength.isEmpty()) {
        bool ok = false;
        bodyLength = contentLength.toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return fail(error, Error::Malformed);
        if (bodyLength > limits.maxBodyBytes)
            return fail(error, Error::BodyTooLarge);
    }
    if (buffer.size() - (end + 4) < bodyLength)
        return std::nullopt;
    request.rawHead = buffer.left(end + 4);
    request.body = buffer.mid(end + 4, static_cast<int>(bodyLength));
    buffer.remove(0, end + 4 + static_cast<int>(bodyLength));
    return request;
}

std::optional<DemoHttpRequest> DemoHttpRequest::take(QByteArray& buffer, bool* malformed)
{
    HttpRequestLimits limits;
    limits.maxRequestLineBytes = MaxHeadBytes;
    limits.maxHeadBytes = MaxHeadBytes;
    limits.maxHeaderCount = 1000;
    limits.maxBodyBytes = 1 * Defaults::MiB;
    Error error = Error::None;
    auto request = take(buffer, limits, &error);
    if (malformed)
        *malformed = error != Error::None;
    return request;
}

int DemoHttpRequest::statusFor(Error error)
{
    switch (error) {
    case Error::None:
        return 200;
    case Error::Malformed:
        return 400;
    case Error::RequestLineTooLong:
        return 414;
    case Error::HeadersTooLarge:
        return 431;
    case Error::BodyTooLarge:
        return 413;
    case Error::TransferEncoding:
        return 501;
    }
    return 400;
}

QByteArray DemoHttpRequest::reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray DemoHttpRequest::response(int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers,
                                     const QByteArray& body, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto& header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}
