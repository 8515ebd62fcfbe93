#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class SecretStore;
struct SecretError;

/// API secrets held in this process's memory for one session: the demo's, a secret typed while
/// no keychain can take it, and a secret until its keychain write has finished. Values are
/// overwritten with zeros when removed or replaced, once stored in the keychain, on clear()
/// (called on quit) and on destruction. Nothing here is ever written anywhere else.
class SessionSecrets : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const SecretError& error)>;

    /// store is not owned and must outlive this object.
    explicit SessionSecrets(SecretStore* store, QObject* parent = nullptr);
    ~SessionSecrets() override;

    bool contains(const QString& profile) const;
    /// An empty array when there is none.
    QByteArray value(const QString& profile) const;
    /// Keeps secret for this session only (the demo secret, a secret with nowhere to go).
    void insert(const QString& profile, const QByteArray& secret);
    void remove(const QString& profile);
    /// Moves the secret held for from (if any) to to.
    void rename(const QString& from, const QString& to);
    /// Wipes every value; the application calls this on quit.
    void clear();

    /// Holds secret in memory at once (usable while the job runs) and writes it to the keychain.
    /// Once stored, the memory copy is wiped; on failure it stays for this session (no plaintext
    /// fallback) and a NoKeychain error marks the keychain unreachable. done(error) runs after.
    void save(const QString& profile, const QByteArray& secret, DoneCallback done = {});
    /// Whether a keychain write for profile is still running.
    bool isSaving(const QString& profile) const;

    /// Whether a keychain can be reached: asked once, then remembered (and set false by a
    /// NoKeychain error), so the window does not ask D-Bus on every repaint.
    bool keychainReachable();
    /// What is known without asking D-Bus: nothing until keychainReachable() asked or
    /// setKeychainReachable() told (a window checks asynchronously and tells).
    std::optional<bool> knownKeychainReachable() const;
    void setKeychainReachable(bool reachable);

signals:
    /// A save finished (stored, or kept in memory only).
    void saveFinished(const QString& profile);

private:
    SecretStore* m_store;
    QHash<QString, QByteArray> m_values;
    QHash<QString, int> m_saving; ///< keychain writes still running, per profile
    std::optional<bool> m_keychainReachable;
};
