#include "gui/VerifyView.h"
#include "ui_VerifyView.h"

#include "core/Defaults.h"
#include "core/DemoCasServer.h"
#include "core/Jwt.h"
#include "core/SafeText.h"
#include "gui/FontRole.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QShortcut>
#include <QStringDecoder>

namespace
{
constexpr qint64 MaxKeyFileBytes = 1 * Defaults::MiB;
const QKeySequence VerifyShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);

QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}
} // namespace

VerifyView::VerifyView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::VerifyView)
{
    m_ui->setupUi(this);

    m_ui->keyMode->addItem(tr("Shared secret (text)"), int(KeyMode::SecretText));
    m_ui->keyMode->addItem(tr("Shared secret (base64)"), int(KeyMode::SecretBase64));
    m_ui->keyMode->addItem(tr("Public key: PEM, certificate, JWK or JWKS"), int(KeyMode::PublicKey));
    m_ui->keyMode->setToolTip(tr("HS256/384/512 tokens are signed with a shared secret; RS, PS, ES and EdDSA "
                                 "tokens with a private key, verified here with its public key"));

    m_ui->secretInput->revealAction()->setObjectName(QStringLiteral("revealSecret"));
    m_ui->secretInput->setRevealShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->secretInput->setRevealTexts(tr("Show the secret"), tr("Hide the secret"));

    m_ui->keyInput->setFont(FontRole::monospace());
    m_ui->keyInput->setPlaceholderText(tr("Paste the public key: a PEM key (-----BEGIN PUBLIC KEY-----), a PEM certificate, "
                                          "a JWK ({\"kty\": …}, also \"oct\" for a shared secret) or a JWKS ({\"keys\": […]}, "
                                          "the token's kid picks the key)."));

    // Ctrl+Return is the main window's "Get token"; this one only acts while the view is shown.
    auto* shortcut = new QShortcut(VerifyShortcut, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_ui->verifyButton->isEnabled())
            verify();
    });
    m_ui->verifyButton->setToolTip(
        tr("Check the token's signature with this key (%1)").arg(VerifyShortcut.toString(QKeySequence::NativeText)));

    m_keyFileChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Load Verification Key"), {},
                                            tr("Keys (*.pem *.crt *.cer *.pub *.key *.jwk *.jwks *.json);;All files (*)"));
    };

    connect(m_ui->keyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateKeyWidgets();
        resetResult();
    });
    connect(m_ui->secretInput, &QLineEdit::textChanged, this, &VerifyView::resetResult);
    connect(m_ui->secretInput, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->verifyButton->isEnabled())
            verify();
    });
    connect(m_ui->keyInput, &QPlainTextEdit::textChanged, this, &VerifyView::resetResult);
    connect(m_ui->loadKeyFile, &QPushButton::clicked, this, [this] {
        const QString path = m_keyFileChooser ? m_keyFileChooser() : QString();
        if (!path.isEmpty())
            loadKeyFromFile(path);
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &VerifyView::verify);
    connect(m_ui->useDemoSecret, &QPushButton::clicked, this, &VerifyView::useDemoSecret);

    clear();
}

VerifyView::~VerifyView()
{
    m_ui->secretInput->setText(QString());
}

void VerifyView::setToken(const Jwt& jwt)
{
    setTokenInternal(jwt.isValid() ? jwt.compact() : QString(), jwt.algorithm(), jwt.keyId());
}

void VerifyView::setTokenText(const QString& exactText)
{
    setTokenText(exactText, Jwt::parse(exactText));
}

void VerifyView::setTokenText(const QString& exactText, const Jwt& parsed)
{
    setTokenInternal(exactText, parsed.algorithm(), parsed.keyId());
}

