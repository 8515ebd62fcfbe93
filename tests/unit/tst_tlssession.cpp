#include "net/ExtraTrust.h"
#include "net/SelfSignedCertificate.h"
#include "net/TlsSession.h"
#include "StandInSystemRoots.h"

#include <QtTest>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <memory>

namespace
{

X509* toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &data, static_cast<long>(der.size()));
}

// The server's side of one connection, all in memory: OpenSSL with the certificate and key given.
class MemoryServer
{
public:
    MemoryServer(const SelfSignedCertificate& leaf, const QList<QSslCertificate>& chain, int maxVersion = 0)
    {
        m_context = SSL_CTX_new(TLS_server_method());
        if (maxVersion != 0) {
            SSL_CTX_set_security_level(m_context, 0);
            SSL_CTX_set_min_proto_version(m_context, 0);
            SSL_CTX_set_max_proto_version(m_context, maxVersion);
        }
        X509* certificate = toX509(leaf.certificate());
        const QByteArray keyPem = leaf.privateKey().toPem();
        BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        BIO_free(keyBio);
        m_ready = certificate && key && SSL_CTX_use_certificate(m_context, certificate) == 1 && SSL_CTX_use_PrivateKey(m_context, key) == 1;
        X509_free(certificate);
        EVP_PKEY_free(key);
        for (const QSslCertificate& extra : chain)
            m_ready = m_ready && SSL_CTX_add_extra_chain_cert(m_context, toX509(extra)) == 1; // takes it
        m_ssl = SSL_new(m_context);
        SSL_set_bio(m_ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
        BIO_ctrl(SSL_get_rbio(m_ssl), BIO_C_SET_BUF_MEM_EOF_RETURN, -1, nullptr);
        SSL_set_accept_state(m_ssl);
    }
    ~MemoryServer()
    {
        SSL_free(m_ssl);
        SSL_CTX_free(m_context);
    }
    bool isReady() const
    {
        return m_ready && m_ssl;
    }

    // Runs client and server until the client's handshake ends (or nothing moves any more).
    TlsSession::Result handshakeWith(TlsSession& client)
    {
        TlsSession::Result result = TlsSession::Result::NeedMore;
        for (int round = 0; round < 20 && result == TlsSession::Result::NeedMore; ++round) {
            result = client.handshake();
            toServer(client);
            ERR_clear_error();
            SSL_do_handshake(m_ssl);
            toClient(client);
        }
        return result;
    }
    void toServer(TlsSession& client)
    {
        const QByteArray bytes = client.takeOutgoing();
        m_receivedBytes += bytes.size();
        BIO_write(SSL_get_rbio(m_ssl), bytes.constData(), static_cast<int>(bytes.size()));
    }
    void toClient(TlsSession& client)
    {
        char buffer[16384];
        int n = 0;
        while ((n = BIO_read(SSL_get_wbio(m_ssl), buffer, sizeof buffer)) > 0)
            client.feed(buffer, n);
    }
    // What the server could decrypt of the client's application data.
    QByteArray readPlain()
    {
        QByteArray plain;
        char buffer[4096];
        size_t got = 0;
        ERR_clear_error();
        while (SSL_read_ex(m_ssl, buffer, sizeof buffer, &got) == 1)
            plain.append(buffer, static_cast<qsizetype>(got));
        return plain;
    }
    SSL* ssl() const
    {
        return m_ssl;
    }

private:
    SSL_CTX* m_context = nullptr;
    SSL* m_ssl = nullptr;
    qsizetype m_receivedBytes = 0;
    bool m_ready = false;
};

struct Setup
{
    QString host = QStringLiteral("localhost");
    SelfSignedCertificate::Request leaf;
    bool underIntermediate = false;
    bool sendIntermediate = false;
    QString anchor = QStringLiteral("root"); ///< "root", "intermediate", "other", "none"
    bool systemRootsHoldRoot = false;
    bool systemRootsInBundleOnly = false;
    bool trustSystemRoots = false;
};

} // namespace
Q_DECLARE_METATYPE(Setup)

