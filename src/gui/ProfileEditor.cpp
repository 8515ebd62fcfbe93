#include "gui/ProfileEditor.h"
#include "ui_ProfileEditor.h"

#include "core/Defaults.h"

#include <QAction>
#include <QFileDialog>

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfileEditor)
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(Defaults::MinTimeoutSeconds, Defaults::MaxTimeoutSeconds);
    m_revealAction = m_ui->secretEdit->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_revealAction->setCheckable(true);
    m_revealAction->setObjectName(QStringLiteral("revealSecretAction"));
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_revealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revealAction);
    connect(m_revealAction, &QAction::toggled, this, [this](bool on) {
        if (on && !m_secretLoaded && !m_secretEdited) {
            emit secretWanted();
        }
        updateRevealAction();
    });
    updateRevealAction();

    m_revealKeyAction = m_ui->keyEdit->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_revealKeyAction->setObjectName(QStringLiteral("revealKeyAction"));
    m_revealKeyAction->setCheckable(true);
    m_revealKeyAction->setText(tr("Show the API key"));
    m_revealKeyAction->setVisible(false);
    connect(m_revealKeyAction, &QAction::toggled, this, [this](bool on) {
        m_ui->keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKeyAction->setIcon(QIcon(on ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    });

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

    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->keyEdit, m_ui->caFileEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    }
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
    const QSignalBlocker blocker(m_ui->timeoutSpin);
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.url);
    m_ui->keyEdit->setText(profile.apiKey);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(isNew ? tr("Paste the API secret") : tr("Saved in the keychain; not loaded (type to replace)"));
    m_revealAction->setChecked(false);
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
    m_ui->secretEdit->setText(QString::fromUtf8(secret));
}

void ProfileEditor::setSecretLocation(const QString& text)
{
    m_ui->secretLocation->setText(text);
}

bool ProfileEditor::isSecretRevealed() const
{
    return m_revealAction->isChecked();
}

void ProfileEditor::setSecretRevealed(bool revealed)
{
    m_revealAction->setChecked(revealed);
}

void ProfileEditor::setMasked(bool masked)
{
    m_revealKeyAction->setChecked(false);
    m_revealKeyAction->setVisible(masked);
    m_ui->keyEdit->setEchoMode(masked ? QLineEdit::Password : QLineEdit::Normal);
    m_revealAction->setChecked(false);
}

bool ProfileEditor::isApiKeyHidden() const
{
    return m_ui->keyEdit->echoMode() != QLineEdit::Normal;
}

void ProfileEditor::setLocked(bool locked)
{
    m_locked = locked;
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->keyEdit, m_ui->secretEdit, m_ui->caFileEdit}) {
        edit->setReadOnly(locked);
    }
    m_ui->timeoutSpin->setReadOnly(locked);
    m_ui->browseCaButton->setEnabled(!locked);
    emit edited();
}

void ProfileEditor::setCaFileChooser(std::function<QString()> chooser)
{
    m_caFileChooser = std::move(chooser);
}

void ProfileEditor::updateRevealAction()
{
    const bool on = m_revealAction->isChecked();
    m_ui->secretEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    m_revealAction->setIcon(QIcon(on ? QStringLiteral(":/icons/conceal.svg") : QStringLiteral(":/icons/reveal.svg")));
    m_revealAction->setText(on ? tr("Hide the secret") : tr("Show the secret"));
    m_revealAction->setToolTip(on ? tr("Hide the secret (Ctrl+H)") : tr("Show the secret (Ctrl+H)"));
}
