#include "core/TemplateStore.h"

#include "core/SettingsFile.h"

#include <QSettings>

#include <algorithm>

namespace
{
const QString Group = QStringLiteral("templates");
const QString DisplayNameKey = QStringLiteral("templates/displayName");
const QString SizeKey = QStringLiteral("templates/size");

QString mobileStarter(const QString& platform, const QString& declareToken, const QString& declareName)
{
    return TemplateStore::tr("// Example for your %1 sample app: edit it (Copy as > Edit templates).\n"
                             "// The %1 SDK calls are not in the public Watch Together docs,\n"
                             "// so this only hands the values to your own join code.\n"
                             "// Expires (UTC): %2\n")
               .arg(platform, QStringLiteral("${EXPIRES_AT}"))
        + declareToken + QLatin1Char('\n') + declareName + QLatin1Char('\n');
}
} // namespace

TemplateStore::TemplateStore(SettingsFile* file)
    : m_ownFile(file ? nullptr : std::make_unique<SettingsFile>())
    , m_file(file ? file : m_ownFile.get())
    , m_settings(&m_file->settings())
{ }

TemplateStore::~TemplateStore() = default;

QString TemplateStore::defaultDisplayName()
{
    return tr("Tester");
}

QList<CopyTemplate> TemplateStore::starterTemplates()
{
    return {
        {tr("Android sample (edit me)"),
         mobileStarter(QStringLiteral("Android"), QStringLiteral("val casToken = \"${TOKEN}\""),
                       QStringLiteral("val displayName = \"${DISPLAY_NAME}\""))},
        {tr("iOS sample (edit me)"),
         mobileStarter(QStringLiteral("iOS"), QStringLiteral("let casToken = \"${TOKEN}\""),
                       QStringLiteral("let displayName = \"${DISPLAY_NAME}\""))},
    };
}

QString TemplateStore::validateName(const QString& name, const QList<CopyTemplate>& others)
{
    if (name.trimmed().isEmpty())
        return tr("A template name cannot be empty.");
    for (const CopyTemplate& other : others) {
        if (other.name == name)
            return tr("There is already a template named \"%1\".").arg(name);
    }
    return {};
}

QList<CopyTemplate> TemplateStore::templates() const
{
    if (!m_settings->contains(SizeKey))
        return starterTemplates();
    QList<CopyTemplate> result;
    const int size = m_settings->beginReadArray(Group);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        const QString name = m_settings->value(QStringLiteral("name")).toString();
        if (!name.trimmed().isEmpty())
            result.append({name, m_settings->value(QStringLiteral("text")).toString()});
    }
    m_settings->endArray();
    return result;
}

bool TemplateStore::setTemplates(const QList<CopyTemplate>& templates, QString* error)
{
    QList<CopyTemplate> seen;
    for (const CopyTemplate& copyTemplate : templates) {
        const QString problem = validateName(copyTemplate.name, seen);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        seen.append(copyTemplate);
    }
    if (!m_file->writable(error))
        return false;
    const QString displayName = m_settings->value(DisplayNameKey).toString();
    const bool hasDisplayName = m_settings->contains(DisplayNameKey);
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), templates.at(i).name);
        m_settings->setValue(QStringLiteral("text"), templates.at(i).text);
    }
    m_settings->endArray();
    // An empty array writes no size key; the key marks "the user has templates of their own".
    m_settings->setValue(SizeKey, int(templates.size()));
    if (hasDisplayName)
        m_settings->setValue(DisplayNameKey, displayName);
    return sync(error);
}

bool TemplateStore::save(const CopyTemplate& copyTemplate, QString* error)
{
    QList<CopyTemplate> all = templates();
    for (CopyTemplate& existing : all) {
        if (existing.name == copyTemplate.name) {
            existing.text = copyTemplate.text;
            return setTemplates(all, error);
        }
    }
    all.append(copyTemplate);
    return setTemplates(all, error);
}

bool TemplateStore::rename(const QString& from, const QString& to, QString* error)
{
    QList<CopyTemplate> all = templates();
    int index = -1;
    QList<CopyTemplate> others;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).name == from)
            index = i;
        else
            others.append(all.at(i));
    }
    if (index < 0) {
        if (error)
            *error = tr("There is no template named \"%1\".").arg(from);
        return false;
    }
    const QString problem = validateName(to, others);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    all[index].name = to;
    return setTemplates(all, error);
}

bool TemplateStore::remove(const QString& name, QString* error)
{
    QList<CopyTemplate> all = templates();
    const qsizetype before = all.size();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&name](const CopyTemplate& t) {
                                 return t.name == name;
                             }),
              all.end());
    if (all.size() == before) {
        if (error)
            *error = tr("There is no template named \"%1\".").arg(name);
        return false;
    }
    return setTemplates(all, error);
}

QString TemplateStore::displayName() const
{
    const QString name = m_settings->value(DisplayNameKey).toString();
    return name.trimmed().isEmpty() ? defaultDisplayName() : name;
}

void TemplateStore::setDisplayName(const QString& name)
{
    if (!m_file->writable(nullptr))
        return;
    m_settings->setValue(DisplayNameKey, name);
    sync(nullptr);
}

bool TemplateStore::sync(QString* error) const
{
    QString problem;
    if (m_file->commit(&problem))
        return true;
    if (error)
        *error = tr("The templates could not be saved: %1").arg(problem);
    return false;
}
