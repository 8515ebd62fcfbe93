#pragma once

#include "core/CasClient.h"
#include "core/CasResult.h"
#include "core/Jwt.h"
#include "gui/ClipboardService.h"
#include "gui/ServeView.h"

#include <QObject>
#include <functional>
#include <optional>

class FlowView;
class HistoryStore;
class LazyTabs;
class QTabWidget;

/// The window's tabs (Token, Decoded, Verify, Response, Flow, History, QR code, Serve) and what
/// they show. Only the view in front is built at start; the others are built when first shown
/// and get what they would show by then: the token, the last response, the flow of the last
/// request, the profile's history, the profile to serve, presentation mode.
class WorkTabs : public QObject
{
    Q_OBJECT
public:
    /// The empty pages of the form, one per tab.
    struct Pages
    {
        QWidget* token;
        QWidget* decoded;
        QWidget* verify;
        QWidget* response;
        QWidget* flow;
        QWidget* history;
        QWidget* qr;
        QWidget* serve;
    };

    /// history and clipboard are not owned; the Serve tab asks secrets from secrets.
    WorkTabs(QTabWidget* tabs, const Pages& pages, HistoryStore* history, ClipboardService* clipboard, ServeView::SecretProvider secrets,
             QObject* parent = nullptr);
    ~WorkTabs() override;

    /// Builds the view in front (call once the window is set up).
    void start();
    void bringTokenForward();

    /// A token on screen: Token, Decoded, QR code and Verify (exactText is what Verify checks).
    void showToken(const Jwt& jwt, const QString& exactText);
    /// Forgets the token in Token, Decoded and QR code (Verify keeps its text and key).
    void clearToken();
    void setMasked(bool masked);
    void setHistoryProfile(const QString& name);
    void setServeProfile(const QString& name, const CasRequest& request);
    void setRequestContext(const QString& apiKey, const QString& caFile);
    void setResult(const CasResult& result);
    void clearResult();
    /// Runs call on the flow view now or, in order, when it is built.
    void flow(const std::function<void(FlowView*)>& call);
    /// Starts the flow over; what waited for the flow view before is dropped.
    void resetFlow();

signals:
    void copyRequested(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);
    /// A token re-opened from the History tab.
    void openRequested(const QString& token);

private:
    template<class View>
    View* built(int tab) const;

    QTabWidget* m_tabs;
    QWidget* m_tokenPage;
    LazyTabs* m_lazy;
    HistoryStore* m_history;
    ClipboardService* m_clipboard;
    ServeView::SecretProvider m_secrets;
    int m_token = 0, m_decoded = 0, m_verify = 0, m_response = 0, m_flow = 0, m_historyTab = 0, m_qr = 0, m_serve = 0;

    std::optional<Jwt> m_jwt;
    QString m_verifyText; ///< the last token text shown, kept by Verify until another one comes
    std::optional<Jwt> m_verifyJwt;
    bool m_masked = false;
    QString m_historyProfile;
    QString m_serveProfile;
    CasRequest m_serveRequest;
    QString m_apiKey;
    QString m_caFile;
    std::optional<CasResult> m_result;
};
