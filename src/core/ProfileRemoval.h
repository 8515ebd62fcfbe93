#pragma once

#include "core/ProfilePolicy.h"
#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class HistoryStore;
class ProfileStore;

/// What removing a profile did.
struct ProfileRemovalResult
{
    bool removed = false; ///< the profile is gone from the settings file
    /// The first keychain failure; when removed is false because of it, nothing was removed.
    SecretError keychainError;
    /// What stays in the keychain after a forced removal, for a person ("the API secret").
    QStringList notDeleted;
    /// Why the settings file still holds the profile (SettingsFile, or NotFound if it was gone).
    ProfileError profileError;
};

/// Removes a profile with everything kept for it: its API secret and history tokens in the
/// keychain, its history records and the profile itself in the settings file. The keychain goes
/// first: if an entry cannot be deleted (keychain locked or unreachable), the profile is kept, so a
/// later profile of the same name cannot inherit the secret. With force, the profile is removed
/// anyway and the result lists what could not be deleted. Used by the window and the command line.
class ProfileRemoval
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRemoval)

public:
    using Done = std::function<void(const ProfileRemovalResult& result)>;

    /// Asynchronous; done runs once, on this thread. The stores must outlive the removal.
    static void start(const QString& name, bool force, ProfileStore& profiles, HistoryStore& history, SecretStore& secrets, Done done);
    /// Blocking (a local event loop), for the command line only.
    static ProfileRemovalResult run(const QString& name, bool force, ProfileStore& profiles, HistoryStore& history, SecretStore& secrets);
};
