#include "core/CasClient.h"
#include "core/DemoCasServer.h"
#include "net/SelfSignedCertificate.h"
#include "LaxTlsServer.h"
#include "MisbehavingServer.h"
#include "StandInSystemRoots.h"
#include "core/Version.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using Kind = CasError::Kind;
using Response = MisbehavingServer::Response;

Q_DECLARE_METATYPE(CasError::Kind)
Q_DECLARE_METATYPE(MisbehavingServer::Response)

namespace
{

const QByteArray Secret = QByteArrayLiteral("s3cr3t-value-that-must-not-leak");
const QByteArray SampleJwt = DemoCasServer::makeToken(1700000000, 1700003600);

} // namespace

class TestCasClient : public QObject
{
    Q_OBJECT

private:
    CasResult run(const CasRequest& request, int* finishedCount = nullptr, qint64* peakBuffered = nullptr);
    static CasRequest requestFor(const QUrl& base, const QByteArray& secret = Secret);

private slots:
    void initTestCase();

    void tokenUrl_data();
    void tokenUrl();
    void lookAlikeHostsRefused_data();
    void lookAlikeHostsRefused();
    void describeRequestRedactsSecret();
    void curlCommand_data();
    void curlCommand();

    void successOverHttpsWithExtraCertificate();
    void successOverHttpsWithCaFile();
    void sendsExpectedHeaders();
    void untrustedCertificateIsTlsError();
    void caFileErrors_data();
    void caFileErrors();
    void caFileTrust_data();
    void caFileTrust();
    void privateCaWithoutCaFileIsUntrusted();
    void systemTrust_data();
    void systemTrust();

    void responses_data();
    void responses();
    void demoScenarios_data();
    void demoScenarios();

    void hostNotFound();
    void connectionRefused();
    void connectionClosed();
    void insecureUrlNeverTouchesNetwork();
    void invalidUrlFinishesOnce();

    void sameOriginRedirectIsFollowed();
    void redirectToOtherOriginIsRefused_data();
    void redirectToOtherOriginIsRefused();
    void demoRedirectOtherHostSendsNoSecret();
    void httpsToHttpRedirectIsRefused();
    void redirectLoopIsTooManyRedirects();

    void deadline();
    void stall();
    void silentAfterHandshakeSentNothing();
    void cancelWhileWaiting();
    void cancelBeforeNetwork();
    void deleteClientMidRequest();
    void bodyCapEndless();
    void bodyCapContentLength();
    void fetchWhileBusyCancelsFirst();

    void limits_data();
    void limits();
    void hostileAnswers_data();
    void hostileAnswers();
    void tlsHandshakeNeverFinishes();
    void smallRsaKeyIsNamed();
    void secretEchoedInLocationStaysOutOfMessages();
    void redirectLoopChangingHostCase();
};

void TestCasClient::initTestCase()
{
    qRegisterMetaType<CasResult>();
}

CasRequest TestCasClient::requestFor(const QUrl& base, const QByteArray& secret)
{
    CasRequest request;
    request.baseUrl = base.toString();
    request.apiKey = DemoCasServer::ApiKey;
    request.apiSecret = secret;
    request.timeoutMs = 20000;
    request.stallTimeoutMs = 20000;
    return request;
}

CasResult TestCasClient::run(const CasRequest& request, int* finishedCount, qint64* peakBuffered)
{
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(request);
    [&] {
        QVERIFY(finished.wait(120000)); // generous: under sanitizers on a busy machine
    }();
    QCoreApplication::processEvents();
    if (finishedCount)
        *finishedCount = finished.count();
    if (peakBuffered)
        *peakBuffered = client.peakBufferedBytes();
    if (finished.isEmpty())
        return {};
    [&] {
        QVERIFY2(!client.isBusy(), "client still busy after finished()");
    }();
    return finished.first().first().value<CasResult>();
}

void TestCasClient::tokenUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Kind>("error");

    const QString tokenUrl = QStringLiteral("https://cas.example.com/stream/token/v2/");
    QTest::newRow("bare host") << "cas.example.com" << tokenUrl << Kind::None;
    QTest::newRow("spaces") << "  https://cas.example.com  " << tokenUrl << Kind::None;
    QTest::newRow("trailing slash") << "https://cas.example.com/" << tokenUrl << Kind::None;
    QTest::newRow("full path") << "https://cas.example.com/stream/token/v2/" << tokenUrl << Kind::None;
    QTest::newRow("full path no slash") << "https://cas.example.com/stream/token/v2" << tokenUrl << Kind::None;
    QTest::newRow("upper-case scheme and host") << "HTTPS://CAS.Example.com" << tokenUrl << Kind::None;
    QTest::newRow("port") << "cas.example.com:8443"
                          << "https://cas.example.com:8443/stream/token/v2/" << Kind::None;
    QTest::newRow("prefix path") << "https://example.com/cas/"
                                 << "https://example.com/cas/stream/token/v2/" << Kind::None;
    QTest::newRow("http localhost") << "http://localhost:8080"
                                    << "http://localhost:8080/stream/token/v2/" << Kind::None;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/"
                                    << "http://127.0.0.1:1234/stream/token/v2/" << Kind::None;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3"
                                    << "http://127.1.2.3/stream/token/v2/" << Kind::None;
    QTest::newRow("http ::1") << "http://[::1]:9000"
                              << "http://[::1]:9000/stream/token/v2/" << Kind::None;
    QTest::newRow("localhost no scheme") << "localhost:8443"
                                         << "https://localhost:8443/stream/token/v2/" << Kind::None;

    QTest::newRow("empty") << "" << QString() << Kind::InvalidUrl;
    QTest::newRow("blank") << "   " << QString() << Kind::InvalidUrl;
    QTest::newRow("ftp") << "ftp://cas.example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("no host") << "https://" << QString() << Kind::InvalidUrl;
    QTest::newRow("no host path") << "https:///stream/token/v2/" << QString() << Kind::InvalidUrl;
    // Found by fuzz_tokenurl: Qt 6.4 percent-encodes a noncharacter beyond U+FFFF as half a
    // surrogate pair, so the URL sent would not be the URL shown.
    QTest::newRow("noncharacter in path") << QStringLiteral("cas.example.com/a\U000FFFFF") << QString() << Kind::InvalidUrl;
    QTest::newRow("emoji in path survives") << QStringLiteral("cas.example.com/\U0001F600")
                                            << QStringLiteral("https://cas.example.com/\U0001F600/stream/token/v2/") << Kind::None;
    QTest::newRow("bad port") << "https://cas.example.com:99999" << QString() << Kind::InvalidUrl;
    QTest::newRow("space in host") << "https://cas example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("query") << "https://cas.example.com/?a=b" << QString() << Kind::InvalidUrl;
    QTest::newRow("fragment") << "https://cas.example.com/#x" << QString() << Kind::InvalidUrl;
    QTest::newRow("user info") << "https://user:pw@cas.example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("http remote") << "http://cas.example.com" << QString() << Kind::InsecureUrl;
    // What counts as a scheme (RFC 3986: a letter, then letters, digits, "+", "-", "."), and what
    // is taken for a host name that https:// is put in front of.
    QTest::newRow("scheme with plus") << "svn+ssh://cas.example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("scheme with dot and dash") << "x.y-z://cas.example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("digit first is no scheme") << "1x://cas.example.com"
                                              << "https://1x//cas.example.com/stream/token/v2/" << Kind::None;
    // ... and then the host name "\u00e9x" is beyond ASCII (lookAlikeHostsRefused).
    QTest::newRow("non-ASCII letter first is no scheme") << QStringLiteral("\u00e9x://cas.example.com") << QString() << Kind::InvalidUrl;
    QTest::newRow("colon without slashes is no scheme") << "https:cas.example.com" << QString() << Kind::InvalidUrl;
    QTest::newRow("http lan ip") << "http://192.168.1.10:8080" << QString() << Kind::InsecureUrl;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << QString() << Kind::InsecureUrl;
}

