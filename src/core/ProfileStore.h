#pragma once

#include "core/Defaults.h"
#include "core/ProfilePolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;
class SettingsFile;

/// The non-secret part of a profile. The API secret lives only in SecretStore.
struct Profile
{
    QString name;
    QString url; ///< CAS URL as typed
    QString apiKey;
    QString caFile; ///< optional PEM file
    int timeoutSeconds = Defaults::TimeoutSeconds;

    bool operator==(const Profile& other) const;
    bool operator!=(const Profile& other) const
    {
        return !(*this == other);
    }
};

/// Profiles in QSettings (group "profiles/<name>"), in a stable order (by name).
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    /// Works on file (not owned); on the application's settings file when file is null.
    explicit ProfileStore(SettingsFile* file = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    QList<Profile> profiles() const;
    /// The profiles' names in profiles()'s order, without reading the profiles (the window's list).
    QStringList names() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    /// Empty string when valid; else why not (ProfilePolicy::validateName's message).
    static QString validateName(const QString& name);
    /// The settings group that holds every profile ("profiles").
    static QString settingsGroup();

    /// Adds or replaces. Name (an invalid name) or SettingsFile; ok() when saved.
    [[nodiscard]] ProfileError save(const Profile& profile);
    /// NotFound, Name, NameTaken or SettingsFile; ok() when renamed (or to the same name).
    [[nodiscard]] ProfileError rename(const QString& from, const QString& to);
    /// NotFound or SettingsFile; ok() when removed.
    [[nodiscard]] ProfileError remove(const QString& name);

    QString lastUsed() const;
    void setLastUsed(const QString& name);

    /// Empty when the settings file was read fine; else a message naming the file (unreadable,
    /// or not valid INI). Writes are refused while the file is unreadable, so it is not clobbered.
    QString settingsError() const;
    /// The settings file in use, for messages.
    QString settingsPath() const;

private:
    std::unique_ptr<SettingsFile> m_ownFile;
    SettingsFile* m_file;
    QSettings* m_settings;
    static QString noSuchProfile(const QString& name);
    /// SettingsFile errors: what did not happen (notDone), then why and what to do.
    ProfileError checkWritable(const QString& notDone) const;
    ProfileError commit(const QString& notDone) const;
    Profile read(const QString& name) const; ///< a profile known to exist
};
