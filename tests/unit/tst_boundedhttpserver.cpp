#include "net/BoundedHttpServer.h"

#include <QSignalSpy>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

// BoundedHttpServer's own behaviour, seen from a plain socket of the operating system: the client
// side never runs Qt's event loop, so what it reads is what the server really sent.
class TestBoundedHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void answerLeavesAtOnce();
};

namespace
{

// A blocking TCP client on 127.0.0.1:port; -1 if it cannot connect.
int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

// What arrives within timeoutMs, without running any event loop.
QByteArray receive(int fd, int timeoutMs)
{
    pollfd entry {fd, POLLIN, 0};
    if (::poll(&entry, 1, timeoutMs) <= 0)
        return {};
    char buffer[4096];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    return n > 0 ? QByteArray(buffer, static_cast<qsizetype>(n)) : QByteArray();
}

} // namespace

// respond() sends the answer before it returns: a keep-alive client gets it without the server's
// event loop having to turn once more (under load, one turn per answer is a large part of the
// latency: bench/RESULTS.md, fourteenth round).
void TestBoundedHttpServer::answerLeavesAtOnce()
{
    BoundedHttpServer server;
    QString error;
    QVERIFY2(server.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
    QSignalSpy received(&server, &HttpServer::requestReceived);
    const int client = connectTo(server.serverPort());
    QVERIFY(client >= 0);
    const auto closeClient = qScopeGuard([client] {
        ::close(client);
    });
    const QByteArray request = "GET /token?session=a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QCOMPARE(::send(client, request.constData(), static_cast<size_t>(request.size()), 0), ssize_t(request.size()));
    QVERIFY(received.wait(5000));
    const auto id = received.first().first().value<HttpServerRequest>().connectionId;

    server.respond(id, 200, {{"Content-Type", "text/plain"}}, "hello");
    const QByteArray answer = receive(client, 2000); // no event loop runs meanwhile
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY2(answer.endsWith("\r\n\r\nhello"), answer.constData());
    QVERIFY(server.isConnected(id)); // kept alive
}

QTEST_GUILESS_MAIN(TestBoundedHttpServer)
#include "tst_boundedhttpserver.moc"
