#pragma once

#include "core/CasResult.h"
#include "core/Jwt.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"
#include "core/SettingsFile.h"
#include "gui/AppSettings.h"
#include "gui/Appearance.h"
#include "gui/ClipboardService.h"
#include "gui/MainWindowPrompts.h"

#include <QMainWindow>
#include <QScopedPointer>
#include <optional>

namespace Ui
{
class MainWindow;
}
class CopyAsMenu;
class DemoCasServer;
class DemoControl;
class HistoryStore;
class PresentationMode;
class QLabel;
class TokenRequestController;
class WorkTabs;

/// The console's window: profiles on the left; request bar, error banner and the token,
/// decoded, verify and response views on the right. It owns the app's services (network,
/// clipboard, settings, profile and secret stores) and wires the parts: the ProfilePanel, the
/// TokenRequestController, the PresentationMode and the DemoControl; views only display core objects.
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
    void connectViews();
    void applySettings();
    void profileLoaded(const QString& name);
    void updateServeProfile();
    void updateRequestLine();
    void updateEmptyState();
    void setBusy(bool busy, const QString& what = QString());
    void onFinished(const CasResult& result, const QString& profileName);
    void showToken(const Jwt& jwt, const QString& exactText);
    /// Forgets the token on screen in every view that shows it.
    void clearToken();
    void showDecoded(const Jwt& jwt, const QString& text, const QString& source);
    void copy(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);
    void editTemplates();
    void presentationChanged(bool on);
    void updateBannerMasking();

    const QScopedPointer<Ui::MainWindow> m_ui;
    SettingsFile m_settingsFile; ///< the one owner of the settings file; the stores below write through it
    AppSettings m_settings {&m_settingsFile};
    Appearance m_appearance {m_settings.desktopColorScheme()}; ///< asks the desktop after the first frame
    ProfileStore m_profiles {&m_settingsFile};
    SecretStore m_secrets;
    ClipboardService m_clipboard;
    HistoryStore* m_history;
    TokenRequestController* m_requests;
    WorkTabs* m_tabs = nullptr;
    DemoControl* m_demo;
    PresentationMode* m_presentation = nullptr;
    QLabel* m_profileStatus;
    MainWindowPrompts m_prompts;
    QAction* m_getTokenAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_saveAction = nullptr;
    CopyAsMenu* m_copyAs = nullptr;
    std::optional<Jwt> m_currentJwt;
    QString m_shownProfile; ///< the profile the views and the banner are about
};
