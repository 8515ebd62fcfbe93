#include "GuiTestMain.h"
#include "gui/AppStyle.h"
#include "gui/Appearance.h"
#include "gui/DeferredIconEngine.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QStyleFactory>
#include <QVBoxLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleOption>
#include <QToolButton>

#include <link.h>

#include <memory>

// The application's style (AppStyle): the base style's pixels without reading an image file for
// the first frame (the menu bar's overflow arrow is read when drawn, Fusion's group box frame is
// decoded with libpng).
class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void theEmptyWindowReadsNoImageForItsFirstFrame(); // first: no image read before it
    void theOverflowArrowIsDrawnWhenTheMenusDoNotFit();
    void theGroupBoxFrameIsFusions_data();
    void theGroupBoxFrameIsFusions();
    void theArrowIsTheBaseStylesWhenDrawn_data();
    void theArrowIsTheBaseStylesWhenDrawn();
    void otherIconsAreTheBaseStyles();
    void installWrapsTheChosenStyleOnce();
    void deferredIconIsMadeOnFirstUse();
};

namespace
{
int loadedImagePlugins()
{
    int count = 0;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            *static_cast<int*>(data) += QByteArray(info->dlpi_name).contains("/imageformats/") ? 1 : 0;
            return 0;
        },
        &count);
    return count;
}

QImage image(const QIcon& icon, int size)
{
    return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}
} // namespace

void TestAppStyle::theEmptyWindowReadsNoImageForItsFirstFrame()
{
    // The first image file a process reads makes Qt load every image format plugin. Fusion reads
    // the menu bar's overflow arrow from PNG files when the menu bar is made; with AppStyle the
    // window without profiles reads none before its first frame.
    QCOMPARE(loadedImagePlugins(), 0);
    {
        // Fusion draws a group box's frame from a PNG (the profile form's box): drawn here.
        const Appearance appearance;
        QGroupBox box(QStringLiteral("Profile"));
        box.resize(300, 120);
        QVERIFY(!box.grab().isNull());
        QCOMPARE(loadedImagePlugins(), 0);
    }
    MainWindow window;
    QVERIFY(qobject_cast<AppStyle*>(QApplication::style()));
    int atFirstPaint = -1;
    struct AtFirstPaint : QObject
    {
        int* seen;
        explicit AtFirstPaint(int* seen)
            : seen(seen)
        { }
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && *seen < 0) {
                *seen = loadedImagePlugins();
            }
            return false;
        }
    } watch(&atFirstPaint);
    window.installEventFilter(&watch);
    window.show();
    QTRY_VERIFY(atFirstPaint >= 0);
    QCOMPARE(atFirstPaint, 0);
    window.removeEventFilter(&watch);
}

void TestAppStyle::theOverflowArrowIsDrawnWhenTheMenusDoNotFit()
{
    QMainWindow window;
    for (const QString& title : {QStringLiteral("&File"), QStringLiteral("A rather long menu title"), QStringLiteral("Another long one")}) {
        window.menuBar()->addMenu(title)->addAction(QStringLiteral("Item"));
    }
    window.resize(120, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* extension = window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension);
    QTRY_VERIFY(extension->isVisible());
    const QIcon base =
        qobject_cast<AppStyle*>(QApplication::style())->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QCOMPARE(image(extension->icon(), 16), image(base, 16));
    QVERIFY(!extension->icon().isNull());
}

void TestAppStyle::theGroupBoxFrameIsFusions_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("checkable");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("titled") << QStringLiteral("Profile") << false << QSize(320, 140) << false;
    QTest::newRow("untitled") << QString() << false << QSize(200, 90) << false;
    QTest::newRow("checkable") << QStringLiteral("Proxy") << true << QSize(260, 100) << false;
    QTest::newRow("untitled, checkable") << QString() << true << QSize(150, 60) << false;
    QTest::newRow("small") << QStringLiteral("x") << false << QSize(20, 30) << false;
    QTest::newRow("dark") << QStringLiteral("Profile") << false << QSize(320, 140) << true;
}

