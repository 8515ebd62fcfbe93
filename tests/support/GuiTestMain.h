#pragma once

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

/// main() of a GUI test that needs a settings file of its own: the XDG folders point into a
/// temporary folder before anything reads QSettings, and the platform is offscreen.
/// Use: int main(int argc, char* argv[]) { return guiTestMain<TestFoo>(argc, argv, "cas-console-foo-test"); }
template<typename Test>
int guiTestMain(int argc, char* argv[], const char* applicationName)
{
    QTemporaryDir home;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
        const QString dir = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(dir);
        qputenv(variable, dir.toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console-test"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    Test test;
    return QTest::qExec(&test, argc, argv);
}
