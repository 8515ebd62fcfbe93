// Help menu: keyboard shortcuts read from the window's actions, the manual, About.
#include "GuiTestMain.h"
#include "gui/HelpMenu.h"
#include "gui/MainWindow.h"
#include "gui/ShortcutsDialog.h"
#include "core/Version.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

class TestHelpMenu : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    HelpMenu* m_help = nullptr;
    QList<QUrl> m_opened;
    bool m_openSucceeds = true;
    // What the last dialog showed: rows of the shortcuts table, or a message box's text.
    QList<QStringList> m_rows;
    QString m_dialogText;
    QString m_dialogTitle;

    QAction* action(const QString& name) const
    {
        return m_window->findChild<QAction*>(name);
    }

    void trigger(const QString& name)
    {
        QAction* a = action(name);
        QVERIFY2(a, qPrintable(name));
        m_rows.clear();
        m_dialogText.clear();
        a->trigger();
    }

    bool hasRow(const QString& keys, const QString& actionText) const
    {
        for (const QStringList& row : m_rows) {
            if (row.value(0) == keys && row.value(1) == actionText) {
                return true;
            }
        }
        return false;
    }

    static QString plain(QString text)
    {
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026))) {
            text.chop(1);
        }
        return text;
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_help = m_window->findChild<HelpMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(m_help);
        m_opened.clear();
        m_openSucceeds = true;
        m_help->setUrlOpener([this](const QUrl& url) {
            m_opened << url;
            return m_openSucceeds;
        });
        m_help->setDialogRunner([this](QDialog& dialog) {
            m_dialogTitle = dialog.windowTitle();
            if (auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("table"))) {
                for (int row = 0; row < table->rowCount(); ++row) {
                    QStringList cells;
                    for (int column = 0; column < table->columnCount(); ++column) {
                        cells << table->item(row, column)->text();
                    }
                    m_rows << cells;
                }
            }
            if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
                m_dialogText = box->text();
            }
        });
    }

    void cleanup()
    {
        m_window.reset();
    }

    void helpIsTheLastMenu()
    {
        const QList<QAction*> menus = m_window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.last()->menu(), m_help);
        QCOMPARE(menus.last()->text(), QStringLiteral("&Help"));
    }

    void shortcutsListEveryMenuShortcut()
    {
        trigger(QStringLiteral("shortcutsAction"));
        QCOMPARE(m_dialogTitle, QStringLiteral("Keyboard shortcuts"));
        QVERIFY(hasRow(QStringLiteral("Ctrl+Return, Ctrl+Enter"), QStringLiteral("Get token")));
        QVERIFY(hasRow(QStringLiteral("F11"), QStringLiteral("Presentation mode")));
        QVERIFY(hasRow(QStringLiteral("Ctrl+,"), QStringLiteral("Settings")));
        // A view's own action, outside the menus: the eye of the profile's secret.
        QVERIFY(std::any_of(m_rows.cbegin(), m_rows.cend(), [](const QStringList& row) {
            return row.value(0) == QLatin1String("Ctrl+H") && row.value(2) == QLatin1String("Views");
        }));
        int checked = 0;
        std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
            for (const QAction* a : menu->actions()) {
                if (a->menu()) {
                    walk(a->menu());
                } else if (!a->shortcuts().isEmpty()) {
                    QStringList keys;
                    for (const QKeySequence& k : a->shortcuts()) {
                        keys << k.toString(QKeySequence::NativeText);
                    }
                    QVERIFY2(hasRow(keys.join(QStringLiteral(", ")), plain(a->text())), qPrintable(a->text()));
                    ++checked;
                }
            }
        };
        for (const QAction* top : m_window->menuBar()->actions()) {
            walk(top->menu());
        }
        QVERIFY(checked >= 15);
    }

    void shortcutsFollowTheActions()
    {
        QAction* getToken = action(QStringLiteral("getTokenAction"));
        QVERIFY(getToken);
        getToken->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
        trigger(QStringLiteral("shortcutsAction"));
        QVERIFY(hasRow(QStringLiteral("Ctrl+G"), QStringLiteral("Get token")));
        QVERIFY(!hasRow(QStringLiteral("Ctrl+Return, Ctrl+Enter"), QStringLiteral("Get token")));
    }

    void shortcutsOpenWithTheirOwnShortcut()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_rows.clear();
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QVERIFY(!m_rows.isEmpty());
    }

    void manualOpensTheReadme()
    {
        trigger(QStringLiteral("manualAction"));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(), HelpMenu::manualUrl());
        // From the build tree there is no installed README: the project's page.
        QCOMPARE(m_opened.first(), QUrl(QStringLiteral(CASCONSOLE_HOMEPAGE "#readme")));
        QVERIFY(m_dialogText.isEmpty());
        QCOMPARE(action(QStringLiteral("manualAction"))->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void manualSaysWhereItIsWhenNothingOpensIt()
    {
        m_openSucceeds = false;
        trigger(QStringLiteral("manualAction"));
        QVERIFY(m_dialogText.contains(HelpMenu::manualUrl().toDisplayString()));
        QVERIFY(m_dialogText.contains(QLatin1String("man cas-console")));
    }

    void aboutNamesVersionQtLicenseAndHomepage()
    {
        trigger(QStringLiteral("aboutAction"));
        QCOMPARE(m_dialogTitle, QStringLiteral("About CAS Console"));
        QVERIFY(m_dialogText.contains(QStringLiteral("CAS Console " CASCONSOLE_VERSION)));
        QVERIFY(m_dialogText.contains(QString::fromLatin1(qVersion())));
        QVERIFY(m_dialogText.contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY(m_dialogText.contains(QLatin1String("MIT license")));
        QVERIFY(m_dialogText.contains(QStringLiteral("href=\"" CASCONSOLE_HOMEPAGE "\"")));
    }
};

int main(int argc, char* argv[])
{
    Q_INIT_RESOURCE(resources); // the window icon and the eye buttons
    return guiTestMain<TestHelpMenu>(argc, argv, "cas-console-helpmenu-test");
}

#include "tst_helpmenu.moc"
