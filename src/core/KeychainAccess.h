#pragma once

#include "core/SecretStore.h"

class QObject;

/// How SecretStore reaches the system keychain: QtKeychain's jobs and, on Linux, the Secret
/// Service over D-Bus (QtKeychainAccess). On Linux that implementation is a module
/// (libcasconsole_keychain.so) loaded on first use, so a command that never touches the keychain
/// loads neither QtKeychain nor Qt D-Bus. `what` empty means the secret of profile `key`;
/// callbacks run on context's thread, later, and are dropped once context is destroyed.
class KeychainAccess
{
public:
    virtual ~KeychainAccess() = default;

    /// The implementation, loaded on the first call. If the module cannot be loaded, one whose
    /// every operation fails with SecretError::Kind::NoKeychain, saying why.
    static KeychainAccess& instance();

    virtual bool isReachable() = 0;
    /// isReachable() without blocking: answer runs later from context's event loop.
    virtual void checkReachable(QObject* context, const std::function<void(bool reachable)>& answer) = 0;
    virtual void read(QObject* context, const QString& service, const QString& key, const QString& what,
                      SecretStore::ReadCallback callback) = 0;
    virtual void write(QObject* context, const QString& service, const QString& key, const QString& what, const QByteArray& secret,
                       SecretStore::DoneCallback callback) = 0;
    virtual void remove(QObject* context, const QString& service, const QString& key, const QString& what,
                        SecretStore::DoneCallback callback) = 0;
};