void TestCasClient::tokenUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(Kind, error);

    CasError casError;
    const std::optional<QUrl> url = CasClient::tokenUrl(input, &casError);
    QCOMPARE(casError.kind, error);
    if (error == Kind::None) {
        QVERIFY(url.has_value());
        QCOMPARE(url->toString(), expected);
        QVERIFY(casError.message.isEmpty());
    } else {
        QVERIFY(!url.has_value());
        QVERIFY(!casError.message.isEmpty());
    }
    if (error == Kind::InsecureUrl) {
        QVERIFY2(casError.message.contains(QStringLiteral("unencrypted")), qPrintable(casError.message));
        QVERIFY(casError.message.contains(QStringLiteral("https://")));
    }
}

void TestCasClient::lookAlikeHostsRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("ascii");
    QTest::newRow("Cyrillic a") << QStringLiteral("https://c\u0430s.example.org") << QStringLiteral("U+0430")
                                << QStringLiteral("xn--cs-7kc.example.org");
    QTest::newRow("no scheme, .com") << QStringLiteral("c\u0430s.example.com/") << QStringLiteral("U+0430")
                                     << QStringLiteral("xn--cs-7kc.example.com");
    QTest::newRow("plain http is refused for the name first")
        << QStringLiteral("http://c\u0430s.example.org") << QStringLiteral("U+0430") << QStringLiteral("xn--cs-7kc.example.org");
    QTest::newRow("full-width letters, port") << QStringLiteral("https://\uff43\uff41\uff53.example.org:8443") << QStringLiteral("U+FF43")
                                              << QStringLiteral("cas.example.org");
    QTest::newRow("Greek omicron in the last label")
        << QStringLiteral("https://cas.example.\u03bfrg") << QStringLiteral("U+03BF") << QStringLiteral("cas.example.xn--rg-ibc");
}

// A host name with letters of another script can read exactly as a known one: refused, saying
// which character and what the name is in ASCII (the form a person can compare).
void TestCasClient::lookAlikeHostsRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, character);
    QFETCH(QString, ascii);
    CasError error;
    QVERIFY(!CasClient::tokenUrl(input, &error));
    QCOMPARE(error.kind, Kind::InvalidUrl);
    QVERIFY2(error.message.contains(character), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(QStringLiteral("type the name DNS knows it by: ") + ascii), qPrintable(error.message));
    // The name in ASCII is taken.
    const QString retyped = QStringLiteral("https://") + ascii;
    QVERIFY2(CasClient::tokenUrl(retyped), qPrintable(retyped));
}

void TestCasClient::describeRequestRedactsSecret()
{
    const QUrl url(QStringLiteral("https://cas.example.com/stream/token/v2/"));
    const QString text = CasClient::describeRequest(url, QStringLiteral("my-key"));
    QVERIFY(text.startsWith(QStringLiteral("GET https://cas.example.com/stream/token/v2/\n")));
    QVERIFY(text.contains(QStringLiteral("Auth-API-Key: my-key")));
    QVERIFY(text.contains(QStringLiteral("Auth-API-Secret: <redacted>")));
    QVERIFY(text.contains(QStringLiteral("Accept: application/json")));
    QVERIFY(text.contains(QStringLiteral("User-Agent: cas-console/" CASCONSOLE_VERSION)));
}

void TestCasClient::curlCommand_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "https://cas.example.com/stream/token/v2/"
                           << "KEY" << QString()
                           << "curl -sS --proto =https -H 'Auth-API-Key: KEY' -H \"Auth-API-Secret: $CAS_API_SECRET\" "
                              "-H 'Accept: application/json' 'https://cas.example.com/stream/token/v2/'";
    QTest::newRow("ca file with quote") << "https://cas.example.com/stream/token/v2/"
                                        << "KEY"
                                        << "/tmp/it's ca.pem"
                                        << "curl -sS --proto =https --cacert '/tmp/it'\\''s ca.pem' -H 'Auth-API-Key: KEY' "
                                           "-H \"Auth-API-Secret: $CAS_API_SECRET\" -H 'Accept: application/json' "
                                           "'https://cas.example.com/stream/token/v2/'";
    QTest::newRow("hostile key") << "https://cas.example.com/stream/token/v2/"
                                 << "k'; rm -rf ~; '$(x)" << QString()
                                 << "curl -sS --proto =https -H 'Auth-API-Key: k'\\''; rm -rf ~; '\\''$(x)' "
                                    "-H \"Auth-API-Secret: $CAS_API_SECRET\" -H 'Accept: application/json' "
                                    "'https://cas.example.com/stream/token/v2/'";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080/stream/token/v2/"
                                   << "KEY" << QString()
                                   << "curl -sS --proto =http -H 'Auth-API-Key: KEY' -H \"Auth-API-Secret: $CAS_API_SECRET\" "
                                      "-H 'Accept: application/json' 'http://127.0.0.1:8080/stream/token/v2/'";
}

void TestCasClient::curlCommand()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, caFile);
    QFETCH(QString, expected);
    const QString command = CasClient::curlCommand(QUrl(url), key, caFile);
    QCOMPARE(command, expected);
    QVERIFY(!command.contains(QString::fromLatin1(Secret)));
    QVERIFY(!command.contains(QStringLiteral(" -L")));
}

void TestCasClient::successOverHttpsWithExtraCertificate()
{
    DemoCasServer server;
    QVERIFY(server.start());
    CasRequest request = requestFor(server.baseUrl(), DemoCasServer::ApiSecret);
    request.extraCaCertificates = {server.certificatePem()};

    CasClient client;
    QSignalSpy sent(&client, &CasClient::requestSent);
    QSignalSpy received(&client, &CasClient::responseReceived);
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(request);
    QVERIFY(client.isBusy());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!client.isBusy());
    const CasResult result = finished.first().first().value<CasResult>();

    QVERIFY2(result.ok(), qPrintable(result.error.message + QLatin1Char(' ') + result.error.detail));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.reasonPhrase, QStringLiteral("OK"));
    QCOMPARE(result.header("content-type"), QByteArray("application/json"));
    QCOMPARE(result.headers.first().first, QByteArray("Content-Type"));
    QCOMPARE(result.token.count(u'.'), 2);
    QVERIFY(result.body.contains(result.token.toLatin1()));
    QCOMPARE(result.requestUrl.toString(), server.baseUrl().toString() + CasClient::TokenPath);
    QCOMPARE(result.finalUrl, result.requestUrl);
    QVERIFY(result.redirects.isEmpty());
    QVERIFY(result.elapsedMs >= 0);
    QVERIFY2(result.tls.protocol.startsWith(QStringLiteral("TLS 1.")), qPrintable(result.tls.protocol));
    QVERIFY(!result.tls.cipher.isEmpty());
    QVERIFY(!result.tls.peerChain.isEmpty());
    QCOMPARE(QSslCertificate(result.tls.peerChain.first().pem), QSslCertificate(server.certificatePem()));
    QVERIFY2(result.tls.trustedBy.contains(QStringLiteral("certificate this request trusts")), qPrintable(result.tls.trustedBy));
    QVERIFY(result.redactedRequest.contains(QStringLiteral("Auth-API-Secret: <redacted>")));
    QVERIFY(!result.redactedRequest.contains(QString::fromLatin1(DemoCasServer::ApiSecret)));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().first().toUrl(), result.requestUrl);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toInt(), 200);
}

