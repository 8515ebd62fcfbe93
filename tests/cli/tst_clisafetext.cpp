// The real cas-console binary against a hostile CAS (MisbehavingServer on loopback) and hostile
// tokens: terminal sequences, bidi controls and bytes that are not UTF-8 in every text that is
// echoed must reach stdout and stderr only as visible escapes, and the exit status stays the real one.
#include "MisbehavingServer.h"
#include "CliProcess.h"
#include "TestSupport.h"

#include <QMessageAuthenticationCode>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{
using CliProcess::Run;

// A token signed with hmacKey (HS256), or with the placeholder signature "sig" when there is none.
QString signedToken(const QByteArray& header, const QByteArray& payload, const QByteArray& hmacKey = {})
{
    if (hmacKey.isEmpty()) {
        return makeToken(header, payload);
    }
    const QByteArray input = base64Url(header) + '.' + base64Url(payload);
    return QString::fromLatin1(input + '.' + base64Url(QMessageAuthenticationCode::hash(input, hmacKey, QCryptographicHash::Sha256)));
}

// What a terminal would act on, or what would reorder or hide text: none of it may be written.
QString firstRawHazard(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return QStringLiteral("control byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
    }
    if (QString::fromUtf8(bytes).toUtf8() != bytes)
        return QStringLiteral("bytes that are not UTF-8");
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        if ((c.unicode() >= 0x80 && c.unicode() <= 0x9f) || c.category() == QChar::Other_Format || c == QChar(0x2028) || c == QChar(0x2029))
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

// ESC ] 52 writes the clipboard, ESC [ 2J clears the screen, ESC ] 0 sets the window title.
const QByteArray Osc52 = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07";
const QByteArray ClearScreen = "\x1b[2J\x1b[H";
const QByteArray Title = "\x1b]0;pwned\x1b\\";
const QByteArray Rlo = "\xe2\x80\xae"; // U+202E RIGHT-TO-LEFT OVERRIDE
const QByteArray C1Csi = "\xc2\x9b"; // U+009B, CSI for 8-bit terminals
} // namespace

Q_DECLARE_METATYPE(MisbehavingServer::Response)

