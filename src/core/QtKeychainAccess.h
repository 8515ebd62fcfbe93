#pragma once

#include "core/KeychainAccess.h"

/// KeychainAccess through QtKeychain (no plaintext fallback) and, for what QtKeychain cannot
/// tell (a locked keyring, an entry of the other type), the Secret Service's own D-Bus API.
class QtKeychainAccess : public KeychainAccess
{
public:
    static KeychainAccess& instance();
    /// Whether a Secret Service is registered or activatable on the session bus (cheap; no job).
    static bool reachable();

    bool isReachable() override;
    void checkReachable(QObject* context, const std::function<void(bool reachable)>& answer) override;
    void read(QObject* context, const QString& service, const QString& key, const QString& what,
              SecretStore::ReadCallback callback) override;
    void write(QObject* context, const QString& service, const QString& key, const QString& what, const QByteArray& secret,
               SecretStore::DoneCallback callback) override;
    void remove(QObject* context, const QString& service, const QString& key, const QString& what,
                SecretStore::DoneCallback callback) override;

private:
    void rewriteBinaryEntry(QObject* context, const QString& service, const QString& key, const QByteArray& secret);
};
