#include "GuiTestMain.h"
#include "gui/AppStyle.h"
#include "gui/Appearance.h"
#include "gui/DeferredIconEngine.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QScrollBar>
#include <QSemaphore>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <link.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

// The application's style (AppStyle): the base style's pixels without reading an image file for
// the first frame (the menu bar's overflow arrow is read when drawn, Fusion's group box frame is
// decoded with libpng), and tall frames drawn without waiting for Qt's thread pool.
class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void theEmptyWindowReadsNoImageForItsFirstFrame(); // first: no image read before it
    void theOverflowArrowIsDrawnWhenTheMenusDoNotFit();
    void theGroupBoxFrameIsFusions_data();
    void theGroupBoxFrameIsFusions();
    void theLineEditFrameIsFusions_data();
    void theLineEditFrameIsFusions();
    void lineEditsAreFusions_data();
    void lineEditsAreFusions();
    void theArrowIsTheBaseStylesWhenDrawn_data();
    void theArrowIsTheBaseStylesWhenDrawn();
    void otherIconsAreTheBaseStyles();
    void tallFramesAreFusions_data();
    void tallFramesAreFusions();
    void theScrollBarIsFusions_data();
    void theScrollBarIsFusions();
    void theScrollBarIsFusionsOnAnyPainter_data();
    void theScrollBarIsFusionsOnAnyPainter();
    void tallFramesDoNotWaitForQtsThreadPool_data();
    void tallFramesDoNotWaitForQtsThreadPool();
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

/// A widget of the kinds AppStyle draws in bands, styled with style; built by rows of the tables.
std::unique_ptr<QWidget> tallWidget(const QString& kind, QStyle* style, const QSize& size, bool dark, Qt::LayoutDirection direction)
{
    std::unique_ptr<QWidget> widget;
    if (kind == QLatin1String("tabs") || kind == QLatin1String("tabs south")) {
        auto* tabs = new QTabWidget;
        if (kind == QLatin1String("tabs south")) {
            tabs->setTabPosition(QTabWidget::South);
        }
        for (const QString& title : {QStringLiteral("Token"), QStringLiteral("Decoded"), QStringLiteral("Verify")}) {
            tabs->addTab(new QLabel(title), title);
        }
        widget.reset(tabs);
    } else if (kind == QLatin1String("scroll bar")) {
        auto* bar = new QScrollBar(Qt::Vertical);
        bar->setRange(0, 1000);
        bar->setPageStep(240);
        bar->setValue(390);
        widget.reset(bar);
    } else {
        auto* box = new QGroupBox(QStringLiteral("Profile"));
        (new QVBoxLayout(box))->addWidget(new QLabel(QStringLiteral("inside")));
        widget.reset(box);
    }
    widget->setLayoutDirection(direction);
    widget->setPalette(dark ? Appearance::darkPalette() : Appearance::lightPalette());
    widget->setStyle(style);
    for (QWidget* child : widget->findChildren<QWidget*>()) {
        child->setStyle(style);
    }
    widget->resize(size);
    // Shown (not on screen): a hidden tab widget lays its pane out only when shown.
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->show();
    return widget;
}

/// Whether painting needed Qt's global thread pool: every thread of it is kept busy meanwhile,
/// so a paint that hands it work waits until a watchdog frees them (after two seconds).
bool waitsForThreadPool(const std::function<void()>& paint)
{
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore gate;
    for (int i = 0; i < threads; ++i) {
        pool->start([&] {
            started.release();
            gate.acquire();
        });
    }
    started.acquire(threads);
    std::mutex mutex;
    std::condition_variable done;
    bool painted = false;
    std::atomic<bool> freedByWatchdog {false};
    std::thread watchdog([&] {
        std::unique_lock<std::mutex> lock(mutex);
        if (!done.wait_for(lock, std::chrono::seconds(2), [&] {
                return painted;
            })) {
            freedByWatchdog = true;
            gate.release(threads);
        }
    });
    paint();
    {
        const std::lock_guard<std::mutex> lock(mutex);
        painted = true;
    }
    done.notify_one();
    watchdog.join();
    if (!freedByWatchdog) {
        gate.release(threads);
    }
    pool->waitForDone();
    return freedByWatchdog;
}

