#pragma once

#include "net/SelfSignedCertificate.h"

#include <QObject>

class QTcpServer;
struct ssl_ctx_st;

/// A loopback TLS server made with OpenSSL directly at security level 0, for identities that Qt
/// refuses to serve (an RSA-1024 key): it takes part in the handshake and never answers a request.
/// Only a client's own checks can then refuse the certificate.
class LaxTlsServer : public QObject
{
    Q_OBJECT
public:
    explicit LaxTlsServer(QObject* parent = nullptr);
    ~LaxTlsServer() override;

    bool start(const SelfSignedCertificate& identity);
    quint16 port() const;
    int handshakesStarted() const
    {
        return m_handshakes;
    }

private:
    void accept();

    QTcpServer* m_server = nullptr;
    ssl_ctx_st* m_context = nullptr;
    int m_handshakes = 0;
};
