#pragma once

#include "core/TemplateStore.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

class QListWidgetItem;

namespace Ui
{
class TemplatesDialog;
}

/// Edits the "Copy as" templates and the display name: add, rename (F2 or double-click),
/// remove, edit the text with a live preview on a sample token, and a warning that names
/// placeholders the expansion does not know. Works on a copy; the caller saves on accept.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(QWidget* parent = nullptr);
    ~TemplatesDialog() override;

    void setTemplates(const QList<CopyTemplate>& templates);
    QList<CopyTemplate> templates() const;
    void setDisplayName(const QString& name);
    QString displayName() const; ///< as typed, trimmed; empty means the default

    void loadFrom(const TemplateStore& store);
    /// false with *error when the settings file cannot be written.
    bool saveTo(TemplateStore& store, QString* error = nullptr) const;

    /// The token the preview uses (an unsigned-looking sample that expires in an hour).
    QString sampleToken() const;

private:
    void currentChanged();
    void textEdited();
    void itemRenamed(QListWidgetItem* item);
    void addTemplate();
    void removeTemplate();
    void renameTemplate();
    void updatePreview();
    void updateButtons();
    int currentIndex() const;

    const QScopedPointer<Ui::TemplatesDialog> m_ui;
    QList<CopyTemplate> m_templates;
    QString m_sampleToken;
    qint64 m_sampleExp = 0;
    bool m_updating = false;
};
