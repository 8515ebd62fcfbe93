// The floor: the least a Qt Widgets program does to show a main window. Same organisation,
// application name and display name as cas-console, so both load the same settings paths.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console-floor"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console-floor"));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CAS Console floor"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("CAS Console floor"));
    window.resize(1180, 780); // the size ui/MainWindow.ui gives the app window
    window.show();
    return app.exec();
}
