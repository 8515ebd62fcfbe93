#include "net/ExtraTrust.h"
#include "net/SelfSignedCertificate.h"

#include <QtTest>

// ExtraTrust decides alone whether a CA file vouches for a server, so each check it makes is
// tested here against real certificates from a private CA.
class TestExtraTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyIssuerErrors();
    void chainUnderAnchor_data();
    void chainUnderAnchor();
    void refusals_data();
    void refusals();
    void noAnchorNoTrust();
    void readPemReadsWhatQtReads_data();
    void readPemReadsWhatQtReads();

private:
    SelfSignedCertificate m_root;
    SelfSignedCertificate m_intermediate;
};

void TestExtraTrust::initTestCase()
{
    m_root = SelfSignedCertificate::generate(QStringLiteral("Test Root"), {}, {});
    SelfSignedCertificate::Request request;
    request.commonName = QStringLiteral("Test Intermediate");
    request.dnsNames.clear();
    request.ipAddresses.clear();
    request.isCa = true;
    m_intermediate = SelfSignedCertificate::issue(m_root, request);
    QVERIFY2(!m_root.isNull() && !m_intermediate.isNull(), qPrintable(m_root.errorString() + m_intermediate.errorString()));
}

void TestExtraTrust::onlyIssuerErrors()
{
    using E = QSslError;
    QVERIFY(!ExtraTrust::onlyIssuerErrors({}));
    QVERIFY(ExtraTrust::onlyIssuerErrors({E(E::SelfSignedCertificate)}));
    QVERIFY(ExtraTrust::onlyIssuerErrors({E(E::UnableToGetLocalIssuerCertificate), E(E::UnableToVerifyFirstCertificate)}));
    QVERIFY(ExtraTrust::onlyIssuerErrors({E(E::SelfSignedCertificateInChain), E(E::CertificateUntrusted)}));
    QVERIFY(!ExtraTrust::onlyIssuerErrors({E(E::SelfSignedCertificate), E(E::HostNameMismatch)}));
    QVERIFY(!ExtraTrust::onlyIssuerErrors({E(E::UnableToGetLocalIssuerCertificate), E(E::CertificateExpired)}));
    QVERIFY(!ExtraTrust::onlyIssuerErrors({E(E::CertificateRevoked)}));
    QVERIFY(!ExtraTrust::onlyIssuerErrors({E(E::CertificateBlacklisted)}));
}

void TestExtraTrust::chainUnderAnchor_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("underIntermediate");
    QTest::addColumn<bool>("sendIntermediate");
    QTest::addColumn<bool>("intermediateIsAnchor");

    QTest::newRow("IP address, leaf under root") << "127.0.0.1" << false << false << false;
    QTest::newRow("DNS name, leaf under root") << "localhost" << false << false << false;
    QTest::newRow("DNS name in upper case") << "LOCALHOST" << false << false << false;
    QTest::newRow("intermediate sent, root anchor") << "localhost" << true << true << false;
    QTest::newRow("intermediate is the anchor") << "localhost" << true << false << true;
}

void TestExtraTrust::chainUnderAnchor()
{
    QFETCH(QString, host);
    QFETCH(bool, underIntermediate);
    QFETCH(bool, sendIntermediate);
    QFETCH(bool, intermediateIsAnchor);
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(underIntermediate ? m_intermediate : m_root, {});
    QList<QSslCertificate> chain {leaf.certificate()};
    if (sendIntermediate)
        chain << m_intermediate.certificate();
    const QSslCertificate anchor = intermediateIsAnchor ? m_intermediate.certificate() : m_root.certificate();
    QString reason;
    QVERIFY2(ExtraTrust::chainVerifies(chain, ExtraTrust::readPem(anchor.toPem()), host, &reason), qPrintable(reason));
}

void TestExtraTrust::refusals_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("validFromDays");
    QTest::addColumn<int>("validDays");
    QTest::addColumn<bool>("otherAnchor");
    QTest::addColumn<bool>("missingIntermediate");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("other DNS name") << "cas.example.com" << 0 << 30 << false << false << "hostname mismatch";
    QTest::newRow("other IP address") << "127.0.0.2" << 0 << 30 << false << false << "IP address mismatch";
    QTest::newRow("expired") << "localhost" << -10 << 5 << false << false << "expired";
    QTest::newRow("not yet valid") << "localhost" << 3 << 30 << false << false << "not yet valid";
    QTest::newRow("another CA") << "localhost" << 0 << 30 << true << false << "local issuer";
    QTest::newRow("intermediate not sent") << "localhost" << 0 << 30 << false << true << "local issuer";
}

void TestExtraTrust::refusals()
{
    QFETCH(QString, host);
    QFETCH(int, validFromDays);
    QFETCH(int, validDays);
    QFETCH(bool, otherAnchor);
    QFETCH(bool, missingIntermediate);
    QFETCH(QString, reasonPart);
    SelfSignedCertificate::Request request;
    request.validFromDays = validFromDays;
    request.validDays = validDays;
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(missingIntermediate ? m_intermediate : m_root, request);
    const QSslCertificate anchor =
        otherAnchor ? SelfSignedCertificate::generate(QStringLiteral("Other"), {}, {}).certificate() : m_root.certificate();
    QString reason;
    QVERIFY(!ExtraTrust::chainVerifies({leaf.certificate()}, ExtraTrust::readPem(anchor.toPem()), host, &reason));
    QVERIFY2(reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(reason));
}

void TestExtraTrust::noAnchorNoTrust()
{
    const SelfSignedCertificate leaf = SelfSignedCertificate::issue(m_root, {});
    QString reason;
    QVERIFY(!ExtraTrust::chainVerifies({leaf.certificate()}, ExtraTrust::Anchors {}, QStringLiteral("localhost"), &reason));
    QVERIFY2(reason.contains(QLatin1String("no CA")), qPrintable(reason));
}

// A CA file is read by OpenSSL directly when the system roots stay trusted, and by Qt otherwise:
// both must find the same certificates in the same text, whatever a person saved in the file.
void TestExtraTrust::readPemReadsWhatQtReads_data()
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

void TestExtraTrust::readPemReadsWhatQtReads()
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

QTEST_GUILESS_MAIN(TestExtraTrust)
#include "tst_extratrust.moc"
