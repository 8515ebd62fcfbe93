#include "core/KeychainAccess.h"

#include <QMetaObject>

#ifdef CASCONSOLE_KEYCHAIN_MODULE
#include "core/PrivateModule.h"
#else
#include "core/QtKeychainAccess.h"
#endif

#ifdef CASCONSOLE_KEYCHAIN_MODULE
namespace
{
// Stands in when the module cannot be loaded: every operation fails, later, as with no keychain.
class MissingKeychain : public KeychainAccess
{
public:
    explicit MissingKeychain(const QString& reason)
        : m_reason(reason)
    { }

    bool isReachable() override
    {
        return false;
    }
    void checkReachable(QObject* context, const std::function<void(bool reachable)>& answer) override
    {
        QMetaObject::invokeMethod(
            context,
            [answer]() {
                answer(false);
            },
            Qt::QueuedConnection);
    }
    void read(QObject* context, const QString&, const QString&, const QString&, SecretStore::ReadCallback callback) override
    {
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), error = error()]() {
                callback(std::nullopt, error);
            },
            Qt::QueuedConnection);
    }
    void write(QObject* context, const QString&, const QString&, const QString&, const QByteArray&,
               SecretStore::DoneCallback callback) override
    {
        done(context, std::move(callback));
    }
    void remove(QObject* context, const QString&, const QString&, const QString&, SecretStore::DoneCallback callback) override
    {
        done(context, std::move(callback));
    }

private:
    SecretError error() const
    {
        SecretError error;
        error.kind = SecretError::Kind::NoKeychain;
        error.message = SecretStore::tr("The keychain cannot be reached: this installation lacks its keychain module (%1). "
                                        "Reinstall cas-console, or pass the secret with --secret-stdin / CAS_API_SECRET")
                            .arg(m_reason);
        return error;
    }
    void done(QObject* context, SecretStore::DoneCallback callback) const
    {
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), error = error()]() {
                callback(error);
            },
            Qt::QueuedConnection);
    }

    QString m_reason;
};

KeychainAccess& load()
{
    QString error;
    void* entry = PrivateModule::entry(CASCONSOLE_KEYCHAIN_MODULE, "casconsole_keychain_access", &error);
    if (!entry) {
        static MissingKeychain missing(error);
        return missing;
    }
    return *reinterpret_cast<KeychainAccess* (*)()>(entry)();
}
} // namespace
#endif

KeychainAccess& KeychainAccess::instance()
{
#ifdef CASCONSOLE_KEYCHAIN_MODULE
    static KeychainAccess& access = load();
    return access;
#else
    return QtKeychainAccess::instance();
#endif
}
