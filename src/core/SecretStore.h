#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

/// A typed keychain error. NotFoundOrLocked is what QtKeychain reports both for a missing entry
/// and for a locked keyring, so it is never proof that no secret exists.
struct SecretError
{
    enum class Kind {
        None,
        NotFoundOrLocked, ///< no entry, or the keyring is locked: never overwrite on this
        NoKeychain, ///< no Secret Service / D-Bus session / backend
        AccessDenied, ///< locked keyring on write, or the user refused
        Failed, ///< any other keychain failure
    };
    Kind kind = Kind::None;
    QString message; ///< for a person; never contains a secret
    /// What the keychain itself said (QtKeychain, libsecret, D-Bus), for a Details part; never a
    /// secret. Empty when it said nothing.
    QString detail;

    bool ok() const
    {
        return kind == Kind::None;
    }
};

/// The one place API secrets are kept: the OS keychain through QtKeychain
/// (service "cas-console", one entry per profile name). No plaintext fallback, ever.
/// Secrets are stored as text, so `secret-tool lookup server cas-console user NAME` prints one;
/// an entry written as binary by an older version is rewritten as text when it is read.
/// A remove succeeds only when the entry is gone: a locked keyring that hides it is AccessDenied.
/// Jobs are asynchronous; callbacks run on the caller's thread via the event loop.
namespace QKeychain
{
class Job;
}

class SecretStore : public QObject
{
    Q_OBJECT
public:
    static const QString ServiceName; ///< "cas-console"

    using ReadCallback = std::function<void(std::optional<QByteArray> secret, const SecretError& error)>;
    using DoneCallback = std::function<void(const SecretError& error)>;

    explicit SecretStore(QObject* parent = nullptr);

    /// Where secrets go, for the UI: "system keychain (Secret Service)" (platform-specific).
    static QString backendDescription();
    /// Whether a keychain service is reachable at all (cheap; no job).
    static bool isKeychainReachable();
    /// The same question without blocking: answer(reachable) runs later, from context's event loop
    /// (not at all if context is gone by then).
    static void checkKeychainReachable(QObject* context, const std::function<void(bool reachable)>& answer);

    void read(const QString& profileName, ReadCallback callback);
    void write(const QString& profileName, const QByteArray& secret, DoneCallback callback);
    void remove(const QString& profileName, DoneCallback callback);
    /// Rename: read old, write new, delete old. On NotFoundOrLocked nothing is written or deleted.
    void move(const QString& fromProfile, const QString& toProfile, const DoneCallback& callback);

    /// Generic items for other stores that keep credentials (the token history): same keychain,
    /// error kinds and no-fallback rule, under a service and key the caller chooses. `what` names
    /// the item in messages ("token of a history entry"); it must not contain the secret.
    void readItem(const QString& service, const QString& key, const QString& what, ReadCallback callback);
    void writeItem(const QString& service, const QString& key, const QString& what, const QByteArray& secret, DoneCallback callback);
    void removeItem(const QString& service, const QString& key, const QString& what, DoneCallback callback);

    /// Blocking helpers for the command line (spin a local event loop). Never call from GUI code.
    std::optional<QByteArray> readBlocking(const QString& profileName, SecretError* error);
    SecretError writeBlocking(const QString& profileName, const QByteArray& secret);
    SecretError removeBlocking(const QString& profileName);
    SecretError moveBlocking(const QString& fromProfile, const QString& toProfile);
    SecretError removeItemBlocking(const QString& service, const QString& key, const QString& what);

private:
    // One job starter per operation; `what` empty means the secret of profile `key`.
    static QKeychain::Job* startJob(QKeychain::Job* job, const QString& key);
    void startRead(const QString& service, const QString& key, const QString& what, ReadCallback callback);
    void startWrite(const QString& service, const QString& key, const QString& what, const QByteArray& secret, DoneCallback callback);
    void startRemove(const QString& service, const QString& key, const QString& what, DoneCallback callback);
    void rewriteBinaryEntry(const QString& service, const QString& key, const QByteArray& secret);
    /// Runs start(done) and a local event loop until done() is called.
    static void block(const std::function<void(const std::function<void()>& done)>& start);
};
