#include "core/ProfileStore.h"

#include "core/SafeText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <unistd.h>
#endif

namespace
{
const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("state/lastProfile");
const QString UrlKey = QStringLiteral("url");
const QString ApiKeyKey = QStringLiteral("apiKey");
const QString CaFileKey = QStringLiteral("caFile");
const QString TimeoutKey = QStringLiteral("timeoutSeconds");
constexpr int MaxNameLength = 64;
constexpr int DefaultTimeoutSeconds = 15;

QString translate(const char* text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString groupFor(const QString& name)
{
    return ProfilesGroup + QLatin1Char('/') + name;
}

QString statusMessage(QSettings::Status status, const QString& path)
{
    switch (status) {
    case QSettings::NoError:
        return QString();
    case QSettings::AccessError:
        return translate("The settings file %1 cannot be read or written: check that its folder exists and is "
                         "writable")
            .arg(path);
    case QSettings::FormatError:
        return translate("The settings file %1 is not a valid settings file: fix it or move it away "
                         "(profiles are not saved until then, so it is not overwritten)")
            .arg(path);
    }
    return QString();
}
// Whether the file on disk holds exactly what settings holds in memory. QSettings shares one parsed
// copy per file name, so the file is read back under a second name (a hard link).
bool matchesDisk(const QSettings& settings)
{
#ifdef Q_OS_UNIX
    const QByteArray file = QFile::encodeName(settings.fileName());
    // A fresh name each time: QSettings caches parsed files by path and trusts the cache when
    // size and modification time (whole seconds) match, which a quick rewrite can do.
    static QAtomicInt serial;
    const QByteArray check =
        file + ".check-" + QByteArray::number(QCoreApplication::applicationPid()) + '-' + QByteArray::number(serial.fetchAndAddRelaxed(1));
    ::unlink(check.constData());
    if (::link(file.constData(), check.constData()) != 0) {
        return true; // cannot check (e.g. no hard links here): trust QSettings
    }
    bool same = false;
    {
        const QSettings onDisk(QFile::decodeName(check), settings.format());
        const QStringList keys = settings.allKeys();
        same = onDisk.status() == QSettings::NoError && keys.size() == onDisk.allKeys().size()
            && std::all_of(keys.cbegin(), keys.cend(), [&](const QString& key) {
                   return onDisk.value(key) == settings.value(key);
               });
    }
    ::unlink(check.constData());
    return same;
#else
    Q_UNUSED(settings);
    return true;
#endif
}
} // namespace

bool Profile::operator==(const Profile& other) const
{
    return name == other.name && url == other.url && apiKey == other.apiKey && caFile == other.caFile
        && timeoutSeconds == other.timeoutSeconds;
}

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings ? settings : new QSettings())
    , m_owned(settings == nullptr)
{ }

