// Which shared libraries the real cas-console maps: the command line none of the window's (Qt
// Widgets, Qt Gui), the keychain's only when it uses the keychain and the network module's (Qt
// Network, OpenSSL) only when it makes a request, serves or checks a signature; the window its
// module and Qt Widgets, and no network library before it is asked for one. Read from the dynamic loader's own
// report (glibc's LD_DEBUG=files), which names every library a process maps, at start and later
// (Qt's plugins, dlopen).
#include "CliProcess.h"
#include "TestSupport.h"
#include "core/DemoCasServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace
{
using CliProcess::Run;

// fontconfig: loaded by the window's FontWarmUp and by Qt Gui, never by the command line.
const QStringList WindowLibraries {QStringLiteral("libQt6Widgets.so"), QStringLiteral("libQt6Gui.so"), QStringLiteral("libfontconfig.so")};
// Loaded with the keychain module, on the first keychain operation only.
const QStringList KeychainLibraries {QStringLiteral("libcasconsole_keychain.so"), QStringLiteral("libqt6keychain.so"),
                                     QStringLiteral("libQt6DBus.so")};
// Loaded with the network module, on the first request, server or signature check only.
const QStringList NetworkLibraries {QStringLiteral("libcasconsole_net.so"), QStringLiteral("libQt6Network.so"), QStringLiteral("libssl.so"),
                                    QStringLiteral("libcrypto.so")};

bool isAny(const QString& library, const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (library.startsWith(prefix))
            return true;
    }
    return false;
}
} // namespace

