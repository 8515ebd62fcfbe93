#include "gui/ProfileEditor.h"
#include "ui_ProfileEditor.h"

#include "core/CurlCommand.h"
#include "core/Defaults.h"
#include "core/SafeText.h"
#include "gui/ExpiryBadge.h"

#include <QFileDialog>
#include <QLabel>

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfileEditor)
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(Defaults::MinTimeoutSeconds, Defaults::MaxTimeoutSeconds);
    for (QLabel* error : {m_ui->urlError, m_ui->keyError, m_ui->secretError}) {
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, ExpiryBadge::textColor(Jwt::Expiry::Expired, this->palette()));
        error->setPalette(palette);
        error->hide();
    }
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this] {
        setFieldError(Field::Url, QString());
    });
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this] {
        setFieldError(Field::ApiKey, QString());
    });
    connect(m_ui->secretEdit, &QLineEdit::textEdited, this, [this] {
        setFieldError(Field::Secret, QString());
    });
    m_ui->secretEdit->revealAction()->setObjectName(QStringLiteral("revealSecretAction"));
    m_ui->secretEdit->setRevealShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), Qt::WidgetWithChildrenShortcut);
    m_ui->secretEdit->setRevealTexts(tr("Show the secret"), tr("Hide the secret"));
    // Ctrl+H anywhere in the form, not only in the secret field.
    addAction(m_ui->secretEdit->revealAction());
    connect(m_ui->secretEdit, &SecretLineEdit::revealToggled, this, [this](bool on) {
        if (on && !m_secretLoaded && !m_secretEdited) {
            emit secretWanted();
        }
    });
    m_ui->keyEdit->revealAction()->setObjectName(QStringLiteral("revealKeyAction"));
    m_ui->keyEdit->setRevealTexts(tr("Show the API key"), tr("Hide the API key"));
    m_ui->keyEdit->setMasking(false);

    m_caFileChooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose the CA certificate (PEM)"), QString(),
                                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    };
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, [this] {
        const QString file = m_caFileChooser();
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
            emit edited();
        }
    });

    for (QLineEdit* edit : std::initializer_list<QLineEdit*> {m_ui->nameEdit, m_ui->urlEdit, m_ui->keyEdit, m_ui->caFileEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    }
    // The CAS docs give a curl command: pasted into the URL field, it fills URL, key and secret.
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().startsWith(QLatin1String("curl"), Qt::CaseInsensitive))
            fillFromCurl(text);
    });
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, [this] {
        emit edited();
    });
    connect(m_ui->secretEdit, &QLineEdit::textEdited, this, [this] {
        m_secretEdited = true;
        emit edited();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileEditor::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfileEditor::revertRequested);
    connect(this, &ProfileEditor::edited, this, [this] {
        m_ui->saveButton->setEnabled(!m_locked && isDirty());
        m_ui->revertButton->setEnabled(!m_locked && isDirty() && !m_new);
    });
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setProfile(const Profile& profile, bool isNew)
{
    m_saved = profile;
    m_savedName = isNew ? QString() : profile.name;
    m_new = isNew;
    m_secretEdited = false;
    m_secretLoaded = false;
    for (Field field : {Field::Url, Field::ApiKey, Field::Secret}) {
        setFieldError(field, QString());
    }
    const QSignalBlocker blocker(m_ui->timeoutSpin);
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.url);
    m_ui->keyEdit->setText(profile.apiKey);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(isNew ? tr("Paste the API secret") : tr("Saved in the keychain; not loaded (type to replace)"));
    m_ui->secretEdit->setRevealed(false);
    emit edited();
}

void ProfileEditor::clearProfile()
{
    setProfile(Profile {});
    m_savedName.clear();
    m_ui->secretEdit->setPlaceholderText(QString());
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.url = m_ui->urlEdit->text().trimmed();
    p.apiKey = m_ui->keyEdit->text().trimmed();
    p.caFile = m_ui->caFileEdit->text().trimmed();
    p.timeoutSeconds = m_ui->timeoutSpin->value();
    return p;
}

