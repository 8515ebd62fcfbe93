// The real binary and the real keychain: a profile's secret belongs to its CAS origin and API key,
// `profile remove` deletes what the profile kept in the keychain or fails loudly, and control
// characters in a key or secret are a usage error before anything is sent.
#include "core/HistoryStore.h"
#include "core/SecretStore.h"
#include "core/SettingsFile.h"
#include "CliProcess.h"
#include "KeyringItems.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using CliProcess::Run;

class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void secretIsStoredAsText();
    void secretFollowsOnlyItsOriginAndKey_data();
    void secretFollowsOnlyItsOriginAndKey();
    void changedOriginNeverSeesTheOldSecret();
    void controlCharactersAreUsageErrors_data();
    void controlCharactersAreUsageErrors();
    void environmentSecretLosesTrailingCr();
    void removeDeletesSecretAndHistory();
    void removeWithoutKeychainFailsLoudly();
    void unwritableSettingsFileIsNamed();

private:
    QString m_bin;
    QTemporaryDir m_dir;
    QString m_configHome;
    QProcess m_demo;
    QString m_demoUrl;
    QString m_caFile;
    QString m_name;
    SecretStore m_secrets;
    QStringList m_historyIds;

    QProcessEnvironment environment() const;
    QProcessEnvironment withoutKeychain() const;
    Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {});
    Run addProfile(const QString& url, const QString& key, const QByteArray& secret = {});
    /// What `secret-tool lookup` prints for the profile's entry (empty when there is none).
    QByteArray lookup(const QString& user) const;
    QString settingsPath() const;
};

QProcessEnvironment TestCliProfiles::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAS_API_SECRET"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
    return env;
}

QProcessEnvironment TestCliProfiles::withoutKeychain() const
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

Run TestCliProfiles::run(const QStringList& args, const QByteArray& input, const QProcessEnvironment& env)
{
    return CliProcess::run(m_bin, args, input, env.isEmpty() ? environment() : env);
}

Run TestCliProfiles::addProfile(const QString& url, const QString& key, const QByteArray& secret)
{
    QStringList args {QStringLiteral("profile"),
                      QStringLiteral("add"),
                      m_name,
                      QStringLiteral("--url"),
                      url,
                      QStringLiteral("--key"),
                      key,
                      QStringLiteral("--cacert"),
                      m_caFile};
    if (!secret.isEmpty()) {
        args << QStringLiteral("--secret-stdin");
    }
    return run(args, secret.isEmpty() ? QByteArray() : secret + '\n');
}

QByteArray TestCliProfiles::lookup(const QString& user) const
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::ServiceName, QStringLiteral("user"), user});
    if (!tool.waitForFinished(60000)) {
        return "<secret-tool did not finish>";
    }
    return tool.readAllStandardOutput();
}

QString TestCliProfiles::settingsPath() const
{
    return m_configHome + QStringLiteral("/cas-console/cas-console.conf");
}

void TestCliProfiles::initTestCase()
{
    m_bin = qEnvironmentVariable("CAS_CONSOLE_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "CAS_CONSOLE_BIN must name the built cas-console");
    QVERIFY2(SecretStore::isKeychainReachable(), "No Secret Service: run under scripts/test.sh (gnome-keyring in a private D-Bus session)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(), "secret-tool (libsecret-tools) is missing");
    QVERIFY(m_dir.isValid());
    m_configHome = m_dir.filePath(QStringLiteral("config"));
    m_caFile = m_dir.filePath(QStringLiteral("demo-ca.pem"));
    m_demoUrl = CliProcess::startDemo(m_demo, m_bin, m_caFile, environment());
    QVERIFY2(!m_demoUrl.isEmpty(), "the demo CAS did not start");
}

void TestCliProfiles::cleanupTestCase()
{
    m_demo.terminate();
    QVERIFY(m_demo.waitForFinished(10000));
}

void TestCliProfiles::init()
{
    m_name = QStringLiteral("cliprofiles-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(QTest::currentTestFunction()));
}

void TestCliProfiles::cleanup()
{
    run({QStringLiteral("profile"), QStringLiteral("remove"), m_name, QStringLiteral("--force")});
    m_secrets.removeBlocking(m_name);
    for (const QString& id : std::as_const(m_historyIds)) {
        m_secrets.removeItemBlocking(HistoryStore::ServiceName, id, QStringLiteral("test token"));
    }
    m_historyIds.clear();
}

void TestCliProfiles::secretIsStoredAsText()
{
    QCOMPARE(addProfile(m_demoUrl, QStringLiteral("demo-key"), "demo-secret").code, 0);
    // Text, not base64: the secret-tool a person would use prints the secret itself.
    QCOMPARE(lookup(m_name), QByteArray("demo-secret"));
    const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), m_name});
    QCOMPARE(token.code, 0);
}

