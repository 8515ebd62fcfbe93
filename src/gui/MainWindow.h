#pragma once

#include "gui/AppSettings.h"
#include "gui/Appearance.h"
#include "core/CasResult.h"
#include "core/Jwt.h"
#include "gui/ClipboardService.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"

#include <QHash>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QScopedPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace Ui
{
class MainWindow;
}
class CasClient;
class CopyAsMenu;
class HistoryStore;
class DemoCasServer;
class QComboBox;
class QLabel;

/// Questions the window asks a person. Tests replace them instead of answering modal dialogs.
struct MainWindowPrompts
{
    enum class Unsaved { Save, Discard, Cancel };
    std::function<Unsaved(const QString& profileName)> unsavedChanges;
    std::function<bool(const QString& profileName)> confirmRemove;
    /// A line of text (new name), or nullopt when cancelled.
    std::function<std::optional<QString>(const QString& title, const QString& label, const QString& initial)> askLine;
    /// Before handing out a token that expired or is about to: what to do.
    enum class ExpiredToken { FetchFresh, CopyAnyway, Cancel };
    std::function<ExpiredToken(const QString& message)> expiredToken;
    /// Multi-line text (a token to decode), or nullopt when cancelled.
    std::function<std::optional<QString>(const QString& title, const QString& label)> askText;
};

/// The console's window: profiles on the left; request bar, error banner and the token,
/// decoded, verify and response views on the right. It owns the app's services (network,
/// clipboard, settings, profile and secret stores); views only display core objects.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static const QString DemoProfileName;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setPrompts(const MainWindowPrompts& prompts);
    /// Starts the embedded demo CAS (HTTPS) and selects a "Local demo" profile. False on failure
    /// (the banner says why).
    bool startDemo();
    DemoCasServer* demoServer() const;
    ClipboardService* clipboard();

    /// Opens a pasted or dropped text in the views without a request.
    void decodeText(const QString& text, const QString& source);
    QString currentProfileName() const;
    bool isPresentationMode() const;
    bool selectProfile(const QString& name);

signals:
    /// A token is on screen (fetched, pasted, dropped or re-opened from the history).
    void tokenShown();

public slots:
    void getToken();
    void cancelRequest();
    void showSettings();
    /// Larger type, high contrast, and every secret, API key and token masked unless revealed.
    void setPresentationMode(bool on);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void applySettings();
    void reloadProfileList(const QString& select);
    void loadProfile(const QString& name);
    bool settleUnsavedChanges();
    bool saveProfile();
    void revertProfile();
    void newProfile();
    void duplicateProfile();
    void renameProfile();
    void removeProfile();
    void revealSecret();
    void updateRequestLine();
    void updateSecretLocation();
    void updateEmptyState();
    void setBusy(bool busy, const QString& what = QString());
    void sendRequest(const Profile& profile, QByteArray secret);
    void onFinished(const CasResult& result);
    void showToken(const Jwt& jwt, const QString& exactText);
    void showDecoded(const Jwt& jwt, const QString& text, const QString& source);
    void copy(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);
    void editTemplates();
    bool isDemoProfile(const QString& name) const;

    const QScopedPointer<Ui::MainWindow> m_ui;
    AppSettings m_settings;
    Appearance m_appearance;
    ProfileStore m_profiles;
    SecretStore m_secrets;
    ClipboardService m_clipboard;
    QNetworkAccessManager m_network;
    CasClient* m_client;
    HistoryStore* m_history;
    std::unique_ptr<DemoCasServer> m_demo;
    Profile m_demoProfile;
    /// Secrets kept in memory only: the demo's, and any typed while no keychain was available.
    QHash<QString, QByteArray> m_sessionSecrets;
    QSet<QString> m_pendingSecretWrites;
    std::optional<bool> m_keychainReachable;
    QString m_fetchProfile;
    QLabel* m_clipboardStatus;
    QLabel* m_profileStatus;
    MainWindowPrompts m_prompts;
    QAction* m_getTokenAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QComboBox* m_demoScenario = nullptr;
    CopyAsMenu* m_copyAs = nullptr;
    std::optional<Jwt> m_currentJwt;
    qreal m_fixedFontScale = 1.0; ///< the scale the monospace views' fonts are at
};
