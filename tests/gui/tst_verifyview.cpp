#include "core/DemoCasServer.h"
#include "core/Jwt.h"
#include "gui/VerifyView.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace
{
const QByteArray Secret = "a shared secret of at least 32 bytes!";

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), out,
         &length);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

QString hs256Token(const QByteArray& key, const QByteArray& payload = R"({"sub":"tester","iat":1700000000})")
{
    const QByteArray input = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64Url(payload);
    return QString::fromLatin1(input + '.' + base64Url(hmacSha256(key, input)));
}

QString unsignedToken()
{
    return QString::fromLatin1(base64Url(R"({"alg":"none"})") + '.' + base64Url(R"({"sub":"x"})") + '.');
}

QByteArray binarySecret()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(char(0xA5 ^ (i * 37)));
    return bytes;
}
} // namespace

class TestVerifyView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifies_data();
    void verifies();
    void internalWhitespaceIsNotChecked();
    void resultResetsOnInputChange();
    void returnInSecretVerifies();
    void shortcutVerifies();
    void revealToggleShowsSecret();
    void clearForgetsSecret();
    void loadKeyFileThroughChooser();
    void loadBinaryKeyFileFails();
    void modeFollowsAlgorithm();
    void publicKeyIsRefusedAsSecret_data();
    void publicKeyIsRefusedAsSecret();
    void demoTokenOffersTheDemoSigningSecret();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* widget = m_view->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void clickVerify()
    {
        QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    }

    VerifyView* m_view = nullptr;
};

