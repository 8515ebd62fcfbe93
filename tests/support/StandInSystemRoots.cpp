#include "StandInSystemRoots.h"

#include <QDir>
#include <QFile>

#include <openssl/x509.h>

StandInSystemRoots::StandInSystemRoots(const QList<QSslCertificate>& roots, Layout layout)
{
    for (const char* name : {"SSL_CERT_DIR", "SSL_CERT_FILE"})
        m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkdir(QStringLiteral("certs")))
        return;
    const QString certs = m_dir.filePath(QStringLiteral("certs"));
    QFile bundle(m_dir.filePath(QStringLiteral("bundle.pem")));
    if (!bundle.open(QIODevice::WriteOnly))
        return;
    for (const QSslCertificate& root : roots) {
        if (bundle.write(root.toPem()) <= 0 || layout == Layout::BundleOnly)
            continue;
        const QByteArray der = root.toDer();
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        X509* x509 = d2i_X509(nullptr, &data, static_cast<long>(der.size()));
        if (!x509)
            return;
        const unsigned long hash = X509_NAME_hash_ex(X509_get_subject_name(x509), nullptr, nullptr, nullptr);
        X509_free(x509);
        QFile file(QDir(certs).filePath(QStringLiteral("%1.0").arg(hash, 8, 16, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(root.toPem()) <= 0)
            return;
    }
    bundle.close();
    qputenv("SSL_CERT_DIR", QFile::encodeName(certs));
    qputenv("SSL_CERT_FILE", QFile::encodeName(bundle.fileName()));
    m_valid = true;
}

StandInSystemRoots::~StandInSystemRoots()
{
    for (const SavedVariable& saved : m_saved) {
        if (saved.wasSet)
            qputenv(saved.name, saved.value);
        else
            qunsetenv(saved.name);
    }
}
