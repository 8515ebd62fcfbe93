#include "gui/ProfilePanel.h"
#include "gui/KeychainMessages.h"
#include "ui_ProfilePanel.h"

#include "core/CasClient.h"
#include "core/HistoryStore.h"
#include "core/ProfilePolicy.h"
#include "core/ProfileRemoval.h"
#include "core/SecretStore.h"
#include "core/SessionSecrets.h"
#include "gui/MainWindowPrompts.h"
#include "gui/PlainRowDelegate.h"
#include "gui/ProfileEditor.h"

#include <QAction>
#include <QListWidget>
#include <QToolButton>

#include <utility>

namespace
{
constexpr int DemoRole = Qt::UserRole + 1;

/// scheme://host:port of a CAS URL, empty when it is not one.
QString originOf(const QString& url)
{
    const std::optional<QUrl> token = CasClient::tokenUrl(url);
    return token ? token->adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString()
                 : QString();
}
} // namespace

ProfilePanel::ProfilePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ProfilePanel)
{
    m_ui->setupUi(this);
    m_ui->profileList->setItemDelegate(new PlainRowDelegate(m_ui->profileList));
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current, QListWidgetItem* previous) {
        if (!current) {
            return;
        }
        const QString name = current->text();
        if (previous && name == m_editor->savedName()) {
            return;
        }
        if (!settleUnsavedChanges()) {
            const QSignalBlocker blocker(m_ui->profileList);
            m_ui->profileList->setCurrentItem(previous);
            return;
        }
        loadProfile(name);
    });
}

ProfilePanel::~ProfilePanel()
{
    if (m_sessionSecrets) {
        m_sessionSecrets->clear();
    }
}

void ProfilePanel::setup(ProfileEditor* editor, ProfileStore* profiles, SecretStore* secrets, HistoryStore* history,
                         const MainWindowPrompts* prompts)
{
    m_editor = editor;
    m_profiles = profiles;
    m_secrets = secrets;
    m_sessionSecrets = std::make_unique<SessionSecrets>(secrets);
    m_history = history;
    m_prompts = prompts;
    connect(m_editor, &ProfileEditor::edited, this, &ProfilePanel::notifyStateChanged);
    connect(m_editor, &ProfileEditor::saveRequested, this, &ProfilePanel::saveProfile);
    connect(m_editor, &ProfileEditor::revertRequested, this, &ProfilePanel::revertProfile);
    connect(m_editor, &ProfileEditor::secretWanted, this, &ProfilePanel::revealSecret);
}

void ProfilePanel::setActions(QAction* add, QAction* duplicate, QAction* rename, QAction* remove)
{
    m_duplicateAction = duplicate;
    m_renameAction = rename;
    m_removeAction = remove;
    // The buttons show the actions' icon texts and tooltips: set on the actions, so enabling or
    // disabling them (which makes a tool button copy its action again) keeps them.
    rename->setIconText(tr("Rename"));
    remove->setIconText(tr("Remove"));
    for (QAction* action : {add, duplicate, rename, remove}) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
    }
    if (add->icon().isNull()) {
        add->setIconText(tr("New"));
        duplicate->setIconText(tr("Duplicate"));
    }
    m_ui->addProfileButton->setDefaultAction(add);
    m_ui->duplicateProfileButton->setDefaultAction(duplicate);
    m_ui->renameProfileButton->setDefaultAction(rename);
    m_ui->removeProfileButton->setDefaultAction(remove);
    for (QToolButton* button :
         {m_ui->addProfileButton, m_ui->duplicateProfileButton, m_ui->renameProfileButton, m_ui->removeProfileButton}) {
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    }
    updateActions();
}

void ProfilePanel::setDefaultTimeout(int seconds)
{
    m_defaultTimeout = seconds;
}

void ProfilePanel::setKeychainReachable(bool reachable)
{
    m_sessionSecrets->setKeychainReachable(reachable);
    updateSecretLocation();
}

