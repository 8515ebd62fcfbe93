#include "app/ProgramMain.h"

#include "app/FontWarmUp.h"
#include "app/WindowMain.h"
#include "core/Bootstrap.h"
#include "core/Translations.h"
#include "cli/Cli.h"
#include "core/Version.h"

#include <QCoreApplication>

#ifdef CASCONSOLE_WINDOW_MODULE
#include "core/PrivateModule.h"
#endif

namespace
{
// The window, from its module when it is one: loaded only now, so that the command line never
// pays for Qt Widgets and Qt Gui.
int openWindow(int argc, char* argv[])
{
#ifdef CASCONSOLE_WINDOW_MODULE
    QString error;
    void* entry = PrivateModule::entry(CASCONSOLE_WINDOW_MODULE, "casconsole_window_main", &error);
    if (!entry) {
        QCoreApplication app(argc, argv);
        Translations::install();
        return Cli::reportNoWindow(error);
    }
    FontWarmUp::start(); // beside QApplication's start
    return reinterpret_cast<int (*)(int, char**)>(entry)(argc, argv);
#else
    FontWarmUp::start();
    return casconsole_window_main(argc, argv);
#endif
}
} // namespace

int casconsole_main(int argc, char* argv[])
{
    Bootstrap::disableCoreDumps();
    Bootstrap::showHostNamesAsAscii();
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASCONSOLE_VERSION));

    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    if (Cli::isHeadless(args)) {
        QCoreApplication app(argc, argv);
        Translations::install();
        return Cli::run(args);
    }
    const QString noWindow = Cli::windowUnavailable(args);
    if (!noWindow.isEmpty()) {
        QCoreApplication app(argc, argv);
        return Cli::reportNoDisplay(noWindow);
    }
    return openWindow(argc, argv);
}
