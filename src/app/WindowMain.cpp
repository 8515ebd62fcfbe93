#include "app/WindowMain.h"

#include "core/Translations.h"
#include "core/Version.h"
#include "gui/BackingStoreWarmUp.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int casconsole_window_main(int argc, char* argv[])
{
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
    // The first frame's memory, on the other core while show() polishes and lays the window out.
    BackingStoreWarmUp backingStore(&window);
    window.show();
    if (parser.isSet(demo)) {
        window.startDemo();
    }
    return app.exec();
}