void ProfilePanel::setDemoProfile(const Profile& profile, const QByteArray& secret)
{
    m_demoProfile = profile;
    holdSecret(profile.name, secret);
}

bool ProfilePanel::isDemoProfile(const QString& name) const
{
    return m_demoProfile && name == m_demoProfile->name;
}

ProfilePanel::StateBatch::StateBatch(ProfilePanel* panel)
    : m_panel(panel)
{
    ++m_panel->m_stateBatches;
}

ProfilePanel::StateBatch::~StateBatch()
{
    if (--m_panel->m_stateBatches == 0 && std::exchange(m_panel->m_statePending, false)) {
        emit m_panel->stateChanged();
    }
}

void ProfilePanel::notifyStateChanged()
{
    if (m_stateBatches > 0) {
        m_statePending = true;
    } else {
        emit stateChanged();
    }
}

void ProfilePanel::reload(const QString& select)
{
    const StateBatch batch(this);
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    if (m_demoProfile) {
        auto* item = new QListWidgetItem(m_demoProfile->name, m_ui->profileList);
        item->setData(DemoRole, true);
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setToolTip(tr("The embedded demo CAS on this computer; kept for this session only"));
    }
    for (const QString& name : m_profiles->names()) {
        new QListWidgetItem(name, m_ui->profileList);
    }
    const QList<QListWidgetItem*> match = m_ui->profileList->findItems(select, Qt::MatchExactly);
    QListWidgetItem* current = !match.isEmpty() ? match.first() : m_ui->profileList->item(0);
    if (current) {
        m_ui->profileList->setCurrentItem(current);
        loadProfile(current->text());
    }
    updateActions();
    notifyStateChanged();
}

void ProfilePanel::loadProfile(const QString& name)
{
    const StateBatch batch(this);
    if (isDemoProfile(name)) {
        m_editor->setProfile(*m_demoProfile);
        m_editor->showLoadedSecret(m_sessionSecrets->value(name));
        m_editor->setLocked(true);
    } else if (const std::optional<Profile> profile = m_profiles->profile(name)) {
        m_editor->setLocked(false);
        m_editor->setProfile(*profile);
        if (m_sessionSecrets->contains(name)) {
            m_editor->showLoadedSecret(m_sessionSecrets->value(name));
        }
        m_profiles->setLastUsed(name);
    } else {
        return;
    }
    updateSecretLocation();
    updateActions();
    emit profileLoaded(name);
    notifyStateChanged();
}

QString ProfilePanel::currentProfileName() const
{
    return m_editor->savedName();
}

bool ProfilePanel::selectProfile(const QString& name)
{
    const QList<QListWidgetItem*> match = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (match.isEmpty()) {
        return false;
    }
    m_ui->profileList->setCurrentItem(match.first());
    return currentProfileName() == name;
}

bool ProfilePanel::isEmpty() const
{
    return m_ui->profileList->count() == 0 && !m_editor->isNew();
}

bool ProfilePanel::canSave() const
{
    return m_editor->isDirty() && !isDemoProfile(m_editor->savedName());
}

bool ProfilePanel::settleUnsavedChanges()
{
    if (!m_editor->isDirty() || isDemoProfile(m_editor->savedName())) {
        return true;
    }
    const QString name = m_editor->profile().name.isEmpty() ? tr("New profile") : m_editor->profile().name;
    switch (m_prompts->unsavedChanges(name)) {
    case MainWindowPrompts::Unsaved::Save:
        return saveProfile();
    case MainWindowPrompts::Unsaved::Discard:
        m_editor->clearProfile();
        return true;
    case MainWindowPrompts::Unsaved::Cancel:
        break;
    }
    return false;
}

