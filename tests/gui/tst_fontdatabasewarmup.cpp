#include "GuiTestMain.h"
#include "gui/FontDatabaseWarmUp.h"
#include "gui/FontRole.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>

// FontDatabaseWarmUp loads fonts on a thread of its own, so that Qt's font database and the
// fonts' fallbacks are ready when the window measures its first text on the main thread.
class TestFontDatabaseWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheFontsOnAnotherThread();
    void fontsMeasureTheSameOnTheMainThread();
};

void TestFontDatabaseWarmUp::loadsTheFontsOnAnotherThread()
{
    FontDatabaseWarmUp warmUp({QApplication::font(), FontRole::monospace()});
    QVERIFY(warmUp.ranOnAnotherThread());
    const QStringList families = QFontDatabase::families();
    QVERIFY(families.contains(QFontInfo(QApplication::font()).family()));
    QVERIFY(families.contains(QFontInfo(FontRole::monospace()).family()));
}

void TestFontDatabaseWarmUp::fontsMeasureTheSameOnTheMainThread()
{
    // The thread's engines are its own: the main thread's measures are what they would be.
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 3);
    const QString text = QStringLiteral("GET https://cas.example/stream/token/v2/");
    const int before = QFontMetrics(FontRole::monospace()).horizontalAdvance(text);
    {
        FontDatabaseWarmUp warmUp({larger, FontRole::monospace()});
        QVERIFY(warmUp.ranOnAnotherThread());
    }
    QCOMPARE(QFontMetrics(FontRole::monospace()).horizontalAdvance(text), before);
    QVERIFY(QFontMetrics(larger).height() > QFontMetrics(QApplication::font()).height());
}

int main(int argc, char** argv)
{
    return guiTestMain<TestFontDatabaseWarmUp>(argc, argv, "cas-console-fontdatabasewarmup-test");
}

#include "tst_fontdatabasewarmup.moc"