void TestCasClient::successOverHttpsWithCaFile()
{
    DemoCasServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("demo-ca.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(server.certificatePem());
    file.close();

    CasRequest request = requestFor(server.baseUrl(), DemoCasServer::ApiSecret);
    request.caFile = file.fileName();
    const CasResult result = run(request);
    QVERIFY2(result.ok(), qPrintable(result.error.message + QLatin1Char(' ') + result.error.detail));
}

void TestCasClient::sendsExpectedHeaders()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    const CasResult result = run(requestFor(server.baseUrl()));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.token, QString::fromLatin1(SampleJwt));

    QCOMPARE(server.requests().size(), 1);
    const DemoHttpRequest seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/stream/token/v2/"));
    QCOMPARE(seen.version, QByteArray("HTTP/1.1"));
    QCOMPARE(seen.header("Auth-API-Key"), DemoCasServer::ApiKey.toUtf8());
    QCOMPARE(seen.header("Auth-API-Secret"), Secret);
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QCOMPARE(seen.header("User-Agent"), QByteArray("cas-console/" CASCONSOLE_VERSION));
    QVERIFY(seen.header("Cookie").isEmpty());
    QCOMPARE(seen.header("Connection"), QByteArray("close"));
    QVERIFY(!result.redactedRequest.contains(QString::fromLatin1(Secret)));
    QVERIFY(result.tls.isEmpty());
}

void TestCasClient::untrustedCertificateIsTlsError()
{
    DemoCasServer server;
    QVERIFY(server.start());
    const CasResult result = run(requestFor(server.baseUrl(), DemoCasServer::ApiSecret));
    QCOMPARE(result.error.kind, Kind::Tls);
    QVERIFY2(result.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("self-signed")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("CA file")));
    QVERIFY(!result.error.detail.isEmpty());
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.token.isEmpty());
    QCOMPARE(server.requestCount(), 0); // the request (and the secret) never left
}

void TestCasClient::caFileErrors_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("exists");
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("not pem") << QByteArray("this is not a certificate\n") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("private key only") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n") << true;
}

void TestCasClient::caFileErrors()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, exists);
    MisbehavingServer server;
    QVERIFY(server.start(true));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    CasRequest request = requestFor(server.baseUrl());
    request.caFile = path;
    int finishedCount = 0;
    const CasResult result = run(request, &finishedCount);
    QCOMPARE(finishedCount, 1);
    QCOMPARE(result.error.kind, Kind::CaFile);
    QVERIFY(result.error.message.contains(path));
    QCOMPARE(server.connectionCount(), 0);
}

// A CA file adds trust anchors to the system's: a chain that leads to one is accepted, and only
// then; names and dates are still checked. Servers here use a private CA built for the test.
void TestCasClient::caFileTrust_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("leaf under the root in the file") << "root" << Kind::None << QString();
    QTest::newRow("server sends intermediate, root in the file") << "intermediate sent" << Kind::None << QString();
    QTest::newRow("intermediate in the file, server sends leaf only") << "intermediate anchor" << Kind::None << QString();
    QTest::newRow("file holds another CA") << "other ca" << Kind::Tls << "neither the system nor the CA file";
    QTest::newRow("made out for another name") << "other name" << Kind::Tls << "made out for another name";
    QTest::newRow("expired") << "expired" << Kind::Tls << "has expired";
    QTest::newRow("not yet valid") << "not yet valid" << Kind::Tls << "not valid yet";
}

void TestCasClient::caFileTrust()
{
    QFETCH(QString, setup);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);

    const SelfSignedCertificate root = SelfSignedCertificate::generate(QStringLiteral("CAS Console Test Root"), {}, {});
    SelfSignedCertificate::Request intermediateRequest;
    intermediateRequest.commonName = QStringLiteral("CAS Console Test Intermediate");
    intermediateRequest.dnsNames.clear();
    intermediateRequest.ipAddresses.clear();
    intermediateRequest.isCa = true;
    const SelfSignedCertificate intermediate = SelfSignedCertificate::issue(root, intermediateRequest);
    QVERIFY2(!root.isNull() && !intermediate.isNull(), qPrintable(root.errorString() + intermediate.errorString()));

    SelfSignedCertificate::Request leafRequest; // 127.0.0.1 and localhost, valid from now for 30 days
    if (setup == QLatin1String("other name")) {
        leafRequest.commonName = QStringLiteral("cas.example.com");
        leafRequest.dnsNames = {QStringLiteral("cas.example.com")};
        leafRequest.ipAddresses.clear();
    } else if (setup == QLatin1String("expired")) {
        leafRequest.validFromDays = -10;
        leafRequest.validDays = 5;
    } else if (setup == QLatin1String("not yet valid")) {
        leafRequest.validFromDays = 2;
    }
    const bool underIntermediate = setup.startsWith(QLatin1String("intermediate"));
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(underIntermediate ? intermediate : root, leafRequest);
    QVERIFY2(!leaf.isNull(), qPrintable(leaf.errorString()));

    MisbehavingServer server;
    QList<QSslCertificate> sent;
    if (setup == QLatin1String("intermediate sent"))
        sent << intermediate.certificate();
    QVERIFY(server.startTls(leaf, sent));
    server.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));

    QByteArray anchor = root.certificatePem();
    if (setup == QLatin1String("intermediate anchor"))
        anchor = intermediate.certificatePem();
    else if (setup == QLatin1String("other ca"))
        anchor = SelfSignedCertificate::generate(QStringLiteral("Another CA"), {}, {}).certificatePem();
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(anchor);
    file.close();

    CasRequest request = requestFor(server.baseUrl());
    request.caFile = file.fileName();
    const CasResult result = run(request);
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.message + QLatin1Char(' ') + result.error.detail));
    if (kind == Kind::None) {
        QCOMPARE(result.token, QString::fromLatin1(SampleJwt));
        QCOMPARE(QSslCertificate(result.tls.peerChain.first().pem), leaf.certificate());
        QCOMPARE(result.tls.trustedBy, QStringLiteral("the CA file ") + file.fileName());
        return;
    }
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(server.requests().isEmpty()); // the secret never left
}

// The same chain without a CA file: only the system roots count, and they do not know this CA.
void TestCasClient::privateCaWithoutCaFileIsUntrusted()
{
    const SelfSignedCertificate root = SelfSignedCertificate::generate(QStringLiteral("CAS Console Test Root"), {}, {});
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(root, {});
    MisbehavingServer server;
    QVERIFY(server.startTls(leaf));
    const CasResult result = run(requestFor(server.baseUrl()));
    QCOMPARE(result.error.kind, Kind::Tls);
    QVERIFY2(result.error.message.contains(QStringLiteral("unknown issuer")), qPrintable(result.error.message));
    QVERIFY(server.requests().isEmpty());
}

