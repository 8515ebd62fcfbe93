#include "core/DemoHttpRequest.h"

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

std::optional<DemoHttpRequest> DemoHttpRequest::take(QByteArray& buffer, bool* malformed)
{
    if (malformed)
        *malformed = false;
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > MaxHeadBytes && malformed)
            *malformed = true;
        return std::nullopt;
    }
    DemoHttpRequest request;
    request.rawHead = buffer.left(end + 4);
    buffer.remove(0, end + 4);

    const QList<QByteArray> lines = request.rawHead.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        if (malformed)
            *malformed = true;
        return std::nullopt;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            if (malformed)
                *malformed = true;
            return std::nullopt;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return request;
}

QByteArray DemoHttpRequest::response(int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers,
                                     const QByteArray& body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto& header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    return out;
}
