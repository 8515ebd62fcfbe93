#include "gui/CopyAsMenu.h"

#include "core/TokenFormats.h"
#include "gui/OutsideText.h"

#include <QToolButton>

CopyAsMenu::CopyAsMenu(QWidget* parent)
    : QMenu(parent)
    , m_displayName(TemplateStore::defaultDisplayName())
{
    setObjectName(QStringLiteral("copyAsMenu"));
    setTitle(tr("Copy &as"));
    setToolTipsVisible(true);

    m_raw = addCopyAction(QStringLiteral("copyAsRaw"), tr("&Token"));
    connect(m_raw, &QAction::triggered, this, [this] {
        emit copyRequested(TokenFormats::raw(m_jwt.compact()), ClipboardService::Sensitivity::Secret, tr("Token"));
    });
    m_json = addCopyAction(QStringLiteral("copyAsJson"), tr("&JSON  {\"token\": …}"));
    connect(m_json, &QAction::triggered, this, [this] {
        emit copyRequested(TokenFormats::json(m_jwt.compact()), ClipboardService::Sensitivity::Secret, tr("Token as JSON"));
    });
    m_env = addCopyAction(QStringLiteral("copyAsEnv"), tr("&Environment line  CAS_TOKEN=…"));
    connect(m_env, &QAction::triggered, this, [this] {
        emit copyRequested(TokenFormats::envLine(m_jwt.compact()), ClipboardService::Sensitivity::Secret, tr("CAS_TOKEN line"));
    });
    m_webSdk = addCopyAction(QStringLiteral("copyAsWebSdk"), tr("&Web SDK  WTSDK.Session.connect(…)"));
    m_webSdk->setToolTip(tr("The Web SDK call from the public docs, with the display name set under Edit templates"));
    connect(m_webSdk, &QAction::triggered, this, [this] {
        emit copyRequested(TokenFormats::webSdk(m_jwt.compact(), m_displayName), ClipboardService::Sensitivity::Secret,
                           tr("Web SDK snippet"));
    });
    addSeparator();
    m_curl = addCopyAction(QStringLiteral("copyAsCurl"), tr("CAS request as &curl"));
    m_curl->setToolTip(tr("The request for a new token; the secret is read from $CAS_API_SECRET, never copied"));
    connect(m_curl, &QAction::triggered, this, [this] {
        emit copyRequested(TokenFormats::curl(m_url, m_apiKey, m_caFile), ClipboardService::Sensitivity::Plain, tr("curl command"));
    });
    m_templatesSeparator = addSeparator();
    m_templatesSeparator->setText(tr("Templates"));
    m_noTemplates = addAction(tr("No templates"));
    m_noTemplates->setObjectName(QStringLiteral("copyAsNoTemplates"));
    m_noTemplates->setEnabled(false);
    addSeparator();
    m_editTemplates = addAction(tr("E&dit templates…"));
    m_editTemplates->setObjectName(QStringLiteral("editTemplates"));
    connect(m_editTemplates, &QAction::triggered, this, &CopyAsMenu::editTemplatesRequested);
    updateEnabled();
}

QAction* CopyAsMenu::addCopyAction(const QString& objectName, const QString& text)
{
    QAction* action = addAction(text);
    action->setObjectName(objectName);
    return action;
}

void CopyAsMenu::setToken(const Jwt& jwt)
{
    m_jwt = jwt;
    m_hasToken = jwt.isValid();
    updateEnabled();
}

void CopyAsMenu::clearToken()
{
    m_jwt = Jwt();
    m_hasToken = false;
    updateEnabled();
}

void CopyAsMenu::setRequestUrl(const QUrl& url)
{
    m_url = url;
    updateEnabled();
}

void CopyAsMenu::setApiKey(const QString& apiKey)
{
    m_apiKey = apiKey;
}

void CopyAsMenu::setCaFile(const QString& caFile)
{
    m_caFile = caFile;
}

void CopyAsMenu::setDisplayName(const QString& displayName)
{
    m_displayName = displayName;
}

void CopyAsMenu::setTemplates(const QList<CopyTemplate>& templates)
{
    m_templates = templates;
    rebuildTemplateActions();
}

void CopyAsMenu::loadFrom(const TemplateStore& store)
{
    setDisplayName(store.displayName());
    setTemplates(store.templates());
}

QString CopyAsMenu::displayName() const
{
    return m_displayName;
}

QList<CopyTemplate> CopyAsMenu::templates() const
{
    return m_templates;
}

void CopyAsMenu::rebuildTemplateActions()
{
    qDeleteAll(m_templateActions);
    m_templateActions.clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        // "&&" keeps a template's own ampersands from becoming mnemonics.
        auto* action = new QAction(QString(m_templates.at(i).name).replace(u'&', QLatin1String("&&")), this);
        action->setObjectName(QStringLiteral("copyAsTemplate%1").arg(i));
        const QStringList unknown = TokenFormats::expand(m_templates.at(i).text, QString(), QString(), std::nullopt).unknownPlaceholders;
        if (!unknown.isEmpty())
            action->setToolTip(
                OutsideText::html(tr("Unknown placeholders are copied as they are: %1").arg(unknown.join(QLatin1String(", ")))));
        connect(action, &QAction::triggered, this, [this, i] {
            copyTemplate(i);
        });
        insertAction(m_noTemplates, action);
        m_templateActions.append(action);
    }
    m_noTemplates->setVisible(m_templates.isEmpty());
    updateEnabled();
}

void CopyAsMenu::updateEnabled()
{
    for (QAction* action : {m_raw, m_json, m_env, m_webSdk})
        action->setEnabled(m_hasToken);
    for (QAction* action : std::as_const(m_templateActions))
        action->setEnabled(m_hasToken);
    m_curl->setEnabled(m_url.isValid() && !m_url.isEmpty());
}

void CopyAsMenu::copyTemplate(int index)
{
    if (index < 0 || index >= m_templates.size() || !m_hasToken)
        return;
    const CopyTemplate& copyTemplate = m_templates.at(index);
    const TemplateExpansion expansion = TokenFormats::expand(copyTemplate.text, m_jwt, m_displayName);
    const bool carriesToken = copyTemplate.text.contains(TokenFormats::TokenPlaceholder);
    emit copyRequested(expansion.text, carriesToken ? ClipboardService::Sensitivity::Secret : ClipboardService::Sensitivity::Plain,
                       tr("Template \"%1\"").arg(copyTemplate.name));
}

QToolButton* CopyAsMenu::makeButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("copyAsButton"));
    button->setText(tr("Cop&y as…"));
    button->setToolTip(tr("Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates"));
    button->setMenu(this);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}
