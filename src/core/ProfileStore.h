#pragma once

#include "core/Defaults.h"

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
public:
    /// Works on file (not owned); on the application's settings file when file is null.
    explicit ProfileStore(SettingsFile* file = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    /// Empty string when valid; else why not (ProfilePolicy::validateName's message).
    static QString validateName(const QString& name);

    /// Adds or replaces. Returns false with *error on an invalid name or an unwritable settings file.
    bool save(const Profile& profile, QString* error = nullptr);
    bool rename(const QString& from, const QString& to, QString* error = nullptr);
    bool remove(const QString& name, QString* error = nullptr);

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
    bool sync(QString* error) const;
    Profile read(const QString& name) const; ///< a profile known to exist
    bool writable(QString* error) const;
};
