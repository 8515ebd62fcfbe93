#include "ConnectProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

ConnectProxy::ConnectProxy(QObject* parent)
    : QObject(parent)
{ }

ConnectProxy::~ConnectProxy()
{
    delete m_server;
}

bool ConnectProxy::start()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        accept();
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ConnectProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ConnectProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ConnectProxy::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto handled = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, handled] {
            if (*handled)
                return;
            const QByteArray data = client->readAll();
            m_seen += data;
            buffer->append(data);
            bool malformed = false;
            const auto request = DemoHttpRequest::take(*buffer, &malformed);
            if (malformed) {
                *handled = true;
                client->abort();
                return;
            }
            if (request) {
                *handled = true;
                m_requests.append(*request);
                serve(client, *request, *buffer);
            }
        });
    }
}

void ConnectProxy::serve(QTcpSocket* client, const DemoHttpRequest& request, const QByteArray& rest)
{
    auto answer = [client](const QByteArray& statusLine, const QByteArray& extra = {}) {
        client->write("HTTP/1.1 " + statusLine + "\r\n" + extra + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    };
    if (m_refusal != 0) {
        answer(QByteArray::number(m_refusal) + " Refused by test proxy");
        return;
    }
    if (request.method != "CONNECT") {
        answer("405 Only CONNECT");
        return;
    }
    if (!m_credentials.isEmpty() && request.header("Proxy-Authorization") != "Basic " + m_credentials.toBase64()) {
        answer("407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"\r\n");
        return;
    }
    const QByteArray target = request.target;
    const qsizetype colon = target.lastIndexOf(':');
    bool ok = false;
    const quint16 port = colon > 0 ? target.mid(colon + 1).toUShort(&ok) : 0;
    if (!ok) {
        answer("400 Bad CONNECT target");
        return;
    }
    auto* upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, rest] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        if (!rest.isEmpty())
            upstream->write(rest);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            const QByteArray data = client->readAll();
            m_seen += data;
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray data = upstream->readAll();
            m_seen += data;
            client->write(data);
        });
    });
    connect(upstream, &QTcpSocket::disconnected, client, [client] {
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] {
        upstream->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            client->abort();
    });
    // Only ever this computer, whatever host the CONNECT names.
    upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}
