#include "KeyringItems.h"
#include "core/SecretStore.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// One binary, four environments, one test class each (see tests/extra-tests.cmake), chosen by CAS_SECRETSTORE_MODE:
//   keyring      (default) an unlocked gnome-keyring in a private D-Bus session
//   nokeychain   DBUS_SESSION_BUS_ADDRESS points nowhere: every operation must say NoKeychain
//   nocollection gnome-keyring runs but no keyring was ever created or unlocked
//   locked       an unlocked gnome-keyring that the test locks (no way back without a prompt)
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void backendDescription();
    void reachability();

protected:
    enum class Mode { Keyring, NoKeychain, NoCollection, Locked };
    Mode m_mode = Mode::Keyring;
    QString m_prefix;
    QStringList m_used;

    QString name(const QString& suffix);
    static QStringList plainFilesContaining(const QList<QByteArray>& needles);
    static QStringList storedUsers(const QString& user);
};

/// An unlocked gnome-keyring in a private D-Bus session (the default run).
class TestSecretStoreKeyring : public TestSecretStore
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void readMissing();
    void remove();
    void removeMissingIsFine();
    void move();
    void moveMissingSourceWritesNothing();
    void moveToSameNameKeepsSecret();
    void asyncJobsRunInOrder();
    void storedUnderSchemaAttributes();
    void secretNotInPlainFiles();
    void storedAsText();
    void binaryEntryIsRewrittenAsText();
};

/// DBUS_SESSION_BUS_ADDRESS points nowhere: every operation must say NoKeychain.
class TestSecretStoreNoKeychain : public TestSecretStore
{
    Q_OBJECT

private slots:
    void everyOperationSaysNoKeychain();
    void failedWriteLeavesNoPlaintext();
};

/// gnome-keyring runs, but no keyring was ever created or unlocked.
class TestSecretStoreNoCollection : public TestSecretStore
{
    Q_OBJECT

private slots:
    void writeWithoutCollectionIsAccessDenied();
    void readWithoutCollectionIsNotFoundOrLocked();
};

/// An unlocked gnome-keyring that the test locks (no way back without a prompt).
class TestSecretStoreLocked : public TestSecretStore
{
    Q_OBJECT

private slots:
    void lockedKeyringHidesEntriesAndRefusesWrites();
};

namespace
{
QByteArray testSecret(const char* tag)
{
    // Distinctive, so a match in a file scan means this secret and nothing else.
    return QByteArray("cas-secret-") + tag + '-' + QByteArray::number(QCoreApplication::applicationPid()) + "-Zq8vK2pX";
}

QString kindName(SecretError::Kind kind)
{
    switch (kind) {
    case SecretError::Kind::None:
        return QStringLiteral("None");
    case SecretError::Kind::NotFoundOrLocked:
        return QStringLiteral("NotFoundOrLocked");
    case SecretError::Kind::NoKeychain:
        return QStringLiteral("NoKeychain");
    case SecretError::Kind::AccessDenied:
        return QStringLiteral("AccessDenied");
    case SecretError::Kind::Failed:
        return QStringLiteral("Failed");
    }
    return QString();
}
} // namespace

void TestSecretStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));
    const QByteArray mode = qgetenv("CAS_SECRETSTORE_MODE");
    if (mode == "nokeychain") {
        m_mode = Mode::NoKeychain;
    } else if (mode == "nocollection") {
        m_mode = Mode::NoCollection;
    } else {
        QVERIFY2(mode.isEmpty() || mode == "keyring" || mode == "locked",
                 "CAS_SECRETSTORE_MODE must be keyring, nokeychain, nocollection or locked");
        m_mode = mode == "locked" ? Mode::Locked : Mode::Keyring;
        QVERIFY2(SecretStore::isKeychainReachable(),
                 "No Secret Service on the session bus: run under dbus-run-session with gnome-keyring "
                 "started and unlocked (see scripts/test.sh)");
    }
    // Other test runs may share the keyring file: keep our entries apart.
    m_prefix = QStringLiteral("tst-secretstore-%1-").arg(QCoreApplication::applicationPid());
}

void TestSecretStore::cleanup()
{
    if (m_mode != Mode::Keyring) {
        m_used.clear();
        return;
    }
    SecretStore store;
    for (const QString& used : std::as_const(m_used)) {
        const SecretError error = store.removeBlocking(used);
        QVERIFY2(error.ok(), qPrintable(error.message));
    }
    m_used.clear();
}