// TlsSession alone decides whether a server is trusted before the request (and the secret) goes
// out, so each check is tested here in real handshakes, against an OpenSSL server in memory that
// presents certificates from a private CA.
class TestTlsSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trusted_data();
    void trusted();
    void refused_data();
    void refused();
    void checkGoesOnPastAnUntrustedIssuer();
    void tooOldProtocolRefused();
    void exchangeAfterHandshake();
    void readPemReadsWhatQtReads_data();
    void readPemReadsWhatQtReads();

private:
    struct Prepared;
    /// What a row's setup names: the server's certificate, the request's CAs, the system's roots.
    void prepare(const Setup& setup, Prepared* prepared);

    SelfSignedCertificate m_root;
    SelfSignedCertificate m_intermediate;
};

struct TestTlsSession::Prepared
{
    SelfSignedCertificate leaf;
    ExtraTrust::Anchors anchors;
    std::unique_ptr<StandInSystemRoots> systemRoots;
};

void TestTlsSession::prepare(const Setup& setup, Prepared* prepared)
{
    prepared->leaf = SelfSignedCertificate::issue(setup.underIntermediate ? m_intermediate : m_root, setup.leaf);
    QVERIFY2(!prepared->leaf.isNull(), qPrintable(prepared->leaf.errorString()));
    if (setup.anchor == QLatin1String("root"))
        prepared->anchors = ExtraTrust::readPem(m_root.certificatePem());
    else if (setup.anchor == QLatin1String("intermediate"))
        prepared->anchors = ExtraTrust::readPem(m_intermediate.certificatePem());
    else if (setup.anchor == QLatin1String("other"))
        prepared->anchors = ExtraTrust::readPem(SelfSignedCertificate::generate(QStringLiteral("Other"), {}, {}).certificatePem());
    if (setup.systemRootsHoldRoot) {
        prepared->systemRoots = std::make_unique<StandInSystemRoots>(
            QList<QSslCertificate> {m_root.certificate()},
            setup.systemRootsInBundleOnly ? StandInSystemRoots::Layout::BundleOnly : StandInSystemRoots::Layout::HashedDirectory);
        QVERIFY(prepared->systemRoots->isValid());
    }
}

void TestTlsSession::initTestCase()
{
    m_root = SelfSignedCertificate::generate(QStringLiteral("Test Root"), {}, {});
    SelfSignedCertificate::Request request;
    request.commonName = QStringLiteral("Test Intermediate");
    request.dnsNames.clear();
    request.ipAddresses.clear();
    request.isCa = true;
    m_intermediate = SelfSignedCertificate::issue(m_root, request);
    QVERIFY2(!m_root.isNull() && !m_intermediate.isNull(), qPrintable(m_root.errorString() + m_intermediate.errorString()));
    // No machine's own roots in these tests: none at all unless a row names the test root.
    qputenv("SSL_CERT_DIR", QByteArray("/nonexistent"));
    qputenv("SSL_CERT_FILE", QByteArray("/nonexistent"));
}

void TestTlsSession::trusted_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("byRequestCa");
    Setup base;
    Setup ip = base;
    ip.host = QStringLiteral("127.0.0.1");
    Setup upper = base;
    upper.host = QStringLiteral("LOCALHOST");
    Setup intermediateSent = base;
    intermediateSent.underIntermediate = true;
    intermediateSent.sendIntermediate = true;
    Setup intermediateAnchor = base;
    intermediateAnchor.underIntermediate = true;
    intermediateAnchor.anchor = QStringLiteral("intermediate");
    Setup wildcard = base;
    wildcard.host = QStringLiteral("cas.example.test");
    wildcard.leaf.dnsNames = {QStringLiteral("*.example.test")};
    Setup system = base;
    system.anchor = QStringLiteral("none");
    system.systemRootsHoldRoot = true;
    system.trustSystemRoots = true;
    Setup bundleOnly = system;
    bundleOnly.systemRootsInBundleOnly = true;
    Setup systemAndOtherCa = system;
    systemAndOtherCa.anchor = QStringLiteral("other");

    QTest::newRow("DNS name, leaf under the anchor") << base << true;
    QTest::newRow("IP address") << ip << true;
    QTest::newRow("DNS name in upper case") << upper << true;
    QTest::newRow("intermediate sent, root is the anchor") << intermediateSent << true;
    QTest::newRow("intermediate is the anchor, leaf sent alone") << intermediateAnchor << true;
    QTest::newRow("wildcard as the whole left-most label") << wildcard << true;
    QTest::newRow("system roots") << system << false;
    QTest::newRow("system roots in a bundle file only") << bundleOnly << false;
    QTest::newRow("system roots and an unrelated request CA") << systemAndOtherCa << false;
}