class TestCliLibraries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_caFile;
    QString m_demoUrl;
    QString m_demoTrace;
    QProcess m_demo;
    int m_traces = 0;

    /// A new base name for LD_DEBUG_OUTPUT (the loader appends ".PID").
    QString newTrace()
    {
        return m_dir.filePath(QStringLiteral("ld-%1").arg(++m_traces));
    }

    QProcessEnvironment environment(const QString& trace) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAS_API_SECRET"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), trace);
        return env;
    }

    /// The libraries the loader mapped in the processes that wrote TRACE.*, with how ("needed by"
    /// or "dynamically loaded by" and the object that asked).
    static QMap<QString, QString> loaded(const QString& trace)
    {
        static const QRegularExpression line(QStringLiteral(R"(file=(\S+) \[\d+\];\s+((?:needed|dynamically loaded) by \S+))"));
        QMap<QString, QString> libraries;
        const QFileInfo base(trace);
        const QStringList files = QDir(base.path()).entryList({base.fileName() + QStringLiteral(".*")}, QDir::Files);
        for (const QString& name : files) {
            QFile file(QDir(base.path()).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QRegularExpressionMatchIterator it = line.globalMatch(QString::fromLocal8Bit(file.readAll()));
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                // The first line says how it came; later ones add "relocation dependency" links.
                const QString name = QFileInfo(match.captured(1)).fileName();
                if (!libraries.contains(name))
                    libraries.insert(name, match.captured(2));
            }
        }
        return libraries;
    }

    /// Fails when the trace shows a library of the window (or, with keychain false, of the
    /// keychain; with network false, of the network module); checks that the trace is not empty.
    static bool headless(const QString& trace, QByteArray* problem, bool keychain = true, bool network = true)
    {
        const QMap<QString, QString> libraries = loaded(trace);
        if (!libraries.contains(QStringLiteral("libQt6Core.so.6"))) {
            *problem = "the loader's trace names no libQt6Core: LD_DEBUG did not work";
            return false;
        }
        for (auto it = libraries.cbegin(); it != libraries.cend(); ++it) {
            if (isAny(it.key(), WindowLibraries) || it.key().startsWith(QLatin1String("libcasconsole_window"))
                || (!keychain && isAny(it.key(), KeychainLibraries)) || (!network && isAny(it.key(), NetworkLibraries))) {
                *problem = (it.key() + QStringLiteral(" was loaded, ") + it.value()).toLocal8Bit();
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("LD_DEBUG is glibc's; the window is a module on Linux only");
#endif
        m_bin = qEnvironmentVariable("CAS_CONSOLE_BIN");
        QVERIFY2(QFileInfo::exists(m_bin), "CAS_CONSOLE_BIN must name the built cas-console");
        QVERIFY(m_dir.isValid());
        m_caFile = m_dir.filePath(QStringLiteral("demo-ca.pem"));
        m_demoTrace = newTrace();
        m_demoUrl = CliProcess::startDemo(m_demo, m_bin, m_caFile, environment(m_demoTrace));
        QVERIFY2(m_demoUrl.startsWith(QLatin1String("https://127.0.0.1:")), m_demo.readAllStandardError().constData());
        const Run add = CliProcess::run(m_bin,
                                        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kept"), QStringLiteral("--url"),
                                         m_demoUrl, QStringLiteral("--key"), DemoCasServer::ApiKey, QStringLiteral("--secret-stdin")},
                                        DemoCasServer::ApiSecret + '\n', environment(newTrace()));
        QVERIFY2(add.code == 0, add.err.constData());
    }

    void cleanupTestCase()
    {
        CliProcess::run(m_bin, {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("kept")}, {}, environment(newTrace()));
        m_demo.terminate();
        QVERIFY(m_demo.waitForFinished(10000));
    }

    // The executable is a launcher that links only libc: every library that the window's module
    // and Qt's plugins load later is looked up first in the executable's own libraries (the global
    // scope), and that is now libc alone (app/launcher.c). The program itself is a module.
    void executableLinksOnlyLibc()
    {
        const QString trace = newTrace();
        const Run r = CliProcess::run(m_bin, {QStringLiteral("--version")}, {}, environment(trace));
        QVERIFY2(r.code == 0, r.err.constData());
        const QMap<QString, QString> libraries = loaded(trace);
        const QString byLauncher = QStringLiteral("needed by ") + m_bin;
        QStringList needed;
        for (auto it = libraries.cbegin(); it != libraries.cend(); ++it) {
            if (it.value() == byLauncher)
                needed << it.key();
        }
        // A sanitizer build also links the sanitizers' runtimes, with the C++ runtime they need.
        const QStringList sanitizers {QStringLiteral("libasan"), QStringLiteral("libubsan")};
        const bool sanitized = std::any_of(needed.cbegin(), needed.cend(), [&](const QString& name) {
            return isAny(name, sanitizers);
        });
        const QStringList runtime {QStringLiteral("libstdc++.so"), QStringLiteral("libm.so"), QStringLiteral("libgcc_s.so")};
        for (const QString& name : std::as_const(needed)) {
            const bool allowed = name == QLatin1String("libc.so.6") || (sanitized && (isAny(name, sanitizers) || isAny(name, runtime)));
            QVERIFY2(allowed, qPrintable(name + QStringLiteral(" is ") + byLauncher));
        }
        QVERIFY2(!needed.isEmpty(), "the loader's trace names nothing needed by the executable: LD_DEBUG did not work");
        // Opened by the launcher (through AddressSanitizer's dlopen in a sanitizer build).
        const QString program = libraries.value(QStringLiteral("libcasconsole_program.so"));
        QVERIFY2(sanitized ? program.startsWith(QLatin1String("dynamically loaded by "))
                           : program == QStringLiteral("dynamically loaded by ") + m_bin,
                 qPrintable(program));
        QVERIFY2(libraries.value(QStringLiteral("libQt6Core.so.6")).startsWith(QLatin1String("needed by")),
                 qPrintable(libraries.value(QStringLiteral("libQt6Core.so.6"))));
        QVERIFY(!libraries.value(QStringLiteral("libQt6Core.so.6")).endsWith(m_bin));
    }

    // A launcher without its program beside it (a broken or partial installation) says so and
    // what to do, and fails.
    void launcherWithoutProgramFails()
    {
        const QString alone = m_dir.filePath(QStringLiteral("launcher-alone"));
        QVERIFY(QDir().mkpath(alone));
        const QString copy = QDir(alone).filePath(QStringLiteral("cas-console"));
        if (!QFileInfo::exists(copy))
            QVERIFY(QFile::copy(m_bin, copy));
        QProcessEnvironment env = environment(newTrace());
        env.remove(QStringLiteral("LD_LIBRARY_PATH"));
        const Run r = CliProcess::run(copy, {QStringLiteral("--version")}, {}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("cas-console: cannot load its program library libcasconsole_program.so: "), r.err.constData());
        QVERIFY2(r.err.contains("Reinstall cas-console."), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // A damaged program in a folder whose name holds terminal controls: the loader's message
        // names the file, and it is printed as text.
        const QString hostile = m_dir.filePath(QStringLiteral("odd\x1b]0;title\x07\x1b[31mdir"));
        QVERIFY(QDir().mkpath(hostile));
        const QString launcher = QDir(hostile).filePath(QStringLiteral("cas-console"));
        if (!QFileInfo::exists(launcher))
            QVERIFY(QFile::copy(m_bin, launcher));
        QFile damaged(QDir(hostile).filePath(QStringLiteral("libcasconsole_program.so")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a library");
        damaged.close();
        const Run odd = CliProcess::run(launcher, {QStringLiteral("--version")}, {}, env);
        QCOMPARE(odd.code, 1);
        QVERIFY2(odd.err.contains("odd?]0;title??[31mdir/libcasconsole_program.so"), odd.err.constData());
        QVERIFY2(!odd.err.contains('\x1b') && !odd.err.contains('\x07'), odd.err.toPercentEncoding().constData());
    }

    void commandLineLoadsNoWindowLibraries_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("keychain"); // whether the command may load the keychain module
        QTest::addColumn<bool>("network"); // whether it needs the network module (and then loads it)
        const QString token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"a"})");
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << QByteArray() << 0 << false << false;
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << QByteArray() << 0 << false << false;
        QTest::newRow("help token") << QStringList {QStringLiteral("help"), QStringLiteral("token")} << QByteArray() << 0 << false << false;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--nope")} << QByteArray() << 2 << false << false;
        QTest::newRow("--demo with a command") << QStringList {QStringLiteral("--demo"), QStringLiteral("token")} << QByteArray() << 2
                                               << false << false;
        QTest::newRow("decode") << QStringList {QStringLiteral("decode"), QStringLiteral("--json"), token} << QByteArray() << 0 << false
                                << false;
        QTest::newRow("verify") << QStringList {QStringLiteral("verify"), token, QStringLiteral("--secret-stdin")} << QByteArray("secret\n")
                                << 8 << false << true; // not verified: the signature is made up
        QTest::newRow("qr") << QStringList {QStringLiteral("qr"), token, QStringLiteral("--output"), QStringLiteral("QR")} << QByteArray()
                            << 0 << false << false;
        QTest::newRow("profile list") << QStringList {QStringLiteral("profile"), QStringLiteral("list")} << QByteArray() << 0 << false
                                      << false;
        QTest::newRow("completion") << QStringList {QStringLiteral("completion"), QStringLiteral("bash")} << QByteArray() << 0 << false
                                    << false;
        QTest::newRow("token") << QStringList {QStringLiteral("token"), QStringLiteral("--url"),         QStringLiteral("DEMO"),
                                               QStringLiteral("--key"), DemoCasServer::ApiKey,           QStringLiteral("--cacert"),
                                               QStringLiteral("CA"),    QStringLiteral("--secret-stdin")}
                               << (DemoCasServer::ApiSecret + '\n') << 0 << false << true;
        QTest::newRow("token, secret from the keychain")
            << QStringList {QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("kept"), QStringLiteral("--cacert"),
                            QStringLiteral("CA")}
            << QByteArray() << 0 << true << true;
    }

    void commandLineLoadsNoWindowLibraries()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(bool, keychain);
        QFETCH(bool, network);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^DEMO$")), m_demoUrl);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^CA$")), m_caFile);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^QR$")), m_dir.filePath(QStringLiteral("token.png")));
        const QString trace = newTrace();
        const Run r = CliProcess::run(m_bin, args, input, environment(trace));
        QVERIFY2(r.code == code, r.err.constData());
        QByteArray problem;
        QVERIFY2(headless(trace, &problem, keychain, network), problem.constData());
        if (network) {
            // Loaded when needed, and then by core.
            QVERIFY2(loaded(trace).value(QStringLiteral("libcasconsole_net.so")).startsWith(QLatin1String("dynamically loaded by")),
                     qPrintable(loaded(trace).value(QStringLiteral("libcasconsole_net.so"))));
        }
        if (keychain) {
            // Loaded when needed, and then by core.
            QVERIFY2(loaded(trace).value(QStringLiteral("libcasconsole_keychain.so")).startsWith(QLatin1String("dynamically loaded by")),
                     qPrintable(loaded(trace).value(QStringLiteral("libcasconsole_keychain.so"))));
        }
    }

    void longRunningCommandsLoadNoWindowLibraries()
    {
        QByteArray problem;
        QVERIFY2(headless(m_demoTrace, &problem, false), QByteArray("demo-server: " + problem).constData());

        const QString trace = newTrace();
        QProcess serve;
        QProcessEnvironment env = environment(trace);
        env.insert(QStringLiteral("CAS_API_SECRET"), QString::fromLatin1(DemoCasServer::ApiSecret));
        serve.setProcessEnvironment(env);
        serve.start(m_bin,
                    {QStringLiteral("serve"), QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"), DemoCasServer::ApiKey,
                     QStringLiteral("--cacert"), m_caFile});
        QVERIFY(serve.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += serve.readAllStandardOutput()).contains("URL: "), 20000);
        QVERIFY2(headless(trace, &problem, false), QByteArray("serve: " + problem).constData());
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    void noDisplayLoadsNoWindowLibraries()
    {
        const QString trace = newTrace();
        QProcessEnvironment env = environment(trace);
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run r = CliProcess::run(m_bin, {}, {}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("The window needs a display"), r.err.constData());
        QByteArray problem;
        QVERIFY2(headless(trace, &problem, false, false), problem.constData());
    }

    void windowLoadsItsModule_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("network"); // whether the window needs the network module from the start
        QTest::newRow("no arguments") << QStringList {} << false;
        QTest::newRow("--demo") << QStringList {QStringLiteral("--demo")} << true; // the demo CAS is a server
    }

    void windowLoadsItsModule()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, network);
        const QString trace = newTrace();
        QProcessEnvironment env = environment(trace);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(m_bin, args);
        QVERIFY(window.waitForStarted());
        // The platform plugin is loaded when the QApplication starts, in the module.
        QTRY_VERIFY_WITH_TIMEOUT(loaded(trace).contains(QStringLiteral("libqoffscreen.so")) || window.state() == QProcess::NotRunning,
                                 20000);
        // The keychain check runs once the window has painted its first frame (AfterFirstPaint):
        // by then the window has done everything it does at start.
        QTRY_VERIFY_WITH_TIMEOUT(
            loaded(trace).contains(QStringLiteral("libcasconsole_keychain.so")) || window.state() == QProcess::NotRunning, 20000);
        const QMap<QString, QString> libraries = loaded(trace);
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());
        QVERIFY2(libraries.value(QStringLiteral("libcasconsole_window.so")).startsWith(QLatin1String("dynamically loaded by")),
                 qPrintable(libraries.value(QStringLiteral("libcasconsole_window.so"))));
        QVERIFY(libraries.contains(QStringLiteral("libQt6Widgets.so.6")));
        // One core for both: the module uses the program's, not a copy of its own.
        QVERIFY2(libraries.value(QStringLiteral("libcasconsole_core.so")).startsWith(QLatin1String("needed by")),
                 qPrintable(libraries.value(QStringLiteral("libcasconsole_core.so"))));
        if (network) {
            QVERIFY2(libraries.value(QStringLiteral("libcasconsole_net.so")).startsWith(QLatin1String("dynamically loaded by")),
                     qPrintable(libraries.value(QStringLiteral("libcasconsole_net.so"))));
        } else {
            for (auto it = libraries.cbegin(); it != libraries.cend(); ++it)
                QVERIFY2(!isAny(it.key(), NetworkLibraries), qPrintable(it.key() + QStringLiteral(" was loaded, ") + it.value()));
        }
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
    }

    // An installation whose network module is missing: core is taken from a directory without it
    // (LD_LIBRARY_PATH comes before the program's RUNPATH). Nothing that needs the module may
    // pass: above all, a correctly signed token is never reported as verified.
    void missingNetworkModuleFailsSafely_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString signedToken = QString::fromLatin1(DemoCasServer::makeToken(now, now + 3600));
        QTest::newRow("verify, right secret") << QStringList {QStringLiteral("verify"), signedToken, QStringLiteral("--secret-stdin")}
                                              << (DemoCasServer::SigningSecret + '\n') << 1;
        QTest::newRow("token") << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("DEMO"),
                                               QStringLiteral("--key"), DemoCasServer::ApiKey,   QStringLiteral("--secret-stdin")}
                               << (DemoCasServer::ApiSecret + '\n') << 3;
        QTest::newRow("decode still works") << QStringList {QStringLiteral("decode"), signedToken} << QByteArray() << 0;
    }

    void missingNetworkModuleFailsSafely()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^DEMO$")), m_demoUrl);
        const QString built = QFileInfo(m_bin).absolutePath();
        const QString broken = m_dir.filePath(QStringLiteral("without-net"));
        QVERIFY(QDir().mkpath(broken));
        for (const QString& name : {QStringLiteral("libcasconsole_core.so"), QStringLiteral("libcasconsole_keychain.so")}) {
            if (!QFileInfo::exists(QDir(broken).filePath(name)))
                QVERIFY(QFile::copy(QDir(built).filePath(name), QDir(broken).filePath(name)));
        }
        QVERIFY(QFileInfo::exists(QDir(built).filePath(QStringLiteral("libcasconsole_net.so"))));
        QVERIFY(!QFileInfo::exists(QDir(broken).filePath(QStringLiteral("libcasconsole_net.so"))));

        QProcessEnvironment env = environment(newTrace());
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), broken);
        const Run r = CliProcess::run(m_bin, args, input, env);
        QVERIFY2(r.code == code, QByteArray(QByteArray::number(r.code) + ": " + r.err).constData());
        if (code != 0) {
            QVERIFY2(r.err.contains("lacks its network module"), r.err.constData());
            QVERIFY2(r.err.contains("Reinstall cas-console"), r.err.constData());
            QVERIFY2(!r.out.contains("verified"), r.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLibraries)
#include "tst_clilibraries.moc"
