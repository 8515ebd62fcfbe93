#include "gui/HelpMenu.h"

#include "core/Version.h"
#include "gui/ShortcutsDialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

HelpMenu::HelpMenu(QMainWindow* window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
    , m_runDialog([](QDialog& dialog) {
        dialog.exec();
    })
    , m_openUrl([](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    })
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts = addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction* manual = addAction(tr("&Manual"), this, &HelpMenu::showManual);
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    addSeparator();
    QAction* about = addAction(tr("&About CAS Console"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    QAction* aboutQt = addAction(tr("About &Qt"), this, [this] {
        QMessageBox::aboutQt(m_window);
    });
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    // Shortcuts work while the menu is closed.
    m_window->addAction(shortcuts);
    m_window->addAction(manual);
}

void HelpMenu::setDialogRunner(const std::function<void(QDialog& dialog)>& run)
{
    m_runDialog = run;
}

void HelpMenu::setUrlOpener(const std::function<bool(const QUrl& url)>& open)
{
    m_openUrl = open;
}

QUrl HelpMenu::manualUrl()
{
    // bin/cas-console and share/doc/cas-console/README.md, under /usr or an unpacked archive.
    const QString readme = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/cas-console/README.md"));
    if (QFileInfo(readme).isFile()) {
        return QUrl::fromLocalFile(QFileInfo(readme).canonicalFilePath());
    }
    return QUrl(QStringLiteral(CASCONSOLE_HOMEPAGE "#readme"));
}

QString HelpMenu::aboutText()
{
    const QString homepage = QStringLiteral(CASCONSOLE_HOMEPAGE);
    return tr("<h3>CAS Console %1</h3>"
              "<p>A developer console for the Cluster Authentication Service of the Watch Together SDK: get, "
              "decode and verify session tokens. API secrets are kept only in the system keychain.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>Free software under the MIT license.</p>"
              "<p><a href=\"%4\">%4</a></p>")
        .arg(QStringLiteral(CASCONSOLE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), homepage);
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(ShortcutsDialog::entriesOf(m_window), m_window);
    m_runDialog(dialog);
}

void HelpMenu::showManual()
{
    const QUrl url = manualUrl();
    if (!m_openUrl(url)) {
        QMessageBox box(
            QMessageBox::Information, tr("Manual"),
            tr("No program is set up to open %1. The manual is also there, and in \"man cas-console\".").arg(url.toDisplayString()),
            QMessageBox::Close, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_runDialog(box);
    }
}

void HelpMenu::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About CAS Console"), aboutText(), QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_runDialog(box);
}
