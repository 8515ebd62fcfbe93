// Runs the real cas-console binary against the embedded demo CAS (started by the binary
// itself with `demo-server --tls`) and checks stdout, stderr and exit codes.
#include "CliProcess.h"
#include "MisbehavingServer.h"
#include "TestKeys.h"
#include "core/JsonFormatter.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace
{
using CliProcess::Run;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_bin;
    QTemporaryDir m_dir;
    QString m_configHome;
    QProcess m_demo;
    QString m_demoUrl;
    QString m_caFile;
    QByteArray m_signingSecret;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAS_API_SECRET"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
        return env;
    }

    Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {})
    {
        return CliProcess::run(m_bin, args, input, env.isEmpty() ? environment() : env);
    }

    /// Runs the binary on a pseudo-terminal (python3's pty module): waits for prompt, then types
    /// input. Returns what the terminal showed (stdout and stderr together).
    Run runOnTerminal(const QStringList& args, const QByteArray& prompt, const QByteArray& input)
    {
        static const char* driver = R"PY(
import os, pty, sys, select
binary, prompt, typed = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode().decode('unicode_escape').encode('latin-1')
pid, fd = pty.fork()
if pid == 0:
    os.execv(binary, [binary] + sys.argv[4:])
seen = b''
def pump(until=None):
    global seen
    while True:
        if until is not None and until in seen:
            return True
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            return False
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return until is None
        if not chunk:
            return until is None
        seen += chunk
if not pump(prompt):
    sys.stdout.buffer.write(seen)
    sys.exit(99)
os.write(fd, typed)
pump()
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
)PY";
        QStringList pythonArgs {QStringLiteral("-c"), QString::fromLatin1(driver), m_bin, QString::fromUtf8(prompt),
                                QString::fromLatin1(input)};
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("python3"), pythonArgs + args);
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run result;
        result.code = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /// Checks that no file of the configuration holds secret; returns how many files it read.
    int configFilesChecked(const QByteArray& secret)
    {
        QDirIterator it(m_configHome, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly) || file.readAll().contains(secret)) {
                QTest::qFail(qPrintable(QStringLiteral("%1 holds the secret or cannot be read").arg(file.fileName())), __FILE__, __LINE__);
                return -1;
            }
            ++files;
        }
        return files;
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    QString demoToken()
    {
        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"), QStringLiteral("demo-key"),
                           QStringLiteral("--cacert"), m_caFile, QStringLiteral("--secret-stdin")},
                          "demo-secret\n");
        return QString::fromLatin1(r.out.trimmed());
    }

    QStringList tokenArgs(const QStringList& extra = {}) const
    {
        return QStringList {QStringLiteral("token"),    QStringLiteral("--url"),    m_demoUrl, QStringLiteral("--key"),
                            QStringLiteral("demo-key"), QStringLiteral("--cacert"), m_caFile}
        + extra;
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when server goes out of scope
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("CAS_CONSOLE_BIN");
        QVERIFY2(QFileInfo::exists(m_bin), "CAS_CONSOLE_BIN must name the built cas-console");
        QVERIFY(m_dir.isValid());
        m_configHome = m_dir.filePath(QStringLiteral("config"));
        m_caFile = m_dir.filePath(QStringLiteral("demo-ca.pem"));

        m_demo.setProcessEnvironment(environment());
        m_demo.start(m_bin, {QStringLiteral("demo-server"), QStringLiteral("--tls"), QStringLiteral("--cert-out"), m_caFile});
        QVERIFY(m_demo.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += m_demo.readAllStandardOutput()).contains("CA file:"), 20000);
        const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("URL: (\\S+)")).match(QString::fromUtf8(banner));
        QVERIFY(url.hasMatch());
        m_demoUrl = url.captured(1);
        QVERIFY(m_demoUrl.startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(banner.contains("API key: demo-key"));
        const QRegularExpressionMatch signing =
            QRegularExpression(QStringLiteral("\nSigning secret: (\\S+)\n")).match(QString::fromUtf8(banner));
        QVERIFY2(signing.hasMatch(), banner.constData());
        m_signingSecret = signing.captured(1).toUtf8();
        QVERIFY(QFileInfo::exists(m_caFile));
    }

    void cleanupTestCase()
    {
        m_demo.terminate();
        QVERIFY(m_demo.waitForFinished(10000));
        QCOMPARE(m_demo.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_demo.exitCode(), 0);
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^cas-console \\d+\\.\\d+\\.\\d+\\n$")).match(QString::fromUtf8(version.out)).hasMatch());

        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char* word : {"token", "decode", "verify", "profile", "demo-server", "Exit codes"}) {
            QVERIFY2(help.out.contains(word), word);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QByteArray("Unknown command");
        QTest::newRow("secret option") << QStringList {QStringLiteral("token"),  QStringLiteral("--url"), QStringLiteral("https://x"),
                                                       QStringLiteral("--key"),  QStringLiteral("k"),     QStringLiteral("--secret"),
                                                       QStringLiteral("hunter2")}
                                       << QByteArray("--secret-stdin");
        QTest::newRow("secret= option") << QStringList {QStringLiteral("token"), QStringLiteral("--secret=hunter2")}
                                        << QByteArray("shell history");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("decode"), QStringLiteral("--frob")} << QByteArray("frob");
        QTest::newRow("token without target") << QStringList {QStringLiteral("token")} << QByteArray("--profile");
        QTest::newRow("plain http to a remote host")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("http://cas.example.com"),
                            QStringLiteral("--key"), QStringLiteral("k")}
            << QByteArray("http");
        // A host name that reads as another: refused, with the name DNS knows it by; and a name
        // given in that form is shown in it (Qt would show .org names in Unicode).
        QTest::newRow("look-alike host name")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://c\u0430s.example.org"),
                            QStringLiteral("--key"), QStringLiteral("k")}
            << QByteArray("(U+0430), and such a name can look like another one. If it is the CAS you mean, type the name DNS knows it "
                          "by: xn--cs-7kc.example.org");
        QTest::newRow("look-alike profile") << QStringList {QStringLiteral("profile"),
                                                            QStringLiteral("add"),
                                                            QStringLiteral("p"),
                                                            QStringLiteral("--url"),
                                                            QStringLiteral("c\u0430s.example.org"),
                                                            QStringLiteral("--key"),
                                                            QStringLiteral("k")}
                                            << QByteArray("xn--cs-7kc.example.org");
        QTest::newRow("host shown as DNS knows it")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("http://xn--cs-7kc.example.org"),
                            QStringLiteral("--key"), QStringLiteral("k")}
            << QByteArray("Use https:// for xn--cs-7kc.example.org:");
        QTest::newRow("bad timeout") << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://x"),
                                                     QStringLiteral("--key"), QStringLiteral("k"),     QStringLiteral("--timeout"),
                                                     QStringLiteral("soon")}
                                     << QByteArray("--timeout");
        QTest::newRow("no secret anywhere") << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://x"),
                                                            QStringLiteral("--key"), QStringLiteral("k")}
                                            << QByteArray("CAS_API_SECRET");
        QTest::newRow("unknown profile") << QStringList {QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("Nope")}
                                         << QByteArray("no profile");
        QTest::newRow("verify without key") << QStringList {QStringLiteral("verify"), QStringLiteral("a.b.c")}
                                            << QByteArray("exactly one key");
        QTest::newRow("verify missing key file") << QStringList {QStringLiteral("verify"), QStringLiteral("a.b.c"),
                                                                 QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key.pem")}
                                                 << QByteArray("does not exist");
        QTest::newRow("qr without output") << QStringList {QStringLiteral("qr"), QStringLiteral("a.b.c")} << QByteArray("--output");
        QTest::newRow("demo-server bad scenario")
            << QStringList {QStringLiteral("demo-server"), QStringLiteral("--scenario"), QStringLiteral("x")}
            << QByteArray("Unknown scenario");
        QTest::newRow("mistyped top-level option") << QStringList {QStringLiteral("--verison")} << QByteArray("did you mean --version?");
        QTest::newRow("capital V") << QStringList {QStringLiteral("-V")} << QByteArray("did you mean --version?");
        QTest::newRow("--json alone") << QStringList {QStringLiteral("--json")}
                                      << QByteArray("it goes after a command: token, decode, verify");
        QTest::newRow("mistyped command option") << QStringList {QStringLiteral("decode"), QStringLiteral("--jsn")}
                                                 << QByteArray("did you mean --json? (run cas-console decode --help)");
        QTest::newRow("mistyped command") << QStringList {QStringLiteral("tokn")} << QByteArray("did you mean token?");
        QTest::newRow("--demo with a command") << QStringList {QStringLiteral("--demo"), QStringLiteral("token")}
                                               << QByteArray("--demo opens the window");
        QTest::newRow("timeout 0") << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://x"),
                                                   QStringLiteral("--key"), QStringLiteral("k"),     QStringLiteral("--timeout"),
                                                   QStringLiteral("0")}
                                   << QByteArray("from 1 to 3600, not \"0\"");
        QTest::newRow("cert-out without tls") << QStringList {QStringLiteral("demo-server"), QStringLiteral("--cert-out"),
                                                              QStringLiteral("x.pem")}
                                              << QByteArray("add --tls");
        QTest::newRow("profile without action") << QStringList {QStringLiteral("profile")} << QByteArray("add, list, remove");
        QTest::newRow("from-curl with url") << QStringList {QStringLiteral("profile"),     QStringLiteral("add"), QStringLiteral("p"),
                                                            QStringLiteral("--from-curl"), QStringLiteral("-"),   QStringLiteral("--url"),
                                                            QStringLiteral("https://x")}
                                            << QByteArray("leave out --url");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!r.err.contains("hunter2"));
        // Every message starts the same way: a capital letter, or the option it is about.
        QVERIFY2(r.err.startsWith("cas-console: ") && (QChar::fromLatin1(r.err.at(13)).isUpper() || r.err.mid(13).startsWith("--")),
                 r.err.constData());
    }

    void noDisplayForTheWindow()
    {
        QProcessEnvironment env = environment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        for (const QStringList& args : {QStringList {}, QStringList {QStringLiteral("--demo")}}) {
            const Run r = run(args, {}, env);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("The window needs a display") && r.err.contains("cas-console --help"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void subcommandHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("usage");
        QTest::addColumn<QByteArray>("option");
        const auto row = [](const QStringList& args, const char* usage, const char* option) {
            QTest::newRow(qPrintable(args.join(QLatin1Char(' ')))) << args << QByteArray(usage) << QByteArray(option);
        };
        row({QStringLiteral("token"), QStringLiteral("--help")}, "Usage: cas-console token ", "--profile NAME");
        row({QStringLiteral("decode"), QStringLiteral("-h")}, "Usage: cas-console decode ", "--json");
        row({QStringLiteral("verify"), QStringLiteral("--help")}, "Usage: cas-console verify ", "--key-file FILE");
        row({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--help")}, "Usage: cas-console profile add ",
            "--from-curl FILE");
        row({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--help")}, "Usage: cas-console profile remove NAME",
            "--help");
        row({QStringLiteral("demo-server"), QStringLiteral("--help")}, "Usage: cas-console demo-server ", "--cert-out FILE");
        row({QStringLiteral("qr"), QStringLiteral("--help")}, "Usage: cas-console qr ", "--output FILE");
        row({QStringLiteral("help"), QStringLiteral("verify")}, "Usage: cas-console verify ", "--secret-stdin");
        row({QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("x"), QStringLiteral("--help")}, "Usage: cas-console token ",
            "--timeout SEC");
    }

    void subcommandHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, usage);
        QFETCH(QByteArray, option);
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(usage), r.out.constData());
        QVERIFY(r.out.contains("\nOptions:\n"));
        QVERIFY(r.out.contains("\nExamples:\n  cas-console "));
        QVERIFY2(r.out.contains(option), r.out.constData());
        // Only this command's help, not the whole list.
        QVERIFY(!r.out.contains("Exit codes"));
        QVERIFY(r.err.isEmpty());
    }

    void bashCompletion()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY(!bash.isEmpty());
        const Run script = run({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(script.code, 0);
        const QString file = writeFile(QStringLiteral("cas-console.bash"), script.out);
        QVERIFY(!file.isEmpty());
        const QString profile = QStringLiteral("Completion Profile");
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--url"), m_demoUrl,
                      QStringLiteral("--key"), QStringLiteral("k")})
                     .code,
                 0);
        // complete(LINE): what bash offers for the last word of "cas-console LINE".
        const QString program = QStringLiteral(R"SH(
source "$1"
complete -p cas-console
complete_line() {
    read -r -a COMP_WORDS <<< "cas-console $1"
    [[ "$1" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _cas_console
    printf '%s|' "$1"; printf '<%s>' "${COMPREPLY[@]}"; printf '
'
}
complete_line "to"
complete_line "profile re"
complete_line "token --pro"
complete_line "token --profile Compl"
complete_line "profile remove "
complete_line "demo-server --scenario ex"
)SH");
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PATH"), QFileInfo(m_bin).absolutePath() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        process.setProcessEnvironment(env);
        process.start(bash, {QStringLiteral("--norc"), QStringLiteral("-c"), program, QStringLiteral("bash"), file});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.startsWith("complete -F _cas_console cas-console\n"), out.constData());
        QVERIFY2(out.contains("\nto|<token>\n"), out.constData());
        QVERIFY2(out.contains("\nprofile re|<remove>\n"), out.constData());
        QVERIFY2(out.contains("\ntoken --pro|<--profile>\n"), out.constData());
        QVERIFY2(out.contains("\ntoken --profile Compl|<Completion Profile>\n"), out.constData());
        QVERIFY2(out.contains("<Completion Profile>") && out.contains("\nprofile remove |"), out.constData());
        QVERIFY2(out.contains("\ndemo-server --scenario ex|<expired-token>\n"), out.constData());
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), profile}).code, 0);
    }

    // The build generates the completions and installs them where bash-completion, zsh and fish look.
    void installedCompletionsLoad()
    {
        const QString buildDir = QFileInfo(m_bin).absoluteDir().absoluteFilePath(QStringLiteral(".."));
        const QString prefix = m_dir.filePath(QStringLiteral("install"));
        QProcess install;
        install.start(QStringLiteral("cmake"), {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), prefix});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
        const QString share = prefix + QStringLiteral("/share/");
        for (const char* path : {"bash-completion/completions/cas-console", "zsh/vendor-completions/_cas-console",
                                 "fish/vendor_completions.d/cas-console.fish"})
            QVERIFY2(QFileInfo::exists(share + QLatin1String(path)), path);

        // bash-completion finds it on demand, as it does for /usr/share/bash-completion/completions.
        const QString program = QStringLiteral(R"SH(
source /usr/share/bash-completion/bash_completion
__load_completion cas-console || exit 3
complete -p cas-console
COMP_WORDS=(cas-console prof); COMP_CWORD=1; _cas_console; printf '<%s>' "${COMPREPLY[@]}"; echo
)SH");
        QProcess bash;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("BASH_COMPLETION_USER_DIR"), share + QStringLiteral("bash-completion"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), program});
        QVERIFY(bash.waitForFinished(30000));
        const QByteArray out = bash.readAllStandardOutput();
        QVERIFY2(bash.exitCode() == 0, QByteArray(out + bash.readAllStandardError()).constData());
        QVERIFY2(out.contains("complete -F _cas_console cas-console\n<profile>\n"), out.constData());
    }

    void zshAndFishCompletionsParse_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("zsh") << QStringLiteral("zsh");
        QTest::newRow("fish") << QStringLiteral("fish");
    }

    void zshAndFishCompletionsParse()
    {
        QFETCH(QString, shell);
        const QString program = QStandardPaths::findExecutable(shell);
        QVERIFY2(!program.isEmpty(), "zsh and fish are installed by scripts/setup.sh");
        const Run script = run({QStringLiteral("completion"), shell});
        QCOMPARE(script.code, 0);
        QVERIFY(script.out.contains("profile list"));
        for (const char* name : {"token", "decode", "verify", "demo-server", "key-file", "from-curl", "wrong-credentials"})
            QVERIFY2(script.out.contains(name), name);
        const QString file = writeFile(QStringLiteral("completion.") + shell, script.out);
        QProcess check;
        check.start(program, {QStringLiteral("-n"), file});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QCOMPARE(run({QStringLiteral("completion"), QStringLiteral("tcsh")}).code, 2);
    }

    void tokenFromDemoOverHttps()
    {
        const Run r = run(tokenArgs({QStringLiteral("--secret-stdin")}), "demo-secret\n");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.endsWith('\n'));
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(r.out.trimmed().split('.').size(), 3);
    }

    void tokenSecretFromEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CAS_API_SECRET"), QStringLiteral("demo-secret"));
        const Run r = run(tokenArgs(), {}, env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split('.').size(), 3);
    }

    void tokenJson()
    {
        const Run r = run(tokenArgs({QStringLiteral("--json"), QStringLiteral("--secret-stdin")}), "demo-secret\n");
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(json.value(QStringLiteral("url")).toString().startsWith(m_demoUrl));
        QVERIFY(json.value(QStringLiteral("url")).toString().endsWith(QLatin1String("/stream/token/v2/")));
        QVERIFY(json.value(QStringLiteral("elapsed_ms")).isDouble());
        QCOMPARE(json.value(QStringLiteral("token")).toString().split(QLatin1Char('.')).size(), 3);
        // Header and payload are embedded as carried: key order kept.
        QVERIFY2(r.out.contains("\"header\":{\"typ\":\"JWT\",\"alg\":\"HS256\"}"), r.out.constData());
        const int rid = r.out.indexOf("\"rid\"");
        const int exp = r.out.indexOf("\"exp\"");
        QVERIFY(rid > 0 && exp > rid);
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("wrong secret") << tokenArgs({QStringLiteral("--secret-stdin")}) << QByteArray("wrong-secret\n") << 4
                                      << QByteArray("401");
        QTest::newRow("untrusted certificate")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"),    m_demoUrl,
                            QStringLiteral("--key"), QStringLiteral("demo-key"), QStringLiteral("--secret-stdin")}
            << QByteArray("demo-secret\n") << 3 << QByteArray("127.0.0.1");
        QTest::newRow("connection refused")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(closedPort()),
                            QStringLiteral("--key"), QStringLiteral("k"),     QStringLiteral("--secret-stdin")}
            << QByteArray("s3cret-value\n") << 3 << QByteArray("");
        QTest::newRow("unreadable CA file") << tokenArgs(
            {QStringLiteral("--cacert"), QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("--secret-stdin")})
                                            << QByteArray("demo-secret\n") << 2 << QByteArray("/nonexistent/ca.pem");
        QTest::newRow("empty secret line") << tokenArgs({QStringLiteral("--secret-stdin")}) << QByteArray("\n") << 2
                                           << QByteArray("no secret");
    }

    void tokenErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const Run r = run(args, input);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!r.err.contains("wrong-secret"));
        QVERIFY(!r.err.contains("demo-secret"));
        QVERIFY(!r.err.contains("s3cret-value"));
    }

    void tokenServerErrorStatus()
    {
        QProcess failing;
        failing.setProcessEnvironment(environment());
        failing.start(m_bin, {QStringLiteral("demo-server"), QStringLiteral("--scenario"), QStringLiteral("server-error")});
        QVERIFY(failing.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += failing.readAllStandardOutput()).contains("API secret:"), 20000);
        const QString url = QRegularExpression(QStringLiteral("URL: (\\S+)")).match(QString::fromUtf8(banner)).captured(1);
        QVERIFY(url.startsWith(QLatin1String("http://127.0.0.1:")));

        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), url, QStringLiteral("--key"), QStringLiteral("demo-key"),
                           QStringLiteral("--secret-stdin")},
                          "demo-secret\n");
        failing.terminate();
        failing.waitForFinished();
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("500"), r.err.constData());
    }

    void decodeForms_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString token = makeToken(R"({"typ":"JWT","alg":"HS256"})", R"({"rid":"r1","exp":1700003600,"big":12345678901234567890})");
        QTest::newRow("argument") << QStringList {QStringLiteral("decode"), token} << QByteArray();
        QTest::newRow("stdin") << QStringList {QStringLiteral("decode")} << token.toLatin1();
        QTest::newRow("dash") << QStringList {QStringLiteral("decode"), QStringLiteral("-")} << ("  Bearer " + token.toLatin1() + "\n");
        QTest::newRow("cas response") << QStringList {QStringLiteral("decode")} << ("{\"token\": \"" + token.toLatin1() + "\"}");
    }

    void decodeForms()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = run(args, input);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Header"));
        QVERIFY(r.out.contains("\"alg\": \"HS256\""));
        QVERIFY(r.out.contains("12345678901234567890"));
        QVERIFY(r.out.contains("exp"));
        QVERIFY(r.out.contains("2023-11-14 23:13:20 UTC"));
    }

    void decodeJson()
    {
        const QString token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"z":1,"a":12345678901234567890,"s":"\u00e9"})");
        const Run r = run({QStringLiteral("decode"), token, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(R"("payload":{"z":1,"a":12345678901234567890,"s":"\u00e9"})"), r.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(json.value(QStringLiteral("signature")).toString(), token.section(QLatin1Char('.'), 2));
        QVERIFY(json.value(QStringLiteral("warnings")).toArray().isEmpty());

        const Run broken =
            run({QStringLiteral("decode"), QStringLiteral("--json")}, token.left(20).toLatin1() + "\n" + token.mid(20).toLatin1());
        QCOMPARE(broken.code, 0);
        QCOMPARE(QJsonDocument::fromJson(broken.out).object().value(QStringLiteral("warnings")).toArray().size(), 1);
    }

    void decodeMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("two parts") << QByteArray("abc.def") << QByteArray("");
        QTest::newRow("header not base64") << QByteArray("!!!.e30.sig") << QByteArray("header");
        QTest::newRow("payload not json") << (base64Url("{}") + '.' + base64Url("nope") + ".c2ln") << QByteArray("payload");
        QTest::newRow("jwe") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") << QByteArray("encrypted");
        QTest::newRow("empty") << QByteArray("   ") << QByteArray("");
    }

    void decodeMalformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const Run r = run({QStringLiteral("decode")}, input);
        QCOMPARE(r.code, 6);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(r.err.toLower().contains(message), r.err.constData());
    }

    void verifyDemoToken()
    {
        const QString token = demoToken();
        QCOMPARE(token.split(QLatin1Char('.')).size(), 3);
        // The secret the demo CAS printed as "Signing secret:".
        const QByteArray signing = m_signingSecret;

        const Run good = run({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin")}, signing + "\n");
        QCOMPARE(good.code, 0);
        QVERIFY(good.out.toLower().contains("verified"));

        const Run base64 = run({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin"), QStringLiteral("--base64-secret")},
                               signing.toBase64() + "\n");
        QCOMPARE(base64.code, 0);

        const Run wrong = run({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin")}, "not-the-key\n");
        QCOMPARE(wrong.code, 8);
        QVERIFY(!wrong.err.contains("not-the-key"));

        const Run bothStdin = run({QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--secret-stdin")}, signing + "\n");
        QCOMPARE(bothStdin.code, 2);

        const QString spaced = token.left(10) + QLatin1Char(' ') + token.mid(10);
        const Run whitespace = run({QStringLiteral("verify"), spaced, QStringLiteral("--secret-stdin")}, signing + "\n");
        QCOMPARE(whitespace.code, 6);
        QVERIFY(whitespace.err.toLower().contains("whitespace"));

        const QString none = makeToken(R"({"alg":"none"})", R"({"a":1})", "");
        const Run algNone = run({QStringLiteral("verify"), none, QStringLiteral("--secret-stdin")}, signing + "\n");
        QCOMPARE(algNone.code, 8);
    }

    void verifyWithKeyFile()
    {
        const QString token = demoToken();
        const QString jwkPath = m_dir.filePath(QStringLiteral("oct.jwk"));
        QFile jwk(jwkPath);
        QVERIFY(jwk.open(QIODevice::WriteOnly));
        jwk.write(R"({"kty":"oct","k":")" + base64Url("cas-console-demo-signing-key-not-secret") + R"("})");
        jwk.close();
        const Run r = run({QStringLiteral("verify"), token, QStringLiteral("--key-file"), jwkPath});
        QCOMPARE(r.code, 0);

        // The demo certificate's EC/RSA key can never verify an HS256 token.
        const Run confusion = run({QStringLiteral("verify"), token, QStringLiteral("--key-file"), m_caFile});
        QCOMPARE(confusion.code, 8);
    }

    void profileLifecycleWithKeychain()
    {
        const QString name = QStringLiteral("Sandbox %1").arg(QCoreApplication::applicationPid());
        const Run add =
            run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"),
                 QStringLiteral("demo-key"), QStringLiteral("--cacert"), m_caFile, QStringLiteral("--secret-stdin")},
                "demo-secret\n");
        QCOMPARE(add.code, 0);

        const Run list = run({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(name.toUtf8()));
        QVERIFY(list.out.contains("demo-key"));
        QVERIFY(!list.out.contains("demo-secret"));

        // The secret comes from the keychain: no stdin, no environment.
        const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), name});
        QCOMPARE(token.code, 0);
        QCOMPARE(token.out.trimmed().split('.').size(), 3);

        // The secret is in no plain file of the configuration.
        QVERIFY(configFilesChecked("demo-secret") > 0);

        const Run remove = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QCOMPARE(remove.code, 0);
        QVERIFY(!run({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(name.toUtf8()));
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--profile"), name}).code, 2);

        // Re-adding without a secret must not find the old one: remove deleted the keychain entry.
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"),
                      QStringLiteral("demo-key")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--profile"), name}).code, 2);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), name}).code, 0);
    }

    void profileWithoutKeychain()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const QString name = QStringLiteral("NoKeychain");
        const Run add = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), m_demoUrl,
                             QStringLiteral("--key"), QStringLiteral("demo-key"), QStringLiteral("--secret-stdin")},
                            "demo-secret\n", env);
        QCOMPARE(add.code, 7);
        QVERIFY2(add.err.toLower().contains("keychain"), add.err.constData());
        QVERIFY(!add.err.contains("demo-secret"));

        const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), name}, {}, env);
        QCOMPARE(token.code, 7);
        QVERIFY(token.err.toLower().contains("keychain"));

        // The environment variable still works without a keychain, and nothing fell back to a file.
        env.insert(QStringLiteral("CAS_API_SECRET"), QStringLiteral("demo-secret"));
        const Run fromEnv =
            run({QStringLiteral("token"), QStringLiteral("--profile"), name, QStringLiteral("--cacert"), m_caFile}, {}, env);
        QCOMPARE(fromEnv.code, 0);
        QVERIFY(configFilesChecked("demo-secret") >= 0);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), name}).code, 0);
    }

    // Issue 9 §1: key material is never an HMAC secret, whatever form it comes in.
    void verifyRefusesKeyMaterialAsSecret_data()
    {
        QTest::addColumn<QByteArray>("secret");
        const TestKeys::Key rsa = TestKeys::cached(TestKeys::KeyType::Rsa2048);
        QTest::newRow("public key PEM") << TestKeys::publicPem(rsa);
        QTest::newRow("PEM first line") << QByteArray("-----BEGIN PUBLIC KEY-----\n");
        QTest::newRow("certificate") << TestKeys::certificatePem(rsa);
        QTest::newRow("JWK") << TestKeys::jwkText(TestKeys::publicJwk(rsa));
        QTest::newRow("JWKS") << TestKeys::jwksText({TestKeys::publicJwk(rsa, QStringLiteral("k1"))});
    }

    void verifyRefusesKeyMaterialAsSecret()
    {
        QFETCH(QByteArray, secret);
        // The forgery: an HS256 token whose HMAC key is the public key's text, as the attacker sends it.
        QByteArray key = secret;
        if (key.endsWith('\n'))
            key.chop(1);
        const QString forged = TestKeys::signHs256(TestKeys::header(QStringLiteral("HS256")), R"({"sub":"admin"})", key);
        const Run r = run({QStringLiteral("verify"), forged, QStringLiteral("--secret-stdin")}, secret);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("not a shared secret") && r.err.contains("--key-file"), r.err.constData());
    }

    void verifySecretIsTheWholeInput()
    {
        const QByteArray header = TestKeys::header(QStringLiteral("HS256"));
        const QByteArray payload = R"({"sub":"x"})";
        const QString twoLines = TestKeys::signHs256(header, payload, "first line\nsecond line");
        QCOMPARE(run({QStringLiteral("verify"), twoLines, QStringLiteral("--secret-stdin")}, "first line\nsecond line\n").code, 0);
        // The first line alone is another secret: it must not verify.
        const QString firstOnly = TestKeys::signHs256(header, payload, "first line");
        QCOMPARE(run({QStringLiteral("verify"), firstOnly, QStringLiteral("--secret-stdin")}, "first line\nsecond line\n").code, 8);
        // One trailing newline, LF or CRLF, is not part of the secret; a second one is.
        const QString plain = TestKeys::signHs256(header, payload, "s3cret");
        QCOMPARE(run({QStringLiteral("verify"), plain, QStringLiteral("--secret-stdin")}, "s3cret\r\n").code, 0);
        QCOMPARE(run({QStringLiteral("verify"), plain, QStringLiteral("--secret-stdin")}, "s3cret").code, 0);
        QCOMPARE(run({QStringLiteral("verify"), plain, QStringLiteral("--secret-stdin")}, "s3cret\n\n").code, 8);
        // Shorter than the hash: verified, and said.
        const Run weak = run({QStringLiteral("verify"), plain, QStringLiteral("--secret-stdin")}, "s3cret\n");
        QVERIFY2(weak.out.contains("shorter than 32 bytes"), weak.out.constData());
    }

    void verifyRefusesWeakAndMalformedRsaKeys()
    {
        const TestKeys::Key small = TestKeys::generateRsa(1024);
        const QString token = TestKeys::sign(QStringLiteral("RS256"), TestKeys::header(QStringLiteral("RS256")), R"({"sub":"x"})", small);
        const Run weak = run({QStringLiteral("verify"), token, QStringLiteral("--key-file"),
                              writeFile(QStringLiteral("rsa1024.pem"), TestKeys::publicPem(small))});
        QCOMPARE(weak.code, 8);
        QVERIFY2(weak.err.contains("under 2048 bits") && weak.err.contains("1024"), weak.err.constData());

        const TestKeys::Key rsa = TestKeys::cached(TestKeys::KeyType::Rsa2048);
        const QString good = TestKeys::sign(QStringLiteral("RS256"), TestKeys::header(QStringLiteral("RS256")), R"({"sub":"x"})", rsa);
        QJsonObject jwk = TestKeys::publicJwk(rsa);
        jwk.insert(QStringLiteral("e"), QStringLiteral("Ag")); // 2: even
        const Run malformed = run({QStringLiteral("verify"), good, QStringLiteral("--key-file"),
                                   writeFile(QStringLiteral("even-e.jwk"), TestKeys::jwkText(jwk))});
        QCOMPARE(malformed.code, 6);
        QVERIFY2(malformed.err.contains("exponent"), malformed.err.constData());
    }

    void verifyJson()
    {
        const QString token = demoToken();
        const Run good =
            run({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin"), QStringLiteral("--json")}, m_signingSecret);
        QCOMPARE(good.code, 0);
        QCOMPARE(good.out.count('\n'), 1);
        QJsonObject json = QJsonDocument::fromJson(good.out).object();
        QCOMPARE(json.value(QStringLiteral("verified")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("HS256"));
        QVERIFY2(json.value(QStringLiteral("key")).toString().startsWith(QLatin1String("HMAC secret")), good.out.constData());
        QVERIFY(!json.contains(QStringLiteral("error")));

        const Run bad = run({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin"), QStringLiteral("--json")}, "wrong");
        QCOMPARE(bad.code, 8);
        json = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(json.value(QStringLiteral("verified")), QJsonValue(false));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("not_verified"));
        QVERIFY(!json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    void failingJsonCommandsPrintOneErrorObject_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("verify usage") << QStringList {QStringLiteral("verify"), QStringLiteral("a.b.c"), QStringLiteral("--json")}
                                      << QByteArray() << 2 << QStringLiteral("usage");
        QTest::newRow("decode malformed") << QStringList {QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("abc.def")}
                                          << QByteArray() << 6 << QStringLiteral("bad_response");
        QTest::newRow("token refused")
            << QStringList {QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()),
                            QStringLiteral("--key"), QStringLiteral("k"),     QStringLiteral("--secret-stdin"),
                            QStringLiteral("--json")}
            << QByteArray("s3cret\n") << 3 << QStringLiteral("network");
        QTest::newRow("token mistyped option") << QStringList {QStringLiteral("token"), QStringLiteral("--json"), QStringLiteral("--urll")}
                                               << QByteArray() << 2 << QStringLiteral("usage");
    }

    void failingJsonCommandsPrintOneErrorObject()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, kind);
        const Run r = run(args, input);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.out.contains("s3cret"));
    }

    // Issue 9 §3: what a hostile CAS sends never shapes the JSON a script reads.
    void tokenJsonAgainstHostileCas_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        const auto encode = [](const QByteArray& part) -> QByteArray {
            return part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray signedHeader = encode(R"({"alg":"HS256"})");
        const QByteArray good = signedHeader + '.' + encode(R"({"sub":"x"})") + ".c2ln";
        const QByteArray evil = signedHeader + '.' + encode(R"(1},"token":"attacker","x":{"a":1)") + ".c2ln";
        QTest::newRow("payload not JSON") << QByteArray("{\"token\":\"" + evil + "\"}") << 0 << QByteArray();
        QTest::newRow("two token members") << QByteArray("{\"token\":\"" + good + "\",\"token\":\"" + evil + "\"}") << 6
                                           << QByteArray("2 \"token\" members");
        QTest::newRow("alg none") << QByteArray("{\"token\":\"" + encode(R"({"alg":"none"})") + '.' + encode(R"({"sub":"x"})") + ".\"}")
                                  << 6 << QByteArray("alg \"none\"");
    }

    void tokenJsonAgainstHostileCas()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setResponse(MisbehavingServer::Response::json(200, body));
        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--key"),
                           QStringLiteral("k"), QStringLiteral("--secret-stdin"), QStringLiteral("--json")},
                          "s3cret\n");
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
        // One line, one well-formed object, no name twice at the top, at most one "token".
        QCOMPARE(r.out.count('\n'), 1);
        const JsonFormatResult parsed = JsonFormatter::format(r.out.trimmed());
        QVERIFY2(parsed.ok && parsed.isObject, r.out.constData());
        QVERIFY2(parsed.duplicateKeys.isEmpty(), qPrintable(parsed.duplicateKeys.join(QLatin1Char(','))));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        if (code == 0) {
            QVERIFY(json.value(QStringLiteral("token")).toString().endsWith(QLatin1String(".c2ln")));
            QVERIFY(json.value(QStringLiteral("payload")).isNull());
            QCOMPARE(json.value(QStringLiteral("payload_text")).toString(), QStringLiteral(R"(1},"token":"attacker","x":{"a":1)"));
        } else {
            QVERIFY(!json.contains(QStringLiteral("token")));
            QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("bad_response"));
        }
    }

    // A part that is not JSON is given as text with every character it has: a byte order mark at
    // its start too (QString::fromUtf8 would drop it).
    void tokenJsonKeepsByteOrderMark()
    {
        const auto encode = [](const QByteArray& part) -> QByteArray {
            return part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray token = encode(R"({"alg":"HS256"})") + '.' + encode("\xEF\xBB\xBF{\"sub\":\"x\"}") + ".c2ln";
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setResponse(MisbehavingServer::Response::json(200, "{\"token\":\"" + token + "\"}"));
        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--key"),
                           QStringLiteral("k"), QStringLiteral("--secret-stdin"), QStringLiteral("--json")},
                          "s3cret\n");
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(json.value(QStringLiteral("payload")).isNull(), r.out.constData());
        QCOMPARE(json.value(QStringLiteral("payload_text")).toString(), QStringLiteral("\uFEFF{\"sub\":\"x\"}"));
    }

    void messagesNameOptionsNotWindowFields()
    {
        // The demo's certificate is self-signed: without --cacert the message says how to pass it here.
        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"), QStringLiteral("demo-key"),
                           QStringLiteral("--secret-stdin")},
                          "demo-secret\n");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("--cacert") && !r.err.contains("profile"), r.err.constData());
    }

    void secretPromptOnTerminalDoesNotEcho()
    {
        const QString token = demoToken();
        const QByteArray secret = m_signingSecret;
        const Run r = runOnTerminal({QStringLiteral("verify"), token, QStringLiteral("--secret-stdin")}, "not shown", secret + "\\n");
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("Shared secret (typing is not shown):"), r.out.constData());
        QVERIFY2(r.out.contains("Signature verified"), r.out.constData());
        QVERIFY2(!r.out.contains(secret), r.out.constData());
    }

    void waitingForTokenOnTerminalSaysSo()
    {
        const QString token = demoToken();
        const Run r = runOnTerminal({QStringLiteral("decode")}, "Reading the token", token.toLatin1() + "\\n\\x04");
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("Reading the token from standard input"), r.out.constData());
        QVERIFY2(r.out.contains("Payload"), r.out.constData());
    }

    void tokenForProfileWithoutSecretListsTheWays()
    {
        const QString name = QStringLiteral("No secret %1").arg(QCoreApplication::applicationPid());
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"),
                      QStringLiteral("demo-key")})
                     .code,
                 0);
        const Run r = run({QStringLiteral("token"), QStringLiteral("--profile"), name});
        QCOMPARE(r.code, 2);
        for (const char* way : {"--secret-stdin", "CAS_API_SECRET", "cas-console profile add"})
            QVERIFY2(r.err.contains(way), r.err.constData());
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), name}).code, 0);
    }

    void profileFromCurl_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("as the docs print it") << QStringLiteral(
            "curl -iL --request GET --url %1/stream/token/v2/ --header 'auth-api-key: demo-key' "
            "--header 'auth-api-secret: demo-secret'");
        QTest::newRow("continuations and case")
            << QStringLiteral("curl -iL \\\n  --request GET \\\n  --url \"%1/stream/token/v2/\" \\\n  -H \"Auth-API-Key: demo-key\" \\\n"
                              "  -H 'AUTH-API-SECRET: demo-secret'\n");
    }

    void profileFromCurl()
    {
        QFETCH(QString, command);
        const QString name = QStringLiteral("From curl %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const Run add = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--from-curl"), QStringLiteral("-"),
                             QStringLiteral("--cacert"), m_caFile},
                            command.arg(m_demoUrl).toUtf8());
        QCOMPARE(add.code, 0);
        QVERIFY2(add.err.contains("keychain"), add.err.constData());
        const Run list = run({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(list.out.contains((name + QLatin1Char('\t') + m_demoUrl + QStringLiteral("\tdemo-key")).toUtf8()), list.out.constData());
        // The secret went to the keychain: the profile fetches with nothing else given.
        const Run token = run({QStringLiteral("token"), QStringLiteral("--profile"), name});
        QCOMPARE(token.code, 0);
        QVERIFY(configFilesChecked("demo-secret") >= 0);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("remove"), name}).code, 0);
    }

    void qrRoundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
    }

    void qrRoundTrip()
    {
        QFETCH(QString, suffix);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg (zbar-tools) is needed to read the QR code back");
        const QString token = demoToken();
        const QString out = m_dir.filePath(QStringLiteral("token.") + suffix);
        const Run r = run({QStringLiteral("qr"), token, QStringLiteral("--output"), out});
        QCOMPARE(r.code, 0);
        QString image = out;
        if (suffix == QLatin1String("svg")) {
            // ImageMagick here has no SVG reader: rasterize the module squares ourselves.
            image = m_dir.filePath(QStringLiteral("token-svg.png"));
            QFile svg(out);
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(svg.readAll());
            const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("width=\"(\\d+)\"")).match(text);
            QVERIFY(size.hasMatch());
            const int side = size.captured(1).toInt();
            QImage raster(side, side, QImage::Format_RGB32);
            raster.fill(Qt::white);
            QPainter painter(&raster);
            auto squares = QRegularExpression(QStringLiteral("M(\\d+),(\\d+)h(\\d+)")).globalMatch(text);
            int count = 0;
            while (squares.hasNext()) {
                const QRegularExpressionMatch m = squares.next();
                const int n = m.captured(3).toInt();
                painter.fillRect(m.captured(1).toInt(), m.captured(2).toInt(), n, n, Qt::black);
                ++count;
            }
            painter.end();
            QVERIFY(count > 100);
            QVERIFY(raster.save(image));
        }
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), image});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromLatin1(zbar.readAllStandardOutput().trimmed()), token);
    }

    void qrTooLong()
    {
        const QString token = makeToken(R"({"alg":"HS256"})", "{\"pad\":\"" + QByteArray(4000, 'x') + "\"}");
        const Run r = run({QStringLiteral("qr"), token, QStringLiteral("--output"), m_dir.filePath(QStringLiteral("long.png"))});
        QCOMPARE(r.code, 6);
        QVERIFY(r.err.contains("QR code"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("long.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
