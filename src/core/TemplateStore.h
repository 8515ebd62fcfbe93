#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QSettings;
class SettingsFile;

/// A user's "Copy as" text with ${TOKEN}, ${DISPLAY_NAME}, ${EXPIRES_AT} placeholders.
struct CopyTemplate
{
    QString name;
    QString text;

    bool operator==(const CopyTemplate& other) const
    {
        return name == other.name && text == other.text;
    }
    bool operator!=(const CopyTemplate& other) const
    {
        return !(*this == other);
    }
};

/// Copy templates and the display name they use, in QSettings group "templates" (an array of
/// name + text, in the user's order, and "templates/displayName"). Templates are not secrets.
/// Until the group is first written, the two editable starter templates are offered.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    /// Works on file (not owned); on the application's settings file when file is null.
    explicit TemplateStore(SettingsFile* file = nullptr);
    ~TemplateStore();
    TemplateStore(const TemplateStore&) = delete;
    TemplateStore& operator=(const TemplateStore&) = delete;

    static QString defaultDisplayName(); ///< "Tester"
    /// Examples for a mobile sample app, labelled "(edit me)": the Android and iOS SDK calls are
    /// not in the public docs, so the starters carry the token into variables and stop there.
    static QList<CopyTemplate> starterTemplates();
    /// Empty when valid; else why not (empty, or already used by another template).
    static QString validateName(const QString& name, const QList<CopyTemplate>& others);

    QList<CopyTemplate> templates() const;
    /// Replaces every template. false with *error on a bad or repeated name or an unwritable file.
    bool setTemplates(const QList<CopyTemplate>& templates, QString* error = nullptr);
    /// Adds (at the end) or replaces the template of that name.
    bool save(const CopyTemplate& copyTemplate, QString* error = nullptr);
    bool rename(const QString& from, const QString& to, QString* error = nullptr);
    bool remove(const QString& name, QString* error = nullptr);

    QString displayName() const;
    void setDisplayName(const QString& name);

private:
    bool sync(QString* error) const;

    std::unique_ptr<SettingsFile> m_ownFile;
    SettingsFile* m_file;
    QSettings* m_settings;
};
