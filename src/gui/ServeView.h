#pragma once

#include "core/CasClient.h"
#include "core/TokenService.h"
#include "gui/TabPage.h"

#include <QPixmap>
#include <QScopedPointer>
#include <functional>
#include <optional>

namespace Ui
{
class ServeView;
}
class ClipboardService;
class QTimer;

/// The "Serve" tab: runs the token service for the selected profile, so sample apps on this
/// machine, an emulator or a phone get tokens without holding the secret. Shows the URL to give
/// them (copy buttons, a QR code, emulator and USB hints), the live sessions and the request log.
/// The secret goes from the provider straight into the service; no widget ever shows it.
class ServeView : public TabPage
{
    Q_OBJECT
public:
    /// Hands the profile's secret to done, or nullopt with a message a person can act on and what
    /// the keychain itself said (shown as the message's tooltip).
    using SecretProvider = std::function<void(
        const QString& profile, std::function<void(std::optional<QByteArray> secret, const QString& problem, const QString& detail)> done)>;
    /// "Ask before handing out a token": true hands it out. Tests replace the dialog with this.
    using ApprovalPrompt = std::function<bool(const TokenServiceApprovalRequest& request)>;

    enum BindChoice { LoopbackOnly, LocalNetwork };

    explicit ServeView(QWidget* parent = nullptr);
    ~ServeView() override;

    void setClipboard(ClipboardService* clipboard);
    /// The profile to serve for (its secret is asked for on start); the request carries no secret.
    void setProfile(const QString& name, const CasRequest& request);
    void setSecretProvider(SecretProvider provider);
    void setApprovalPrompt(ApprovalPrompt prompt);
    void setMasked(bool masked);

    TokenService* service() const;
    QString addressForApps() const; ///< the URL a sample app should use; empty when stopped
    QString accessCode() const;

public slots:
    void start();
    void stop();

signals:
    /// A request was answered (the flow view shows the served path from it).
    void requestAnswered(const TokenServiceLogEntry& entry);

private:
    void createService();
    void updateState();
    void updateAddress();
    void showQr(const QPixmap& code, const QString& text);
    void updateSessions();
    void updateLog();
    void onBindChanged();
    bool askPerson(const TokenServiceApprovalRequest& request);
    QString selectedSession() const;

    const QScopedPointer<Ui::ServeView> m_ui;
    TokenService* m_service = nullptr;
    ClipboardService* m_clipboard = nullptr;
    QTimer* m_countdown;
    SecretProvider m_secretProvider;
    ApprovalPrompt m_prompt;
    QString m_profile;
    QString m_servingProfile;
    CasRequest m_request;
    QString m_accessCode;
    QStringList m_logLines;
    bool m_masked = false;
    bool m_starting = false;
};
