#include "core/SettingsFile.h"

#include <QAtomicInt>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <unistd.h>
#endif

namespace
{
QString statusMessage(QSettings::Status status, const QString& path)
{
    switch (status) {
    case QSettings::NoError:
        return QString();
    case QSettings::AccessError:
        return SettingsFile::tr("The settings file %1 cannot be read or written: check that its folder exists and is "
                                "writable")
            .arg(path);
    case QSettings::FormatError:
        return SettingsFile::tr("The settings file %1 is not a valid settings file: fix it or move it away "
                                "(profiles are not saved until then, so it is not overwritten)")
            .arg(path);
    }
    return QString();
}

// What the file on disk holds, key by key; nullopt when it cannot be read on its own. QSettings
// shares one parsed copy per file name, so the file is read back under a second name (a hard link).
std::optional<QVariantMap> diskValues(const QSettings& settings)
{
#ifdef Q_OS_UNIX
    const QByteArray file = QFile::encodeName(settings.fileName());
    if (!QFileInfo::exists(settings.fileName())) {
        return QVariantMap();
    }
    // A fresh name each time: QSettings caches parsed files by path and trusts the cache when
    // size and modification time (whole seconds) match, which a quick rewrite can do.
    static QAtomicInt serial;
    const QByteArray check =
        file + ".check-" + QByteArray::number(QCoreApplication::applicationPid()) + '-' + QByteArray::number(serial.fetchAndAddRelaxed(1));
    ::unlink(check.constData());
    if (::link(file.constData(), check.constData()) != 0) {
        return std::nullopt; // no hard links here
    }
    std::optional<QVariantMap> values;
    {
        const QSettings onDisk(QFile::decodeName(check), settings.format());
        if (onDisk.status() == QSettings::NoError) {
            values.emplace();
            const QStringList keys = onDisk.allKeys();
            for (const QString& key : keys) {
                values->insert(key, onDisk.value(key));
            }
        }
    }
    ::unlink(check.constData());
    return values;
#else
    Q_UNUSED(settings);
    return std::nullopt;
#endif
}

// Whether the file on disk holds exactly what settings holds in memory.
bool matchesDisk(const QSettings& settings)
{
    const std::optional<QVariantMap> disk = diskValues(settings);
    if (!disk) {
        return true; // cannot check: trust QSettings
    }
    const QStringList keys = settings.allKeys();
    return keys.size() == disk->size() && std::all_of(keys.cbegin(), keys.cend(), [&](const QString& key) {
               return disk->value(key) == settings.value(key);
           });
}

// After a failed write, what this process holds becomes what the file holds again: a change that
// did not reach the disk is neither shown as saved nor written later by another store's commit.
void revertToDisk(QSettings& settings)
{
    const std::optional<QVariantMap> disk = diskValues(settings);
    if (!disk || !settings.group().isEmpty()) {
        return;
    }
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        if (!disk->contains(key)) {
            settings.remove(key);
        }
    }
    for (auto it = disk->cbegin(); it != disk->cend(); ++it) {
        if (settings.value(it.key()) != it.value()) {
            settings.setValue(it.key(), it.value());
        }
    }
}
} // namespace

SettingsFile::SettingsFile()
    : m_settings(std::make_unique<QSettings>())
{ }

SettingsFile::SettingsFile(const QString& path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

SettingsFile::~SettingsFile() = default;

QSettings& SettingsFile::settings() const
{
    return *m_settings;
}

QString SettingsFile::path() const
{
    return m_settings->fileName();
}

QString SettingsFile::companionPath(const QString& name) const
{
    const QFileInfo info(path());
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + name + suffix);
}

QString SettingsFile::readError() const
{
    m_settings->sync();
    return statusMessage(m_settings->status(), path());
}

bool SettingsFile::writable(QString* error) const
{
    // QSettings rewrites a file it could not parse on the next sync, dropping what it did not
    // understand; some damage only shows up when the file is read again, which sync() does.
    m_settings->sync();
    if (m_settings->status() != QSettings::FormatError) {
        return true;
    }
    if (error) {
        *error = readError();
    }
    return false;
}

bool SettingsFile::commit(QString* error) const
{
    // Keep a hard link to the old file and put it back if what landed on disk is not what was written.
    const QString file = path();
    bool haveBackup = false;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(file);
    const QByteArray backup = name + ".previous";
    ::unlink(backup.constData());
    haveBackup = QFileInfo::exists(file) && ::link(name.constData(), backup.constData()) == 0;
#endif
    m_settings->sync();
    QString message = statusMessage(m_settings->status(), file);
    if (message.isEmpty() && m_settings->isWritable() && !matchesDisk(*m_settings)) {
        message = statusMessage(QSettings::AccessError, file);
    }
#ifdef Q_OS_UNIX
    if (haveBackup) {
        if (message.isEmpty() || std::rename(backup.constData(), name.constData()) != 0) {
            ::unlink(backup.constData());
        }
    }
#endif
    if (message.isEmpty()) {
        return true;
    }
    revertToDisk(*m_settings);
    if (error) {
        *error = message;
    }
    return false;
}
