#include "LaxTlsServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

LaxTlsServer::LaxTlsServer(QObject* parent)
    : QObject(parent)
{ }

LaxTlsServer::~LaxTlsServer()
{
    delete m_server;
    SSL_CTX_free(m_context);
}

bool LaxTlsServer::start(const SelfSignedCertificate& identity)
{
    m_context = SSL_CTX_new(TLS_server_method());
    if (!m_context)
        return false;
    SSL_CTX_set_security_level(m_context, 0);
    const QByteArray certPem = identity.certificatePem();
    const QByteArray keyPem = identity.privateKey().toPem();
    BIO* certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool loaded = cert && key && SSL_CTX_use_certificate(m_context, cert) == 1 && SSL_CTX_use_PrivateKey(m_context, key) == 1;
    X509_free(cert);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    if (!loaded)
        return false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        accept();
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LaxTlsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

// The handshake runs over memory BIOs fed from the socket, so it stays on Qt's event loop.
void LaxTlsServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_handshakes;
        SSL* ssl = SSL_new(m_context);
        BIO* in = BIO_new(BIO_s_mem());
        BIO* out = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl, in, out);
        SSL_set_accept_state(ssl);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [ssl] {
            SSL_free(ssl);
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, ssl, in, out] {
            const QByteArray data = socket->readAll();
            BIO_write(in, data.constData(), int(data.size()));
            SSL_do_handshake(ssl);
            char buffer[4096];
            int n = 0;
            while ((n = BIO_read(out, buffer, sizeof buffer)) > 0)
                socket->write(buffer, n);
        });
    }
}
