// ProfilePolicy: the one place that decides which profiles, keys and secrets can be saved or
// used, so the window and the command line accept and refuse the same ones.
#include "core/CasClient.h"
#include "core/Defaults.h"
#include "core/ProfilePolicy.h"
#include "core/ProfileStore.h"
#include "net/SelfSignedCertificate.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ProfileError::Kind)

class TestProfilePolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validate_data();
    void validate();
    void validProfile();
    void apiKeyControlCharacters_data();
    void apiKeyControlCharacters();
    void secretControlCharacters_data();
    void secretControlCharacters();
    void messagesNeverHoldTheSecret();
    void stripLineEnd_data();
    void stripLineEnd();
    void secretStillBelongs_data();
    void secretStillBelongs();
    void requestFromProfile();

private:
    QTemporaryDir m_dir;
    QString m_goodCa;
    QString m_notPem;
    QString m_tooLarge;

    Profile good() const;
};

Profile TestProfilePolicy::good() const
{
    Profile profile;
    profile.name = QStringLiteral("prod");
    profile.url = QStringLiteral("https://cas.example.com");
    profile.apiKey = QStringLiteral("key-1");
    profile.caFile = m_goodCa;
    return profile;
}

void TestProfilePolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const SelfSignedCertificate ca = SelfSignedCertificate::generate();
    QVERIFY2(!ca.isNull(), qPrintable(ca.errorString()));
    const auto write = [this](const QString& name, const QByteArray& data) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            return QString();
        }
        return file.fileName();
    };
    m_goodCa = write(QStringLiteral("ca.pem"), ca.certificatePem());
    m_notPem = write(QStringLiteral("not.pem"), "just text\n");
    m_tooLarge = write(QStringLiteral("large.pem"), ca.certificatePem() + QByteArray(Defaults::MaxCaFileBytes, '#'));
    QVERIFY(!m_goodCa.isEmpty() && !m_notPem.isEmpty() && !m_tooLarge.isEmpty());
}

void TestProfilePolicy::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ProfileError::Kind>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty name") << "name"
                                << "" << ProfileError::Kind::Name << "empty";
    QTest::newRow("name with slash") << "name"
                                     << "a/b" << ProfileError::Kind::Name << "'/'";
    QTest::newRow("name with control") << "name"
                                       << "a\x1b[2Jb" << ProfileError::Kind::Name << "control";
    QTest::newRow("name too long") << "name" << QString(Defaults::MaxProfileNameLength + 1, QLatin1Char('n')) << ProfileError::Kind::Name
                                   << "at most 64";
    QTest::newRow("empty url") << "url"
                               << "" << ProfileError::Kind::Url << "";
    QTest::newRow("ftp url") << "url"
                             << "ftp://cas.example.com" << ProfileError::Kind::Url << "";
    QTest::newRow("plain http to a remote host") << "url"
                                                 << "http://cas.example.com" << ProfileError::Kind::InsecureUrl << "";
    QTest::newRow("empty key") << "apiKey"
                               << "" << ProfileError::Kind::ApiKey << "empty";
    QTest::newRow("key with LF") << "apiKey"
                                 << "key\n"
                                 << ProfileError::Kind::ApiKey << "LF";
    QTest::newRow("missing CA file") << "caFile"
                                     << "/nonexistent/ca.pem" << ProfileError::Kind::CaFile << "does not exist";
    QTest::newRow("CA file is a folder") << "caFile"
                                         << "/" << ProfileError::Kind::CaFile << "not a file";
    QTest::newRow("CA file not PEM") << "caFile"
                                     << "not" << ProfileError::Kind::CaFile << "no PEM certificate";
    QTest::newRow("CA file too large") << "caFile"
                                       << "large" << ProfileError::Kind::CaFile << "1 MiB";
    QTest::newRow("timeout 0") << "timeout"
                               << "0" << ProfileError::Kind::Timeout << "between 1 and 3600";
    QTest::newRow("timeout 3601") << "timeout"
                                  << "3601" << ProfileError::Kind::Timeout << "between 1 and 3600";
}