void TestAppStyle::theGroupBoxFrameIsFusions()
{
    QFETCH(QString, title);
    QFETCH(bool, checkable);
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
    const auto render = [&](QStyle* style) {
        QGroupBox box(title);
        box.setStyle(style);
        box.setPalette(palette);
        box.setCheckable(checkable);
        auto* layout = new QVBoxLayout(&box);
        auto* label = new QLabel(QStringLiteral("inside"));
        label->setStyle(style);
        layout->addWidget(label);
        box.resize(size);
        return box.grab().toImage();
    };
    const QImage ours = render(&app);
    QVERIFY(!ours.isNull());
    QCOMPARE(ours, render(fusion.get()));
}

void TestAppStyle::theArrowIsTheBaseStylesWhenDrawn_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QTest::addRow("%d %s", int(which), direction == Qt::LeftToRight ? "ltr" : "rtl") << int(which) << direction;
        }
    }
}

void TestAppStyle::theArrowIsTheBaseStylesWhenDrawn()
{
    QFETCH(int, which);
    QFETCH(Qt::LayoutDirection, direction);
    const auto pixmap = QStyle::StandardPixmap(which);
    const AppStyle style(QStringLiteral("Fusion"));
    QStyleOption option;
    option.direction = direction;
    const QIcon deferred = style.standardIcon(pixmap, &option);
    const QIcon base = style.baseStyle()->standardIcon(pixmap, &option);
    for (const int size : {8, 16, 32, 48}) {
        QCOMPARE(image(deferred, size), image(base, size));
    }
    QCOMPARE(deferred.availableSizes(), base.availableSizes());
    // The application's direction when no option says: as QCommonStyle decides.
    QGuiApplication::setLayoutDirection(direction);
    const QIcon byApplication = style.standardIcon(pixmap);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(image(byApplication, 16), image(base, 16));
}

void TestAppStyle::otherIconsAreTheBaseStyles()
{
    const AppStyle style(QStringLiteral("Fusion"));
    for (const auto which : {QStyle::SP_MessageBoxWarning, QStyle::SP_DialogOkButton, QStyle::SP_ArrowRight}) {
        QCOMPARE(image(style.standardIcon(which), 32), image(style.baseStyle()->standardIcon(which), 32));
    }
}

void TestAppStyle::installWrapsTheChosenStyleOnce()
{
    AppStyle::install(QStringLiteral("Fusion"));
    QStyle* fusion = QApplication::style();
    QVERIFY(qobject_cast<AppStyle*>(fusion));
    QCOMPARE(AppStyle::currentName(), QStringLiteral("fusion"));
    AppStyle::install(QStringLiteral("fusion"));
    AppStyle::install();
    QCOMPARE(QApplication::style(), fusion); // the same: widgets are not polished again
    AppStyle::install(QStringLiteral("Windows"));
    QVERIFY(qobject_cast<AppStyle*>(QApplication::style()));
    QCOMPARE(AppStyle::currentName(), QStringLiteral("windows"));
    AppStyle::install(QStringLiteral("Fusion"));
    QCOMPARE(AppStyle::currentName(), QStringLiteral("fusion"));
}

void TestAppStyle::deferredIconIsMadeOnFirstUse()
{
    int made = 0;
    auto* engine = new DeferredIconEngine([&made] {
        ++made;
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::blue);
        return QIcon(pixmap);
    });
    const QIcon icon(engine);
    QVERIFY(!icon.isNull());
    QCOMPARE(made, 0);
    QCOMPARE(icon.pixmap(12, 12).toImage().pixelColor(3, 3), QColor(Qt::blue));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(12, 12));
    QCOMPARE(made, 1);

    const QIcon empty(new DeferredIconEngine([] {
        return QIcon();
    }));
    QVERIFY(!empty.isNull()); // not known before it is made
    QVERIFY(empty.pixmap(16, 16).isNull());
    QVERIFY(empty.isNull());
}

int main(int argc, char* argv[])
{
    return guiTestMain<TestAppStyle>(argc, argv, "cas-console-appstyle-test");
}

#include "tst_appstyle.moc"
