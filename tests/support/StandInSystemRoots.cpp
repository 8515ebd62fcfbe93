#include "StandInSystemRoots.h"

#include <QFile>

#include <openssl/x509.h>

StandInSystemRoots::StandInSystemRoots(const QList<QSslCertificate>& roots)
    : m_previous(qgetenv("SSL_CERT_DIR"))
    , m_hadPrevious(qEnvironmentVariableIsSet("SSL_CERT_DIR"))
{
    if (!m_dir.isValid())
        return;
    for (const QSslCertificate& root : roots) {
        const QByteArray der = root.toDer();
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        X509* x509 = d2i_X509(nullptr, &data, static_cast<long>(der.size()));
        if (!x509)
            return;
        const unsigned long hash = X509_NAME_hash_ex(X509_get_subject_name(x509), nullptr, nullptr, nullptr);
        X509_free(x509);
        QFile file(m_dir.filePath(QStringLiteral("%1.0").arg(hash, 8, 16, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(root.toPem()) <= 0)
            return;
    }
    qputenv("SSL_CERT_DIR", QFile::encodeName(m_dir.path()));
    m_valid = true;
}

StandInSystemRoots::~StandInSystemRoots()
{
    if (m_hadPrevious)
        qputenv("SSL_CERT_DIR", m_previous);
    else
        qunsetenv("SSL_CERT_DIR");
}
