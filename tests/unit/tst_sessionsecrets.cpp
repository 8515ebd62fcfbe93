// SessionSecrets: secrets held in memory for one session. Two environments (tests/extra-tests.cmake):
// the default run has an unlocked gnome-keyring, so a saved secret leaves memory once stored;
// tst_sessionsecrets_nokeychain has no D-Bus session, so it stays in memory and nowhere else.
#include "core/SecretStore.h"
#include "core/SessionSecrets.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

namespace
{
SecretError saveAndWait(SessionSecrets& secrets, const QString& profile, const QByteArray& secret)
{
    SecretError result;
    result.kind = SecretError::Kind::Failed;
    result.message = QStringLiteral("save never called back");
    waitForCallback([&](const std::function<void()>& done) {
        secrets.save(profile, secret, [&result, done](const SecretError& error) {
            result = error;
            done();
        });
    });
    return result;
}

QString uniqueName(const char* what)
{
    return QStringLiteral("tst-sessionsecrets-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(what));
}
} // namespace

/// What holds in every environment: memory only, no keychain involved.
class TestSessionSecretsMemory : public QObject
{
    Q_OBJECT

private slots:
    void insertValueRemove();
    void insertReplaces();
    void rename();
    void renameOntoItselfKeeps();
    void clearForgetsEverything();
    void destructionForgetsEverything();
};

void TestSessionSecretsMemory::insertValueRemove()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    QVERIFY(!secrets.contains(QStringLiteral("demo")));
    QCOMPARE(secrets.value(QStringLiteral("demo")), QByteArray());
    secrets.insert(QStringLiteral("demo"), "demo-secret");
    QVERIFY(secrets.contains(QStringLiteral("demo")));
    QCOMPARE(secrets.value(QStringLiteral("demo")), QByteArray("demo-secret"));
    secrets.remove(QStringLiteral("demo"));
    QVERIFY(!secrets.contains(QStringLiteral("demo")));
    QCOMPARE(secrets.value(QStringLiteral("demo")), QByteArray());
    secrets.remove(QStringLiteral("never there")); // harmless
}

void TestSessionSecretsMemory::insertReplaces()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    QByteArray first("first-secret");
    secrets.insert(QStringLiteral("p"), first);
    secrets.insert(QStringLiteral("p"), "second");
    QCOMPARE(secrets.value(QStringLiteral("p")), QByteArray("second"));
    // Wiping the stored copy never touches the caller's own copy.
    QCOMPARE(first, QByteArray("first-secret"));
}

void TestSessionSecretsMemory::rename()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    secrets.insert(QStringLiteral("old"), "s");
    secrets.rename(QStringLiteral("old"), QStringLiteral("new"));
    QVERIFY(!secrets.contains(QStringLiteral("old")));
    QCOMPARE(secrets.value(QStringLiteral("new")), QByteArray("s"));
    secrets.rename(QStringLiteral("missing"), QStringLiteral("other"));
    QVERIFY(!secrets.contains(QStringLiteral("other")));
}

void TestSessionSecretsMemory::renameOntoItselfKeeps()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    secrets.insert(QStringLiteral("same"), "s");
    secrets.rename(QStringLiteral("same"), QStringLiteral("same"));
    QCOMPARE(secrets.value(QStringLiteral("same")), QByteArray("s"));
}

void TestSessionSecretsMemory::clearForgetsEverything()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    secrets.insert(QStringLiteral("a"), "1");
    secrets.insert(QStringLiteral("b"), "2");
    secrets.clear();
    QVERIFY(!secrets.contains(QStringLiteral("a")));
    QVERIFY(!secrets.contains(QStringLiteral("b")));
}

void TestSessionSecretsMemory::destructionForgetsEverything()
{
    SecretStore store;
    QByteArray caller("caller-copy");
    {
        SessionSecrets secrets(&store);
        secrets.insert(QStringLiteral("a"), caller);
    }
    QCOMPARE(caller, QByteArray("caller-copy"));
}

/// An unlocked gnome-keyring: a saved secret is in memory while the job runs, then only there.
class TestSessionSecretsKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void savedSecretLeavesMemory();
    void newerSecretStaysUntilItsOwnSave();

private:
    SecretStore m_store;
    QStringList m_used;
};

void TestSessionSecretsKeyring::initTestCase()
{
    QVERIFY2(SecretStore::isKeychainReachable(),
             "No Secret Service on the session bus: run under dbus-run-session with gnome-keyring started and "
             "unlocked (see scripts/test.sh)");
}

void TestSessionSecretsKeyring::cleanup()
{
    for (const QString& name : std::as_const(m_used)) {
        QVERIFY(m_store.removeBlocking(name).ok());
    }
    m_used.clear();
}

void TestSessionSecretsKeyring::savedSecretLeavesMemory()
{
    const QString name = uniqueName("saved");
    m_used << name;
    SessionSecrets secrets(&m_store);
    QSignalSpy finished(&secrets, &SessionSecrets::saveFinished);
    bool called = false;
    secrets.save(name, "kept-until-stored", [&called](const SecretError&) {
        called = true;
    });
    // Usable at once, while the keychain job runs.
    QVERIFY(secrets.isSaving(name));
    QCOMPARE(secrets.value(name), QByteArray("kept-until-stored"));
    QTRY_VERIFY_WITH_TIMEOUT(called, 60000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toString(), name);
    QVERIFY(!secrets.isSaving(name));
    QVERIFY(!secrets.contains(name));
    QVERIFY(secrets.keychainReachable());
    SecretError error;
    QCOMPARE(m_store.readBlocking(name, &error), std::optional<QByteArray>("kept-until-stored"));
}

void TestSessionSecretsKeyring::newerSecretStaysUntilItsOwnSave()
{
    const QString name = uniqueName("newer");
    m_used << name;
    SessionSecrets secrets(&m_store);
    int calls = 0;
    secrets.save(name, "first", [&calls](const SecretError&) {
        ++calls;
    });
    secrets.insert(name, "typed-meanwhile");
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
    // The first save ended, but memory holds a newer secret: it is not the first save's to drop.
    QCOMPARE(secrets.value(name), QByteArray("typed-meanwhile"));
}

/// No D-Bus session at all: a saved secret stays in memory for the session and the keychain is
/// known to be unreachable.
class TestSessionSecretsNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failedSaveKeepsSecretInMemory();
};

void TestSessionSecretsNoKeychain::initTestCase()
{
    QVERIFY(!SecretStore::isKeychainReachable());
}

void TestSessionSecretsNoKeychain::failedSaveKeepsSecretInMemory()
{
    SecretStore store;
    SessionSecrets secrets(&store);
    const QString name = uniqueName("nokeychain");
    const SecretError error = saveAndWait(secrets, name, "session-only");
    QCOMPARE(error.kind, SecretError::Kind::NoKeychain);
    QVERIFY(!secrets.isSaving(name));
    QCOMPARE(secrets.value(name), QByteArray("session-only"));
    QVERIFY(!secrets.keychainReachable());
    secrets.remove(name);
    QVERIFY(!secrets.contains(name));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestSessionSecretsMemory memory;
    int failed = QTest::qExec(&memory, argc, argv);
    if (qgetenv("CAS_SESSIONSECRETS_MODE") == "nokeychain") {
        TestSessionSecretsNoKeychain noKeychain;
        failed += QTest::qExec(&noKeychain, argc, argv);
    } else {
        TestSessionSecretsKeyring keyring;
        failed += QTest::qExec(&keyring, argc, argv);
    }
    return failed;
}

#include "tst_sessionsecrets.moc"
