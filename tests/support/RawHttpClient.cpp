#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace
{
/// Parses buffer as an answer; true when complete (Content-Length read, or closed).
bool parseAnswer(const QByteArray& buffer, bool closed, RawHttpClient::Answer* answer)
{
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return closed;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    answer->headers.clear();
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    answer->status = statusLine.value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            answer->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray lengthText = answer->header("Content-Length");
    const qint64 length = lengthText.isEmpty() ? -1 : lengthText.toLongLong();
    answer->body = buffer.mid(end + 4);
    answer->raw = buffer;
    return closed || (length >= 0 && answer->body.size() >= length);
}

struct Exchange
{
    QTcpSocket socket;
    QByteArray buffer;
    RawHttpClient::Answer answer;
    bool done = false;
};
} // namespace

QByteArray RawHttpClient::Answer::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool RawHttpClient::Answer::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RawHttpClient::request(const QByteArray& method, const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n";
    for (const auto& header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out + "Connection: close\r\n\r\n";
}

RawHttpClient::Answer RawHttpClient::send(const QUrl& url, const QByteArray& bytes, int waitMs)
{
    return sendConcurrently(url, bytes, 1, waitMs).value(0);
}

QList<RawHttpClient::Answer> RawHttpClient::sendConcurrently(const QUrl& url, const QByteArray& bytes, int count, int waitMs)
{
    QEventLoop loop;
    std::vector<std::unique_ptr<Exchange>> exchanges;
    int remaining = count;
    auto finish = [&](Exchange* exchange) {
        if (exchange->done)
            return;
        exchange->done = true;
        if (--remaining == 0)
            loop.quit();
    };
    for (int i = 0; i < count; ++i) {
        exchanges.push_back(std::make_unique<Exchange>());
        Exchange* exchange = exchanges.back().get();
        QObject::connect(&exchange->socket, &QTcpSocket::connected, &loop, [exchange, bytes] {
            exchange->socket.write(bytes);
        });
        QObject::connect(&exchange->socket, &QTcpSocket::readyRead, &loop, [exchange, finish] {
            exchange->buffer += exchange->socket.readAll();
            if (parseAnswer(exchange->buffer, false, &exchange->answer))
                finish(exchange);
        });
        QObject::connect(&exchange->socket, &QTcpSocket::disconnected, &loop, [exchange, finish] {
            exchange->buffer += exchange->socket.readAll();
            exchange->answer.closed = true;
            parseAnswer(exchange->buffer, true, &exchange->answer);
            finish(exchange);
        });
        QObject::connect(&exchange->socket, &QTcpSocket::errorOccurred, &loop, [exchange, finish](QAbstractSocket::SocketError) {
            exchange->buffer += exchange->socket.readAll();
            exchange->answer.closed = true;
            parseAnswer(exchange->buffer, true, &exchange->answer);
            finish(exchange);
        });
        exchange->socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    }
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (remaining > 0)
        loop.exec();
    QList<Answer> answers;
    for (const auto& exchange : exchanges) {
        exchange->socket.disconnect();
        answers.append(exchange->answer);
    }
    return answers;
}

RawHttpClient::Answer RawHttpClient::get(const QUrl& url, const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send(url, request("GET", target, headers));
}