QString TestSecretStore::name(const QString& suffix)
{
    const QString full = m_prefix + suffix;
    m_used.append(full);
    return full;
}

QStringList TestSecretStore::plainFilesContaining(const QList<QByteArray>& needles)
{
    QSet<QString> roots;
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty() && QFileInfo(value).isDir()) {
            roots.insert(QFileInfo(value).canonicalFilePath());
        }
    }
    roots.insert(QFileInfo(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).canonicalFilePath());
    roots.insert(QFileInfo(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).canonicalFilePath());
    roots.remove(QString());

    QStringList hits;
    QSet<QString> seen;
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (seen.contains(path) || it.fileInfo().size() > 64 * 1024 * 1024) {
                continue;
            }
            seen.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = file.readAll();
            for (const QByteArray& needle : needles) {
                if (content.contains(needle)) {
                    hits.append(path);
                    break;
                }
            }
        }
    }
    return hits;
}

QStringList TestSecretStore::storedUsers(const QString& user)
{
    return KeyringItems::users(QStringLiteral("cas-console"), user);
}

void TestSecretStore::backendDescription()
{
    QCOMPARE(SecretStore::backendDescription(), QStringLiteral("system keychain (Secret Service)"));
    QCOMPARE(SecretStore::ServiceName, QStringLiteral("cas-console"));
}

void TestSecretStore::reachability()
{
    // nocollection still has a Secret Service on the bus: reachable, just not usable for writes.
    QCOMPARE(SecretStore::isKeychainReachable(), m_mode != Mode::NoKeychain);
}

void TestSecretStoreKeyring::roundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("secret");

    QByteArray allBytes;
    for (int i = 0; i < 256; ++i) {
        allBytes.append(char(i));
    }
    QTest::newRow("ascii") << QStringLiteral("ascii") << testSecret("ascii");
    QTest::newRow("unicode secret") << QStringLiteral("unicode")
                                    << QStringLiteral("pässwörd-秘密-🔑-%1").arg(QString::fromLatin1(testSecret("u"))).toUtf8();
    QTest::newRow("binary-ish, every byte value") << QStringLiteral("binary") << allBytes;
    QTest::newRow("embedded NUL and newlines") << QStringLiteral("nul") << QByteArray("a\0b\nc\r\n\0", 8);
    QTest::newRow("long") << QStringLiteral("long") << QByteArray(8192, 'x');
    QTest::newRow("profile name with spaces") << QStringLiteral("my prod profile") << testSecret("spaces");
    QTest::newRow("unicode profile name") << QStringLiteral("Prüfung 東京 %20") << testSecret("uniname");
}

void TestSecretStoreKeyring::roundTrip()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, secret);

    SecretStore store;
    const QString key = name(profile);
    const SecretError written = store.writeBlocking(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.message));

    SecretError error;
    const std::optional<QByteArray> read = store.readBlocking(key, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(read.has_value());
    QVERIFY(*read == secret); // QCOMPARE would print the secret on failure
}

void TestSecretStoreKeyring::overwrite()
{
    SecretStore store;
    const QString key = name(QStringLiteral("overwrite"));
    QVERIFY(store.writeBlocking(key, testSecret("first")).ok());
    QVERIFY(store.writeBlocking(key, testSecret("second")).ok());

    SecretError error;
    const std::optional<QByteArray> read = store.readBlocking(key, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(read == testSecret("second"));
}

void TestSecretStoreKeyring::readMissing()
{
    SecretStore store;
    const QString key = name(QStringLiteral("never-written"));
    SecretError error;
    const std::optional<QByteArray> read = store.readBlocking(key, &error);
    QVERIFY(!read.has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));
    QVERIFY(error.message.contains(key));
    QVERIFY(error.message.contains(QStringLiteral("locked")));
}

void TestSecretStoreKeyring::remove()
{
    SecretStore store;
    const QString key = name(QStringLiteral("remove"));
    QVERIFY(store.writeBlocking(key, testSecret("remove")).ok());
    const SecretError removed = store.removeBlocking(key);
    QVERIFY2(removed.ok(), qPrintable(removed.message));

    SecretError error;
    QVERIFY(!store.readBlocking(key, &error).has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));
}

void TestSecretStoreKeyring::removeMissingIsFine()
{
    // libsecret's clear reports success when nothing matched: removal is idempotent.
    SecretStore store;
    const SecretError removed = store.removeBlocking(name(QStringLiteral("remove-missing")));
    QCOMPARE(kindName(removed.kind), kindName(SecretError::Kind::None));
}

