#pragma once

#include "core/CasResult.h"
#include "gui/ClipboardService.h"
#include "gui/TabPage.h"

#include <QScopedPointer>

namespace Ui
{
class ResponseView;
}

/// What one token request sent and got back: status line, response headers in order, the raw
/// body, TLS session and certificate chain, the request with the secret redacted, redirects.
class ResponseView : public TabPage
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget* parent = nullptr);
    ~ResponseView() override;

    void setResult(const CasResult& result);
    void clear();
    /// The non-secret parts the curl command needs; the secret itself never comes here.
    /// Presentation mode: the API key and the token are masked in the request and body.
    void setMasked(bool masked);
    void setRequestContext(const QString& apiKey, const QString& caFile);

    const CasResult& result() const;

signals:
    void copyRequested(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);

private:
    void showStatus();
    void showHeaders();
    void showBody();
    void showTls();
    void showRequest();
    void copyCurl();
    /// The text as it may be shown: in presentation mode, API key and tokens masked.
    QString shown(const QString& text) const;

    const QScopedPointer<Ui::ResponseView> m_ui;
    CasResult m_result;
    bool m_hasResult = false;
    QString m_apiKey;
    bool m_masked = false;
    QString m_caFile;
};