void TestTlsSession::trusted()
{
    QFETCH(Setup, setup);
    QFETCH(bool, byRequestCa);
    Prepared prepared;
    prepare(setup, &prepared);
    if (QTest::currentTestFailed())
        return;
    const SelfSignedCertificate& leaf = prepared.leaf;
    QList<QSslCertificate> chain;
    if (setup.sendIntermediate)
        chain << m_intermediate.certificate();

    MemoryServer server(leaf, chain);
    QVERIFY(server.isReady());
    TlsSession client;
    QVERIFY2(client.setUp(setup.host, setup.trustSystemRoots, prepared.anchors), qPrintable(client.errorString()));
    const TlsSession::Result result = server.handshakeWith(client);
    QVERIFY2(result == TlsSession::Result::Done, qPrintable(client.errorString()));
    QVERIFY(client.handshakeDone());
    QVERIFY(client.problems().isEmpty());
    QCOMPARE(client.trustedByRequestCa(), byRequestCa);
    const QList<CertificateInfo> peer = client.peerChain();
    QCOMPARE(peer.size(), 1 + chain.size());
    QCOMPARE(QSslCertificate(peer.first().pem), leaf.certificate());
    QCOMPARE(peer.first().sha256, leaf.certificate().digest(QCryptographicHash::Sha256));
    // Read as Qt reads the same certificate.
    const QSslCertificate qt = leaf.certificate();
    const auto named = [](const QStringList& cn, const QStringList& o) {
        return QStringLiteral("CN=%1, O=%2").arg(cn.join(QStringLiteral(", ")), o.join(QStringLiteral(", ")));
    };
    QCOMPARE(peer.first().subject, named(qt.subjectInfo(QSslCertificate::CommonName), qt.subjectInfo(QSslCertificate::Organization)));
    QCOMPARE(peer.first().issuer, named(qt.issuerInfo(QSslCertificate::CommonName), qt.issuerInfo(QSslCertificate::Organization)));
    QVERIFY(peer.first().subject.startsWith(QStringLiteral("CN=") + setup.leaf.commonName + QStringLiteral(", O=")));
    QCOMPARE(peer.first().validFrom, qt.effectiveDate().toUTC());
    QCOMPARE(peer.first().validTo, qt.expiryDate().toUTC());
    QCOMPARE(peer.first().alternativeNames, setup.leaf.dnsNames + setup.leaf.ipAddresses);
    QVERIFY(!peer.first().selfSigned);
    QCOMPARE(client.protocol(), QStringLiteral("TLS 1.3"));
    QVERIFY(!client.cipher().isEmpty());
}

void TestTlsSession::refused_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QSslError::SslError>("error");
    Setup base;
    Setup otherName = base;
    otherName.host = QStringLiteral("cas.example.com");
    Setup otherIp = base;
    otherIp.host = QStringLiteral("127.0.0.2");
    Setup expired = base;
    expired.leaf.validFromDays = -10;
    expired.leaf.validDays = 5;
    Setup notYet = base;
    notYet.leaf.validFromDays = 3;
    Setup otherCa = base;
    otherCa.anchor = QStringLiteral("other");
    Setup intermediateNotSent = base;
    intermediateNotSent.underIntermediate = true;
    Setup noAnchor = base;
    noAnchor.anchor = QStringLiteral("none");
    Setup systemRootsNotTrusted = base;
    systemRootsNotTrusted.anchor = QStringLiteral("other");
    systemRootsNotTrusted.systemRootsHoldRoot = true;
    Setup wildcardTooDeep = base;
    wildcardTooDeep.host = QStringLiteral("a.cas.example.test");
    wildcardTooDeep.leaf.dnsNames = {QStringLiteral("*.example.test")};
    Setup partialWildcard = base;
    partialWildcard.host = QStringLiteral("cas.example.test");
    partialWildcard.leaf.dnsNames = {QStringLiteral("c*.example.test")};
    Setup nameOnlyInCommonName = base; // the name is checked against the alternative names there are
    nameOnlyInCommonName.host = QStringLiteral("cas.example.test");
    nameOnlyInCommonName.leaf.commonName = QStringLiteral("cas.example.test");

    QTest::newRow("another DNS name") << otherName << QSslError::HostNameMismatch;
    QTest::newRow("another IP address") << otherIp << QSslError::HostNameMismatch;
    QTest::newRow("expired") << expired << QSslError::CertificateExpired;
    QTest::newRow("not yet valid") << notYet << QSslError::CertificateNotYetValid;
    QTest::newRow("another CA") << otherCa << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("intermediate not sent") << intermediateNotSent << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("no anchor at all") << noAnchor << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("root in the system store, system not trusted") << systemRootsNotTrusted << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("wildcard two labels deep") << wildcardTooDeep << QSslError::HostNameMismatch;
    QTest::newRow("partial wildcard") << partialWildcard << QSslError::HostNameMismatch;
    QTest::newRow("name only in the common name") << nameOnlyInCommonName << QSslError::HostNameMismatch;
}