void TestSecretStoreKeyring::move()
{
    SecretStore store;
    const QString from = name(QStringLiteral("move from"));
    const QString to = name(QStringLiteral("move to ✓"));
    QVERIFY(store.writeBlocking(from, testSecret("move")).ok());

    const SecretError moved = store.moveBlocking(from, to);
    QVERIFY2(moved.ok(), qPrintable(moved.message));

    SecretError error;
    QVERIFY(store.readBlocking(to, &error) == testSecret("move"));
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(!store.readBlocking(from, &error).has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));
}

void TestSecretStoreKeyring::moveMissingSourceWritesNothing()
{
    SecretStore store;
    const QString from = name(QStringLiteral("move-missing-from"));
    const QString to = name(QStringLiteral("move-missing-to"));
    const QString untouched = name(QStringLiteral("move-missing-existing-target"));
    QVERIFY(store.writeBlocking(untouched, testSecret("keep")).ok());

    const SecretError moved = store.moveBlocking(from, to);
    QCOMPARE(kindName(moved.kind), kindName(SecretError::Kind::NotFoundOrLocked));
    QVERIFY(moved.message.contains(from));

    SecretError error;
    QVERIFY(!store.readBlocking(to, &error).has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));

    // A missing source must not clobber an existing target either.
    const SecretError movedOnto = store.moveBlocking(from, untouched);
    QCOMPARE(kindName(movedOnto.kind), kindName(SecretError::Kind::NotFoundOrLocked));
    QVERIFY(store.readBlocking(untouched, &error) == testSecret("keep"));
}

void TestSecretStoreKeyring::moveToSameNameKeepsSecret()
{
    SecretStore store;
    const QString key = name(QStringLiteral("move-same"));
    QVERIFY(store.writeBlocking(key, testSecret("same")).ok());
    QVERIFY(store.moveBlocking(key, key).ok());
    SecretError error;
    QVERIFY(store.readBlocking(key, &error) == testSecret("same"));
    QVERIFY2(error.ok(), qPrintable(error.message));
}

void TestSecretStoreKeyring::asyncJobsRunInOrder()
{
    SecretStore store;
    const QString key = name(QStringLiteral("async"));
    QStringList events;
    std::optional<QByteArray> readBack;

    // Queued without waiting: the read must see the write (QtKeychain runs jobs one at a time).
    store.write(key, testSecret("async"), [&](const SecretError& error) {
        events << QStringLiteral("write:") + kindName(error.kind);
    });
    store.read(key, [&](std::optional<QByteArray> secret, const SecretError& error) {
        events << QStringLiteral("read:") + kindName(error.kind);
        readBack = secret;
    });
    store.remove(key, [&](const SecretError& error) {
        events << QStringLiteral("remove:") + kindName(error.kind);
    });
    QVERIFY(events.isEmpty()); // callbacks come from the event loop, never synchronously
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events, QStringList({QStringLiteral("write:None"), QStringLiteral("read:None"), QStringLiteral("remove:None")}));
    QVERIFY(readBack == testSecret("async"));
}

void TestSecretStoreKeyring::storedUnderSchemaAttributes()
{
    SecretStore store;
    const QString key = name(QStringLiteral("schema check"));
    QVERIFY(store.writeBlocking(key, testSecret("schema")).ok());

    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("cas-console"),
                QStringLiteral("user"), key});
    QVERIFY2(tool.waitForFinished(60000), "secret-tool did not finish");
    QCOMPARE(tool.exitCode(), 0);
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    // Parse "name = value" lines rather than printing the listing: it includes the secret.
    QStringList schemas;
    QStringList servers;
    QStringList users;
    for (const QString& line : listing.split(QLatin1Char('\n'))) {
        const int eq = line.indexOf(QLatin1String(" = "));
        if (eq < 0) {
            continue;
        }
        const QString field = line.left(eq).trimmed();
        const QString value = line.mid(eq + 3);
        if (field == QLatin1String("schema")) {
            schemas << value;
        } else if (field == QLatin1String("attribute.server")) {
            servers << value;
        } else if (field == QLatin1String("attribute.user")) {
            users << value;
        }
    }
    QCOMPARE(users, QStringList {key});
    QCOMPARE(servers, QStringList {QStringLiteral("cas-console")});
    QCOMPARE(schemas, QStringList {QStringLiteral("org.qt.keychain")});

    QVERIFY(store.removeBlocking(key).ok());
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("cas-console"),
                QStringLiteral("user"), key});
    QVERIFY(tool.waitForFinished(60000));
    QVERIFY(!QString::fromUtf8(tool.readAllStandardOutput()).contains(QLatin1String("attribute.user")));
}

