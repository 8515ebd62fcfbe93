#include "gui/TemplatesDialog.h"
#include "ui_TemplatesDialog.h"

#include "core/Clock.h"
#include "gui/ExpiryBadge.h"
#include "core/TokenFormats.h"
#include "gui/FontRole.h"

#include <QPushButton>
#include <QSignalBlocker>

namespace
{
QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

TemplatesDialog::TemplatesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::TemplatesDialog)
{
    m_ui->setupUi(this);
    const QFont mono = FontRole::monospace();
    m_ui->templateText->setFont(mono);
    m_ui->previewText->setFont(mono);
    // The preview wraps so the whole token shows; the template keeps its own lines.
    m_ui->previewText->setWordWrapMode(QTextOption::WrapAnywhere);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->nameError->hide();
    m_ui->unknownWarning->hide();
    QPalette warning = m_ui->unknownWarning->palette();
    warning.setColor(QPalette::WindowText, ExpiryBadge::textColor(Jwt::Expiry::ExpiresSoon, palette()));
    m_ui->unknownWarning->setPalette(warning);
    QPalette error = m_ui->nameError->palette();
    error.setColor(QPalette::WindowText, ExpiryBadge::textColor(Jwt::Expiry::Expired, palette()));
    m_ui->nameError->setPalette(error);
    m_ui->displayNameEdit->setPlaceholderText(TemplateStore::defaultDisplayName());

    const qint64 now = Clock::now().toSecsSinceEpoch();
    m_sampleExp = now + 3600;
    m_sampleToken = base64Url(R"({"alg":"HS256","typ":"JWT"})") + u'.'
        + base64Url("{\"sample\":true,\"iat\":" + QByteArray::number(now) + ",\"exp\":" + QByteArray::number(m_sampleExp) + '}') + u'.'
        + base64Url("sample signature, not a real one");

    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, &TemplatesDialog::currentChanged);
    connect(m_ui->templateList, &QListWidget::itemChanged, this, &TemplatesDialog::itemRenamed);
    connect(m_ui->templateText, &QPlainTextEdit::textChanged, this, &TemplatesDialog::textEdited);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_ui->addButton, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &TemplatesDialog::renameTemplate);
    updateButtons();
    updatePreview();
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::setTemplates(const QList<CopyTemplate>& templates)
{
    m_templates = templates;
    {
        const QSignalBlocker blocker(m_ui->templateList);
        m_ui->templateList->clear();
        for (const CopyTemplate& copyTemplate : templates) {
            auto* item = new QListWidgetItem(copyTemplate.name, m_ui->templateList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_ui->templateList->setCurrentRow(templates.isEmpty() ? -1 : 0);
    currentChanged();
}

QList<CopyTemplate> TemplatesDialog::templates() const
{
    return m_templates;
}

void TemplatesDialog::setDisplayName(const QString& name)
{
    m_ui->displayNameEdit->setText(name == TemplateStore::defaultDisplayName() ? QString() : name);
}

QString TemplatesDialog::displayName() const
{
    return m_ui->displayNameEdit->text().trimmed();
}

void TemplatesDialog::loadFrom(const TemplateStore& store)
{
    setTemplates(store.templates());
    setDisplayName(store.displayName());
}

bool TemplatesDialog::saveTo(TemplateStore& store, QString* error) const
{
    store.setDisplayName(displayName());
    return store.setTemplates(m_templates, error);
}

QString TemplatesDialog::sampleToken() const
{
    return m_sampleToken;
}

int TemplatesDialog::currentIndex() const
{
    const int row = m_ui->templateList->currentRow();
    return row >= 0 && row < m_templates.size() ? row : -1;
}

void TemplatesDialog::currentChanged()
{
    const int index = currentIndex();
    m_updating = true;
    m_ui->templateText->setPlainText(index >= 0 ? m_templates.at(index).text : QString());
    m_updating = false;
    m_ui->templateText->setEnabled(index >= 0);
    m_ui->nameError->hide();
    updateButtons();
    updatePreview();
}

void TemplatesDialog::textEdited()
{
    const int index = currentIndex();
    if (m_updating || index < 0)
        return;
    m_templates[index].text = m_ui->templateText->toPlainText();
    updatePreview();
}

void TemplatesDialog::itemRenamed(QListWidgetItem* item)
{
    const int row = m_ui->templateList->row(item);
    if (row < 0 || row >= m_templates.size())
        return;
    const QString name = item->text().trimmed();
    if (name == m_templates.at(row).name)
        return;
    QList<CopyTemplate> others = m_templates;
    others.removeAt(row);
    const QString problem = TemplateStore::validateName(name, others);
    if (!problem.isEmpty()) {
        const QSignalBlocker blocker(m_ui->templateList);
        item->setText(m_templates.at(row).name);
        m_ui->nameError->setText(problem);
        m_ui->nameError->show();
        return;
    }
    m_ui->nameError->hide();
    m_templates[row].name = name;
    if (item->text() != name) {
        const QSignalBlocker blocker(m_ui->templateList);
        item->setText(name);
    }
}

void TemplatesDialog::addTemplate()
{
    QString name = tr("New template");
    for (int n = 2; !TemplateStore::validateName(name, m_templates).isEmpty(); ++n)
        name = tr("New template %1").arg(n);
    m_templates.append({name, TokenFormats::TokenPlaceholder + u'\n'});
    {
        const QSignalBlocker blocker(m_ui->templateList);
        auto* item = new QListWidgetItem(name, m_ui->templateList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_ui->templateList->setCurrentRow(int(m_templates.size()) - 1);
    currentChanged();
    m_ui->templateList->editItem(m_ui->templateList->currentItem());
}

void TemplatesDialog::removeTemplate()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    m_templates.removeAt(index);
    {
        const QSignalBlocker blocker(m_ui->templateList);
        delete m_ui->templateList->takeItem(index);
        m_ui->templateList->setCurrentRow(qMin(index, int(m_templates.size()) - 1));
    }
    currentChanged();
}

void TemplatesDialog::renameTemplate()
{
    if (QListWidgetItem* item = m_ui->templateList->currentItem())
        m_ui->templateList->editItem(item);
}

void TemplatesDialog::updatePreview()
{
    const int index = currentIndex();
    if (index < 0) {
        m_ui->previewText->clear();
        m_ui->unknownWarning->hide();
        return;
    }
    const QString name = displayName().isEmpty() ? TemplateStore::defaultDisplayName() : displayName();
    const TemplateExpansion expansion = TokenFormats::expand(m_templates.at(index).text, m_sampleToken, name, m_sampleExp);
    m_ui->previewText->setPlainText(expansion.text);
    if (expansion.unknownPlaceholders.isEmpty()) {
        m_ui->unknownWarning->hide();
    } else {
        m_ui->unknownWarning->setText(
            tr("Unknown placeholders, copied as they are: %1. Known: %2.")
                .arg(expansion.unknownPlaceholders.join(QLatin1String(", ")), TokenFormats::placeholders().join(QLatin1String(", "))));
        m_ui->unknownWarning->show();
    }
}

void TemplatesDialog::updateButtons()
{
    const bool selected = currentIndex() >= 0;
    m_ui->removeButton->setEnabled(selected);
    m_ui->renameButton->setEnabled(selected);
}