/// A vertical scroll bar's option as QScrollBar fills it: 16 pixels wide, in the state given.
QStyleOptionSlider verticalScrollBar(int height, int value, int maximum, const QPalette& palette)
{
    QStyleOptionSlider option;
    option.rect = QRect(0, 0, 16, height);
    option.palette = palette;
    option.state = QStyle::State_Enabled;
    option.orientation = Qt::Vertical;
    option.minimum = 0;
    option.maximum = maximum;
    option.pageStep = 240;
    option.singleStep = 20;
    option.sliderPosition = value;
    option.sliderValue = value;
    option.subControls = QStyle::SC_All;
    return option;
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

void TestAppStyle::theLineEditFrameIsFusions_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("palette"); // 0 light, 1 dark, 2 a window colour of our own
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("transparent"); // drawn on nothing, or on the window colour
    QTest::addColumn<bool>("clipped");
    for (const QSize size : {QSize(12, 12), QSize(13, 22), QSize(40, 12), QSize(150, 22), QSize(651, 23), QSize(300, 60)}) {
        for (const int palette : {0, 1, 2}) {
            for (const int state : {int(QStyle::State_Enabled), int(QStyle::State_None),
                                    int(QStyle::State_Enabled | QStyle::State_MouseOver | QStyle::State_ReadOnly),
                                    int(QStyle::State_Enabled | QStyle::State_HasFocus)}) {
                QTest::addRow("%dx%d palette %d state %x", size.width(), size.height(), palette, state)
                    << size << palette << state << false << false;
            }
        }
        QTest::addRow("%dx%d transparent", size.width(), size.height()) << size << 0 << int(QStyle::State_Enabled) << true << false;
        QTest::addRow("%dx%d clipped", size.width(), size.height()) << size << 0 << int(QStyle::State_Enabled) << false << true;
    }
    for (const QSize size : {QSize(11, 22), QSize(200, 11), QSize(1, 1)}) { // left to Fusion
        QTest::addRow("%dx%d small", size.width(), size.height()) << size << 0 << int(QStyle::State_Enabled) << false << false;
    }
}

void TestAppStyle::theLineEditFrameIsFusions()
{
    // AppStyle draws Fusion 6.4's line edit frame from its corners (drawn by Fusion) and its
    // straight sides (fills): every pixel must be Fusion's own.
    QFETCH(QSize, size);
    QFETCH(int, palette);
    QFETCH(int, state);
    QFETCH(bool, transparent);
    QFETCH(bool, clipped);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOptionFrame option;
    option.palette = palette == 1 ? Appearance::darkPalette() : Appearance::lightPalette();
    if (palette == 2) {
        option.palette.setColor(QPalette::Window, QColor(0x5a, 0x8f, 0xc4));
    }
    option.state = QStyle::State(state);
    option.lineWidth = 1;
    const QPoint at(7, 5);
    option.rect = QRect(at, size);
    const auto render = [&](const QStyle* style) {
        QImage image(size + QSize(14, 10), QImage::Format_ARGB32_Premultiplied);
        image.fill(transparent ? QColor(Qt::transparent) : option.palette.color(QPalette::Window));
        QPainter painter(&image);
        if (clipped) {
            painter.setClipRect(QRect(at + QPoint(size.width() / 3, 0), QSize(size.width() / 2, size.height() - 1)));
        }
        style->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter);
        painter.end();
        return image;
    };
    const QImage ours = render(&app);
    QCOMPARE(ours, render(fusion.get()));
    // Not a blank: the frame was drawn.
    QVERIFY(ours.pixel(at.x() + size.width() / 2, at.y()) != render(fusion.get()).pixel(0, 0) || size.width() < 3);
}

void TestAppStyle::lineEditsAreFusions_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("spinBox");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("spin box") << false << true;
}

