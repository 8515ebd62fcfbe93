#include "gui/ShortcutsDialog.h"
#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace
{
// "&Decode token…" → "Decode token" ("&&" stays one "&").
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text.trimmed();
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts()) {
        keys << sequence.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu* menu, const QString& group, QList<ShortcutsDialog::Entry>* entries, QSet<const QAction*>* seen)
{
    for (const QAction* action : menu->actions()) {
        seen->insert(action);
        if (action->menu()) {
            collectMenu(action->menu(), group, entries, seen);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
            entries->append({group, plainText(action->text()), keysOf(action)});
        }
    }
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QMainWindow* window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    for (const QAction* top : window->menuBar()->actions()) {
        if (top->menu()) {
            seen.insert(top);
            collectMenu(top->menu(), plainText(top->text()), &entries, &seen);
        }
    }
    // Actions of the views (a secret's eye, Copy in a list) and of the window outside the menus.
    QSet<QPair<QString, QString>> listed;
    for (const Entry& entry : entries) {
        listed.insert({entry.action, entry.keys});
    }
    const QList<QAction*> all = window->findChildren<QAction*>();
    for (const QAction* action : all) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty()) {
            continue; // an action without a name is not one a person can look up
        }
        const Entry entry {tr("Views"), plainText(action->text()), keysOf(action)};
        if (!listed.contains({entry.action, entry.keys})) {
            listed.insert({entry.action, entry.keys});
            entries.append(entry);
        }
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ShortcutsDialog)
{
    m_ui->setupUi(this);
    m_ui->table->setRowCount(static_cast<int>(entries.size()));
    int row = 0;
    for (const Entry& entry : entries) {
        int column = 0;
        for (const QString& text : {entry.keys, entry.action, entry.group}) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_ui->table->setItem(row, column++, item);
        }
        ++row;
    }
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

ShortcutsDialog::~ShortcutsDialog() = default;
