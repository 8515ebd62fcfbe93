#include "core/SecretStore.h"

#include "core/KeychainAccess.h"

#include <QEventLoop>

const QString SecretStore::ServiceName = QStringLiteral("cas-console");

namespace
{
void wipe(QByteArray& bytes)
{
    // Best effort: only our own copy is touched; detach() on a shared buffer leaves the other
    // owner's bytes alone, which is what we want.
    if (!bytes.isEmpty()) {
        bytes.fill('\0');
    }
    bytes.clear();
}
} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

QString SecretStore::backendDescription()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("system keychain (Secret Service)");
#endif
}

bool SecretStore::isKeychainReachable()
{
    return KeychainAccess::instance().isReachable();
}

void SecretStore::checkKeychainReachable(QObject* context, const std::function<void(bool reachable)>& answer)
{
    KeychainAccess::instance().checkReachable(context, answer);
}

void SecretStore::read(const QString& profileName, ReadCallback callback)
{
    KeychainAccess::instance().read(this, ServiceName, profileName, QString(), std::move(callback));
}

void SecretStore::write(const QString& profileName, const QByteArray& secret, DoneCallback callback)
{
    KeychainAccess::instance().write(this, ServiceName, profileName, QString(), secret, std::move(callback));
}

void SecretStore::remove(const QString& profileName, DoneCallback callback)
{
    KeychainAccess::instance().remove(this, ServiceName, profileName, QString(), std::move(callback));
}

void SecretStore::readItem(const QString& service, const QString& key, const QString& what, ReadCallback callback)
{
    KeychainAccess::instance().read(this, service, key, what, std::move(callback));
}

void SecretStore::writeItem(const QString& service, const QString& key, const QString& what, const QByteArray& secret,
                            DoneCallback callback)
{
    KeychainAccess::instance().write(this, service, key, what, secret, std::move(callback));
}

void SecretStore::removeItem(const QString& service, const QString& key, const QString& what, DoneCallback callback)
{
    KeychainAccess::instance().remove(this, service, key, what, std::move(callback));
}

void SecretStore::move(const QString& fromProfile, const QString& toProfile, const DoneCallback& callback)
{
    if (fromProfile == toProfile) {
        // Read, write and delete of the same key would end with no secret at all.
        QMetaObject::invokeMethod(
            this,
            [callback]() {
                callback(SecretError());
            },
            Qt::QueuedConnection);
        return;
    }
    read(fromProfile, [this, fromProfile, toProfile, callback](std::optional<QByteArray> secret, const SecretError& readError) {
        if (!readError.ok() || !secret) {
            callback(readError);
            return;
        }
        QByteArray copy = *secret;
        wipe(*secret);
        write(toProfile, copy, [this, fromProfile, toProfile, callback](const SecretError& writeError) {
            if (!writeError.ok()) {
                callback(writeError);
                return;
            }
            remove(fromProfile, [fromProfile, toProfile, callback](const SecretError& removeError) {
                if (removeError.ok()) {
                    callback(removeError);
                    return;
                }
                SecretError error = removeError;
                error.message = tr("The secret was copied to profile \"%1\" but could not be deleted from "
                                   "profile \"%2\": %3")
                                    .arg(toProfile, fromProfile, removeError.message);
                callback(error);
            });
        });
        wipe(copy);
    });
}

void SecretStore::block(const std::function<void(const std::function<void()>& done)>& start)
{
    QEventLoop loop;
    bool finished = false;
    start([&finished, &loop]() {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

std::optional<QByteArray> SecretStore::readBlocking(const QString& profileName, SecretError* error)
{
    std::optional<QByteArray> result;
    SecretError outcome;
    block([&](const std::function<void()>& done) {
        read(profileName, [&result, &outcome, done](std::optional<QByteArray> secret, const SecretError& readError) {
            result = std::move(secret);
            outcome = readError;
            done();
        });
    });
    if (error) {
        *error = outcome;
    }
    return result;
}

SecretError SecretStore::writeBlocking(const QString& profileName, const QByteArray& secret)
{
    SecretError outcome;
    block([&](const std::function<void()>& done) {
        write(profileName, secret, [&outcome, done](const SecretError& error) {
            outcome = error;
            done();
        });
    });
    return outcome;
}

SecretError SecretStore::moveBlocking(const QString& fromProfile, const QString& toProfile)
{
    SecretError outcome;
    block([&](const std::function<void()>& done) {
        move(fromProfile, toProfile, [&outcome, done](const SecretError& error) {
            outcome = error;
            done();
        });
    });
    return outcome;
}

SecretError SecretStore::removeBlocking(const QString& profileName)
{
    SecretError outcome;
    block([&](const std::function<void()>& done) {
        remove(profileName, [&outcome, done](const SecretError& error) {
            outcome = error;
            done();
        });
    });
    return outcome;
}

SecretError SecretStore::removeItemBlocking(const QString& service, const QString& key, const QString& what)
{
    SecretError outcome;
    block([&](const std::function<void()>& done) {
        removeItem(service, key, what, [&outcome, done](const SecretError& error) {
            outcome = error;
            done();
        });
    });
    return outcome;
}