// The system store is OpenSSL's certificate directory; here one holding a private root stands in
// for it. A CA file adds to it (the CAS may sit behind a public certificate and still have a CA file
// set); trustSystemRoots = false (the in-app demo) trusts only the request's own CAs.
void TestCasClient::systemTrust_data()
{
    QTest::addColumn<bool>("trustSystemRoots");
    QTest::addColumn<bool>("withCaFile");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("system roots alone") << true << false << Kind::None;
    QTest::newRow("system roots and an unrelated CA file") << true << true << Kind::None;
    QTest::newRow("only the request's CAs") << false << true << Kind::Tls;
}

void TestCasClient::systemTrust()
{
    QFETCH(bool, trustSystemRoots);
    QFETCH(bool, withCaFile);
    QFETCH(Kind, kind);

    const SelfSignedCertificate systemRoot = SelfSignedCertificate::generate(QStringLiteral("Stand-in System Root"), {}, {});
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(systemRoot, {});
    QVERIFY(!systemRoot.isNull() && !leaf.isNull());
    const StandInSystemRoots system({systemRoot.certificate()});
    QVERIFY(system.isValid());

    MisbehavingServer server;
    QVERIFY(server.startTls(leaf));
    server.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    QTemporaryDir dir;
    CasRequest request = requestFor(server.baseUrl());
    request.trustSystemRoots = trustSystemRoots;
    if (withCaFile) {
        QFile file(dir.filePath(QStringLiteral("unrelated-ca.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SelfSignedCertificate::generate(QStringLiteral("Unrelated CA"), {}, {}).certificatePem());
        file.close();
        request.caFile = file.fileName();
    }
    const CasResult result = run(request);
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.message + QLatin1Char(' ') + result.error.detail));
    QCOMPARE(server.requests().isEmpty(), kind != Kind::None);
    if (kind == Kind::None)
        QCOMPARE(result.tls.trustedBy, QStringLiteral("the system's trusted roots"));
}

void TestCasClient::responses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    const QByteArray json = "application/json";
    QTest::newRow("200 token") << 200 << json << "{\"token\":\"" + SampleJwt + "\"}" << Kind::None << QString();
    QTest::newRow("200 token with other fields") << 200 << json << "{\"a\":1,\"token\":\"" + SampleJwt + "\"}" << Kind::None << QString();
    QTest::newRow("401 json") << 401 << json << QByteArray(R"({"error":"x","message":"Invalid API key or secret"})") << Kind::AuthRejected
                              << "CAS rejected the API key or secret (HTTP 401)";
    QTest::newRow("403 text") << 403 << QByteArray("text/plain") << QByteArray("Forbidden") << Kind::AuthRejected << "HTTP 403";
    QTest::newRow("500 html") << 500 << QByteArray("text/html") << QByteArray("<html><body>Oops</body></html>") << Kind::ServerError
                              << "HTML page";
    QTest::newRow("503 html no type") << 503 << QByteArray() << QByteArray("<!DOCTYPE html><html></html>") << Kind::ServerError
                                      << "HTML page";
    QTest::newRow("503 json message") << 503 << json << QByteArray(R"({"message":"Down for maintenance"})") << Kind::ServerError
                                      << "Down for maintenance";
    QTest::newRow("500 json error") << 500 << json << QByteArray(R"({"error":"database unavailable"})") << Kind::ServerError
                                    << "database unavailable";
    QTest::newRow("502 json detail") << 502 << json << QByteArray(R"({"detail":"upstream timeout"})") << Kind::ServerError
                                     << "upstream timeout";
    QTest::newRow("502 text") << 502 << QByteArray("text/plain") << QByteArray("Bad gateway: upstream gone") << Kind::ServerError
                              << "upstream gone";
    QTest::newRow("404 empty") << 404 << QByteArray() << QByteArray() << Kind::ServerError << "HTTP 404";
    QTest::newRow("200 html") << 200 << QByteArray("text/html") << QByteArray("<html>hello</html>") << Kind::BadResponse
                              << "not with a JSON object";
    QTest::newRow("200 empty") << 200 << json << QByteArray() << Kind::BadResponse << "JSON";
    QTest::newRow("200 json array") << 200 << json << QByteArray("[1,2]") << Kind::BadResponse << "JSON";
    QTest::newRow("200 no token") << 200 << json << QByteArray(R"({"jwt":"a.b.c"})") << Kind::BadResponse << "\"token\"";
    QTest::newRow("200 token number") << 200 << json << QByteArray(R"({"token":42})") << Kind::BadResponse << "\"token\"";
    QTest::newRow("200 token empty") << 200 << json << QByteArray(R"({"token":""})") << Kind::BadResponse << "\"token\"";
    QTest::newRow("200 token not jwt") << 200 << json << QByteArray(R"({"token":"not-a-jwt"})") << Kind::BadResponse << "not a JWT";
    QTest::newRow("200 token two parts") << 200 << json << QByteArray(R"({"token":"eyJhIjoxfQ.eyJhIjoxfQ"})") << Kind::BadResponse
                                         << "not a JWT";
    QTest::newRow("200 token bad header") << 200 << json << QByteArray(R"({"token":"abc.def.ghi"})") << Kind::BadResponse << "not a JWT";
    {
        // The shape check: three base64url parts, the first two not empty.
        const QList<QByteArray> parts = QByteArray(SampleJwt).split('.');
        const auto tokenBody = [](const QByteArray& token) -> QByteArray {
            return "{\"token\":\"" + token + "\"}";
        };
        const QList<std::pair<const char*, QByteArray>> notJwts = {
            {"200 token four parts", QByteArray(SampleJwt) + ".e30"},
            {"200 token empty header part", '.' + parts[1] + '.' + parts[2]},
            {"200 token empty payload part", parts[0] + ".." + parts[2]},
            {"200 token plus in payload", parts[0] + ".e3+0." + parts[2]},
            {"200 token padding", parts[0] + '.' + parts[1] + "=." + parts[2]},
            {"200 token non-ASCII letter", parts[0] + ".e3\u00e90." + parts[2]},
        };
        for (const auto& [name, token] : notJwts)
            QTest::newRow(name) << 200 << json << tokenBody(token) << Kind::BadResponse << "not a JWT";
    }
    // Issue 9 §3: JSON parsers disagree on which duplicate wins, so a second "token" is refused.
    QTest::newRow("200 two tokens") << 200 << json << QByteArray("{\"token\":\"" + SampleJwt + "\",\"token\":\"" + SampleJwt + "\"}")
                                    << Kind::BadResponse << "2 \"token\" members";
    // ...also when a control character left raw in a string makes the body break the JSON
    // standard: Qt's parser takes it (and the last "token"), the member count must not be skipped.
    QTest::newRow("200 two tokens, a raw escape in one")
        << 200 << json << QByteArray("{\"token\":\"\x1b[31mX\x07\",\"token\":\"" + SampleJwt + "\"}") << Kind::BadResponse
        << "breaks the JSON standard";
    QTest::newRow("200 token, nested past the parser's depth")
        << 200 << json << QByteArray("{\"token\":\"" + SampleJwt + "\",\"deep\":" + QByteArray(600, '[') + QByteArray(600, ']') + "}")
        << Kind::BadResponse << "nests too deep";
    QTest::newRow("200 token, a raw control character elsewhere")
        << 200 << json << QByteArray("{\"note\":\"a\x01b\",\"token\":\"" + SampleJwt + "\"}") << Kind::BadResponse
        << "breaks the JSON standard";
    const auto unsignedJwt = [](const QByteArray& header) -> QByteArray {
        const auto encode = [](const QByteArray& part) -> QByteArray {
            return part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return "{\"token\":\"" + encode(header) + '.' + encode(R"({"sub":"x"})") + ".\"}";
    };
    QTest::newRow("200 token alg none") << 200 << json << unsignedJwt(R"({"alg":"none"})") << Kind::BadResponse << "alg \"none\"";
    QTest::newRow("200 token alg NONE") << 200 << json << unsignedJwt(R"({"alg":"NONE","typ":"JWT"})") << Kind::BadResponse << "unsigned";
    QTest::newRow("200 token without alg") << 200 << json << unsignedJwt(R"({"typ":"JWT"})") << Kind::BadResponse << "no \"alg\"";
}

void TestCasClient::responses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);

    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::fixed(status, contentType, body));
    const CasResult result = run(requestFor(server.baseUrl()));
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.body, body);
    QCOMPARE(result.ok(), kind == Kind::None);
    if (kind == Kind::None) {
        QCOMPARE(result.token, QString::fromLatin1(SampleJwt));
    } else {
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(QString::fromLatin1(Secret)));
        QVERIFY(!result.error.detail.contains(QString::fromLatin1(Secret)));
    }
}