void TestProfilePolicy::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(ProfileError::Kind, kind);
    QFETCH(QString, mentions);

    Profile profile = good();
    if (field == QLatin1String("name")) {
        profile.name = value;
    } else if (field == QLatin1String("url")) {
        profile.url = value;
    } else if (field == QLatin1String("apiKey")) {
        profile.apiKey = value;
    } else if (field == QLatin1String("caFile")) {
        profile.caFile = value == QLatin1String("not") ? m_notPem : value == QLatin1String("large") ? m_tooLarge : value;
    } else {
        profile.timeoutSeconds = value.toInt();
    }
    const ProfileError error = ProfilePolicy::validate(profile);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.ok());
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    if (field == QLatin1String("name")) {
        QCOMPARE(ProfileStore::validateName(profile.name), error.message);
    }
}

void TestProfilePolicy::validProfile()
{
    QVERIFY(ProfilePolicy::validate(good()).ok());
    Profile noCa = good();
    noCa.caFile.clear();
    QVERIFY(ProfilePolicy::validate(noCa).ok());
    Profile loopback = good();
    loopback.url = QStringLiteral("http://127.0.0.1:8080");
    QVERIFY(ProfilePolicy::validate(loopback).ok());
    QVERIFY(ProfilePolicy::validateTimeout(Defaults::MaxTimeoutSeconds).ok());
    QVERIFY(ProfilePolicy::validateTimeout(Defaults::MinTimeoutSeconds).ok());
}

void TestProfilePolicy::apiKeyControlCharacters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("named");
    QTest::newRow("CR") << QStringLiteral("key\r") << "CR";
    QTest::newRow("LF inside") << QStringLiteral("ke\ny") << "LF";
    QTest::newRow("NUL") << QString(QStringLiteral("key") + QChar(0)) << "NUL";
    QTest::newRow("ESC") << QStringLiteral("key\x1b[31m") << "U+001B";
    QTest::newRow("DEL") << QStringLiteral("key\x7f") << "U+007F";
    QTest::newRow("C1 CSI") << QString(QStringLiteral("key") + QChar(0x9b)) << "U+009B";
    QTest::newRow("TAB") << QStringLiteral("k\tey") << "TAB";
}

void TestProfilePolicy::apiKeyControlCharacters()
{
    QFETCH(QString, key);
    QFETCH(QString, named);
    const ProfileError error = ProfilePolicy::validateApiKey(key);
    QCOMPARE(error.kind, ProfileError::Kind::ApiKey);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    Profile profile = good();
    profile.apiKey = key;
    QCOMPARE(ProfilePolicy::validate(profile).kind, ProfileError::Kind::ApiKey);
}

void TestProfilePolicy::secretControlCharacters_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QByteArray("s3cr3t-with-symbols!@#$%^&*()") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("utf-8") << QByteArray("gehe\xc3\xafm") << true;
    QTest::newRow("binary-ish high bytes") << QByteArray("\xff\xfe") << true;
    QTest::newRow("trailing CR") << QByteArray("secret\r") << false;
    QTest::newRow("LF inside") << QByteArray("sec\nret") << false;
    QTest::newRow("NUL") << QByteArray("sec\0ret", 7) << false;
    QTest::newRow("ESC") << QByteArray("\x1b]52;c;AAAA\x07") << false;
    QTest::newRow("DEL") << QByteArray("secret\x7f") << false;
    QTest::newRow("C1 in UTF-8") << QByteArray("secret\xc2\x9b") << false;
}

void TestProfilePolicy::secretControlCharacters()
{
    QFETCH(QByteArray, secret);
    QFETCH(bool, accepted);
    const ProfileError error = ProfilePolicy::validateSecret(secret);
    QCOMPARE(error.ok(), accepted);
    if (!accepted) {
        QCOMPARE(error.kind, ProfileError::Kind::Secret);
        QVERIFY(error.message.contains(QLatin1String("control character")));
    }
}