void TestSecretStoreKeyring::secretNotInPlainFiles()
{
    SecretStore store;
    const QByteArray secret = testSecret("plainscan");
    QVERIFY(store.writeBlocking(name(QStringLiteral("plain scan")), secret).ok());

    // QtKeychain hands binary data to libsecret base64-encoded: look for both forms.
    const QStringList hits = plainFilesContaining({secret, secret.toBase64(), secret.toBase64().left(24)});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));

    // When gnome-keyring keeps its files under this HOME (as in scripts/test.sh), its keyring file
    // was just rewritten and is encrypted: the scan above covered it.
    const QString keyrings = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyrings");
    const QFileInfoList files = QDir(keyrings).entryInfoList({QStringLiteral("*.keyring")}, QDir::Files);
    for (const QFileInfo& file : files) {
        QVERIFY(file.size() > 0);
    }
    if (files.isEmpty()) {
        qInfo("gnome-keyring keeps its files outside this HOME; scanned HOME and XDG dirs only");
    }
}

void TestSecretStoreNoKeychain::everyOperationSaysNoKeychain()
{
    SecretStore store;
    const QString key = m_prefix + QStringLiteral("nokeychain");
    QList<SecretError> errors;

    SecretError readError;
    QVERIFY(!store.readBlocking(key, &readError).has_value());
    errors << readError << store.writeBlocking(key, testSecret("nokeychain")) << store.removeBlocking(key)
           << store.moveBlocking(key, key + QStringLiteral("-to"));

    bool asyncDone = false;
    store.read(key, [&](std::optional<QByteArray> secret, const SecretError& error) {
        QVERIFY(!secret.has_value());
        errors << error;
        asyncDone = true;
    });
    QTRY_VERIFY(asyncDone);

    QCOMPARE(errors.size(), 5);
    for (const SecretError& error : std::as_const(errors)) {
        QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NoKeychain));
        QVERIFY(error.message.contains(QLatin1String("--secret-stdin")));
        QVERIFY(error.message.contains(QLatin1String("CAS_API_SECRET")));
    }
}

void TestSecretStoreNoKeychain::failedWriteLeavesNoPlaintext()
{
    SecretStore store;
    const QByteArray secret = testSecret("fallback");
    const SecretError error = store.writeBlocking(m_prefix + QStringLiteral("fallback"), secret);
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NoKeychain));
    QVERIFY(!error.message.toUtf8().contains(secret));
    // QtKeychain's insecure fallback would have written a QSettings file: nothing may hold it.
    const QStringList hits = plainFilesContaining({secret, secret.toBase64()});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

void TestSecretStoreNoCollection::writeWithoutCollectionIsAccessDenied()
{
    SecretStore store;
    const QByteArray secret = testSecret("nocollection");
    const SecretError error = store.writeBlocking(m_prefix + QStringLiteral("nocollection"), secret);
    qInfo("observed: %s", qPrintable(error.message));
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::AccessDenied));
    QVERIFY(error.message.contains(QLatin1String("unlock")));
    QVERIFY(!error.message.toUtf8().contains(secret));
    const QStringList hits = plainFilesContaining({secret, secret.toBase64()});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

void TestSecretStoreNoCollection::readWithoutCollectionIsNotFoundOrLocked()
{
    SecretStore store;
    SecretError error;
    QVERIFY(!store.readBlocking(m_prefix + QStringLiteral("nocollection"), &error).has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));

    // And a rename in this state must neither write nor report success.
    const SecretError moved = store.moveBlocking(m_prefix + QStringLiteral("nocollection"), m_prefix + QStringLiteral("nocollection-to"));
    QCOMPARE(kindName(moved.kind), kindName(SecretError::Kind::NotFoundOrLocked));
}