void TestAppStyle::lineEditsAreFusions()
{
    QFETCH(bool, dark);
    QFETCH(bool, spinBox);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
    const auto render = [&](QStyle* style) {
        QWidget form;
        form.setStyle(style);
        form.setPalette(palette);
        auto* layout = new QVBoxLayout(&form);
        QWidget* field = nullptr;
        if (spinBox) {
            auto* box = new QSpinBox;
            box->setSuffix(QStringLiteral(" s"));
            field = box;
        } else {
            auto* edit = new QLineEdit(QStringLiteral("https://cas-0.example.com/"));
            auto* placeholder = new QLineEdit;
            placeholder->setPlaceholderText(QStringLiteral("Optional: PEM file of a private CA to trust"));
            placeholder->setStyle(style);
            layout->addWidget(placeholder);
            auto* action = new QAction(edit);
            edit->addAction(action, QLineEdit::TrailingPosition);
            field = edit;
        }
        field->setStyle(style);
        layout->addWidget(field);
        form.resize(420, 90);
        return form.grab().toImage();
    };
    QCOMPARE(render(&app), render(fusion.get()));
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

void TestAppStyle::tallFramesAreFusions_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    // Heights around the bands' (40 rows) and a window's.
    for (const QString& kind :
         {QStringLiteral("tabs"), QStringLiteral("tabs south"), QStringLiteral("box"), QStringLiteral("scroll bar")}) {
        const int width = kind == QLatin1String("scroll bar") ? 16 : 310;
        for (const int height : {79, 80, 121, 547}) {
            QTest::addRow("%s %d", qPrintable(kind), height) << kind << QSize(width, height) << false << Qt::LeftToRight;
        }
        QTest::addRow("%s dark", qPrintable(kind)) << kind << QSize(width, 400) << true << Qt::LeftToRight;
        QTest::addRow("%s rtl", qPrintable(kind)) << kind << QSize(width, 400) << false << Qt::RightToLeft;
    }
}

void TestAppStyle::tallFramesAreFusions()
{
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QFETCH(Qt::LayoutDirection, direction);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage ours = tallWidget(kind, &app, size, dark, direction)->grab().toImage();
    QVERIFY(!ours.isNull());
    QCOMPARE(ours, tallWidget(kind, fusion.get(), size, dark, direction)->grab().toImage());
}

void TestAppStyle::theScrollBarIsFusions_data()
{
    // Every state Fusion draws a vertical scroll bar in (drawn from a style option, as
    // QScrollBar does), at heights around the bands and a window's.
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("active");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    const int normal = int(QStyle::State_Enabled);
    const int hover = normal | int(QStyle::State_MouseOver);
    const int pressed = normal | int(QStyle::State_Sunken);
    for (const int height : {80, 121, 547}) {
        QTest::addRow("%d top", height) << height << 0 << 1000 << normal << 0 << false << Qt::LeftToRight;
        QTest::addRow("%d middle", height) << height << 390 << 1000 << normal << 0 << false << Qt::LeftToRight;
        QTest::addRow("%d bottom", height) << height << 1000 << 1000 << normal << 0 << false << Qt::LeftToRight;
    }
    QTest::newRow("nothing to scroll") << 300 << 0 << 0 << normal << 0 << false << Qt::LeftToRight;
    QTest::newRow("slider hovered") << 300 << 390 << 1000 << hover << int(QStyle::SC_ScrollBarSlider) << false << Qt::LeftToRight;
    QTest::newRow("slider pressed") << 300 << 390 << 1000 << pressed << int(QStyle::SC_ScrollBarSlider) << false << Qt::LeftToRight;
    QTest::newRow("up pressed") << 300 << 390 << 1000 << pressed << int(QStyle::SC_ScrollBarSubLine) << false << Qt::LeftToRight;
    QTest::newRow("down hovered") << 300 << 390 << 1000 << hover << int(QStyle::SC_ScrollBarAddLine) << false << Qt::LeftToRight;
    QTest::newRow("disabled") << 300 << 390 << 1000 << 0 << 0 << false << Qt::LeftToRight;
    QTest::newRow("dark") << 300 << 390 << 1000 << hover << int(QStyle::SC_ScrollBarSlider) << true << Qt::LeftToRight;
    QTest::newRow("dark, not hovered") << 300 << 390 << 1000 << normal << 0 << true << Qt::LeftToRight;
    QTest::newRow("dark, down pressed") << 547 << 1000 << 1000 << pressed << int(QStyle::SC_ScrollBarAddLine) << true << Qt::LeftToRight;
    QTest::newRow("a window's height") << 680 << 20 << 60 << normal << 0 << false << Qt::LeftToRight;
    QTest::newRow("rtl") << 300 << 390 << 1000 << normal << 0 << false << Qt::RightToLeft;
}