void TestCliProfiles::secretFollowsOnlyItsOriginAndKey_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("kept");
    QTest::newRow("same origin, other path") << "SAME/stream/token/v2/"
                                             << "demo-key" << true;
    QTest::newRow("other port") << "https://127.0.0.1:1"
                                << "demo-key" << false;
    QTest::newRow("other host") << "https://localhost:PORT"
                                << "demo-key" << false;
    QTest::newRow("other API key") << "SAME"
                                   << "other-key" << false;
}

void TestCliProfiles::secretFollowsOnlyItsOriginAndKey()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(bool, kept);
    url.replace(QLatin1String("SAME"), m_demoUrl).replace(QLatin1String("PORT"), m_demoUrl.section(QLatin1Char(':'), -1));
    QCOMPARE(addProfile(m_demoUrl, QStringLiteral("demo-key"), "demo-secret").code, 0);
    const Run changed = addProfile(url, key);
    QCOMPARE(changed.code, 0);
    if (kept) {
        QVERIFY2(changed.err.contains("kept"), changed.err.constData());
        QCOMPARE(lookup(m_name), QByteArray("demo-secret"));
    } else {
        QVERIFY2(changed.err.contains("without a secret"), changed.err.constData());
        QCOMPARE(lookup(m_name), QByteArray());
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--profile"), m_name}).code,
                 2); // no secret: a usage error naming the ways to give one
    }
}

void TestCliProfiles::changedOriginNeverSeesTheOldSecret()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QCOMPARE(addProfile(m_demoUrl, QStringLiteral("demo-key"), "demo-secret").code, 0);
    QCOMPARE(addProfile(QStringLiteral("https://127.0.0.1:%1").arg(other.serverPort()), QStringLiteral("demo-key")).code, 0);
    const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), m_name});
    // The old secret is gone, so there is none: a usage error that names the ways to give one.
    QCOMPARE(token.code, 2);
    QVERIFY2(token.err.contains("CAS_API_SECRET"), token.err.constData());
    QVERIFY(!token.err.contains("demo-secret"));
    QVERIFY(!other.hasPendingConnections());
    QVERIFY(!other.waitForNewConnection(0));
}

void TestCliProfiles::controlCharactersAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("environmentSecret");
    QTest::addColumn<QByteArray>("named");

    const QStringList token {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:PORT"),
                             QStringLiteral("--cacert"), QStringLiteral("CA")};
    QTest::newRow("key with CR (argv)")
        << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo-key\r"), QStringLiteral("--secret-stdin")})
        << QByteArray("demo-secret\n") << QByteArray() << QByteArray("CR");
    QTest::newRow("key with LF (argv)")
        << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo\nkey"), QStringLiteral("--secret-stdin")})
        << QByteArray("demo-secret\n") << QByteArray() << QByteArray("LF");
    QTest::newRow("secret with ESC (stdin)")
        << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo-key"), QStringLiteral("--secret-stdin")})
        << QByteArray("demo\x1b[2Jsecret\n") << QByteArray() << QByteArray("U+001B");
    QTest::newRow("secret with NUL (stdin)")
        << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo-key"), QStringLiteral("--secret-stdin")})
        << QByteArray("demo\0secret\n", 12) << QByteArray() << QByteArray("NUL");
    QTest::newRow("secret with LF (environment)") << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo-key")})
                                                  << QByteArray() << QByteArray("demo\nsecret") << QByteArray("LF");
    QTest::newRow("secret with CR inside (environment)") << (token + QStringList {QStringLiteral("--key"), QStringLiteral("demo-key")})
                                                         << QByteArray() << QByteArray("demo\rsecret") << QByteArray("CR");
    QTest::newRow("profile add: key with TAB") << QStringList {QStringLiteral("profile"),
                                                               QStringLiteral("add"),
                                                               QStringLiteral("NAME"),
                                                               QStringLiteral("--url"),
                                                               QStringLiteral("https://127.0.0.1:PORT"),
                                                               QStringLiteral("--key"),
                                                               QStringLiteral("demo\tkey")}
                                               << QByteArray() << QByteArray() << QByteArray("TAB");
    QTest::newRow("profile add: secret with DEL (stdin)") << QStringList {QStringLiteral("profile"),
                                                                          QStringLiteral("add"),
                                                                          QStringLiteral("NAME"),
                                                                          QStringLiteral("--url"),
                                                                          QStringLiteral("https://127.0.0.1:PORT"),
                                                                          QStringLiteral("--key"),
                                                                          QStringLiteral("demo-key"),
                                                                          QStringLiteral("--secret-stdin")}
                                                          << QByteArray("demo\x7fsecret\n") << QByteArray() << QByteArray("U+007F");
}