void VerifyView::setTokenInternal(const QString& text, const QString& algorithm, const QString& keyId)
{
    m_tokenText = text;
    if (text.trimmed().isEmpty()) {
        m_ui->tokenSummary->setText(tr("No token to verify. Fetch or paste a token first."));
    } else {
        QString summary =
            algorithm.isEmpty() ? tr("Token signed with an unknown algorithm (no \"alg\")") : tr("Token signed with %1").arg(algorithm);
        if (!keyId.isEmpty())
            summary += u' ' + tr("(kid %1)").arg(keyId);
        m_ui->tokenSummary->setText(SafeText::visible(summary));
    }
    chooseModeFor(algorithm);
    m_ui->verifyButton->setEnabled(!text.trimmed().isEmpty());
    // A token of the local demo CAS: offer its public signing secret, so a newcomer sees a verification succeed.
    const bool demoToken =
        algorithm == QLatin1String("HS256") && JwsVerifier::verifyWithSecret(text, DemoCasServer::SigningSecret, false).verified();
    m_ui->useDemoSecret->setVisible(demoToken);
    resetResult();
}

// Only while no key has been entered: never throw away what someone typed.
void VerifyView::chooseModeFor(const QString& algorithm)
{
    if (!m_ui->secretInput->text().isEmpty() || !m_ui->keyInput->toPlainText().isEmpty())
        return;
    if (algorithm.startsWith(QLatin1String("HS"))) {
        if (keyMode() == KeyMode::PublicKey)
            setKeyMode(KeyMode::SecretText);
    } else if (!algorithm.isEmpty() && algorithm.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        setKeyMode(KeyMode::PublicKey);
    }
}

void VerifyView::clear()
{
    m_ui->secretInput->setRevealed(false);
    // setText rather than clear(): clear() is an edit that undo could bring back.
    m_ui->secretInput->setText(QString());
    m_ui->keyInput->setPlainText(QString());
    m_ui->keyInput->document()->clearUndoRedoStacks();
    m_ui->keyFileStatus->clear();
    setTokenInternal(QString(), QString(), QString());
    updateKeyWidgets();
}

VerifyView::KeyMode VerifyView::keyMode() const
{
    return KeyMode(m_ui->keyMode->currentData().toInt());
}

void VerifyView::setKeyMode(KeyMode mode)
{
    m_ui->keyMode->setCurrentIndex(m_ui->keyMode->findData(int(mode)));
}

VerifyResult VerifyView::lastResult() const
{
    return m_lastResult;
}

bool VerifyView::hasResult() const
{
    return m_hasResult;
}

void VerifyView::setKeyFileChooser(std::function<QString()> chooser)
{
    m_keyFileChooser = std::move(chooser);
}

