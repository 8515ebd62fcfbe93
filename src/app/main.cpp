#include "core/Bootstrap.h"
#include "core/Translations.h"
#include "cli/Cli.h"
#include "gui/FontWarmUp.h"
#include "gui/MainWindow.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Bootstrap::disableCoreDumps();
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

    FontWarmUp::start();
    QApplication app(argc, argv);
    Translations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("CAS Console"));
    QApplication::setDesktopFileName(QStringLiteral(CASCONSOLE_APP_ID));
    Q_INIT_RESOURCE(resources);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Developer console for CAS tokens"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start the embedded demo CAS and select its profile."));
    parser.addOption(demo);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        window.startDemo();
    }
    return app.exec();
}
