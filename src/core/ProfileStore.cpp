#include "core/ProfileStore.h"

#include "core/Defaults.h"
#include "core/ProfilePolicy.h"
#include "core/SettingsFile.h"

#include <QSettings>

#include <algorithm>

namespace
{
const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("state/lastProfile");
const QString UrlKey = QStringLiteral("url");
const QString ApiKeyKey = QStringLiteral("apiKey");
const QString CaFileKey = QStringLiteral("caFile");
const QString TimeoutKey = QStringLiteral("timeoutSeconds");

QString groupFor(const QString& name)
{
    return ProfilesGroup + QLatin1Char('/') + name;
}

} // namespace

bool Profile::operator==(const Profile& other) const
{
    return name == other.name && url == other.url && apiKey == other.apiKey && caFile == other.caFile
        && timeoutSeconds == other.timeoutSeconds;
}

ProfileStore::ProfileStore(SettingsFile* file)
    : m_ownFile(file ? nullptr : std::make_unique<SettingsFile>())
    , m_file(file ? file : m_ownFile.get())
    , m_settings(&m_file->settings())
{ }

ProfileStore::~ProfileStore() = default;

namespace
{
/// Case-insensitive order, and a stable one for names that differ only in case.
bool namedBefore(const QString& a, const QString& b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}
} // namespace

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    // Hand-edited entries we could not save or address again are left out.
    names.removeIf([](const QString& name) {
        return !validateName(name).isEmpty();
    });
    std::sort(names.begin(), names.end(), namedBefore);
    return names;
}

QList<Profile> ProfileStore::profiles() const
{
    const QStringList all = names();
    QList<Profile> result;
    result.reserve(all.size());
    for (const QString& name : all) {
        // Read directly: profile() would list the groups again for each name.
        result.append(read(name));
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (!contains(name)) {
        return std::nullopt;
    }
    return read(name);
}

Profile ProfileStore::read(const QString& name) const
{
    m_settings->beginGroup(groupFor(name));
    Profile profile;
    profile.name = name;
    profile.url = m_settings->value(UrlKey).toString();
    profile.apiKey = m_settings->value(ApiKeyKey).toString();
    profile.caFile = m_settings->value(CaFileKey).toString();
    bool ok = false;
    const int timeout = m_settings->value(TimeoutKey, Defaults::TimeoutSeconds).toInt(&ok);
    profile.timeoutSeconds = ok && timeout > 0 ? timeout : Defaults::TimeoutSeconds;
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

QString ProfileStore::settingsGroup()
{
    return ProfilesGroup;
}

QString ProfileStore::validateName(const QString& name)
{
    return ProfilePolicy::validateName(name).message;
}

ProfileError ProfileStore::save(const Profile& profile)
{
    if (ProfileError invalid = ProfilePolicy::validateName(profile.name); !invalid.ok()) {
        return invalid;
    }
    const QString notDone = tr("Profile \"%1\" was not saved.").arg(profile.name);
    if (ProfileError unwritable = checkWritable(notDone); !unwritable.ok()) {
        return unwritable;
    }
    const QString group = groupFor(profile.name);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(UrlKey, profile.url);
    m_settings->setValue(ApiKeyKey, profile.apiKey);
    m_settings->setValue(CaFileKey, profile.caFile);
    m_settings->setValue(TimeoutKey, profile.timeoutSeconds);
    m_settings->endGroup();
    return commit(notDone);
}

ProfileError ProfileStore::rename(const QString& from, const QString& to)
{
    const std::optional<Profile> existing = profile(from);
    if (!existing) {
        return {ProfileError::Kind::NotFound, noSuchProfile(from)};
    }
    if (ProfileError invalid = ProfilePolicy::validateName(to); !invalid.ok()) {
        return invalid;
    }
    if (from == to) {
        return {};
    }
    if (contains(to)) {
        return {ProfileError::Kind::NameTaken, tr("A profile named \"%1\" exists already: choose another name.").arg(to)};
    }
    const QString notDone = tr("Profile \"%1\" was not renamed.").arg(from);
    if (ProfileError unwritable = checkWritable(notDone); !unwritable.ok()) {
        return unwritable;
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
    return commit(notDone);
}

ProfileError ProfileStore::remove(const QString& name)
{
    if (!contains(name)) {
        return {ProfileError::Kind::NotFound, noSuchProfile(name)};
    }
    const QString notDone = tr("Profile \"%1\" was not removed.").arg(name);
    if (ProfileError unwritable = checkWritable(notDone); !unwritable.ok()) {
        return unwritable;
    }
    m_settings->remove(groupFor(name));
    if (lastUsed() == name) {
        m_settings->remove(LastProfileKey);
    }
    return commit(notDone);
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastProfileKey).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    // Selecting the profile that was last used (every start does) writes nothing.
    if (lastUsed() == name || !m_file->writable(nullptr)) {
        return;
    }
    m_settings->setValue(LastProfileKey, name);
    m_file->commit(nullptr);
}

QString ProfileStore::settingsError() const
{
    return m_file->readError();
}

QString ProfileStore::settingsPath() const
{
    return m_file->path();
}

QString ProfileStore::noSuchProfile(const QString& name)
{
    return tr("There is no profile named \"%1\": it was renamed or removed meanwhile, or the name is misspelt.").arg(name);
}

ProfileError ProfileStore::checkWritable(const QString& notDone) const
{
    QString problem;
    if (m_file->writable(&problem)) {
        return {};
    }
    return {ProfileError::Kind::SettingsFile, notDone + QLatin1Char(' ') + problem};
}

ProfileError ProfileStore::commit(const QString& notDone) const
{
    QString problem;
    if (m_file->commit(&problem)) {
        return {};
    }
    return {ProfileError::Kind::SettingsFile, notDone + QLatin1Char(' ') + problem};
}
