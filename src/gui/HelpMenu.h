#pragma once

#include <QMenu>
#include <QUrl>
#include <functional>

class QDialog;
class QMainWindow;

/// The Help menu of a window: keyboard shortcuts (read from the window's actions), the manual
/// (the installed README, else the project's page), About with version, Qt, license, homepage.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow* window);

    /// Tests see the dialogs instead of a modal loop, and the URLs instead of a browser.
    void setDialogRunner(const std::function<void(QDialog& dialog)>& run);
    void setUrlOpener(const std::function<bool(const QUrl& url)>& open);

    /// Where the manual is: the README installed next to the program, else the project's page.
    static QUrl manualUrl();
    static QString aboutText();

    void showShortcuts();
    void showManual();
    void showAbout();

private:
    QMainWindow* m_window;
    std::function<void(QDialog&)> m_runDialog;
    std::function<bool(const QUrl&)> m_openUrl;
};
