#include "Bootstrap.h"
#include "Cli.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Bootstrap::disableCoreDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));

    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    if (Cli::isHeadless(args)) {
        QCoreApplication app(argc, argv);
        return Cli::run(args);
    }
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