void TestCasClient::demoScenarios_data()
{
    QTest::addColumn<DemoCasServer::Scenario>("scenario");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("success") << DemoCasServer::Scenario::Success << DemoCasServer::ApiSecret << Kind::None << 200;
    QTest::newRow("wrong secret") << DemoCasServer::Scenario::Success << QByteArray("nope") << Kind::AuthRejected << 401;
    QTest::newRow("wrong credentials") << DemoCasServer::Scenario::WrongCredentials << DemoCasServer::ApiSecret << Kind::AuthRejected
                                       << 401;
    QTest::newRow("server error") << DemoCasServer::Scenario::ServerError << DemoCasServer::ApiSecret << Kind::ServerError << 500;
    QTest::newRow("expired token") << DemoCasServer::Scenario::ExpiredToken << DemoCasServer::ApiSecret << Kind::None << 200;
    QTest::newRow("redirect other host") << DemoCasServer::Scenario::RedirectOtherHost << DemoCasServer::ApiSecret << Kind::RedirectRefused
                                         << 0;
}

void TestCasClient::demoScenarios()
{
    QFETCH(DemoCasServer::Scenario, scenario);
    QFETCH(QByteArray, secret);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    DemoCasServer server;
    server.setScenario(scenario);
    QVERIFY(server.start());
    CasRequest request = requestFor(server.baseUrl(), secret);
    request.extraCaCertificates = {server.certificatePem()};
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, kind);
    if (status)
        QCOMPARE(result.httpStatus, status);
    QCOMPARE(server.requestCount(), 1);
}

void TestCasClient::hostNotFound()
{
    const CasResult result = run(requestFor(QUrl(QStringLiteral("https://no-such-host.invalid"))));
    QCOMPARE(result.error.kind, Kind::HostNotFound);
    QVERIFY(result.error.message.contains(QStringLiteral("no-such-host.invalid")));
    QVERIFY(!result.error.detail.isEmpty());
}

void TestCasClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const CasResult result = run(requestFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    QCOMPARE(result.error.kind, Kind::ConnectionRefused);
    QVERIFY(result.error.message.contains(QString::number(port)));
}

void TestCasClient::connectionClosed()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::drop());
    const CasResult result = run(requestFor(server.baseUrl()));
    QCOMPARE(result.error.kind, Kind::ConnectionClosed);
    QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.1")));
}

void TestCasClient::insecureUrlNeverTouchesNetwork()
{
    CasClient client;
    QSignalSpy sent(&client, &CasClient::requestSent);
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(requestFor(QUrl(QStringLiteral("http://cas.example.com"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(sent.count(), 0);
    const CasResult result = finished.first().first().value<CasResult>();
    QCOMPARE(result.error.kind, Kind::InsecureUrl);
    QVERIFY(result.error.message.contains(QStringLiteral("unencrypted")));
    QVERIFY(result.redactedRequest.isEmpty());
}

void TestCasClient::invalidUrlFinishesOnce()
{
    int count = 0;
    CasRequest request = requestFor(QUrl());
    request.baseUrl = QStringLiteral("ftp://x");
    const CasResult result = run(request, &count);
    QCOMPARE(count, 1);
    QCOMPARE(result.error.kind, Kind::InvalidUrl);
}

void TestCasClient::sameOriginRedirectIsFollowed()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse("/stream/token/v2/", Response::redirect("/moved/stream/token/v2/"));
    server.setResponse("/moved/stream/token/v2/", Response::redirect(server.baseUrl().toEncoded() + "/final/", 307));
    server.setResponse("/final/", Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));

    CasClient client;
    QSignalSpy sent(&client, &CasClient::requestSent);
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(requestFor(server.baseUrl()));
    QVERIFY(finished.wait(30000));
    const CasResult result = finished.first().first().value<CasResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.redirects.size(), 2);
    QCOMPARE(result.redirects.at(0).path(), QStringLiteral("/moved/stream/token/v2/"));
    QCOMPARE(result.redirects.at(1).path(), QStringLiteral("/final/"));
    QCOMPARE(result.finalUrl.path(), QStringLiteral("/final/"));
    QCOMPARE(result.requestUrl.path(), CasClient::TokenPath);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).header("Auth-API-Secret"), Secret); // same origin: the secret goes along
    QCOMPARE(sent.count(), 3);
}

void TestCasClient::redirectToOtherOriginIsRefused_data()
{
    QTest::addColumn<QString>("targetHost");
    QTest::addColumn<bool>("samePortAsFirst");
    QTest::newRow("localhost, other port") << "localhost" << false;
    QTest::newRow("127.0.0.1, other port") << "127.0.0.1" << false;
    QTest::newRow("localhost, same port") << "localhost" << true;
}

void TestCasClient::redirectToOtherOriginIsRefused()
{
    QFETCH(QString, targetHost);
    QFETCH(bool, samePortAsFirst);
    MisbehavingServer first;
    MisbehavingServer other;
    QVERIFY(first.start());
    QVERIFY(other.start());
    other.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    const quint16 port = samePortAsFirst ? first.port() : other.port();
    const QByteArray location = QStringLiteral("http://%1:%2/stream/token/v2/").arg(targetHost).arg(port).toLatin1();
    first.setResponse(Response::redirect(location));

    const CasResult result = run(requestFor(first.baseUrl()));
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    const QString firstOrigin = QStringLiteral("http://127.0.0.1:%1").arg(first.port());
    const QString otherOrigin = QStringLiteral("http://%1:%2").arg(targetHost).arg(port);
    QVERIFY2(result.error.message.contains(firstOrigin), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(otherOrigin), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("not sent")));
    QVERIFY(result.redirects.isEmpty());
    QVERIFY(!result.ok());
    QCOMPARE(result.httpStatus, 302);
    QCOMPARE(result.header("Location"), location);
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(other.connectionCount(), 0);
    QVERIFY(other.requests().isEmpty());
    QVERIFY(!other.anyRequestContained(Secret));
}