QString ProfilePanel::checkForm()
{
    const Profile profile = m_editor->profile();
    const QString url = ProfilePolicy::validateUrl(profile.url).message;
    const QString key = ProfilePolicy::validateApiKey(profile.apiKey).message;
    const QString secret = ProfilePolicy::validateSecret(m_editor->secretText()).message;
    m_editor->setFieldError(ProfileEditor::Field::Url, url);
    m_editor->setFieldError(ProfileEditor::Field::ApiKey, key);
    m_editor->setFieldError(ProfileEditor::Field::Secret, secret);
    return !url.isEmpty() ? url : !key.isEmpty() ? key : secret;
}

QString ProfilePanel::fetchName() const
{
    const QString name = m_editor->savedName();
    return name.isEmpty() ? m_editor->profile().name : name;
}

bool ProfilePanel::withSecret(const SecretCallback& callback)
{
    const QString name = m_editor->savedName();
    if (m_editor->secretEdited()) {
        callback(m_editor->secretText(), QString(), QString());
        return false;
    }
    if (name.isEmpty()) {
        callback(std::nullopt, tr("Enter the API secret of this profile first."), QString());
        return false;
    }
    const QString change = secretChange(m_editor->savedProfile(), m_editor->profile());
    if (!change.isEmpty()) {
        callback(std::nullopt,
                 tr("This profile now %1, and its saved API secret is not sent there: type the API secret "
                    "for it, or save the profile first.")
                     .arg(change),
                 QString());
        return false;
    }
    if (!m_editor->secretText().isEmpty()) {
        callback(m_editor->secretText(), QString(), QString());
        return false;
    }
    if (m_sessionSecrets->contains(name)) {
        callback(m_sessionSecrets->value(name), QString(), QString());
        return false;
    }
    m_secrets->read(name, [this, name, callback](std::optional<QByteArray> secret, const SecretError& error) {
        if (!secret) {
            callback(std::nullopt, KeychainMessages::notRead(error), error.detail);
            return;
        }
        if (currentProfileName() == name) {
            callback(*secret, QString(), QString());
        } else {
            callback(std::nullopt, QString(), QString());
        }
        secret->fill('\0');
    });
    return true;
}

QString ProfilePanel::secretChange(const Profile& saved, const Profile& edited) const
{
    const QString from = originOf(saved.url);
    const QString to = originOf(edited.url);
    const bool newOrigin = from != to;
    const bool newKey = saved.apiKey != edited.apiKey;
    if (newOrigin && newKey) {
        return tr("points to %1 instead of %2 and has another API key").arg(to, from);
    }
    if (newOrigin) {
        return tr("points to %1 instead of %2").arg(to, from);
    }
    return newKey ? tr("has another API key") : QString();
}

bool ProfilePanel::saveProfile()
{
    const QString oldName = m_editor->savedName();
    if (isDemoProfile(oldName)) {
        return true;
    }
    const Profile profile = m_editor->profile();
    QString problem = ProfilePolicy::validateName(profile.name).message;
    if (problem.isEmpty() && profile.name != oldName && (m_profiles->contains(profile.name) || isDemoProfile(profile.name))) {
        problem = tr("A profile named \"%1\" exists already: choose another name.").arg(profile.name);
    }
    if (const QString form = checkForm(); problem.isEmpty()) {
        problem = form;
    }
    if (problem.isEmpty()) {
        problem = ProfilePolicy::validate(profile).message; // the CA file and the timeout too
    }
    if (!problem.isEmpty()) {
        emit this->problem(tr("The profile was not saved: %1").arg(problem));
        return false;
    }

    // A saved secret belongs to the CAS origin and the API key it was saved for.
    bool keepSecret = true;
    if (!oldName.isEmpty() && !m_editor->secretEdited()) {
        const QString change = secretChange(m_editor->savedProfile(), profile);
        keepSecret = change.isEmpty() || m_prompts->keepSecretForNewHost(profile.name, change);
    }
    if (!oldName.isEmpty() && oldName != profile.name) {
        if (const ProfileError error = m_profiles->rename(oldName, profile.name); !error.ok()) {
            emit this->problem(error.message);
            return false;
        }
        m_history->renameProfile(oldName, profile.name);
        if (m_sessionSecrets->contains(oldName)) {
            if (keepSecret) {
                m_sessionSecrets->rename(oldName, profile.name);
            } else {
                dropSecret(oldName);
            }
        } else if (!m_editor->secretEdited() && keepSecret) {
            m_secrets->move(oldName, profile.name, [this](const SecretError& error) {
                if (!error.ok() && error.kind != SecretError::Kind::NotFoundOrLocked) {
                    emit this->problem(
                        tr("The profile was renamed, but its secret could not be moved in the keychain: %1").arg(error.message));
                }
            });
        } else {
            dropSecret(oldName);
        }
    } else if (!keepSecret) {
        dropSecret(oldName);
    }
    if (const ProfileError error = m_profiles->save(profile); !error.ok()) {
        emit this->problem(error.message);
        return false;
    }
    if (m_editor->secretEdited()) {
        writeSecret(profile.name, m_editor->secretText());
    }
    m_editor->markSaved();
    m_profiles->setLastUsed(profile.name);
    reload(profile.name);
    emit statusMessage(tr("Profile \"%1\" saved.").arg(profile.name));
    return true;
}

