#pragma once

#include "core/DemoHttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

/// A loopback HTTP proxy that handles CONNECT as curl and browsers use it: reads the request,
/// answers "200 Connection established" and then passes bytes both ways, recording everything it
/// saw. Whatever host a CONNECT names, it connects to 127.0.0.1 at the port asked for, so tests can
/// use names that are not loopback (which is never proxied) and still never leave this computer.
class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    explicit ConnectProxy(QObject* parent = nullptr);
    ~ConnectProxy() override;

    bool start();
    quint16 port() const;
    QString url() const; ///< http://127.0.0.1:PORT

    /// Answer every request with this status instead of tunnelling (e.g. 403), 0 to tunnel.
    void setRefusal(int status)
    {
        m_refusal = status;
    }
    /// Require "Proxy-Authorization: Basic base64(user:password)", answering 407 until it comes.
    void requireCredentials(const QByteArray& userColonPassword)
    {
        m_credentials = userColonPassword;
    }

    int connectionCount() const
    {
        return m_connections;
    }
    QList<DemoHttpRequest> requests() const
    {
        return m_requests;
    }
    /// Every byte that passed through, in both directions, request heads included.
    QByteArray bytesSeen() const
    {
        return m_seen;
    }

private:
    void accept();
    void serve(QTcpSocket* client, const DemoHttpRequest& request, const QByteArray& rest);

    QTcpServer* m_server = nullptr;
    int m_refusal = 0;
    QByteArray m_credentials;
    int m_connections = 0;
    QList<DemoHttpRequest> m_requests;
    QByteArray m_seen;
};