void TestCasClient::demoRedirectOtherHostSendsNoSecret()
{
    DemoCasServer demo;
    MisbehavingServer other;
    QVERIFY(other.start(true));
    QVERIFY(demo.start());
    QUrl target = other.baseUrl();
    target.setHost(QStringLiteral("localhost"));
    target.setPath(CasClient::TokenPath);
    demo.setScenario(DemoCasServer::Scenario::RedirectOtherHost);
    demo.setRedirectTarget(target);

    CasRequest request = requestFor(demo.baseUrl(), DemoCasServer::ApiSecret);
    request.extraCaCertificates = {demo.certificatePem(), other.certificatePem()};
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY(result.error.message.contains(QStringLiteral("https://localhost:%1").arg(other.port())));
    QCOMPARE(demo.requestCount(), 1);
    QCOMPARE(other.connectionCount(), 0);
    QVERIFY(!other.anyRequestHad("Auth-API-Secret"));
}

void TestCasClient::httpsToHttpRedirectIsRefused()
{
    MisbehavingServer secure;
    MisbehavingServer plain;
    QVERIFY(secure.start(true));
    QVERIFY(plain.start());
    plain.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    secure.setResponse(Response::redirect(plain.baseUrl().toEncoded() + "/stream/token/v2/", 301));

    CasRequest request = requestFor(secure.baseUrl());
    request.extraCaCertificates = {secure.certificatePem()};
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY2(result.error.message.contains(QStringLiteral("plain http")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("not sent")));
    QCOMPARE(secure.requests().size(), 1);
    QCOMPARE(plain.connectionCount(), 0);
    QVERIFY(!result.tls.isEmpty());
}

void TestCasClient::redirectLoopIsTooManyRedirects()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::redirect("/stream/token/v2/"));
    const CasResult result = run(requestFor(server.baseUrl()));
    QCOMPARE(result.error.kind, Kind::TooManyRedirects);
    QCOMPARE(result.redirects.size(), CasClient::MaxRedirects);
    QCOMPARE(server.requests().size(), CasClient::MaxRedirects + 1);
}

void TestCasClient::deadline()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::neverAnswer());
    CasRequest request = requestFor(server.baseUrl());
    request.timeoutMs = 300;
    request.stallTimeoutMs = 60000;
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
    QCOMPARE(server.requests().size(), 1);
}

void TestCasClient::stall()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::stalled(500));
    CasRequest request = requestFor(server.baseUrl());
    request.timeoutMs = 60000;
    request.stallTimeoutMs = 300;
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("stopped sending data for 0.3 s")), qPrintable(result.error.message));
    QCOMPARE(result.httpStatus, 200);
}

// The handshake's own bytes are not an answer: a TLS server that says nothing after it "sent
// nothing", as one that never answers over plain http.
void TestCasClient::silentAfterHandshakeSentNothing()
{
    MisbehavingServer server;
    const SelfSignedCertificate certificate = SelfSignedCertificate::generate();
    QVERIFY(server.startTls(certificate));
    server.setResponse(Response::neverAnswer());
    CasRequest request = requestFor(server.baseUrl());
    request.extraCaCertificates = {certificate.certificatePem()};
    request.timeoutMs = 60000;
    request.stallTimeoutMs = 300;
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("sent nothing for 0.3 s")), qPrintable(result.error.message));
    QCOMPARE(server.requests().size(), 1); // the request did arrive, over TLS
}

void TestCasClient::cancelWhileWaiting()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::neverAnswer());
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(requestFor(server.baseUrl()));
    QTRY_COMPARE(server.requests().size(), 1);
    client.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!client.isBusy());
    const CasResult result = finished.first().first().value<CasResult>();
    QCOMPARE(result.error.kind, Kind::Cancelled);
    client.cancel(); // no-op when idle
    QVERIFY(!finished.wait(200));
    QCOMPARE(finished.count(), 1);
}

void TestCasClient::cancelBeforeNetwork()
{
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(requestFor(QUrl(QStringLiteral("http://cas.example.com")))); // fails soon, queued
    client.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<CasResult>().error.kind, Kind::Cancelled);
    QVERIFY(!finished.wait(200));
    QCOMPARE(finished.count(), 1);
}

void TestCasClient::deleteClientMidRequest()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::endless());
    auto client = std::make_unique<CasClient>();
    QSignalSpy sent(client.get(), &CasClient::requestSent);
    client->fetch(requestFor(server.baseUrl()));
    QTRY_COMPARE(server.requests().size(), 1);
    client.reset();
    // The reply is gone too: the server sees the connection close.
    QTRY_COMPARE(server.findChildren<QTcpSocket*>().size(), 0);
}

void TestCasClient::bodyCapEndless()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::endless());
    const CasResult result = run(requestFor(server.baseUrl()));
    QCOMPARE(result.error.kind, Kind::ResponseTooLarge);
    QCOMPARE(result.body.size(), CasClient::MaxBodyBytes);
    QCOMPARE(result.httpStatus, 200);
}

void TestCasClient::bodyCapContentLength()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::stalled(50 * 1024 * 1024));
    CasRequest request = requestFor(server.baseUrl());
    request.stallTimeoutMs = 20000;
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::ResponseTooLarge);
    QVERIFY(result.error.message.contains(QString::number(50 * 1024 * 1024)));
}

void TestCasClient::fetchWhileBusyCancelsFirst()
{
    MisbehavingServer slow;
    MisbehavingServer fast;
    QVERIFY(slow.start());
    QVERIFY(fast.start());
    slow.setResponse(Response::neverAnswer());
    fast.setResponse(Response::json(200, "{\"token\":\"" + SampleJwt + "\"}"));
    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    client.fetch(requestFor(slow.baseUrl()));
    QTRY_COMPARE(slow.requests().size(), 1);
    client.fetch(requestFor(fast.baseUrl()));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(0).first().value<CasResult>().error.kind, Kind::Cancelled);
    QVERIFY(finished.at(1).first().value<CasResult>().ok());
}