void ProfilePanel::writeSecret(const QString& name, QByteArray secret)
{
    // Usable at once, while the keychain job runs; dropped from memory once it is stored.
    m_keptBecause.remove(name);
    m_sessionSecrets->save(name, secret, [this, name](const SecretError& error) {
        if (!error.ok()) {
            // No plaintext fallback: the secret stays in this process only.
            m_keptBecause.insert(name, error.kind);
            emit problem(KeychainMessages::keptForSession(error.kind), error.detail);
        }
        updateSecretLocation();
    });
    secret.fill('\0');
}

void ProfilePanel::holdSecret(const QString& name, const QByteArray& secret)
{
    m_sessionSecrets->insert(name, secret);
}

void ProfilePanel::dropSecret(const QString& name)
{
    m_sessionSecrets->remove(name);
    m_secrets->remove(name, [this, name](const SecretError& error) {
        if (!error.ok() && error.kind != SecretError::Kind::NotFoundOrLocked) {
            emit problem(tr("The old API secret of \"%1\" could not be deleted from the keychain: %2").arg(name, error.message));
        }
    });
}

void ProfilePanel::revertProfile()
{
    const QString name = m_editor->savedName();
    if (!name.isEmpty()) {
        loadProfile(name);
    }
}

void ProfilePanel::newProfile()
{
    if (!settleUnsavedChanges()) {
        return;
    }
    const StateBatch batch(this);
    Profile profile;
    profile.timeoutSeconds = m_defaultTimeout;
    profile.url = QStringLiteral("https://");
    m_editor->setLocked(false);
    m_editor->setProfile(profile, true);
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clearSelection();
        m_ui->profileList->setCurrentItem(nullptr);
    }
    updateSecretLocation();
    updateActions();
    notifyStateChanged();
    m_editor->focusName();
}

void ProfilePanel::duplicateProfile()
{
    const QString source = currentProfileName();
    if (source.isEmpty() || !settleUnsavedChanges()) {
        return;
    }
    const StateBatch batch(this);
    Profile copy = m_editor->profile();
    QString name = tr("%1 copy").arg(source);
    for (int i = 2; m_profiles->contains(name); ++i) {
        name = tr("%1 copy %2").arg(source).arg(i);
    }
    copy.name = name;
    m_editor->setLocked(false);
    m_editor->setProfile(copy, true);
    updateSecretLocation();
    updateActions();
    notifyStateChanged();
    if (m_sessionSecrets->contains(source)) {
        m_editor->setSecret(m_sessionSecrets->value(source));
        return;
    }
    m_secrets->read(source, [this, name](std::optional<QByteArray> secret, const SecretError& error) {
        if (m_editor->profile().name != name || !m_editor->isNew()) {
            return;
        }
        if (secret) {
            m_editor->setSecret(*secret);
            secret->fill('\0');
        } else {
            emit problem(tr("The copy has no API secret yet: %1").arg(error.message));
        }
    });
}