void TestVerifyView::init()
{
    m_view = new VerifyView;
    m_view->resize(600, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestVerifyView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestVerifyView::verifies_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("headline");

    const int text = int(VerifyView::KeyMode::SecretText);
    const int base64 = int(VerifyView::KeyMode::SecretBase64);
    const int publicKey = int(VerifyView::KeyMode::PublicKey);
    const int verified = int(VerifyResult::Status::Verified);
    const int notVerified = int(VerifyResult::Status::NotVerified);
    const int notChecked = int(VerifyResult::Status::NotChecked);
    const QString ok = QStringLiteral("✔ Verified");
    const QString bad = QStringLiteral("✘ Not verified");
    const QString unchecked = QStringLiteral("— Not checked");

    QTest::newRow("right secret") << hs256Token(Secret) << text << QString::fromLatin1(Secret) << verified
                                  << int(VerifyResult::Reason::None) << ok;
    QTest::newRow("wrong secret") << hs256Token(Secret) << text << QStringLiteral("not the secret") << notVerified
                                  << int(VerifyResult::Reason::SignatureMismatch) << bad;
    QTest::newRow("base64 secret") << hs256Token(binarySecret()) << base64 << QString::fromLatin1(binarySecret().toBase64()) << verified
                                   << int(VerifyResult::Reason::None) << ok;
    QTest::newRow("base64 text as plain text") << hs256Token(binarySecret()) << text << QString::fromLatin1(binarySecret().toBase64())
                                               << notVerified << int(VerifyResult::Reason::SignatureMismatch) << bad;
    QTest::newRow("alg none") << unsignedToken() << text << QString::fromLatin1(Secret) << notChecked << int(VerifyResult::Reason::AlgNone)
                              << unchecked;
    QTest::newRow("jwk oct") << hs256Token(Secret) << publicKey
                             << QStringLiteral(R"({"kty":"oct","kid":"k1","k":"%1"})").arg(QString::fromLatin1(base64Url(Secret)))
                             << verified << int(VerifyResult::Reason::None) << ok;
    QTest::newRow("jwk oct other key")
        << hs256Token(Secret) << publicKey
        << QStringLiteral(R"({"kty":"oct","k":"%1"})").arg(QString::fromLatin1(base64Url("another secret of 32 bytes or more")))
        << notVerified << int(VerifyResult::Reason::SignatureMismatch) << bad;
    QTest::newRow("garbage key text") << hs256Token(Secret) << publicKey << QStringLiteral("not a key") << notChecked
                                      << int(VerifyResult::Reason::BadKey) << unchecked;
}

void TestVerifyView::verifies()
{
    QFETCH(QString, token);
    QFETCH(int, mode);
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(int, reason);
    QFETCH(QString, headline);

    m_view->setToken(Jwt::parse(token));
    m_view->setKeyMode(VerifyView::KeyMode(mode));
    QCOMPARE(child<QComboBox>("keyMode")->currentIndex(), mode);
    if (mode == int(VerifyView::KeyMode::PublicKey)) {
        QVERIFY(child<QPlainTextEdit>("keyInput")->isVisible());
        QVERIFY(!child<QLineEdit>("secretInput")->isVisible());
        child<QPlainTextEdit>("keyInput")->setPlainText(key);
    } else {
        QVERIFY(child<QLineEdit>("secretInput")->isVisible());
        QVERIFY(!child<QPlainTextEdit>("keyInput")->isVisible());
        QTest::keyClicks(child<QLineEdit>("secretInput"), key);
        QCOMPARE(child<QLineEdit>("secretInput")->text(), key);
    }

    QSignalSpy finished(m_view, &VerifyView::verificationFinished);
    clickVerify();
    QTRY_COMPARE(finished.count(), 1);
    const VerifyResult result = m_view->lastResult();
    QVERIFY(m_view->hasResult());
    QCOMPARE(int(result.status), status);
    QCOMPARE(int(result.reason), reason);
    QCOMPARE(child<QLabel>("verifyHeadline")->text(), headline);
    QCOMPARE(child<QLabel>("verifyMessage")->text(), result.message);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(child<QWidget>("verifyResult")->accessibleDescription().startsWith(headline));
    if (!result.keyDescription.isEmpty()) {
        const QString shown = child<QLabel>("verifyMessage")->text() + child<QLabel>("verifyKeyDescription")->text();
        QVERIFY2(shown.count(result.keyDescription) == 1, qPrintable(shown));
    }
}

// The decoder tolerates line breaks in a pasted token; the signature check must not.
void TestVerifyView::internalWhitespaceIsNotChecked()
{
    const QString token = hs256Token(Secret);
    const QString pasted = token.left(30) + QStringLiteral("\n  ") + token.mid(30);
    const Jwt jwt = Jwt::parse(pasted);
    QVERIFY(jwt.isValid());
    QVERIFY(jwt.hadInternalWhitespace());

    m_view->setTokenText(pasted);
    QTest::keyClicks(child<QLineEdit>("secretInput"), QString::fromLatin1(Secret));
    clickVerify();
    QTRY_VERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().status, VerifyResult::Status::NotChecked);
    QCOMPARE(m_view->lastResult().reason, VerifyResult::Reason::MalformedToken);
    QVERIFY2(child<QLabel>("verifyMessage")->text().contains(QStringLiteral("spaces or line breaks")),
             qPrintable(child<QLabel>("verifyMessage")->text()));

    m_view->setToken(jwt);
    QVERIFY(!m_view->hasResult());
    clickVerify();
    QTRY_VERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().status, VerifyResult::Status::Verified);
}

void TestVerifyView::resultResetsOnInputChange()
{
    const auto verifyNow = [this] {
        clickVerify();
        QTRY_VERIFY(m_view->hasResult());
        QCOMPARE(m_view->lastResult().status, VerifyResult::Status::Verified);
    };
    const auto expectReset = [this] {
        QVERIFY(!m_view->hasResult());
        QCOMPARE(m_view->lastResult().status, VerifyResult::Status::NotChecked);
        QVERIFY(m_view->lastResult().message.isEmpty());
        QCOMPARE(child<QLabel>("verifyHeadline")->text(), QStringLiteral("— Not checked"));
    };

    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    auto* secret = child<QLineEdit>("secretInput");
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    verifyNow();

    QTest::keyClick(secret, Qt::Key_Backspace);
    expectReset();
    QTest::keyClicks(secret, QString(QLatin1Char(Secret.back())));
    verifyNow();

    m_view->setTokenText(hs256Token(Secret));
    expectReset();
    verifyNow();

    m_view->setKeyMode(VerifyView::KeyMode::SecretBase64);
    expectReset();
    m_view->setKeyMode(VerifyView::KeyMode::SecretText);
    verifyNow();

    m_view->setKeyMode(VerifyView::KeyMode::PublicKey);
    child<QPlainTextEdit>("keyInput")
        ->setPlainText(QStringLiteral(R"({"kty":"oct","k":"%1"})").arg(QString::fromLatin1(base64Url(Secret))));
    verifyNow();
    QTest::keyClicks(child<QPlainTextEdit>("keyInput"), QStringLiteral(" "));
    expectReset();
}

