// The Serve tab inside the real main window, offscreen: its shortcut, the selected profile (the
// local demo over HTTPS) served to a real HTTP client, the flow view showing the served path, and
// presentation mode reaching the tab. No keychain involved: the demo's secret is held in memory.
#include "core/DemoCasServer.h"
#include "gui/FlowDiagram.h"
#include "gui/MainWindow.h"
#include "gui/ServeView.h"

#include "RawHttpClient.h"
#include "TestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

class TestMainWindowServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("cas-console-test-serve"));
        clearApplicationSettings();
    }

    void serveTabServesTheSelectedProfile()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startDemo());
        QTRY_COMPARE(window.currentProfileName(), MainWindow::DemoProfileName);

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        // Built when its tab is first shown, with the profile selected before.
        QVERIFY(!window.findChild<ServeView*>());
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        auto* serve = window.findChild<ServeView*>(QStringLiteral("serveView"));
        QVERIFY(serve);
        QTRY_COMPARE(tabs->currentWidget(), serve->parentWidget());
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Serve"));

        QTest::mouseClick(serve->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_VERIFY(serve->service()->isRunning());
        const QUrl url(serve->addressForApps());
        const RawHttpClient::Answer answer = RawHttpClient::get(url, "/token?session=lobby", {{"Origin", "http://localhost:5173"}});
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("\"token\":\"eyJ"));
        QCOMPARE(window.demoServer()->requestCount(), 1);

        // The Auth flow tab, opened after the request, shows the served path.
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        auto* diagram = window.findChild<FlowDiagram*>(QStringLiteral("flowDiagram"));
        QVERIFY(diagram);
        QTRY_VERIFY(diagram->boxCaption(FlowDiagram::BackendBox).contains(QLatin1String("CAS Console (your backend)")));
        QCOMPARE(diagram->boxState(FlowDiagram::ClientBox), FlowDiagram::State::Done);

        window.setPresentationMode(true);
        QVERIFY(serve->findChild<QLabel*>(QStringLiteral("qrLabel"))->pixmap().isNull());
        window.setPresentationMode(false);
        QVERIFY(!serve->findChild<QLabel*>(QStringLiteral("qrLabel"))->pixmap().isNull());
        for (const QWidget* widget : window.findChildren<QWidget*>()) {
            if (const auto* label = qobject_cast<const QLabel*>(widget))
                QVERIFY2(!label->text().contains(QString::fromLatin1(DemoCasServer::ApiSecret)), qPrintable(label->objectName()));
        }
        serve->stop();
    }
};

QTEST_MAIN(TestMainWindowServe)
#include "tst_mainwindowserve.moc"