void ProfilePanel::renameProfile()
{
    const QString oldName = currentProfileName();
    if (oldName.isEmpty() || isDemoProfile(oldName)) {
        return;
    }
    const std::optional<QString> answer = m_prompts->askLine(tr("Rename profile"), tr("New name for \"%1\":").arg(oldName), oldName);
    if (!answer || answer->trimmed() == oldName) {
        return;
    }
    m_editor->setName(answer->trimmed());
    saveProfile();
}

void ProfilePanel::removeProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || isDemoProfile(name) || !m_prompts->confirmRemove(name)) {
        return;
    }
    // The profile goes only once its keychain entries are gone (ProfileRemoval), so a later
    // profile of the same name cannot inherit its secret.
    ProfileRemoval::start(name, false, *m_profiles, *m_history, *m_secrets, [this, name](const ProfileRemovalResult& result) {
        if (result.removed || result.keychainError.ok()) {
            finishRemove(name, result);
            return;
        }
        const QString problem = tr("The keychain entries of \"%1\" could not be deleted: %2").arg(name, result.keychainError.message);
        if (result.keychainError.kind == SecretError::Kind::NoKeychain && m_prompts->removeWithoutKeychain(name, problem)) {
            ProfileRemoval::start(name, true, *m_profiles, *m_history, *m_secrets, [this, name](const ProfileRemovalResult& forced) {
                finishRemove(name, forced);
            });
            return;
        }
        emit this->problem(tr("%1 The profile was kept: unlock or start the keychain, then remove it again.").arg(problem));
    });
}

void ProfilePanel::finishRemove(const QString& name, const ProfileRemovalResult& result)
{
    if (!result.removed) {
        emit problem(result.profileError.message);
        return;
    }
    m_sessionSecrets->remove(name);
    if (currentProfileName() == name) {
        m_editor->clearProfile();
    }
    reload(currentProfileName());
    emit statusMessage(
        result.notDeleted.isEmpty()
            ? tr("Profile \"%1\" removed.").arg(name)
            : tr("Profile \"%1\" removed; these stay in the keychain: %2.").arg(name, result.notDeleted.join(QLatin1String(", "))));
}

void ProfilePanel::revealSecret()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || m_editor->secretEdited()) {
        return;
    }
    if (m_sessionSecrets->contains(name)) {
        m_editor->showLoadedSecret(m_sessionSecrets->value(name));
        return;
    }
    m_secrets->read(name, [this, name](std::optional<QByteArray> secret, const SecretError& error) {
        if (currentProfileName() != name) {
            return;
        }
        if (secret) {
            m_editor->showLoadedSecret(*secret);
            secret->fill('\0');
        } else {
            emit problem(KeychainMessages::notRead(error), error.detail);
        }
    });
}

void ProfilePanel::updateSecretLocation()
{
    const QString name = currentProfileName();
    QString text;
    if (isDemoProfile(name)) {
        text = tr("Public demo secret, kept for this session only");
    } else if (m_sessionSecrets->isSaving(name)) {
        text = tr("Saving to the %1…").arg(SecretStore::backendDescription());
    } else if (m_sessionSecrets->contains(name)) {
        text = KeychainMessages::keptForSession(m_keptBecause.value(name, SecretError::Kind::None));
    } else {
        text = m_sessionSecrets->knownKeychainReachable().value_or(true) ? tr("Stored in the %1").arg(SecretStore::backendDescription())
                                                                         : KeychainMessages::keptForSession(SecretError::Kind::None);
    }
    m_editor->setSecretLocation(text);
}

void ProfilePanel::updateActions()
{
    const QString name = currentProfileName();
    const bool saved = !name.isEmpty();
    if (m_duplicateAction) {
        m_duplicateAction->setEnabled(saved);
        m_renameAction->setEnabled(saved && !isDemoProfile(name));
        m_removeAction->setEnabled(saved && !isDemoProfile(name));
    }
}
