#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QTemporaryDir>

/// A stand-in for the system's trusted roots while it lives, where OpenSSL looks for them: a
/// directory holding the roots under their subject hashes (as c_rehash names them), named by
/// SSL_CERT_DIR; or, as some systems keep them, only a bundle file (SSL_CERT_FILE) beside a
/// directory without hash names.
class StandInSystemRoots
{
public:
    enum class Layout {
        HashedDirectory,
        BundleOnly,
    };

    explicit StandInSystemRoots(const QList<QSslCertificate>& roots, Layout layout = Layout::HashedDirectory);
    ~StandInSystemRoots();
    StandInSystemRoots(const StandInSystemRoots&) = delete;
    StandInSystemRoots& operator=(const StandInSystemRoots&) = delete;

    bool isValid() const
    {
        return m_valid;
    }

private:
    struct SavedVariable
    {
        const char* name;
        QByteArray value;
        bool wasSet;
    };

    QTemporaryDir m_dir;
    QList<SavedVariable> m_saved;
    bool m_valid = false;
};
