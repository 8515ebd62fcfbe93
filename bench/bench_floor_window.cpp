// The floor: the least a Qt Widgets program does to show a main window. Same organisation,
// application name and display name as cas-console, so both load the same settings paths.
// With --text the window also shows one line of text (a QLabel) and a menu bar with one menu:
// for information, what drawing any text at all costs (fontconfig, a font, shaping, glyphs),
// which the empty floor never pays.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console-floor"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console-floor"));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CAS Console floor"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("CAS Console floor"));
    window.resize(1180, 780); // the size ui/MainWindow.ui gives the app window
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.setCentralWidget(new QLabel(QStringLiteral("No token yet. Press Ctrl+Return to get one.")));
    }
    window.show();
    return app.exec();
}