// Every limit on every framing and transport: the request ends with the limit named (not with a
// timeout: the deadlines here are far beyond the wait), and memory stays within the caps.
void TestCasClient::limits_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QString mib = QStringLiteral("more than 1 MiB");
    const QString head = QStringLiteral("64 KiB of status line and headers");
    for (const bool tls : {false, true}) {
        const char* over = tls ? " over TLS" : "";
        QTest::addRow("one-byte chunks%s", over) << Response::oneByteChunks() << tls << Kind::ResponseTooLarge << mib;
        QTest::addRow("endless body%s", over) << Response::endless() << tls << Kind::ResponseTooLarge << mib;
        QTest::addRow("endless headers%s", over) << Response::endlessHeaders() << tls << Kind::HeadersTooLarge << head;
        QTest::addRow("endless header line%s", over) << Response::endlessHeaderLine() << tls << Kind::HeadersTooLarge << head;
    }
    QTest::newRow("HTTP/1.0 close-delimited") << Response::raw("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n", "    ") << false
                                              << Kind::ResponseTooLarge << mib;
    QTest::newRow("big chunks") << Response::raw(chunkedHead, "4000\r\n" + QByteArray(0x4000, ' ') + "\r\n") << false
                                << Kind::ResponseTooLarge << mib;
    QTest::newRow("one huge chunk announced") << Response::raw(chunkedHead + "7fffffffffffffff\r\n", "    ") << false
                                              << Kind::ResponseTooLarge << mib;
    QTest::newRow("endless status line") << Response::raw("HTTP/1.1 200 ", QByteArray(512, 'a')) << false << Kind::HeadersTooLarge << head;
    QTest::newRow("endless chunk size line") << Response::raw(chunkedHead, QByteArray(512, '0')) << false << Kind::MalformedHttp
                                             << QStringLiteral("chunk size line");
    QTest::newRow("100 Continue storm") << Response::raw({}, "HTTP/1.1 100 Continue\r\n\r\n") << false << Kind::MalformedHttp
                                        << QStringLiteral("interim (1xx)");
    QTest::newRow("1xx flood with headers") << Response::raw({}, "HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\n") << false
                                            << Kind::MalformedHttp << QStringLiteral("interim (1xx)");
    QTest::newRow("many short headers") << Response::raw("HTTP/1.1 200 OK\r\n", "A: b\r\n") << false << Kind::HeadersTooLarge
                                        << QStringLiteral("header fields");

    const QByteArray bomb = MisbehavingServer::gzipBomb(64 * 1024 * 1024);
    const QByteArray gzipHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n";
    const QByteArray withLength = gzipHead + "Content-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb;
    const QString bombPart = QStringLiteral("compressed body (Content-Encoding: gzip) that expands to more than 1 MiB");
    QTest::newRow("gzip bomb") << Response::raw(withLength) << false << Kind::DecodedTooLarge << bombPart;
    QTest::newRow("gzip bomb over TLS") << Response::raw(withLength) << true << Kind::DecodedTooLarge << bombPart;
    QTest::newRow("gzip bomb, close-delimited") << Response::raw(gzipHead + "\r\n" + bomb) << false << Kind::DecodedTooLarge << bombPart;
    QByteArray bombChunks;
    for (qsizetype i = 0; i < bomb.size(); i += 7)
        bombChunks += QByteArray::number(qMin<qsizetype>(7, bomb.size() - i), 16) + "\r\n" + bomb.mid(i, 7) + "\r\n";
    QTest::newRow("gzip bomb in tiny chunks") << Response::raw(gzipHead + "Transfer-Encoding: chunked\r\n\r\n" + bombChunks + "0\r\n\r\n")
                                              << false << Kind::DecodedTooLarge << bombPart;
}

void TestCasClient::limits()
{
    QFETCH(Response, response);
    QFETCH(bool, tls);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);

    MisbehavingServer server;
    QVERIFY(server.start(tls));
    server.setResponse(response);
    CasRequest request = requestFor(server.baseUrl());
    request.extraCaCertificates = {server.certificatePem()};
    request.timeoutMs = 120000;
    request.stallTimeoutMs = 120000;
    qint64 peak = 0;
    const CasResult result = run(request, nullptr, &peak);
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.message + QLatin1String(" | ") + result.error.detail));
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(QStringLiteral("stopped sending data")));
    QVERIFY(result.body.size() <= CasClient::MaxBodyBytes);
    QVERIFY(result.token.isEmpty());
    // Bounded by the caps plus the socket's read buffer and a read chunk, whatever the framing.
    QVERIFY2(peak > 0 && peak <= CasClient::MaxHeadBytes + CasClient::MaxBodyBytes + 128 * 1024, qPrintable(QString::number(peak)));
}

void TestCasClient::hostileAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    const QByteArray body = "{\"token\":\"" + SampleJwt + "\"}";
    const QByteArray length = QByteArray::number(body.size());
    const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    QByteArray oneByteChunks;
    for (const char c : body)
        oneByteChunks += "1\r\n" + QByteArray(1, c) + "\r\n";

    // Still understood: what real servers send.
    QTest::newRow("gzip") << ok + "Content-Encoding: gzip\r\n\r\n" + MisbehavingServer::compress(body) << Kind::None << QString();
    QTest::newRow("deflate") << ok + "Content-Encoding: deflate\r\n\r\n" + MisbehavingServer::compress(body, false) << Kind::None
                             << QString();
    QTest::newRow("finite one-byte chunks, trailer") << ok + "Transfer-Encoding: chunked\r\n\r\n" + oneByteChunks + "0\r\nX-T: 1\r\n\r\n"
                                                     << Kind::None << QString();
    QTest::newRow("chunk extension") << ok + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) + ";x=y\r\n" + body
            + "\r\n0\r\n\r\n" << Kind::None
                                     << QString();
    QTest::newRow("HTTP/1.0 close-delimited") << "HTTP/1.0 200 OK\r\n\r\n" + body << Kind::None << QString();
    QTest::newRow("100 Continue first") << "HTTP/1.1 100 Continue\r\n\r\n" + ok + "Content-Length: " + length + "\r\n\r\n" + body
                                        << Kind::None << QString();
    QTest::newRow("LF line ends") << "HTTP/1.1 200 OK\nContent-Length: " + length + "\n\n" + body << Kind::None << QString();
    QTest::newRow("no reason phrase") << "HTTP/1.1 200\r\nContent-Length: " + length + "\r\n\r\n" + body << Kind::None << QString();

    QTest::newRow("chunked wins over a length") << ok + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(body.size(), 16) + "\r\n" + body
            + "\r\n0\r\n\r\n" << Kind::None << QString();

    // Refused, with the cause named.
    QTest::newRow("redirect to file:") << QByteArray("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n")
                                       << Kind::ServerError << QStringLiteral("without a usable redirect target");
    QTest::newRow("redirect to nowhere") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n")
                                         << Kind::ServerError << QStringLiteral("without a usable redirect target");
    const QString notHttp = QStringLiteral("did not answer in valid HTTP/1.1");
    QTest::newRow("HTTP/0.9 style") << body << Kind::MalformedHttp << QStringLiteral("does not begin with an HTTP/1.x status line");
    QTest::newRow("TLS server on http") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7) << Kind::MalformedHttp << notHttp;
    QTest::newRow("HTTP/2 status line") << "HTTP/2 200\r\n\r\n" + body << Kind::MalformedHttp
                                        << QStringLiteral("not an HTTP/1.x status line");
    QTest::newRow("status 999") << QByteArray("HTTP/1.1 999 Odd\r\n\r\n") << Kind::MalformedHttp << QStringLiteral("status line");
    QTest::newRow("NUL in status line") << QByteArray("HTTP/1.1 200 O\0K\r\n\r\n", 19) + body << Kind::MalformedHttp
                                        << QStringLiteral("\\x00");
    QTest::newRow("ESC in the reason phrase") << "HTTP/1.1 503 Down\x1b[2J\r\n\r\n" + body << Kind::MalformedHttp
                                              << QStringLiteral("\\x1b[2J");
    QTest::newRow("NUL in a header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\0b\r\n\r\n", 30) + body << Kind::MalformedHttp
                                     << QStringLiteral("control character");
    QTest::newRow("bare CR in a header") << "HTTP/1.1 200 OK\r\nX-A: a\rSet-Cookie: b\r\n\r\n" + body << Kind::MalformedHttp
                                         << QStringLiteral("control character");
    QTest::newRow("ESC in a header") << "HTTP/1.1 200 OK\r\nX-A: \x1b]0;pwned\x07\r\n\r\n" + body << Kind::MalformedHttp
                                     << QStringLiteral("\\x1b");
    QTest::newRow("folded header") << ok + "X-A: a\r\n b\r\n\r\n" + body << Kind::MalformedHttp << QStringLiteral("folded");
    QTest::newRow("space before colon") << ok + "Content-Length : 5\r\n\r\n" + body << Kind::MalformedHttp << QStringLiteral("header name");
    QTest::newRow("conflicting lengths") << ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n" + body << Kind::MalformedHttp
                                         << QStringLiteral("conflicting Content-Length");
    QTest::newRow("length not a number") << ok + "Content-Length: -5\r\n\r\n" + body << Kind::MalformedHttp
                                         << QStringLiteral("not a number");
    QTest::newRow("huge length") << ok + "Content-Length: 99999999999999999999999\r\n\r\n" + body << Kind::ResponseTooLarge
                                 << QStringLiteral("far more than a token");
    QTest::newRow("bogus chunk size") << ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body << Kind::MalformedHttp
                                      << QStringLiteral("hexadecimal");
    QTest::newRow("negative chunk size") << ok + "Transfer-Encoding: chunked\r\n\r\n-1\r\n" + body << Kind::MalformedHttp
                                         << QStringLiteral("hexadecimal");
    QTest::newRow("chunk longer than said") << ok + "Transfer-Encoding: chunked\r\n\r\n1\r\n" + body + "\r\n0\r\n\r\n"
                                            << Kind::MalformedHttp << QStringLiteral("longer than its size line");
    QTest::newRow("chunked, no last chunk") << ok + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"
                                            << Kind::ConnectionClosed << QStringLiteral("closed the connection");
    QTest::newRow("body shorter than length") << ok + "Content-Length: 500\r\n\r\n" + body << Kind::ConnectionClosed
                                              << QStringLiteral("closed the connection");
    QTest::newRow("headers cut off") << ok + "X-A: b\r\n" << Kind::ConnectionClosed << QStringLiteral("closed the connection");
    QTest::newRow("101 Switching Protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n")
                                             << Kind::MalformedHttp << QStringLiteral("switched protocols");
    QTest::newRow("brotli not asked for") << ok + "Content-Encoding: br\r\n\r\n" + body << Kind::MalformedHttp
                                          << QStringLiteral("encoding that was not asked for");
    QTest::newRow("gzip twice") << ok + "Content-Encoding: gzip, gzip\r\n\r\n" + body << Kind::MalformedHttp
                                << QStringLiteral("encoding that was not asked for");
    QTest::newRow("transfer-encoding gzip") << ok + "Transfer-Encoding: gzip, chunked\r\n\r\n" + body << Kind::MalformedHttp
                                            << QStringLiteral("Transfer-Encoding");
    QTest::newRow("gzip garbage") << ok + "Content-Encoding: gzip\r\n\r\n" + body << Kind::MalformedHttp
                                  << QStringLiteral("cannot be decoded");
    QTest::newRow("gzip cut short") << ok + "Content-Encoding: gzip\r\n\r\n" + MisbehavingServer::compress(body).chopped(12)
                                    << Kind::MalformedHttp << QStringLiteral("cannot be decoded");
}

