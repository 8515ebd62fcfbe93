#pragma once

#include <QDialog>
#include <QList>
#include <QScopedPointer>

namespace Ui
{
class ShortcutsDialog;
}
class QMainWindow;

/// Help → Keyboard shortcuts: every shortcut of a window, read from its actions when the dialog
/// opens, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; ///< the menu it is in, or "Views" for a view's own action
        QString action;
        QString keys; ///< in the platform's notation, several separated by ", "
    };

    /// The actions of WINDOW with a shortcut: those in its menus in menu order, then the rest.
    static QList<Entry> entriesOf(const QMainWindow* window);

    explicit ShortcutsDialog(const QList<Entry>& entries, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

private:
    const QScopedPointer<Ui::ShortcutsDialog> m_ui;
};