Profile ProfileEditor::savedProfile() const
{
    return m_saved;
}

QString ProfileEditor::savedName() const
{
    return m_savedName;
}

bool ProfileEditor::isNew() const
{
    return m_new;
}

bool ProfileEditor::isDirty() const
{
    return m_new || m_secretEdited || profile() != m_saved;
}

void ProfileEditor::markSaved()
{
    m_saved = profile();
    m_savedName = m_saved.name;
    m_new = false;
    if (m_secretEdited) {
        m_secretEdited = false;
        m_secretLoaded = true;
    }
    emit edited();
}

void ProfileEditor::setName(const QString& name)
{
    m_ui->nameEdit->setText(name);
    emit edited();
}

void ProfileEditor::setSecret(const QByteArray& secret)
{
    m_ui->secretEdit->setText(SafeText::decodeUtf8(secret.constData(), secret.size()));
    m_secretEdited = true;
    emit edited();
}

bool ProfileEditor::fillFromCurl(const QString& text)
{
    QString problem;
    std::optional<CurlCommand> command = CurlCommand::parse(text, &problem);
    if (!command)
        return false;
    m_ui->urlEdit->setText(command->baseUrl());
    m_ui->keyEdit->setText(command->apiKey);
    if (!command->apiSecret.isEmpty())
        setSecret(command->apiSecret);
    command->apiSecret.fill('\0');
    emit edited();
    return true;
}

void ProfileEditor::focusName()
{
    m_ui->nameEdit->setFocus();
}

bool ProfileEditor::secretEdited() const
{
    return m_secretEdited;
}

QByteArray ProfileEditor::secretText() const
{
    return m_ui->secretEdit->text().toUtf8();
}

void ProfileEditor::showLoadedSecret(const QByteArray& secret)
{
    if (m_secretEdited) {
        return;
    }
    m_secretLoaded = true;
    m_ui->secretEdit->setText(SafeText::decodeUtf8(secret.constData(), secret.size()));
}

void ProfileEditor::setSecretLocation(const QString& text)
{
    m_ui->secretLocation->setText(text);
}

void ProfileEditor::setSecretLocationSelectable()
{
    m_ui->secretLocation->makeTextSelectable();
}

bool ProfileEditor::isSecretRevealed() const
{
    return m_ui->secretEdit->isRevealed();
}

void ProfileEditor::setSecretRevealed(bool revealed)
{
    m_ui->secretEdit->setRevealed(revealed);
}

void ProfileEditor::setMasked(bool masked)
{
    m_ui->keyEdit->setMasking(masked);
    m_ui->secretEdit->setRevealed(false);
}

bool ProfileEditor::isApiKeyHidden() const
{
    return m_ui->keyEdit->echoMode() != QLineEdit::Normal;
}

void ProfileEditor::setLocked(bool locked)
{
    m_locked = locked;
    for (QLineEdit* edit :
         std::initializer_list<QLineEdit*> {m_ui->nameEdit, m_ui->urlEdit, m_ui->keyEdit, m_ui->secretEdit, m_ui->caFileEdit}) {
        edit->setReadOnly(locked);
    }
    m_ui->timeoutSpin->setReadOnly(locked);
    m_ui->browseCaButton->setEnabled(!locked);
    emit edited();
}

QLabel* ProfileEditor::errorLabel(Field field) const
{
    switch (field) {
    case Field::Url:
        return m_ui->urlError;
    case Field::ApiKey:
        return m_ui->keyError;
    case Field::Secret:
        break;
    }
    return m_ui->secretError;
}

void ProfileEditor::setFieldError(Field field, const QString& message)
{
    QLabel* label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString ProfileEditor::fieldError(Field field) const
{
    return errorLabel(field)->text();
}

void ProfileEditor::setCaFileChooser(std::function<QString()> chooser)
{
    m_caFileChooser = std::move(chooser);
}
