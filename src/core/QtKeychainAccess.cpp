#include "core/QtKeychainAccess.h"

#include <QLibrary>
#include <QStringDecoder>
#include <qt6keychain/keychain.h>

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#endif

#include <memory>

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

// A non-empty what names a generic item (readItem & co.) in place of a profile's secret; then
// profileName is the item's key and goes unused.
SecretError describeError(QKeychain::Error code, const QString& errorString, Operation operation, const QString& profileName,
                          const QByteArray& secret, const QString& what);

SecretError mapError(QKeychain::Error code, const QString& errorString, Operation operation, const QString& profileName,
                     const QByteArray& secret, const QString& what)
{
    SecretError error = describeError(code, errorString, operation, profileName, secret, what);
    if (!error.ok() && !errorString.isEmpty())
        error.detail = safeDetail(errorString, secret);
    return error;
}

SecretError describeError(QKeychain::Error code, const QString& errorString, Operation operation, const QString& profileName,
                          const QByteArray& secret, const QString& what)
{
    const QString* itemWhat = what.isEmpty() ? nullptr : &what;
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
        if (mentionsMissingSession(errorString) || !QtKeychainAccess::reachable()) {
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
    QString profileMessage;
    switch (operation) {
    case Operation::Read:
        profileMessage = SecretStore::tr("Could not read the secret of profile \"%1\" from the keychain: %2");
        break;
    case Operation::Write:
        profileMessage = SecretStore::tr("Could not store the secret of profile \"%1\" in the keychain: %2");
        break;
    case Operation::Remove:
        profileMessage = SecretStore::tr("Could not delete the secret of profile \"%1\" from the keychain: %2");
        break;
    }
    return makeError(SecretError::Kind::Failed, profileMessage.arg(profileName, safeDetail(errorString, secret)));
}

// A Secret Service's items with the attributes QtKeychain gives them (server, user and, when
// given, type), asked over D-Bus without reading any secret. A locked keyring hides its items
// from QtKeychain's jobs, but not from this search, which lists them as locked.
struct SecretServiceItems
{
    QList<QDBusObjectPath> unlocked;
    QList<QDBusObjectPath> locked;

    static std::optional<SecretServiceItems> find(const QString& service, const QString& key, const QString& type = QString())
    {
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        Q_UNUSED(service);
        Q_UNUSED(key);
        Q_UNUSED(type);
        return std::nullopt;
#else
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            return std::nullopt;
        }
        qDBusRegisterMetaType<QMap<QString, QString>>();
        QMap<QString, QString> attributes {{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
        if (!type.isEmpty()) {
            attributes.insert(QStringLiteral("type"), type);
        }
        QDBusMessage call = QDBusMessage::createMethodCall(SecretsService, QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        call << QVariant::fromValue(attributes);
        const QDBusMessage reply = bus.call(call, QDBus::Block, DBusTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
            return std::nullopt;
        }
        SecretServiceItems items;
        items.unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        items.locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        return items;
#endif
    }

    void removeUnlocked() const
    {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QDBusConnection bus = QDBusConnection::sessionBus();
        for (const QDBusObjectPath& item : unlocked) {
            // A delete that needs a prompt is left undone: this runs unattended.
            bus.call(QDBusMessage::createMethodCall(SecretsService, item.path(), QStringLiteral("org.freedesktop.Secret.Item"),
                                                    QStringLiteral("Delete")),
                     QDBus::Block, DBusTimeoutMs);
        }
#endif
    }

    static constexpr int DBusTimeoutMs = 10000;
    static inline const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
};

// The secret as text when it can be stored as text: UTF-8 without NUL (libsecret takes a C
// string); a null string otherwise, and the secret is stored as binary.
QString utf8Text(const QByteArray& secret)
{
    if (secret.contains('\0')) {
        return QString();
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(secret);
    if (decoder.hasError()) {
        text.fill(QLatin1Char('\0'));
        return QString();
    }
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QKeychain::Job* startJob(QKeychain::Job* job, const QString& key)
{
    keepProcessWhenBusCloses();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

bool QtKeychainAccess::reachable()
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

void QtKeychainAccess::read(QObject* context, const QString& service, const QString& key, const QString& what,
                            SecretStore::ReadCallback callback)
{
    auto* job = static_cast<QKeychain::ReadPasswordJob*>(startJob(new QKeychain::ReadPasswordJob(service), key));
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, context, service, key, what, callback = std::move(callback)](QKeychain::Job* finished) {
                         auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (readJob->error() != QKeychain::NoError) {
                             callback(std::nullopt,
                                      mapError(readJob->error(), readJob->errorString(), Operation::Read, key, QByteArray(), what));
                             return;
                         }
                         std::optional<QByteArray> secret = readJob->binaryData();
                         rewriteBinaryEntry(context, service, key, *secret);
                         callback(secret, SecretError());
                         wipe(*secret);
                     });
    job->start();
}

void QtKeychainAccess::write(QObject* context, const QString& service, const QString& key, const QString& what, const QByteArray& secret,
                             SecretStore::DoneCallback callback)
{
    auto* job = static_cast<QKeychain::WritePasswordJob*>(startJob(new QKeychain::WritePasswordJob(service), key));
    // Text, so that `secret-tool lookup server SERVICE user KEY` prints the secret itself. Bytes
    // that are not UTF-8 cannot be text and stay binary (QtKeychain stores them base64-encoded).
    QString text = utf8Text(secret);
    const bool asText = !text.isNull();
    if (asText) {
        job->setTextData(text);
        text.fill(QLatin1Char('\0'));
    } else {
        job->setBinaryData(secret);
    }
    // Kept only to check that an error message does not echo it; wiped as soon as the job ends.
    auto kept = std::make_shared<QByteArray>(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [service, key, what, kept, asText, callback = std::move(callback)](QKeychain::Job* finished) {
                         const SecretError error = mapError(finished->error(), finished->errorString(), Operation::Write, key, *kept, what);
                         wipe(*kept);
                         if (error.ok()) {
                             // QtKeychain tells text and binary entries apart by their "type" and reads text first:
                             // an entry of the other type (an older version's binary one) holds an old secret.
                             const QString otherType = asText ? QStringLiteral("base64") : QStringLiteral("plaintext");
                             if (const std::optional<SecretServiceItems> stale = SecretServiceItems::find(service, key, otherType)) {
                                 stale->removeUnlocked();
                             }
                         }
                         callback(error);
                     });
    job->start();
}

void QtKeychainAccess::remove(QObject* context, const QString& service, const QString& key, const QString& what,
                              SecretStore::DoneCallback callback)
{
    auto* job = startJob(new QKeychain::DeletePasswordJob(service), key);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [service, key, what, callback = std::move(callback)](QKeychain::Job* finished) {
            SecretError error = mapError(finished->error(), finished->errorString(), Operation::Remove, key, QByteArray(), what);
            // A locked keyring hides its items from the delete, which then "succeeds" with nothing
            // deleted: only an entry that is gone counts as removed.
            if (error.ok() || error.kind == SecretError::Kind::NotFoundOrLocked) {
                const std::optional<SecretServiceItems> left = SecretServiceItems::find(service, key);
                if (left && !left->locked.isEmpty()) {
                    error = makeError(
                        SecretError::Kind::AccessDenied,
                        what.isEmpty()
                            ? SecretStore::tr("The secret of profile \"%1\" is still in the keychain, which is locked: "
                                              "unlock it and try again")
                                  .arg(key)
                            : SecretStore::tr("The %1 is still in the keychain, which is locked: unlock it and try again").arg(what));
                } else if (left && left->unlocked.isEmpty()) {
                    error = SecretError();
                }
            }
            callback(error);
        });
    job->start();
}

void QtKeychainAccess::rewriteBinaryEntry(QObject* context, const QString& service, const QString& key, const QByteArray& secret)
{
    // Entries written before text storage hold base64 text ("type" base64). Store the same secret
    // as text, then delete the binary copy; if the write fails the old entry is left as it was.
    if (utf8Text(secret).isNull()) {
        return;
    }
    const std::optional<SecretServiceItems> binary = SecretServiceItems::find(service, key, QStringLiteral("base64"));
    if (!binary || binary->unlocked.isEmpty()) {
        return;
    }
    write(context, service, key, SecretStore::tr("secret being rewritten as text"), secret, [](const SecretError&) {});
}

void QtKeychainAccess::checkReachable(QObject* context, const std::function<void(bool reachable)>& answer)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QMetaObject::invokeMethod(
        context,
        [answer] {
            answer(true);
        },
        Qt::QueuedConnection);
#else
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            context,
            [answer] {
                answer(false);
            },
            Qt::QueuedConnection);
        return;
    }
    const QString service = QStringLiteral("org.freedesktop.secrets");
    const auto ask = [bus, context](const QString& method, const QVariantList& arguments) {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                           QStringLiteral("org.freedesktop.DBus"), method);
        call.setArguments(arguments);
        return new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    };
    // Registered now, else activatable on demand: the same two questions as reachable().
    QDBusPendingCallWatcher* owner = ask(QStringLiteral("NameHasOwner"), {service});
    QObject::connect(owner, &QDBusPendingCallWatcher::finished, context, [ask, answer, service](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<bool> registered = *call;
        if (!registered.isError() && registered.value()) {
            answer(true);
            return;
        }
        QDBusPendingCallWatcher* names = ask(QStringLiteral("ListActivatableNames"), {});
        QObject::connect(names, &QDBusPendingCallWatcher::finished, names, [answer, service](QDBusPendingCallWatcher* listed) {
            listed->deleteLater();
            const QDBusPendingReply<QStringList> activatable = *listed;
            answer(!activatable.isError() && activatable.value().contains(service));
        });
    });
#endif
}

bool QtKeychainAccess::isReachable()
{
    return reachable();
}

KeychainAccess& QtKeychainAccess::instance()
{
    static QtKeychainAccess access;
    return access;
}

#ifdef CASCONSOLE_KEYCHAIN_IS_MODULE
extern "C" Q_DECL_EXPORT KeychainAccess* casconsole_keychain_access()
{
    return &QtKeychainAccess::instance();
}
#endif