void TestProfilePolicy::messagesNeverHoldTheSecret()
{
    const QByteArray secret = "Tr0ub4dor-unique-\n-secret";
    const ProfileError error = ProfilePolicy::validateSecret(secret);
    QVERIFY(!error.ok());
    QVERIFY(!error.message.contains(QLatin1String("Tr0ub4dor")));
    QVERIFY(!error.message.contains(QLatin1String("unique")));
    const ProfileError keyError = ProfilePolicy::validateApiKey(QStringLiteral("key-Zq9\r"));
    QVERIFY(!keyError.message.contains(QLatin1String("Zq9")));
}

void TestProfilePolicy::stripLineEnd_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QByteArray("secret") << QByteArray("secret");
    QTest::newRow("LF") << QByteArray("secret\n") << QByteArray("secret");
    QTest::newRow("CRLF") << QByteArray("secret\r\n") << QByteArray("secret");
    QTest::newRow("CR (Windows-edited variable)") << QByteArray("secret\r") << QByteArray("secret");
    QTest::newRow("only one line end") << QByteArray("secret\n\n") << QByteArray("secret\n");
    QTest::newRow("CR inside stays") << QByteArray("sec\rret") << QByteArray("sec\rret");
}

void TestProfilePolicy::stripLineEnd()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    ProfilePolicy::stripLineEnd(input);
    QCOMPARE(input, expected);
}

void TestProfilePolicy::secretStillBelongs_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("belongs");
    QTest::newRow("unchanged") << "https://cas.example.com"
                               << "key-1" << true;
    QTest::newRow("path and case only") << "HTTPS://CAS.example.com/stream/token/v2/"
                                        << "key-1" << true;
    QTest::newRow("explicit default port") << "https://cas.example.com:443"
                                           << "key-1" << true;
    QTest::newRow("timeout and CA do not matter") << "cas.example.com"
                                                  << "key-1" << true;
    QTest::newRow("other host") << "https://evil.example.net"
                                << "key-1" << false;
    QTest::newRow("other port") << "https://cas.example.com:8443"
                                << "key-1" << false;
    QTest::newRow("subdomain") << "https://cas.example.com.evil.net"
                               << "key-1" << false;
    QTest::newRow("other key") << "https://cas.example.com"
                               << "key-2" << false;
    QTest::newRow("invalid url") << "ftp://cas.example.com"
                                 << "key-1" << false;
}

void TestProfilePolicy::secretStillBelongs()
{
    QFETCH(QString, url);
    QFETCH(QString, apiKey);
    QFETCH(bool, belongs);
    Profile changed = good();
    changed.url = url;
    changed.apiKey = apiKey;
    changed.timeoutSeconds = 99;
    QCOMPARE(ProfilePolicy::secretStillBelongs(good(), changed), belongs);
    QCOMPARE(ProfilePolicy::secretStillBelongs(changed, good()), belongs);
}

void TestProfilePolicy::requestFromProfile()
{
    Profile profile = good();
    profile.timeoutSeconds = 42;
    const CasRequest request = CasRequest::fromProfile(profile, "the-secret");
    QCOMPARE(request.baseUrl, profile.url);
    QCOMPARE(request.apiKey, profile.apiKey);
    QCOMPARE(request.apiSecret, QByteArray("the-secret"));
    QCOMPARE(request.caFile, profile.caFile);
    QCOMPARE(request.timeoutMs, 42000);
    QVERIFY(request.trustSystemRoots);
    QCOMPARE(CasRequest().timeoutMs, Defaults::TimeoutSeconds * 1000);
    QCOMPARE(Profile().timeoutSeconds, Defaults::TimeoutSeconds);
}

QTEST_GUILESS_MAIN(TestProfilePolicy)
#include "tst_profilepolicy.moc"