class TestCliSafeText : public QObject
{
    Q_OBJECT

private:
    QString m_bin;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAS_API_SECRET"));
        env.remove(QStringLiteral("http_proxy"));
        env.remove(QStringLiteral("all_proxy"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    // Runs the binary while this event loop keeps serving the MisbehavingServer.
    Run run(const QStringList& args, const QByteArray& input = {})
    {
        return CliProcess::run(m_bin, args, input, environment());
    }

    static void verifyNothingRaw(const Run& r)
    {
        const QString inOut = firstRawHazard(r.out);
        QVERIFY2(inOut.isEmpty(),
                 qPrintable(QStringLiteral("stdout has %1: %2").arg(inOut, QString::fromLatin1(r.out.toPercentEncoding(" \n")))));
        const QString inErr = firstRawHazard(r.err);
        QVERIFY2(inErr.isEmpty(),
                 qPrintable(QStringLiteral("stderr has %1: %2").arg(inErr, QString::fromLatin1(r.err.toPercentEncoding(" \n")))));
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("CAS_CONSOLE_BIN");
        QVERIFY2(QFileInfo::exists(m_bin), "CAS_CONSOLE_BIN must name the built cas-console");
        QVERIFY(m_dir.isValid());
    }

    void hostileServer_data()
    {
        using Response = MisbehavingServer::Response;
        QTest::addColumn<Response>("response");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArrayList>("shown"); // visible escapes expected on stderr

        QTest::newRow("JSON message with OSC 52, CSI and RLO")
            << Response::json(500, "{\"message\":\"" + QByteArray("\\u001b]52;c;Y3VybA==\\u0007\\u001b[2J") + Rlo + "lmth.xedni\"}") << 5
            << QByteArrayList {"\\x1b]52;c;Y3VybA==\\x07\\x1b[2J", "\\u202elmth.xedni"};
        QTest::newRow("JSON message with a line break to fake a line")
            << Response::json(500, "{\"message\":\"oops\\ncas-console: token verified\"}") << 5
            << QByteArrayList {"oops\\ncas-console: token verified"};
        QTest::newRow("plain-text body with raw ESC, C1 and bad bytes")
            << Response::fixed(500, "text/plain", Title + "down" + ClearScreen + C1Csi + "\x9b\xff") << 5
            << QByteArrayList {"\\x1b]0;pwned\\x1b\\down\\x1b[2J\\x1b[H\\u009b\\x9b\\xff"};
        // A reason phrase may carry obs-text (a bidi control in UTF-8) and is then still HTTP; a raw
        // ESC is not HTTP/1.1 at all, and the refusal quotes the line with it escaped.
        Response bidiReason = Response::json(503, "{}");
        bidiReason.reason = "Unavailable " + Rlo + "x";
        QTest::newRow("reason phrase with RLO") << bidiReason << 5 << QByteArrayList {"\\u202ex"};
        Response escReason = Response::json(503, "{}");
        escReason.reason = "Unavailable" + ClearScreen + Rlo + "x";
        QTest::newRow("reason phrase with ESC") << escReason << 6 << QByteArrayList {"\\x1b[2J\\x1b[H\\u202ex"};
        QTest::newRow("401 with hostile detail") << Response::json(401, "{\"error\":\"" + QByteArray("\\u001b]0;t\\u0007") + Rlo + "\"}")
                                                 << 4 << QByteArrayList {"\\x1b]0;t\\x07\\u202e"};
        QTest::newRow("Content-Type with OSC and bad bytes")
            << Response::fixed(200, "text/html" + Osc52 + "\xfe", "<html>") << 6 << QByteArrayList {"text/html\\x1b]52;c;", "\\xfe"};
        QTest::newRow("JSON field names") << Response::json(200, "{\"" + QByteArray("\\u001b[31mred") + Rlo + "\":1,\"x" + C1Csi + "\":2}")
                                          << 6 << QByteArrayList {"\\x1b[31mred\\u202e", "x\\u009b"};
    }

    void hostileServer()
    {
        QFETCH(MisbehavingServer::Response, response);
        QFETCH(int, exitCode);
        QFETCH(QByteArrayList, shown);
        MisbehavingServer server;
        QVERIFY(server.start());
        server.setResponse(response);
        const Run r = run({QStringLiteral("token"), QStringLiteral("--url"), server.baseUrl().toString(), QStringLiteral("--key"),
                           QStringLiteral("k"), QStringLiteral("--secret-stdin")},
                          "s3cret\n");
        QVERIFY2(r.code == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY(r.out.isEmpty());
        verifyNothingRaw(r);
        QVERIFY2(r.err.startsWith("cas-console: "), r.err.constData());
        // The error is one line; a detail may follow on its own line.
        QVERIFY2(r.err.count('\n') <= 2, r.err.constData());
        for (const QByteArray& escape : shown)
            QVERIFY2(r.err.contains(escape),
                     qPrintable(QStringLiteral("no %1 in %2").arg(QString::fromUtf8(escape), QString::fromUtf8(r.err))));
    }

    void hostileTokens_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArrayList>("shown"); // visible escapes expected on stdout or stderr

        const QByteArray hs256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        const QString spoof = signedToken(hs256, "{\"file\":\"" + Rlo + "exe.nigol\",\"c1\":\"" + C1Csi + "\",\"del\":\"\x7f\"}");
        QTest::newRow("decode: values with RLO, C1 and DEL") << QStringList {QStringLiteral("decode"), spoof} << QByteArray() << 0
                                                             << QByteArrayList {"\"\\u202eexe.nigol\"", "\"\\u009b\"", "\"\\u007f\""};
        QTest::newRow("decode --json: the same, as JSON escapes")
            << QStringList {QStringLiteral("decode"), QStringLiteral("--json"), spoof} << QByteArray() << 0
            << QByteArrayList {"\\u202eexe.nigol", "\\u009b", "\\u007f"};
        const QString duplicates = signedToken(
            hs256, "{\"\\u001b]52;c;eA==\\u0007" + Rlo + "\":1,\"\\u001b]52;c;eA==\\u0007" + Rlo + "\":2,\"a\\nb\":1,\"a\\nb\":2}");
        QTest::newRow("decode: duplicate keys in warnings") << QStringList {QStringLiteral("decode"), duplicates} << QByteArray() << 0
                                                            << QByteArrayList {"\\x1b]52;c;eA==\\x07\\u202e", "a\\nb"};
        QTest::newRow("decode from stdin: raw ESC in the JSON")
            << QStringList {QStringLiteral("decode")} << signedToken(hs256, "{\"x\":\"" + ClearScreen + "\"}").toLatin1() << 6
            << QByteArrayList {};
        const QString badAlg = signedToken("{\"alg\":\"\\u001b]0;t\\u0007" + Rlo + "\"}", "{}");
        QTest::newRow("verify: hostile alg") << QStringList {QStringLiteral("verify"), badAlg, QStringLiteral("--secret-stdin")}
                                             << QByteArray("secret\n") << 8 << QByteArrayList {"\\x1b]0;t\\x07\\u202e"};
        const QString badCrit = signedToken("{\"alg\":\"HS256\",\"crit\":[\"\\u001b[2J" + Rlo + "\"],\"\\u001b[2J" + Rlo + "\":1}", "{}",
                                            "secret-secret-secret-secret-32by");
        QTest::newRow("verify: hostile crit") << QStringList {QStringLiteral("verify"), badCrit, QStringLiteral("--secret-stdin")}
                                              << QByteArray("secret-secret-secret-secret-32by\n") << 8
                                              << QByteArrayList {"\\x1b[2J\\u202e"};
        const QString goodKid = signedToken("{\"alg\":\"HS256\",\"kid\":\"\\u001b]52;c;eA==\\u0007" + Rlo + "\"}", "{\"sub\":\"x\"}",
                                            "secret-secret-secret-secret-32by");
        QTest::newRow("verify: verified, hostile kid") << QStringList {QStringLiteral("verify"), goodKid, QStringLiteral("--secret-stdin")}
                                                       << QByteArray("secret-secret-secret-secret-32by\n") << 0 << QByteArrayList {};
        QTest::newRow("verify: not verified, hostile kid")
            << QStringList {QStringLiteral("verify"), goodKid, QStringLiteral("--secret-stdin")}
            << QByteArray("another-secret-another-secret-32\n") << 8 << QByteArrayList {};
    }

    void hostileTokens()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArrayList, shown);
        const Run r = run(args, input);
        QVERIFY2(r.code == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        verifyNothingRaw(r);
        for (const QByteArray& escape : shown)
            QVERIFY2(
                r.out.contains(escape) || r.err.contains(escape),
                qPrintable(
                    QStringLiteral("no %1 in %2 / %3").arg(QString::fromUtf8(escape), QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        if (args.contains(QLatin1String("--json"))) {
            // Still JSON, with the very same values.
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(r.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(object.value(QLatin1String("payload")).toObject().value(QLatin1String("file")).toString(),
                     QString::fromUtf8(Rlo + "exe.nigol"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSafeText)
#include "tst_clisafetext.moc"