void TestVerifyView::returnInSecretVerifies()
{
    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    auto* secret = child<QLineEdit>("secretInput");
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().status, VerifyResult::Status::Verified);
}

void TestVerifyView::shortcutVerifies()
{
    const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    QVERIFY(child<QPushButton>("verifyButton")->toolTip().contains(shortcut.toString(QKeySequence::NativeText)));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    auto* secret = child<QLineEdit>("secretInput");
    secret->setFocus();
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().status, VerifyResult::Status::Verified);
    QCOMPARE(secret->text(), QString::fromLatin1(Secret));
}

void TestVerifyView::revealToggleShowsSecret()
{
    auto* secret = child<QLineEdit>("secretInput");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto* reveal = secret->findChild<QAction*>(QStringLiteral("revealSecret"));
    QVERIFY(reveal);
    QVERIFY(reveal->isCheckable());
    QVERIFY(secret->actions().contains(reveal));
    // The eye icon (themed, else drawn) is set once the view is shown and follows the state.
    QVERIFY(!reveal->icon().isNull());
    const qint64 hiddenIcon = reveal->icon().cacheKey();
    reveal->trigger();
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QVERIFY(reveal->icon().cacheKey() != hiddenIcon);
    reveal->trigger();
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestVerifyView::clearForgetsSecret()
{
    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    auto* secret = child<QLineEdit>("secretInput");
    auto* reveal = secret->findChild<QAction*>(QStringLiteral("revealSecret"));
    reveal->trigger();
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    clickVerify();
    QTRY_VERIFY(m_view->hasResult());

    m_view->clear();
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!reveal->isChecked());
    QVERIFY(!secret->isUndoAvailable());
    secret->undo();
    QVERIFY(secret->text().isEmpty());
    QVERIFY(child<QPlainTextEdit>("keyInput")->toPlainText().isEmpty());
    QVERIFY(!m_view->hasResult());
    QVERIFY(!child<QPushButton>("verifyButton")->isEnabled());
}

void TestVerifyView::loadKeyFileThroughChooser()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("key.jwk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(R"({"kty":"oct","k":")") + base64Url(Secret) + "\"}\n");
    file.close();

    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    int asked = 0;
    m_view->setKeyFileChooser([&] {
        ++asked;
        return QString();
    });
    m_view->setKeyMode(VerifyView::KeyMode::PublicKey);
    QTest::mouseClick(child<QPushButton>("loadKeyFile"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(child<QPlainTextEdit>("keyInput")->toPlainText().isEmpty());

    m_view->setKeyFileChooser([&] {
        ++asked;
        return path;
    });
    QTest::mouseClick(child<QPushButton>("loadKeyFile"), Qt::LeftButton);
    QCOMPARE(asked, 2);
    QTRY_VERIFY(child<QPlainTextEdit>("keyInput")->toPlainText().contains(QStringLiteral("\"oct\"")));
    QCOMPARE(m_view->keyMode(), VerifyView::KeyMode::PublicKey);
    QVERIFY(child<QLabel>("keyFileStatus")->text().contains(QStringLiteral("key.jwk")));
    clickVerify();
    QTRY_VERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().status, VerifyResult::Status::Verified);
}

void TestVerifyView::loadBinaryKeyFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.der"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x30\x82\x01\x22\x00\xff\xfe", 7));
    file.close();

    QVERIFY(!m_view->loadKeyFromFile(path));
    QVERIFY(child<QPlainTextEdit>("keyInput")->toPlainText().isEmpty());
    QVERIFY(child<QLabel>("keyFileStatus")->text().contains(QStringLiteral("not a text file")));
    QVERIFY(!m_view->loadKeyFromFile(dir.filePath(QStringLiteral("missing.pem"))));
    QVERIFY(child<QLabel>("keyFileStatus")->text().contains(QStringLiteral("missing.pem")));
}

