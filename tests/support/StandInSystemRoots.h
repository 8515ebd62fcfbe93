#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QTemporaryDir>

/// A stand-in for the system's trusted roots while it lives: a directory holding the roots under
/// their subject hashes (as c_rehash names them), named by SSL_CERT_DIR, where OpenSSL looks.
class StandInSystemRoots
{
public:
    explicit StandInSystemRoots(const QList<QSslCertificate>& roots);
    ~StandInSystemRoots();
    StandInSystemRoots(const StandInSystemRoots&) = delete;
    StandInSystemRoots& operator=(const StandInSystemRoots&) = delete;

    bool isValid() const
    {
        return m_valid;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_hadPrevious = false;
    bool m_valid = false;
};
