#pragma once

#include "core/Defaults.h"
#include "core/SecretStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSettings;
class SettingsFile;

/// One token fetched for a profile. The token itself is not here: it is a credential, read with
/// HistoryStore::readToken().
struct HistoryEntry
{
    QString id; ///< a UUID, also the token's keychain key
    QString profile;
    QDateTime fetchedAt; ///< UTC
    QString rid; ///< the token's "rid" claim as carried, empty when absent
    std::optional<qint64> exp;
    std::optional<qint64> iat;
    int httpStatus = 0;
    bool pinned = false; ///< the session token handed to a second client
    bool sessionOnly = false; ///< its token is in this process's memory only (no keychain)
};

/// Every token fetched, per profile, newest first, at most MaxPerProfile per profile.
///
/// Where things live:
///  - the metadata (HistoryEntry without sessionOnly) in a file of its own beside the settings
///    file (SettingsFile::companionPath("history"): ~/.config/cas-console/cas-console-history.conf),
///    group "history/<profile>", read on first use. Entries an older version kept in the settings
///    file move there the first time it is read, so the settings file stays small for every start;
///  - the token in the OS keychain through SecretStore, service "cas-console-history" (ServiceName),
///    key = the entry id. A service of its own, so no history key can ever equal a profile's secret
///    key (service "cas-console", key = profile name), whatever the profiles are called; and since
///    the key does not name the profile, a rename moves only metadata.
///  - with no keychain reachable (or a write refused), the entry and its token stay in memory for
///    this session only: never a token in a file.
///
/// Eviction: the pinned entry counts towards the limit but is never evicted; the oldest unpinned
/// entry goes, with its keychain value. A token the keychain cannot give back (locked, missing) is
/// reported, never a reason to drop the entry.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPerProfile = 50;
    /// A longer rid claim is cut to this many characters (the last one an ellipsis) before it is
    /// kept: what a hostile CAS sends cannot grow the settings file.
    static constexpr int MaxRidChars = 256;
    /// All entries together, as kept in the settings file; the oldest unpinned ones go first.
    static constexpr qint64 MaxStoredBytes = 256 * Defaults::KiB;
    static const QString ServiceName; ///< "cas-console-history"

    using AddCallback = std::function<void(const HistoryEntry& entry, const SecretError& error)>;
    using TokenCallback = std::function<void(std::optional<QString> token, const SecretError& error)>;
    using DoneCallback = std::function<void(const SecretError& error)>;

    /// Keeps its entries beside settings (the application's settings file when null); neither
    /// secrets nor settings is owned, and settings must outlive the store.
    explicit HistoryStore(SecretStore* secrets, SettingsFile* settings = nullptr, QObject* parent = nullptr);

    /// The file the entries are kept in.
    QString filePath() const;
    ~HistoryStore() override;

    QList<HistoryEntry> entries(const QString& profile) const; ///< newest first
    std::optional<HistoryEntry> entry(const QString& entryId) const;
    std::optional<HistoryEntry> pinned(const QString& profile) const;
    QStringList profiles() const; ///< profiles that have history

    /// Records a fetched token (rid, exp and iat are read from it). The entry shows at once;
    /// done runs once the token is in the keychain, or kept in memory (error says why).
    void add(const QString& profile, const QString& token, int httpStatus, AddCallback done = {});
    /// The entry's token; NotFoundOrLocked with "token not available (keychain locked?)" when the
    /// keychain does not give it back. Unknown ids fail with NotFoundOrLocked too.
    void readToken(const QString& entryId, const TokenCallback& done);
    /// At most one pinned entry per profile: pinning one unpins the others.
    void setPinned(const QString& entryId, bool pinned);
    /// Forgets the profile's entries at once and deletes their tokens from the keychain.
    void clearProfile(const QString& profile, DoneCallback done = {});
    /// Deletes the profile's tokens from the keychain, keeping its entries (ProfileRemoval forgets
    /// them only once every token is gone). done gets the first failure.
    void removeTokens(const QString& profile, DoneCallback done);
    /// Forgets the profile's entries (memory and settings file) without touching the keychain.
    void forgetProfile(const QString& profile);
    /// The keychain keys of the profile's stored tokens.
    QStringList tokenKeys(const QString& profile) const;
    /// Moves the history of from to to (merged and bounded if to already has some).
    void renameProfile(const QString& from, const QString& to, DoneCallback done = {});

    /// Empty while tokens go to the keychain; else why they are kept for this session only.
    QString statusText() const;
    /// Asks D-Bus (blocking) the first time unless setKeychainAvailable() told first.
    bool keychainAvailable() const;
    /// What an asynchronous check found (SecretStore::checkKeychainReachable); a window tells the
    /// store this way, so nothing at start waits for D-Bus. statusChanged follows when it matters.
    void setKeychainAvailable(bool available);
    /// What the view shows for a token the keychain did not give back.
    static QString tokenUnavailableText();

signals:
    void changed(const QString& profile);
    void statusChanged(const QString& text);

private:
    struct Item
    {
        HistoryEntry entry;
        QString sessionToken; ///< only while sessionOnly, or until the keychain write finishes
        bool writing = false;
    };

    /// The history file is opened and its entries read on first use.
    void ensureLoaded() const;
    /// Moves entries kept in the settings file by an older version into the history file.
    void moveFromSettingsFile();
    void load();
    void persist(const QString& profile);
    /// Writes the profile's entries into the settings object without committing the file.
    bool stage(const QString& profile);
    void setStatus(const QString& text);
    QList<Item>* itemsOf(const QString& profile);
    Item* find(const QString& entryId);
    /// Drops entries beyond MaxPerProfile, then beyond MaxStoredBytes over all profiles; returns
    /// the keychain keys to remove.
    QStringList enforceBound(const QString& profile);
    /// The byte bound; persists the other profiles it touched (profile is the caller's to persist).
    QStringList enforceTotalBound(const QString& profile);
    void removeValues(const QStringList& ids, DoneCallback done);

    SecretStore* m_secrets;
    std::unique_ptr<SettingsFile> m_ownSettings;
    SettingsFile* m_settingsFile; ///< the application's settings: where the history file is, and older entries
    std::unique_ptr<SettingsFile> m_file; ///< the history file, from the first use
    QSettings* m_settings = nullptr; ///< the history file's contents
    std::optional<bool> m_keychainAvailable;
    bool m_loaded = false;
    QString m_status;
    QHash<QString, QList<Item>> m_items; ///< profile → newest first
};