void TestAppStyle::theScrollBarIsFusions()
{
    QFETCH(int, height);
    QFETCH(int, value);
    QFETCH(int, maximum);
    QFETCH(int, state);
    QFETCH(int, active);
    QFETCH(bool, dark);
    QFETCH(Qt::LayoutDirection, direction);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOptionSlider option = verticalScrollBar(height, value, maximum, dark ? Appearance::darkPalette() : Appearance::lightPalette());
    option.direction = direction;
    option.state = QStyle::State(state);
    option.activeSubControls = QStyle::SubControls(active);
    const auto render = [&](QStyle* style) {
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter);
        return image;
    };
    const QImage ours = render(&app);
    QCOMPARE(ours, render(fusion.get()));
    QImage nothing(ours.size(), ours.format());
    nothing.fill(Qt::transparent);
    QVERIFY(ours != nothing); // something was drawn
}

void TestAppStyle::theScrollBarIsFusionsOnAnyPainter_data()
{
    // AppStyle draws each run of rows in repeats once and copies it: what it is drawn on (a
    // window's opaque backing store), see-through colours and a painter's opacity or
    // composition mode must not change the pixels.
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<bool>("translucent");
    QTest::addColumn<qreal>("opacity");
    QTest::addColumn<QPainter::CompositionMode>("mode");
    QTest::newRow("opaque canvas") << QImage::Format_RGB32 << false << 1.0 << QPainter::CompositionMode_SourceOver;
    QTest::newRow("translucent colours") << QImage::Format_RGB32 << true << 1.0 << QPainter::CompositionMode_SourceOver;
    QTest::newRow("translucent colours, clear canvas")
        << QImage::Format_ARGB32_Premultiplied << true << 1.0 << QPainter::CompositionMode_SourceOver;
    QTest::newRow("half opacity") << QImage::Format_RGB32 << false << 0.5 << QPainter::CompositionMode_SourceOver;
    QTest::newRow("multiply") << QImage::Format_RGB32 << false << 1.0 << QPainter::CompositionMode_Multiply;
}

void TestAppStyle::theScrollBarIsFusionsOnAnyPainter()
{
    QFETCH(QImage::Format, format);
    QFETCH(bool, translucent);
    QFETCH(qreal, opacity);
    QFETCH(QPainter::CompositionMode, mode);
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOptionSlider option = verticalScrollBar(680, 20, 60, Appearance::lightPalette());
    if (translucent) {
        for (const QPalette::ColorRole role : {QPalette::Button, QPalette::Window, QPalette::Light, QPalette::Dark}) {
            QColor colour = option.palette.color(role);
            colour.setAlpha(140);
            option.palette.setColor(role, colour);
        }
    }
    const auto render = [&](QStyle* style) {
        QImage image(option.rect.size(), format);
        image.fill(QColor(30, 120, 200, format == QImage::Format_RGB32 ? 255 : 0));
        QPainter painter(&image);
        painter.setOpacity(opacity);
        painter.setCompositionMode(mode);
        style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter);
        return image;
    };
    const QImage ours = render(&app);
    QCOMPARE(ours, render(fusion.get()));
}

void TestAppStyle::tallFramesDoNotWaitForQtsThreadPool_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    QTest::newRow("tab widget") << QStringLiteral("tabs") << QSize(600, 540);
    QTest::newRow("group box") << QStringLiteral("box") << QSize(600, 400);
    QTest::newRow("scroll bar") << QStringLiteral("scroll bar") << QSize(16, 680);
}

void TestAppStyle::tallFramesDoNotWaitForQtsThreadPool()
{
    // Qt's raster engine hands a fill of 96 spans or more to its global thread pool and waits:
    // Fusion's own drawing of these frames does (checked first, so that the test can tell).
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    QImage canvas(size, QImage::Format_RGB32);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    {
        const std::unique_ptr<QWidget> widget = tallWidget(kind, fusion.get(), size, false, Qt::LeftToRight);
        QVERIFY(waitsForThreadPool([&] {
            widget->render(&canvas);
        }));
    }
    AppStyle app(QStringLiteral("Fusion"));
    const std::unique_ptr<QWidget> widget = tallWidget(kind, &app, size, false, Qt::LeftToRight);
    QVERIFY(!waitsForThreadPool([&] {
        widget->render(&canvas);
    }));
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
