#pragma once

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

/// main() of a GUI test that builds the window: settings, cache and data folders of its own (set
/// before anything reads QSettings), the offscreen platform.
template<class Test>
int runGuiTest(int argc, char* argv[], const QString& applicationName)
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
    QCoreApplication::setApplicationName(applicationName);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
