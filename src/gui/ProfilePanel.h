#pragma once

#include "core/ProfileStore.h"
#include "core/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QScopedPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui
{
class ProfilePanel;
}
class HistoryStore;
class ProfileEditor;
class QAction;
class SecretStore;
class SessionSecrets;
struct ProfileRemovalResult;
struct MainWindowPrompts;

/// The profiles: the list, the form it drives (a ProfileEditor placed by the window), new,
/// duplicate, rename, remove, save and revert, the unsaved-changes question, and where each
/// secret is (keychain, or this session's memory). The local demo is a fixed, unsaved entry.
class ProfilePanel : public QWidget
{
    Q_OBJECT
public:
    /// The secret, or nullopt with a sentence a person can act on (empty when there is nothing to
    /// say) and what the keychain itself said, for the banner's Details (empty when nothing).
    using SecretCallback = std::function<void(std::optional<QByteArray> secret, const QString& problem, const QString& detail)>;

    explicit ProfilePanel(QWidget* parent = nullptr);
    ~ProfilePanel() override;

    /// The form and the stores it works with; prompts are the window's (tests replace them).
    void setup(ProfileEditor* editor, ProfileStore* profiles, SecretStore* secrets, HistoryStore* history,
               const MainWindowPrompts* prompts);
    /// The window's menu actions, shown as the buttons under the list.
    void setActions(QAction* add, QAction* duplicate, QAction* rename, QAction* remove);
    void setDefaultTimeout(int seconds); ///< for new profiles
    /// What the window's asynchronous keychain check found; until then a saved profile's secret
    /// is taken to be in the keychain.
    void setKeychainReachable(bool reachable);

    /// Adds the fixed demo entry (first in the list), with its public secret held in memory.
    void setDemoProfile(const Profile& profile, const QByteArray& secret);
    bool isDemoProfile(const QString& name) const;

    /// Fills the list again and loads `select` (else the first profile).
    void reload(const QString& select);
    QString currentProfileName() const; ///< the saved name of the profile in the form
    bool selectProfile(const QString& name);
    bool isEmpty() const; ///< no profile at all and none being created
    bool canSave() const;
    /// Asks what to do with unsaved edits; false when the person cancels.
    bool settleUnsavedChanges();

    /// The secret for a request with the form as it is now: typed, held for this session, or read
    /// from the keychain (then later). Never the stored secret for a URL origin or API key that
    /// differs from the saved one. Returns true when it waits for the keychain.
    bool withSecret(const SecretCallback& callback);
    /// Checks the URL, the API key and a typed secret, and shows each problem under its field.
    /// Returns the first problem, empty when the form can be used.
    QString checkForm();
    /// The name a fetch is recorded under: the saved name, else the name being typed.
    QString fetchName() const;

public slots:
    bool saveProfile();
    void revertProfile();
    void newProfile();
    void duplicateProfile();
    void renameProfile();
    void removeProfile();

signals:
    /// A profile is in the form now (selected, saved, reverted or reloaded).
    void profileLoaded(const QString& name);
    /// The form changed, or a profile appeared or went: what depends on it may update.
    void stateChanged();
    void statusMessage(const QString& text);
    /// Something failed that the person should read (shown in the banner).
    /// Something for the error banner: one sentence, and what a service said under Details.
    void problem(const QString& message, const QString& detail = QString());

private:
    /// Makes the stateChanged signals emitted while it lives (one per field the form fills in,
    /// one per step of a reload) into one, emitted when the outermost batch ends: the window
    /// updates its request line, menus and page once per user action.
    class StateBatch
    {
    public:
        explicit StateBatch(ProfilePanel* panel);
        ~StateBatch();
        StateBatch(const StateBatch&) = delete;
        StateBatch& operator=(const StateBatch&) = delete;

    private:
        ProfilePanel* m_panel;
    };

    /// stateChanged now, or once when the current StateBatch ends.
    void notifyStateChanged();
    void loadProfile(const QString& name);
    void revealSecret();
    void updateSecretLocation();
    void updateActions();
    void finishRemove(const QString& name, const ProfileRemovalResult& result);
    void writeSecret(const QString& name, QByteArray secret);
    void holdSecret(const QString& name, const QByteArray& secret);
    void dropSecret(const QString& name);
    /// Empty when the saved secret still belongs to the edited profile; else what changed.
    QString secretChange(const Profile& saved, const Profile& edited) const;

    const QScopedPointer<Ui::ProfilePanel> m_ui;
    ProfileEditor* m_editor = nullptr;
    ProfileStore* m_profiles = nullptr;
    SecretStore* m_secrets = nullptr;
    HistoryStore* m_history = nullptr;
    const MainWindowPrompts* m_prompts = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_removeAction = nullptr;
    std::optional<Profile> m_demoProfile;
    int m_defaultTimeout = Defaults::TimeoutSeconds;
    /// Secrets kept in memory only: the demo's, any typed while no keychain was available, and
    /// each until its keychain write ends.
    std::unique_ptr<SessionSecrets> m_sessionSecrets;
    QHash<QString, SecretError::Kind> m_keptBecause; ///< why a secret is held for the session only
    int m_stateBatches = 0;
    bool m_statePending = false;
};