void TestCliProfiles::controlCharactersAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, environmentSecret);
    QFETCH(QByteArray, named);
    // A listener that must never be contacted: the check comes before anything is sent.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    for (QString& arg : args) {
        arg.replace(QLatin1String("PORT"), QString::number(server.serverPort()));
        arg.replace(QLatin1String("NAME"), m_name);
        if (arg == QLatin1String("CA")) {
            arg = m_caFile;
        }
    }
    QProcessEnvironment env = environment();
    if (!environmentSecret.isEmpty()) {
        env.insert(QStringLiteral("CAS_API_SECRET"), QString::fromLatin1(environmentSecret));
    }
    const Run r = run(args, input, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("control character"), r.err.constData());
    QVERIFY2(r.err.contains(named), r.err.constData());
    QVERIFY(!r.err.contains("secret\n") && !r.err.contains("demo\x1b"));
    QVERIFY(!server.waitForNewConnection(0));
    QVERIFY(!run({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(m_name.toUtf8()));
    QCOMPARE(lookup(m_name), QByteArray());
}

void TestCliProfiles::environmentSecretLosesTrailingCr()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("CAS_API_SECRET"), QStringLiteral("demo-secret\r"));
    const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"), QStringLiteral("demo-key"),
                       QStringLiteral("--cacert"), m_caFile},
                      {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed().split('.').size(), 3);
    // The same secret from a Windows-edited file on stdin.
    const Run fromStdin = run({QStringLiteral("token"), QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"),
                               QStringLiteral("demo-key"), QStringLiteral("--cacert"), m_caFile, QStringLiteral("--secret-stdin")},
                              "demo-secret\r\n");
    QCOMPARE(fromStdin.code, 0);
}

void TestCliProfiles::removeDeletesSecretAndHistory()
{
    QCOMPARE(addProfile(m_demoUrl, QStringLiteral("demo-key"), "demo-secret").code, 0);
    // History as the window records it: tokens in the keychain, records in the settings file.
    {
        SettingsFile file(settingsPath());
        HistoryStore history(&m_secrets, &file);
        for (int i = 0; i < 2; ++i) {
            const QString token = makeToken(R"({"alg":"HS256"})", "{\"rid\":\"r" + QByteArray::number(i) + "\",\"exp\":1}");
            QVERIFY(waitForCallback([&](const std::function<void()>& done) {
                history.add(m_name, token, 200, [&, done](const HistoryEntry& entry, const SecretError& error) {
                    QVERIFY(error.ok());
                    m_historyIds << entry.id;
                    done();
                });
            }));
        }
    }
    QCOMPARE(m_historyIds.size(), 2);
    for (const QString& id : std::as_const(m_historyIds)) {
        QCOMPARE(KeyringItems::users(HistoryStore::ServiceName, id), QStringList {id});
    }

    const Run removed = run({QStringLiteral("profile"), QStringLiteral("remove"), m_name});
    QCOMPARE(removed.code, 0);
    QVERIFY2(removed.err.contains("removed"), removed.err.constData());
    QCOMPARE(KeyringItems::users(SecretStore::ServiceName, m_name), QStringList());
    for (const QString& id : std::as_const(m_historyIds)) {
        QCOMPARE(KeyringItems::users(HistoryStore::ServiceName, id), QStringList());
    }
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    for (const QString& key : raw.allKeys()) {
        QVERIFY2(!key.contains(m_name), qPrintable(key));
    }
}

void TestCliProfiles::removeWithoutKeychainFailsLoudly()
{
    QCOMPARE(addProfile(m_demoUrl, QStringLiteral("demo-key"), "demo-secret").code, 0);

    const Run refused = run({QStringLiteral("profile"), QStringLiteral("remove"), m_name}, {}, withoutKeychain());
    QCOMPARE(refused.code, 7);
    QVERIFY2(refused.err.contains("was kept"), refused.err.constData());
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(m_name.toUtf8()));
    QCOMPARE(lookup(m_name), QByteArray("demo-secret"));

    const Run forced = run({QStringLiteral("profile"), QStringLiteral("remove"), m_name, QStringLiteral("--force")}, {}, withoutKeychain());
    QCOMPARE(forced.code, 0);
    QVERIFY2(forced.err.contains("stay in the keychain"), forced.err.constData());
    QVERIFY2(forced.err.contains("API secret"), forced.err.constData());
    QVERIFY(!run({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(m_name.toUtf8()));
    // What --force said stays is really still there; the normal cleanup deletes it.
    QCOMPARE(lookup(m_name), QByteArray("demo-secret"));
}

void TestCliProfiles::unwritableSettingsFileIsNamed()
{
    // A configuration folder below a regular file cannot be created, not even by root.
    const QString regularFile = m_dir.filePath(QStringLiteral("regular-file"));
    QFile file(regularFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), regularFile);
    const Run r = run({QStringLiteral("profile"), QStringLiteral("add"), m_name, QStringLiteral("--url"), m_demoUrl,
                       QStringLiteral("--key"), QStringLiteral("demo-key"), QStringLiteral("--cacert"), m_caFile},
                      {}, env);
    QCOMPARE(r.code, 1);
    // What did not happen, which file, and what to do, on one line.
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("cas-console: Profile \"%1\" was not saved. The settings file %2/cas-console/cas-console.conf "
                                           "cannot be read or written: check that its folder exists and is writable")
                                .arg(m_name, regularFile)),
             r.err.constData());
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
