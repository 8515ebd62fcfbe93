#pragma once

#include "gui/ClipboardService.h"
#include "core/Jwt.h"
#include "core/TemplateStore.h"

#include <QList>
#include <QMenu>
#include <QUrl>

class QToolButton;

/// "Copy as…": the token raw, as JSON, as an env line, as a Web SDK call, through the user's
/// templates, and the CAS request as curl. Texts come from TokenFormats at the moment an action
/// is triggered and go out through copyRequested, never to the clipboard directly.
/// Action object names: copyAsRaw, copyAsJson, copyAsEnv, copyAsCurl, copyAsWebSdk,
/// copyAsTemplate0, copyAsTemplate1, …, editTemplates.
class CopyAsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit CopyAsMenu(QWidget* parent = nullptr);

    void setToken(const Jwt& jwt);
    void clearToken();
    void setRequestUrl(const QUrl& url);
    void setApiKey(const QString& apiKey);
    void setCaFile(const QString& caFile);
    void setDisplayName(const QString& displayName);
    void setTemplates(const QList<CopyTemplate>& templates);
    /// Templates and display name from the store (call again after TemplatesDialog is accepted).
    void loadFrom(const TemplateStore& store);

    QString displayName() const;
    QList<CopyTemplate> templates() const;
    /// The "Copy as…" button that opens this menu.
    QToolButton* makeButton(QWidget* parent);

signals:
    void copyRequested(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);
    void editTemplatesRequested();

private:
    QAction* addCopyAction(const QString& objectName, const QString& text);
    void rebuildTemplateActions();
    void updateEnabled();
    void copyTemplate(int index);

    Jwt m_jwt;
    bool m_hasToken = false;
    QUrl m_url;
    QString m_apiKey;
    QString m_caFile;
    QString m_displayName;
    QList<CopyTemplate> m_templates;

    QAction* m_raw = nullptr;
    QAction* m_json = nullptr;
    QAction* m_env = nullptr;
    QAction* m_webSdk = nullptr;
    QAction* m_curl = nullptr;
    QAction* m_templatesSeparator = nullptr;
    QAction* m_noTemplates = nullptr;
    QAction* m_editTemplates = nullptr;
    QList<QAction*> m_templateActions;
};
