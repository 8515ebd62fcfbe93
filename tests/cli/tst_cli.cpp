// Runs the real cas-console binary against the embedded demo CAS (started by the binary
// itself with `demo-server --tls`) and checks stdout, stderr and exit codes.
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
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

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

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAS_API_SECRET"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
        return env;
    }

    Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {})
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(m_bin, args);
        if (!process.waitForStarted()) {
            qWarning() << "cannot start" << m_bin;
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "timed out:" << args;
            return {};
        }
        Run result;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
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
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QByteArray("unknown command");
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
            << QByteArray("unknown scenario");
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
        const QByteArray signing = "cas-console-demo-signing-key-not-secret";

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
        QDirIterator it(m_configHome, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("demo-secret"), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 0);

        const Run remove = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QCOMPARE(remove.code, 0);
        QVERIFY(!run({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(name.toUtf8()));
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--profile"), name}).code, 2);

        // Re-adding without a secret must not find the old one: remove deleted the keychain entry.
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), m_demoUrl, QStringLiteral("--key"),
                      QStringLiteral("demo-key")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--profile"), name}).code, 7);
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
        QDirIterator it(m_configHome, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("demo-secret"));
        }
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
