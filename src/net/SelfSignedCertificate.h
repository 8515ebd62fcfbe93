#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

/// A fresh EC P-256 (or RSA) key and an X.509 certificate made with OpenSSL, for loopback servers (the demo
/// CAS, test servers). Valid for the given DNS names and IP addresses. Usually self-signed (and then
/// its own CA); issue() makes one signed by another, so tests can build real chains.
class SelfSignedCertificate
{
public:
    /// Generates key and certificate; on failure isNull() is true and errorString() says why.
    static SelfSignedCertificate generate(const QString& commonName = QStringLiteral("127.0.0.1"),
                                          const QStringList& dnsNames = {QStringLiteral("localhost")},
                                          const QStringList& ipAddresses = {QStringLiteral("127.0.0.1")}, int validDays = 30);

    /// What issue() makes: names, the validity window in days from now (negative: in the past),
    /// and whether the certificate may itself sign others (an intermediate CA).
    struct Request
    {
        QString commonName = QStringLiteral("127.0.0.1");
        QStringList dnsNames = {QStringLiteral("localhost")};
        QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
        int validFromDays = 0;
        int validDays = 30;
        bool isCa = false;
        int rsaBits = 0; ///< an RSA key of this size instead of EC P-256 (e.g. a too-small key for tests)
    };
    /// A certificate signed by issuer (which must hold a private key), e.g. a server certificate
    /// under a private CA, or an expired one.
    static SelfSignedCertificate issue(const SelfSignedCertificate& issuer, const Request& request);

    bool isNull() const
    {
        return m_certificate.isNull() || m_key.isNull();
    }
    QString errorString() const
    {
        return m_error;
    }
    QSslCertificate certificate() const
    {
        return m_certificate;
    }
    QSslKey privateKey() const
    {
        return m_key;
    }
    QByteArray certificatePem() const
    {
        return m_certificatePem;
    }

private:
    static SelfSignedCertificate make(const Request& request, const SelfSignedCertificate* issuer);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
    QString m_error;
};