void TestSecretStoreLocked::lockedKeyringHidesEntriesAndRefusesWrites()
{
    SecretStore store;
    const QString stored = m_prefix + QStringLiteral("locked-existing");
    const QString target = m_prefix + QStringLiteral("locked-target");
    QVERIFY(store.writeBlocking(stored, testSecret("locked")).ok());

    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default")});
    QVERIFY(lock.waitForFinished(60000));
    QCOMPARE(lock.exitCode(), 0);

    // The entry exists, yet a read says NotFoundOrLocked: never proof of absence.
    SecretError error;
    QVERIFY(!store.readBlocking(stored, &error).has_value());
    QCOMPARE(kindName(error.kind), kindName(SecretError::Kind::NotFoundOrLocked));
    QCOMPARE(storedUsers(stored), QStringList {stored});

    const SecretError written = store.writeBlocking(target, testSecret("locked-write"));
    QCOMPARE(kindName(written.kind), kindName(SecretError::Kind::AccessDenied));
    QVERIFY(written.message.contains(QLatin1String("unlock")));

    // A remove while locked must not report success: the entry is still there.
    const SecretError removed = store.removeBlocking(stored);
    QCOMPARE(removed.kind, SecretError::Kind::AccessDenied);
    QVERIFY2(removed.message.contains(QLatin1String("locked")), qPrintable(removed.message));
    QCOMPARE(storedUsers(stored), QStringList {stored});

    // A rename while locked writes nothing and deletes nothing.
    const SecretError moved = store.moveBlocking(stored, target);
    QCOMPARE(kindName(moved.kind), kindName(SecretError::Kind::NotFoundOrLocked));
    QCOMPARE(storedUsers(stored), QStringList {stored});
    QCOMPARE(storedUsers(target), QStringList());
}

namespace
{
QByteArray secretTool(const QStringList& args, const QByteArray& input = {})
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), args);
    tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(60000)) {
        return "<secret-tool did not finish>";
    }
    return tool.readAllStandardOutput();
}

QByteArray lookup(const QString& user, const QString& type = QString())
{
    QStringList args {QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::ServiceName, QStringLiteral("user"), user};
    if (!type.isEmpty()) {
        args << QStringLiteral("type") << type;
    }
    return secretTool(args);
}
} // namespace

void TestSecretStoreKeyring::storedAsText()
{
    SecretStore store;
    const QString key = name(QStringLiteral("text"));
    const QByteArray secret = testSecret("text") + " ünï";
    QVERIFY(store.writeBlocking(key, secret).ok());
    // What a person sees with the keyring's own tool is the secret, not base64.
    QCOMPARE(lookup(key), secret);
    QCOMPARE(lookup(key, QStringLiteral("plaintext")), secret);
    QCOMPARE(lookup(key, QStringLiteral("base64")), QByteArray());
}

void TestSecretStoreKeyring::binaryEntryIsRewrittenAsText()
{
    SecretStore store;
    const QString key = name(QStringLiteral("legacy"));
    const QByteArray secret = testSecret("legacy");
    // An entry as earlier versions wrote it: QtKeychain binary data, kept base64-encoded.
    secretTool({QStringLiteral("store"), QStringLiteral("--label=legacy"), QStringLiteral("server"), SecretStore::ServiceName,
                QStringLiteral("user"), key, QStringLiteral("type"), QStringLiteral("base64")},
               secret.toBase64());
    QCOMPARE(lookup(key, QStringLiteral("base64")), secret.toBase64());

    SecretError error;
    QCOMPARE(store.readBlocking(key, &error), std::optional<QByteArray>(secret));
    QVERIFY2(error.ok(), qPrintable(error.message));
    // Rewritten as text, and the binary copy gone.
    QTRY_COMPARE_WITH_TIMEOUT(lookup(key, QStringLiteral("plaintext")), secret, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(lookup(key, QStringLiteral("base64")), QByteArray(), 60000);
    QCOMPARE(storedUsers(key), QStringList {key});
    QCOMPARE(store.readBlocking(key, &error), std::optional<QByteArray>(secret));

    // A secret that cannot be text (not UTF-8) stays binary and still round-trips.
    const QByteArray binary("\xff\xfe\x00\x01", 4);
    QVERIFY(store.writeBlocking(key, binary).ok());
    QCOMPARE(store.readBlocking(key, &error), std::optional<QByteArray>(binary));
}

int main(int argc, char** argv)
{
    // One class per environment, so no test is skipped for being in the wrong one.
    QCoreApplication app(argc, argv);
    const QByteArray mode = qgetenv("CAS_SECRETSTORE_MODE");
    std::unique_ptr<TestSecretStore> test;
    if (mode == "nokeychain") {
        test = std::make_unique<TestSecretStoreNoKeychain>();
    } else if (mode == "nocollection") {
        test = std::make_unique<TestSecretStoreNoCollection>();
    } else if (mode == "locked") {
        test = std::make_unique<TestSecretStoreLocked>();
    } else {
        test = std::make_unique<TestSecretStoreKeyring>();
    }
    return QTest::qExec(test.get(), argc, argv);
}
#include "tst_secretstore.moc"