void TestCasClient::hostileAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);

    MisbehavingServer server;
    QVERIFY(server.start());
    server.setResponse(Response::raw(bytes));
    const CasResult result = run(requestFor(server.baseUrl()));
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.message + QLatin1String(" | ") + result.error.detail));
    if (kind == Kind::None) {
        QCOMPARE(result.token, QString::fromLatin1(SampleJwt));
        QCOMPARE(result.httpStatus, 200);
        for (const QChar c : result.reasonPhrase)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(result.reasonPhrase));
        return;
    }
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QVERIFY(result.token.isEmpty());
    // Bytes from the server reach a message only escaped: no control character gets through.
    const QString shown = result.error.message + result.error.detail;
    for (const QChar c : shown)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(result.error.message));
}

void TestCasClient::tlsHandshakeNeverFinishes()
{
    MisbehavingServer server;
    QVERIFY(server.start()); // plain TCP that never says a word, asked for TLS
    server.setResponse(Response::neverAnswer());
    QUrl url = server.baseUrl();
    url.setScheme(QStringLiteral("https"));
    CasRequest request = requestFor(url);
    request.stallTimeoutMs = 300;
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("did not finish the TLS handshake")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QStringLiteral("0.3 s")));
}

// OpenSSL's default security level refuses RSA keys under 2048 bits; Qt reports "Unknown error".
void TestCasClient::smallRsaKeyIsNamed()
{
    const SelfSignedCertificate ca = SelfSignedCertificate::generate(QStringLiteral("Test CA"), {}, {});
    SelfSignedCertificate::Request leafRequest;
    leafRequest.rsaBits = 1024;
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(ca, leafRequest);
    QVERIFY2(!leaf.isNull(), qPrintable(leaf.errorString()));
    LaxTlsServer server; // Qt itself refuses to serve a 1024-bit key
    QVERIFY(server.start(leaf));
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server.port());
    CasRequest request = requestFor(url);
    request.extraCaCertificates = {ca.certificatePem()};
    const CasResult result = run(request);
    QCOMPARE(result.error.kind, Kind::Tls);
    QVERIFY2(result.error.message.contains(QStringLiteral("1024-bit RSA key")),
             qPrintable(result.error.message + QLatin1String(" | ") + result.error.detail));
    QVERIFY2(result.error.message.contains(QStringLiteral("security level")), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(QStringLiteral("Unknown error")));
    QCOMPARE(server.handshakesStarted(), 1);
}

void TestCasClient::secretEchoedInLocationStaysOutOfMessages()
{
    MisbehavingServer first;
    QVERIFY(first.start());
    // Another origin, with the secret in the Location: refused, and the secret never shown.
    first.setResponse("/stream/token/v2/", Response::redirect("http://localhost:" + QByteArray::number(first.port()) + "/?s=" + Secret));
    CasResult result = run(requestFor(first.baseUrl()));
    QCOMPARE(result.error.kind, Kind::RedirectRefused);
    QVERIFY(!result.error.message.contains(QString::fromLatin1(Secret)));
    QVERIFY(!result.error.detail.contains(QString::fromLatin1(Secret)));
    QVERIFY(result.error.detail.contains(QStringLiteral("<redacted>")));
    QCOMPARE(first.requests().size(), 1);

    // The same origin, looping, with the secret in the Location.
    first.setResponse("/stream/token/v2/", Response::redirect("/stream/token/v2/?s=" + Secret));
    first.setResponse(Response::redirect("/stream/token/v2/?s=" + Secret));
    result = run(requestFor(first.baseUrl()));
    QCOMPARE(result.error.kind, Kind::TooManyRedirects);
    QVERIFY(!result.error.message.contains(QString::fromLatin1(Secret)));
    QVERIFY(!result.error.detail.contains(QString::fromLatin1(Secret)));
}

void TestCasClient::redirectLoopChangingHostCase()
{
    MisbehavingServer server;
    QVERIFY(server.start());
    const QByteArray port = QByteArray::number(server.port());
    server.setResponse("/stream/token/v2/", Response::redirect("http://LOCALHOST:" + port + "/a/"));
    server.setResponse("/a/", Response::redirect("http://LocalHost:" + port + "/stream/token/v2/"));
    QUrl url = server.baseUrl();
    url.setHost(QStringLiteral("localhost"));
    const CasResult result = run(requestFor(url));
    QCOMPARE(result.error.kind, Kind::TooManyRedirects);
    QCOMPARE(server.requests().size(), CasClient::MaxRedirects + 1);
    for (const QUrl& hop : result.redirects)
        QCOMPARE(hop.host(), QStringLiteral("localhost"));
}

QTEST_MAIN(TestCasClient)
#include "tst_casclient.moc"
