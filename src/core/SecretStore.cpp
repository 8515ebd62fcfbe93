#include "core/SecretStore.h"

#include <QEventLoop>
#include <QLibrary>
#include <qt6keychain/keychain.h>

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

#include <memory>

const QString SecretStore::ServiceName = QStringLiteral("cas-console");

namespace
{
enum class Operation { Read, Write, Remove };

void wipe(QByteArray& bytes)
{
    // Best effort: only our own copy is touched; detach() on a shared buffer leaves the other
    // owner's bytes alone, which is what we want.
    if (!bytes.isEmpty()) {
        bytes.fill('\0');
    }
    bytes.clear();
}

bool mentionsMissingSession(const QString& errorString)
{
    static const QLatin1String markers[] = {
        QLatin1String("autolaunch"),
        QLatin1String("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1String("Could not connect"),
        QLatin1String("Failed to connect to socket"),
        QLatin1String("was not provided by any .service files"),
    };
    for (const QLatin1String& marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

// QtKeychain talks to the Secret Service through libsecret, which uses GLib's shared session-bus
// connection. GLib makes that connection raise SIGTERM in the whole process when the bus goes away
// (exit-on-close), so a restarted session bus would kill the app. Turn that off before each job;
// the symbols are looked up at run time because only GLib's library, not its headers, is a dependency.
void keepProcessWhenBusCloses()
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return;
    }
    using BusGet = void* (*)(int busType, void* cancellable, void** error);
    using SetExitOnClose = void (*)(void* connection, int exitOnClose);
    using Unref = void (*)(void* object);
    static const auto busGet = reinterpret_cast<BusGet>(QLibrary::resolve(QStringLiteral("gio-2.0"), 0, "g_bus_get_sync"));
    static const auto setExitOnClose =
        reinterpret_cast<SetExitOnClose>(QLibrary::resolve(QStringLiteral("gio-2.0"), 0, "g_dbus_connection_set_exit_on_close"));
    static const auto unref = reinterpret_cast<Unref>(QLibrary::resolve(QStringLiteral("gobject-2.0"), 0, "g_object_unref"));
    static const auto freeError = reinterpret_cast<Unref>(QLibrary::resolve(QStringLiteral("glib-2.0"), 0, "g_error_free"));
    if (!busGet || !setExitOnClose || !unref || !freeError) {
        return;
    }
    constexpr int sessionBus = 2; // G_BUS_TYPE_SESSION
    void* error = nullptr;
    if (void* connection = busGet(sessionBus, nullptr, &error)) {
        setExitOnClose(connection, 0);
        unref(connection);
    }
    if (error) {
        freeError(error); // no bus: the job itself will report it
    }
#endif
}

SecretError makeError(SecretError::Kind kind, const QString& message)
{
    SecretError error;
    error.kind = kind;
    error.message = message;
    return error;
}

SecretError noKeychainError()
{
    return makeError(SecretError::Kind::NoKeychain,
                     SecretStore::tr("No system keychain is available (Secret Service over D-Bus): start a "
                                     "keyring such as gnome-keyring, or pass the secret with --secret-stdin / "
                                     "CAS_API_SECRET"));
}

SecretError accessDeniedError()
{
    return makeError(SecretError::Kind::AccessDenied, SecretStore::tr("The keychain is locked or refused access: unlock it and try again"));
}

// QtKeychain's error strings come from libsecret/GLib/D-Bus and describe the transport, never the
// payload; still, refuse to pass one on if it somehow carries the secret.
QString safeDetail(const QString& errorString, const QByteArray& secret)
{
    if (!secret.isEmpty()) {
        const QByteArray utf8 = errorString.toUtf8();
        if (utf8.contains(secret) || utf8.contains(secret.toBase64())) {
            return SecretStore::tr("(details withheld)");
        }
    }
    return errorString.isEmpty() ? SecretStore::tr("unknown error") : errorString;
}

// itemWhat, when set, names a generic item (readItem & co.) in place of a profile's secret.
SecretError mapError(QKeychain::Error code, const QString& errorString, Operation operation, const QString& profileName,
                     const QByteArray& secret = QByteArray(), const QString* itemWhat = nullptr)
{
    switch (code) {
    case QKeychain::NoError:
        return SecretError();
    case QKeychain::EntryNotFound:
        if (itemWhat) {
            return makeError(SecretError::Kind::NotFoundOrLocked,
                             SecretStore::tr("No %1 found in the keychain (or the keyring is locked): unlock it "
                                             "and try again")
                                 .arg(*itemWhat));
        }
        return makeError(SecretError::Kind::NotFoundOrLocked,
                         SecretStore::tr("No secret found in the keychain for profile \"%1\" (or the keyring is "
                                         "locked): unlock it or set the secret again")
                             .arg(profileName));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeychainError();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return accessDeniedError();
    case QKeychain::OtherError:
        if (mentionsMissingSession(errorString) || !SecretStore::isKeychainReachable()) {
            return noKeychainError();
        }
        // Measured with gnome-keyring: a write with no unlocked (or no default) collection fails
        // with OtherError rather than AccessDenied.
        if (operation == Operation::Write) {
            SecretError error = accessDeniedError();
            error.message += QLatin1String(" (") + safeDetail(errorString, secret) + QLatin1Char(')');
            return error;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    if (itemWhat) {
        QString itemMessage;
        switch (operation) {
        case Operation::Read:
            itemMessage = SecretStore::tr("Could not read the %1 from the keychain: %2");
            break;
        case Operation::Write:
            itemMessage = SecretStore::tr("Could not store the %1 in the keychain: %2");
            break;
        case Operation::Remove:
            itemMessage = SecretStore::tr("Could not delete the %1 from the keychain: %2");
            break;
        }
        return makeError(SecretError::Kind::Failed, itemMessage.arg(*itemWhat, safeDetail(errorString, secret)));
    }
    QString what;
    switch (operation) {
    case Operation::Read:
        what = SecretStore::tr("Could not read the secret of profile \"%1\" from the keychain: %2");
        break;
    case Operation::Write:
        what = SecretStore::tr("Could not store the secret of profile \"%1\" in the keychain: %2");
        break;
    case Operation::Remove:
        what = SecretStore::tr("Could not delete the secret of profile \"%1\" from the keychain: %2");
        break;
    }
    return makeError(SecretError::Kind::Failed, what.arg(profileName, safeDetail(errorString, secret)));
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
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return false;
    }
    QDBusConnectionInterface* iface = bus.interface();
    if (!iface) {
        return false;
    }
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const QDBusReply<bool> registered = iface->isServiceRegistered(service);
    if (registered.isValid() && registered.value()) {
        return true;
    }
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
#endif
}

void SecretStore::read(const QString& profileName, ReadCallback callback)
{
    keepProcessWhenBusCloses();
    auto* job = new QKeychain::ReadPasswordJob(ServiceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, this, [profileName, callback](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError) {
            callback(std::nullopt, mapError(readJob->error(), readJob->errorString(), Operation::Read, profileName));
            return;
        }
        std::optional<QByteArray> secret = readJob->binaryData();
        callback(secret, SecretError());
        wipe(*secret);
    });
    job->start();
}

void SecretStore::write(const QString& profileName, const QByteArray& secret, DoneCallback callback)
{
    keepProcessWhenBusCloses();
    auto* job = new QKeychain::WritePasswordJob(ServiceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    job->setBinaryData(secret);
    // Kept only to check that an error message does not echo it; wiped as soon as the job ends.
    auto kept = std::make_shared<QByteArray>(secret);
    connect(job, &QKeychain::Job::finished, this, [profileName, kept, callback](QKeychain::Job* finished) {
        const SecretError error = mapError(finished->error(), finished->errorString(), Operation::Write, profileName, *kept);
        wipe(*kept);
        callback(error);
    });
    job->start();
}

void SecretStore::remove(const QString& profileName, DoneCallback callback)
{
    keepProcessWhenBusCloses();
    auto* job = new QKeychain::DeletePasswordJob(ServiceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, this, [profileName, callback](QKeychain::Job* finished) {
        callback(mapError(finished->error(), finished->errorString(), Operation::Remove, profileName));
    });
    job->start();
}

void SecretStore::move(const QString& fromProfile, const QString& toProfile, DoneCallback callback)
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

void SecretStore::readItem(const QString& service, const QString& key, const QString& what, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [what, callback](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError) {
            callback(std::nullopt, mapError(readJob->error(), readJob->errorString(), Operation::Read, QString(), QByteArray(), &what));
            return;
        }
        std::optional<QByteArray> secret = readJob->binaryData();
        callback(secret, SecretError());
        wipe(*secret);
    });
    job->start();
}

void SecretStore::writeItem(const QString& service, const QString& key, const QString& what, const QByteArray& secret,
                            DoneCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    auto kept = std::make_shared<QByteArray>(secret);
    connect(job, &QKeychain::Job::finished, this, [what, kept, callback](QKeychain::Job* finished) {
        const SecretError error = mapError(finished->error(), finished->errorString(), Operation::Write, QString(), *kept, &what);
        wipe(*kept);
        callback(error);
    });
    job->start();
}

void SecretStore::removeItem(const QString& service, const QString& key, const QString& what, DoneCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [what, callback](QKeychain::Job* finished) {
        callback(mapError(finished->error(), finished->errorString(), Operation::Remove, QString(), QByteArray(), &what));
    });
    job->start();
}

std::optional<QByteArray> SecretStore::readBlocking(const QString& profileName, SecretError* error)
{
    QEventLoop loop;
    std::optional<QByteArray> result;
    SecretError outcome;
    bool done = false;
    read(profileName, [&](std::optional<QByteArray> secret, const SecretError& readError) {
        result = secret;
        outcome = readError;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (error) {
        *error = outcome;
    }
    return result;
}

SecretError SecretStore::writeBlocking(const QString& profileName, const QByteArray& secret)
{
    QEventLoop loop;
    SecretError outcome;
    bool done = false;
    write(profileName, secret, [&](const SecretError& writeError) {
        outcome = writeError;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

SecretError SecretStore::moveBlocking(const QString& fromProfile, const QString& toProfile)
{
    QEventLoop loop;
    SecretError outcome;
    bool done = false;
    move(fromProfile, toProfile, [&](const SecretError& moveError) {
        outcome = moveError;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

SecretError SecretStore::removeBlocking(const QString& profileName)
{
    QEventLoop loop;
    SecretError outcome;
    bool done = false;
    remove(profileName, [&](const SecretError& removeError) {
        outcome = removeError;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}
