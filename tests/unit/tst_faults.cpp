#include "core/CasClient.h"
#include "core/Jwt.h"
#include "MisbehavingServer.h"
#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using Kind = CasError::Kind;

// Parts failing underneath the app: the keychain going away, a server that trickles, a huge token,
// and the process's own protection of secrets in memory. (A settings write that cannot complete:
// tests/gui/tst_settingsfile.cpp, for each store.)
class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    // First: it points this process's session bus at a private dbus-daemon, which must happen
    // before anything here opens the bus.
    void keychainDisappearsBetweenReadAndWrite();
    void trickleEndsAtTotalDeadline();
    void megabyteTokenDecodes_data();
    void megabyteTokenDecodes();
    void coreDumpsDisabledInRunningBinary();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;

    bool startPrivateBus(QString* address);
    bool startKeyring(const QString& address);
    QStringList filesContaining(const QString& root, const QByteArray& needle) const;
};

void TestFaults::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console-faults"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console-faults"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFaults::cleanupTestCase()
{
    for (QProcess* process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

bool TestFaults::startPrivateBus(QString* address)
{
    // Without service directories nothing can be activated on this bus, so once our keyring is
    // gone the Secret Service stays gone.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:dir="
               + QDir::tempPath().toUtf8()
               + "</listen>"
                 "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    file.close();
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"), QStringLiteral("--config-file=") + config});
    if (!m_bus.waitForStarted(10000))
        return false;
    QByteArray line;
    while (!line.contains('\n') && m_bus.waitForReadyRead(10000))
        line += m_bus.readAllStandardOutput();
    *address = QString::fromUtf8(line).trimmed();
    return !address->isEmpty();
}

bool TestFaults::startKeyring(const QString& address)
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000))
        return false;
    m_keyring.write("pw");
    m_keyring.closeWriteChannel();
    return true;
}

QStringList TestFaults::filesContaining(const QString& root, const QByteArray& needle) const
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

void TestFaults::keychainDisappearsBetweenReadAndWrite()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring-daemon");
    QString address;
    QVERIFY(startPrivateBus(&address));
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    QVERIFY(startKeyring(address));
    QTRY_VERIFY_WITH_TIMEOUT(SecretStore::isKeychainReachable(), 20000);

    const QString profile = QStringLiteral("faults");
    const QByteArray first = "first-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray second = "second-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    SecretStore store;
    SecretError error = store.writeBlocking(profile, first);
    QVERIFY2(error.ok(), qPrintable(error.message));
    std::optional<QByteArray> read = store.readBlocking(profile, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(read.value_or(QByteArray()), first);

    // The Secret Service goes away while the bus stays.
    m_keyring.kill();
    QVERIFY(m_keyring.waitForFinished(10000));
    error = store.writeBlocking(profile, second);
    QVERIFY2(error.kind == SecretError::Kind::NoKeychain || error.kind == SecretError::Kind::Failed,
             qPrintable(QStringLiteral("%1: %2").arg(int(error.kind)).arg(error.message)));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.toUtf8().contains(second));
    read = store.readBlocking(profile, &error);
    QVERIFY(!read.has_value());
    QVERIFY(error.kind != SecretError::Kind::None);

    // Then the session bus itself.
    m_bus.kill();
    QVERIFY(m_bus.waitForFinished(10000));
    error = store.writeBlocking(profile, second);
    QVERIFY2(error.kind == SecretError::Kind::NoKeychain || error.kind == SecretError::Kind::Failed,
             qPrintable(QStringLiteral("%1: %2").arg(int(error.kind)).arg(error.message)));
    QVERIFY(!error.message.toUtf8().contains(second));
    QVERIFY(!SecretStore::isKeychainReachable());

    // No plaintext fallback: neither secret is in any file we or the keyring could have written.
    const QStringList roots {m_dir.path(), QDir::homePath(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), QDir::currentPath()};
    for (const QString& root : roots) {
        for (const QByteArray& secret : {first, second}) {
            const QStringList found = filesContaining(root, secret);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
        }
    }
}

void TestFaults::trickleEndsAtTotalDeadline()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    // A byte every 100 ms keeps the stall timer (1 s) from ever firing; 1000 bytes would take 100 s.
    server.setResponse(MisbehavingServer::Response::trickle(1000, 100));
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    CasRequest request;
    request.baseUrl = server.baseUrl().toString();
    request.apiKey = QStringLiteral("key");
    request.apiSecret = "secret";
    request.timeoutMs = 1500;
    request.stallTimeoutMs = 1000;
    client.fetch(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const CasResult result = finished.first().first().value<CasResult>();
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("did not answer within 1.5 s")), qPrintable(result.error.message));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.token.isEmpty());
    QVERIFY(!client.isBusy());
}

void TestFaults::megabyteTokenDecodes_data()
{
    QTest::addColumn<bool>("asCasResponse");
    QTest::newRow("bare token") << false;
    QTest::newRow("inside a CAS response") << true;
}

void TestFaults::megabyteTokenDecodes()
{
    QFETCH(bool, asCasResponse);
    const auto encode = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    QByteArray payload = "{\"sub\":\"big\",\"exp\":1700000000,\"data\":\"";
    payload += QByteArray(768 * 1024, 'x');
    payload += "\",\"n\":12345678901234567890123}";
    const QByteArray compact = encode(header) + '.' + encode(payload) + '.' + encode(QByteArray(32, '\x5a'));
    QVERIFY(compact.size() >= 1024 * 1024);
    const QByteArray pasted = asCasResponse ? "{\"token\": \"" + compact + "\"}" : compact;

    const Jwt jwt = Jwt::parse(QString::fromLatin1(pasted));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.error().message));
    QCOMPARE(jwt.compact().toLatin1(), compact);
    QCOMPARE(jwt.headerJson(), header);
    QCOMPARE(jwt.payloadJson(), payload);
    QCOMPARE(jwt.algorithm(), QStringLiteral("HS256"));
    QCOMPARE(jwt.numericClaim(QStringLiteral("exp")), std::optional<qint64>(1700000000));
    QVERIFY(jwt.payload().ok);
    QCOMPARE(jwt.payload().topLevel.size(), 4);
    QCOMPARE(jwt.payload().topLevel.at(2).stringValue.size(), 768 * 1024);
    QCOMPARE(jwt.payload().topLevel.at(3).rawValue, QStringLiteral("12345678901234567890123"));
}

void TestFaults::coreDumpsDisabledInRunningBinary()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    const QString binary = qEnvironmentVariable("CAS_CONSOLE_BIN");
    if (binary.isEmpty())
        QSKIP("CAS_CONSOLE_BIN is not set (ctest sets it)");
    // This process may dump core: the zero below is the binary's own doing.
    rlimit own {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &own), 0);
    const rlimit allow {own.rlim_max, own.rlim_max};
    setrlimit(RLIMIT_CORE, &allow);

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binary, {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    // Serving means main() is past its start-up, core-dump switch included.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("127.0.0.1") || process.state() == QProcess::NotRunning,
                             30000);
    QCOMPARE(process.state(), QProcess::Running);

    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(limits.readAll());
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(10000);
    }
    static const QRegularExpression coreLine(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = coreLine.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    QCOMPARE(match.captured(1), QStringLiteral("0"));
    QCOMPARE(match.captured(2), QStringLiteral("0"));
#endif
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