bool VerifyView::loadKeyFromFile(const QString& path)
{
    const QString name = SafeText::visible(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->keyFileStatus->setText(tr("Could not open %1: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > MaxKeyFileBytes) {
        m_ui->keyFileStatus->setText(tr("%1 is too large to be a key file.").arg(name));
        return false;
    }
    const QByteArray data = file.read(MaxKeyFileBytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError() || data.contains('\0')) {
        m_ui->keyFileStatus->setText(tr("%1 is not a text file. A binary (DER) key can be converted with "
                                        "\"openssl pkey -pubin -inform DER -in key.der -out key.pem\".")
                                         .arg(name));
        return false;
    }
    setKeyMode(KeyMode::PublicKey);
    m_ui->keyInput->setPlainText(text);
    m_ui->keyFileStatus->setText(tr("Loaded %1 (%n byte(s)).", nullptr, int(data.size())).arg(name));
    return true;
}

void VerifyView::verify()
{
    if (m_tokenText.trimmed().isEmpty())
        return;
    switch (keyMode()) {
    case KeyMode::SecretText:
    case KeyMode::SecretBase64: {
        QByteArray secret = m_ui->secretInput->text().toUtf8();
        m_lastResult = JwsVerifier::verifyWithSecret(m_tokenText, secret, keyMode() == KeyMode::SecretBase64);
        secret.fill('\0');
        break;
    }
    case KeyMode::PublicKey:
        m_lastResult = JwsVerifier::verifyWithKey(m_tokenText, m_ui->keyInput->toPlainText().toUtf8());
        break;
    }
    m_hasResult = true;
    showResult();
    emit verificationFinished(m_lastResult);
}

void VerifyView::useDemoSecret()
{
    setKeyMode(KeyMode::SecretText);
    m_ui->secretInput->setText(QString::fromUtf8(DemoCasServer::SigningSecret));
    verify();
}

void VerifyView::updateKeyWidgets()
{
    const bool secret = keyMode() != KeyMode::PublicKey;
    auto* form = m_ui->keyLayout;
    form->setRowVisible(m_ui->secretInput, secret);
    form->setRowVisible(m_ui->keyInput, !secret);
    form->setRowVisible(m_ui->keyFileLayout, !secret);
    m_ui->secretInput->setPlaceholderText(keyMode() == KeyMode::SecretBase64 ? tr("The shared secret, base64 or base64url encoded")
                                                                             : tr("The shared secret the token was signed with"));
}

void VerifyView::resetResult()
{
    m_lastResult = VerifyResult();
    m_hasResult = false;
    showResult();
}

void VerifyView::showResult()
{
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    QString headline;
    QColor accent;
    QString message = m_lastResult.message;
    if (m_lastResult.reason == VerifyResult::Reason::KeyGivenAsSecret)
        message += u' ' + tr("Choose \u201cPublic key: PEM, certificate, JWK or JWKS\u201d above and paste it in the Key field.");
    if (!m_hasResult) {
        headline = tr("— Not checked");
        accent = palette().color(QPalette::PlaceholderText);
        const bool keyGiven =
            keyMode() == KeyMode::PublicKey ? !m_ui->keyInput->toPlainText().trimmed().isEmpty() : !m_ui->secretInput->text().isEmpty();
        if (m_tokenText.trimmed().isEmpty())
            message.clear();
        else if (keyGiven)
            message = tr("Press Verify to check the signature with this key.");
        else
            message = tr("Enter the key the token was signed with and press Verify.");
    } else {
        switch (m_lastResult.status) {
        case VerifyResult::Status::Verified:
            headline = tr("✔ Verified");
            accent = dark ? QColor(0x57, 0xd1, 0x6b) : QColor(0x1a, 0x7f, 0x37);
            break;
        case VerifyResult::Status::NotVerified:
            headline = tr("✘ Not verified");
            accent = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
            break;
        case VerifyResult::Status::NotChecked:
            headline = tr("— Not checked");
            accent = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
            break;
        }
    }
    // The verifier's message often names the key already; say it once.
    const QString& key = m_lastResult.keyDescription;
    const QString keyText = m_hasResult && !key.isEmpty() && !message.contains(key) ? tr("Key: %1").arg(key) : QString();

    m_ui->verifyHeadline->setText(headline);
    m_ui->verifyHeadline->setFont(FontRole::scaled(QWidget::font(), 1.2, true));
    QPalette headlinePalette = m_ui->verifyHeadline->palette();
    headlinePalette.setColor(QPalette::WindowText, accent);
    m_ui->verifyHeadline->setPalette(headlinePalette);

    m_ui->verifyMessage->setText(SafeText::visible(message, SafeText::Lines::Multi));
    m_ui->verifyMessage->setVisible(!message.isEmpty());
    m_ui->verifyKeyDescription->setText(SafeText::visible(keyText));
    m_ui->verifyKeyDescription->setVisible(!keyText.isEmpty());

    QPalette framePalette = palette();
    const QColor base = framePalette.color(QPalette::Base);
    framePalette.setColor(QPalette::Window, m_hasResult ? mix(base, accent, dark ? 0.18 : 0.10) : base);
    m_ui->verifyResult->setPalette(framePalette);

    QStringList spoken {headline};
    if (!message.isEmpty())
        spoken.append(message);
    if (!keyText.isEmpty())
        spoken.append(keyText);
    m_ui->verifyResult->setAccessibleDescription(SafeText::visible(spoken.join(QStringLiteral(". "))));
}

void VerifyView::changeEvent(QEvent* event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        showResult(); // the headline's colour and size follow the view's
    }
}
