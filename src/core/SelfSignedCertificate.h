#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

/// A fresh EC P-256 key and a self-signed X.509 certificate made with OpenSSL, for loopback
/// servers (the demo CAS, test servers). Valid for the given DNS names and IP addresses.
class SelfSignedCertificate
{
public:
    /// Generates key and certificate; on failure isNull() is true and errorString() says why.
    static SelfSignedCertificate generate(const QString& commonName = QStringLiteral("127.0.0.1"),
                                          const QStringList& dnsNames = {QStringLiteral("localhost")},
                                          const QStringList& ipAddresses = {QStringLiteral("127.0.0.1")}, int validDays = 30);

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
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
    QString m_error;
};