void TestTlsSession::refused()
{
    QFETCH(Setup, setup);
    QFETCH(QSslError::SslError, error);
    Prepared prepared;
    prepare(setup, &prepared);
    if (QTest::currentTestFailed())
        return;

    MemoryServer server(prepared.leaf, {});
    QVERIFY(server.isReady());
    TlsSession client;
    QVERIFY2(client.setUp(setup.host, setup.trustSystemRoots, prepared.anchors), qPrintable(client.errorString()));
    QCOMPARE(server.handshakeWith(client), TlsSession::Result::Failed);
    QVERIFY(!client.handshakeDone());
    QVERIFY(!client.problems().isEmpty());
    QList<QSslError::SslError> found;
    for (const TlsSession::Problem& problem : client.problems())
        found << problem.qtError();
    QVERIFY2(found.contains(error), qPrintable(client.errorString()));
    QVERIFY(!client.errorString().isEmpty());
    // Nothing can be sent to a server that is not trusted.
    QVERIFY(!client.write("GET / HTTP/1.1\r\nAuth-API-Secret: s3cret\r\n\r\n"));
    server.toServer(client);
    QVERIFY(server.readPlain().isEmpty());
}

// A self-signed certificate for another name: OpenSSL is let go on past the missing issuer, so the
// wrong name is found too (CasClient names it first), and the connection fails all the same.
void TestTlsSession::checkGoesOnPastAnUntrustedIssuer()
{
    const SelfSignedCertificate leaf =
        SelfSignedCertificate::generate(QStringLiteral("cas.example.com"), {QStringLiteral("cas.example.com")}, {});
    MemoryServer server(leaf, {});
    QVERIFY(server.isReady());
    TlsSession client;
    QVERIFY(client.setUp(QStringLiteral("localhost"), false, {}));
    QCOMPARE(server.handshakeWith(client), TlsSession::Result::Failed);
    QList<QSslError::SslError> found;
    for (const TlsSession::Problem& problem : client.problems())
        found << problem.qtError();
    QVERIFY(found.contains(QSslError::SelfSignedCertificate));
    QVERIFY(found.contains(QSslError::HostNameMismatch));
    QVERIFY(client.problems().first().isIssuerProblem());
    QCOMPARE(client.problems().first().subject, QStringLiteral("cas.example.com"));
}

void TestTlsSession::tooOldProtocolRefused()
{
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(m_root, {});
    MemoryServer server(leaf, {}, TLS1_1_VERSION);
    QVERIFY(server.isReady());
    TlsSession client;
    QVERIFY(client.setUp(QStringLiteral("localhost"), false, ExtraTrust::readPem(m_root.certificatePem())));
    QCOMPARE(server.handshakeWith(client), TlsSession::Result::Failed);
    QVERIFY(client.problems().isEmpty()); // refused before any certificate
    QVERIFY2(client.errorString().contains(QLatin1String("TLS handshake failed")), qPrintable(client.errorString()));
}