void TestVerifyView::modeFollowsAlgorithm()
{
    const QString rs256 = QString::fromLatin1(base64Url(R"({"alg":"RS256"})") + '.' + base64Url("{}") + ".c2ln");
    m_view->setToken(Jwt::parse(rs256));
    QCOMPARE(m_view->keyMode(), VerifyView::KeyMode::PublicKey);
    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    QCOMPARE(m_view->keyMode(), VerifyView::KeyMode::SecretText);
    QVERIFY(child<QLabel>("tokenSummary")->text().contains(QStringLiteral("HS256")));

    // Once a key was entered, the choice is left alone.
    QTest::keyClicks(child<QLineEdit>("secretInput"), QStringLiteral("typed"));
    m_view->setToken(Jwt::parse(rs256));
    QCOMPARE(m_view->keyMode(), VerifyView::KeyMode::SecretText);
}

void TestVerifyView::publicKeyIsRefusedAsSecret_data()
{
    QTest::addColumn<QString>("secret");
    const QString pem = QStringLiteral("-----BEGIN PUBLIC KEY-----\n"
                                       "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                                       "-----END PUBLIC KEY-----\n");
    QTest::newRow("first line, as a line edit keeps it") << QStringLiteral("-----BEGIN PUBLIC KEY-----");
    QTest::newRow("whole PEM") << pem;
    QTest::newRow("JWK") << QStringLiteral(R"({"kty":"OKP","crv":"Ed25519","x":"Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE"})");
}

// Issue 9 §1: an HS256 token forged with a public key's text as HMAC key never shows as verified.
void TestVerifyView::publicKeyIsRefusedAsSecret()
{
    QFETCH(QString, secret);
    m_view->setToken(Jwt::parse(hs256Token(secret.toUtf8())));
    QCOMPARE(m_view->keyMode(), VerifyView::KeyMode::SecretText);
    child<QLineEdit>("secretInput")->setText(secret);
    clickVerify();
    QVERIFY(m_view->hasResult());
    QCOMPARE(m_view->lastResult().reason, VerifyResult::Reason::KeyGivenAsSecret);
    QVERIFY(!m_view->lastResult().verified());
    QVERIFY(!child<QLabel>("verifyHeadline")->text().contains(QStringLiteral("Verified")));
    const QString message = child<QLabel>("verifyMessage")->text();
    QVERIFY2(message.contains(QLatin1String("not a shared secret")) && message.contains(QLatin1String("Key field")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("--key-file")));
}

void TestVerifyView::demoTokenOffersTheDemoSigningSecret()
{
    auto* button = child<QPushButton>("useDemoSecret");
    m_view->setToken(Jwt::parse(hs256Token(Secret)));
    QVERIFY(!button->isVisible());

    m_view->setToken(Jwt::parse(QString::fromLatin1(DemoCasServer::makeToken(1700000000, 1700003600))));
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Use the &demo CAS's signing secret"));
    QSignalSpy finished(m_view, &VerifyView::verificationFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_view->lastResult().verified());
    QCOMPARE(child<QLabel>("verifyHeadline")->text(), QStringLiteral("✔ Verified"));
    QCOMPARE(child<QLineEdit>("secretInput")->text(), QString::fromUtf8(DemoCasServer::SigningSecret));

    m_view->clear();
    QVERIFY(!button->isVisible());
}

QTEST_MAIN(TestVerifyView)
#include "tst_verifyview.moc"