ProfileStore::~ProfileStore()
{
    if (m_owned) {
        delete m_settings;
    }
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    result.reserve(names.size());
    for (const QString& name : names) {
        if (!validateName(name).isEmpty()) {
            continue; // hand-edited entries we could not save or address again
        }
        if (const std::optional<Profile> found = profile(name)) {
            result.append(*found);
        }
    }
    std::sort(result.begin(), result.end(), [](const Profile& a, const Profile& b) {
        const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.name < b.name;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (!contains(name)) {
        return std::nullopt;
    }
    m_settings->beginGroup(groupFor(name));
    Profile profile;
    profile.name = name;
    profile.url = m_settings->value(UrlKey).toString();
    profile.apiKey = m_settings->value(ApiKeyKey).toString();
    profile.caFile = m_settings->value(CaFileKey).toString();
    bool ok = false;
    const int timeout = m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(&ok);
    profile.timeoutSeconds = ok && timeout > 0 ? timeout : DefaultTimeoutSeconds;
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::contains(const QString& name) const
{
    if (!validateName(name).isEmpty()) {
        return false;
    }
    m_settings->beginGroup(ProfilesGroup);
    const bool found = m_settings->childGroups().contains(name);
    m_settings->endGroup();
    return found;
}

QString ProfileStore::validateName(const QString& name)
{
    if (name.isEmpty()) {
        return translate("A profile name cannot be empty");
    }
    if (name.trimmed().isEmpty()) {
        return translate("A profile name cannot be only spaces");
    }
    if (name.trimmed() != name) {
        return translate("A profile name cannot start or end with a space");
    }
    if (name.contains(QLatin1Char('/'))) {
        return translate("A profile name cannot contain '/'");
    }
    if (name.contains(QLatin1Char('\\'))) {
        return translate("A profile name cannot contain '\\'");
    }
    if (SafeText::visible(name) != name) {
        return translate("A profile name cannot contain control characters or invisible ones (such as bidi controls or zero-width spaces)");
    }
    if (name.toUcs4().size() > MaxNameLength) {
        return translate("A profile name can have at most %1 characters").arg(MaxNameLength);
    }
    return QString();
}

bool ProfileStore::save(const Profile& profile, QString* error)
{
    const QString invalid = validateName(profile.name);
    if (!invalid.isEmpty()) {
        if (error) {
            *error = invalid;
        }
        return false;
    }
    if (!writable(error)) {
        return false;
    }
    const QString group = groupFor(profile.name);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(UrlKey, profile.url);
    m_settings->setValue(ApiKeyKey, profile.apiKey);
    m_settings->setValue(CaFileKey, profile.caFile);
    m_settings->setValue(TimeoutKey, profile.timeoutSeconds);
    m_settings->endGroup();
    return sync(error);
}

bool ProfileStore::rename(const QString& from, const QString& to, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    const std::optional<Profile> existing = profile(from);
    if (!existing) {
        return fail(translate("There is no profile named \"%1\"").arg(from));
    }
    const QString invalid = validateName(to);
    if (!invalid.isEmpty()) {
        return fail(invalid);
    }
    if (from == to) {
        return true;
    }
    if (contains(to)) {
        return fail(translate("A profile named \"%1\" already exists").arg(to));
    }
    if (!writable(error)) {
        return false;
    }
    Profile renamed = *existing;
    renamed.name = to;
    const bool wasLastUsed = lastUsed() == from;
    m_settings->remove(groupFor(from));
    const QString group = groupFor(to);
    m_settings->beginGroup(group);
    m_settings->setValue(UrlKey, renamed.url);
    m_settings->setValue(ApiKeyKey, renamed.apiKey);
    m_settings->setValue(CaFileKey, renamed.caFile);
    m_settings->setValue(TimeoutKey, renamed.timeoutSeconds);
    m_settings->endGroup();
    if (wasLastUsed) {
        m_settings->setValue(LastProfileKey, to);
    }
    return sync(error);
}

bool ProfileStore::remove(const QString& name, QString* error)
{
    if (!contains(name)) {
        if (error) {
            *error = translate("There is no profile named \"%1\"").arg(name);
        }
        return false;
    }
    if (!writable(error)) {
        return false;
    }
    m_settings->remove(groupFor(name));
    if (lastUsed() == name) {
        m_settings->remove(LastProfileKey);
    }
    return sync(error);
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastProfileKey).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    if (!writable(nullptr)) {
        return;
    }
    m_settings->setValue(LastProfileKey, name);
    sync(nullptr);
}

QString ProfileStore::settingsError() const
{
    m_settings->sync();
    return statusMessage(m_settings->status(), settingsPath());
}

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

bool ProfileStore::writable(QString* error) const
{
    // QSettings rewrites a file it could not parse on the next sync, dropping what it did not
    // understand; some damage only shows up when the file is read again, which sync() does.
    m_settings->sync();
    if (m_settings->status() != QSettings::FormatError) {
        return true;
    }
    if (error) {
        *error = settingsError();
    }
    return false;
}

bool ProfileStore::sync(QString* error) const
{
    // Qt 6.4's QSaveFile ignores a failed flush in commit(): on a full disk (or over a size limit)
    // QSettings replaces the file with a truncated one and reports success. Keep a hard link to
    // the old file and put it back if what landed on disk is not what was written.
    const QString path = settingsPath();
    bool haveBackup = false;
#ifdef Q_OS_UNIX
    const QByteArray file = QFile::encodeName(path);
    const QByteArray backup = file + ".previous";
    ::unlink(backup.constData());
    haveBackup = QFileInfo::exists(path) && ::link(file.constData(), backup.constData()) == 0;
#endif
    m_settings->sync();
    QString message = statusMessage(m_settings->status(), path);
    if (message.isEmpty() && m_settings->isWritable() && !matchesDisk(*m_settings)) {
        message = statusMessage(QSettings::AccessError, path);
    }
#ifdef Q_OS_UNIX
    if (haveBackup) {
        if (message.isEmpty() || std::rename(backup.constData(), file.constData()) != 0) {
            ::unlink(backup.constData());
        }
    }
#endif
    if (message.isEmpty()) {
        return true;
    }
    if (error) {
        *error = message;
    }
    return false;
}