// After a trusted handshake: the request reaches the server, the answer comes back, and the
// server's close_notify ends the stream.
void TestTlsSession::exchangeAfterHandshake()
{
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(m_root, {});
    MemoryServer server(leaf, {});
    TlsSession client;
    QVERIFY(client.setUp(QStringLiteral("localhost"), false, ExtraTrust::readPem(m_root.certificatePem())));
    QCOMPARE(server.handshakeWith(client), TlsSession::Result::Done);
    QVERIFY(client.write("GET / HTTP/1.1\r\n\r\n"));
    server.toServer(client);
    QCOMPARE(server.readPlain(), QByteArray("GET / HTTP/1.1\r\n\r\n"));
    const QByteArray answer(40000, 'x'); // more than one record and more than one read
    size_t written = 0;
    QVERIFY(SSL_write_ex(server.ssl(), answer.constData(), static_cast<size_t>(answer.size()), &written) == 1);
    SSL_shutdown(server.ssl());
    server.toClient(client);
    QByteArray received;
    char buffer[1000];
    TlsSession::Result result = TlsSession::Result::Done;
    for (int i = 0; i < 1000 && result == TlsSession::Result::Done; ++i) {
        qsizetype got = 0;
        result = client.read(buffer, sizeof buffer, &got);
        received.append(buffer, got);
    }
    QCOMPARE(result, TlsSession::Result::Closed);
    QCOMPARE(received, answer);
}

// A CA file is read by OpenSSL directly (ExtraTrust::readPem), as Qt used to read it: both must find
// the same certificates in the same text, whatever a person saved in the file.
void TestTlsSession::readPemReadsWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("pem");
    const QByteArray root = m_root.certificatePem();
    const QByteArray intermediate = m_intermediate.certificatePem();
    QByteArray crlf = root;
    crlf.replace("\n", "\r\n");
    QByteArray spaces = root;
    spaces.replace("CERTIFICATE-----\n", "CERTIFICATE-----   \n");
    QByteArray noFinalNewline = root;
    noFinalNewline.chop(1);
    QByteArray corrupt = root;
    corrupt[corrupt.indexOf("\n") + 10] = '!';
    QByteArray truncated = root.left(root.size() / 2);
    QByteArray trusted = root;
    trusted.replace("BEGIN CERTIFICATE", "BEGIN TRUSTED CERTIFICATE").replace("END CERTIFICATE", "END TRUSTED CERTIFICATE");

    QTest::newRow("one") << root;
    QTest::newRow("two") << root + intermediate;
    QTest::newRow("CR LF") << crlf;
    QTest::newRow("spaces after the boundary") << spaces;
    QTest::newRow("no final line feed") << noFinalNewline;
    QTest::newRow("text around") << "Root CA of the lab\n" + root + "\nIntermediate:\n" + intermediate + "end\n";
    QTest::newRow("a key block first") << "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n" + root;
    QTest::newRow("undecodable block, then a good one") << "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" + root;
    QTest::newRow("corrupt base64") << corrupt + intermediate;
    QTest::newRow("truncated") << truncated;
    QTest::newRow("good, then truncated") << intermediate + truncated;
    QTest::newRow("no line feed after BEGIN") << QByteArray("-----BEGIN CERTIFICATE-----") + root;
    QTest::newRow("text glued after END") << root.trimmed() + "x\n" + intermediate;
    QTest::newRow("trusted certificate block") << trusted;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("DER, not PEM") << m_root.certificate().toDer();
}

void TestTlsSession::readPemReadsWhatQtReads()
{
    QFETCH(QByteArray, pem);
    QList<QByteArray> byQt;
    for (const QSslCertificate& certificate : QSslCertificate::fromData(pem, QSsl::Pem))
        byQt << certificate.toDer();
    QList<QByteArray> byOpenSsl;
    for (const auto& certificate : ExtraTrust::readPem(pem)) {
        unsigned char* der = nullptr;
        const int size = i2d_X509(certificate.get(), &der);
        QVERIFY(size > 0);
        byOpenSsl << QByteArray(reinterpret_cast<const char*>(der), size);
        OPENSSL_free(der);
    }
    QCOMPARE(byOpenSsl, byQt);
}

QTEST_GUILESS_MAIN(TestTlsSession)
#include "tst_tlssession.moc"
