#include "gui/BackingStoreWarmUp.h"

#include <QApplication>
#include <QBackingStore>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QTest>
#include <QWidget>

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

// BackingStoreWarmUp on a real X server (Xvfb, started by xvfb-run): the window's backing store
// is made before show() and its memory is in place before the first frame paints into it; the
// first frame keeps that store and paints what it would have painted.
class TestBackingStoreWarmUpX11 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void populatesTheStoreBeforeTheFirstFrame();
    void theFirstFramePaintsIntoTheSameStore();
    void leavesAWidgetInsideAWindowAlone();
    void leavesAMaximizedWindowAlone();
};

namespace
{
/// A window that paints stripes and a line of text: every page of its store is written.
class Picture : public QWidget
{
public:
    Picture()
    {
        resize(600, 400);
    }
    bool painted = false;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        for (int y = 0; y < height(); y += 8) {
            painter.fillRect(0, y, width(), 4, QColor::fromHsv((y * 3) % 360, 200, 220));
        }
        painter.drawText(rect(), Qt::AlignCenter, QStringLiteral("CAS Console"));
        painted = true;
    }
};

const QImage* storeImage(QWidget& window)
{
    QPaintDevice* device = window.backingStore() ? window.backingStore()->paintDevice() : nullptr;
    return device && device->devType() == QInternal::Image ? static_cast<const QImage*>(device) : nullptr;
}

/// How many of the pages under an image are in memory, and how many there are.
std::pair<std::size_t, std::size_t> residentPages(const QImage& image)
{
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const uchar* bits = image.constBits();
    const auto offset = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(bits) & (page - 1));
    void* start = const_cast<uchar*>(bits - offset);
    const std::size_t length = offset + static_cast<std::size_t>(image.sizeInBytes());
    std::vector<unsigned char> resident((length + page - 1) / page);
    if (mincore(start, length, resident.data()) != 0) {
        return {0, 0};
    }
    std::size_t count = 0;
    for (const unsigned char flags : resident) {
        count += flags & 1;
    }
    return {count, resident.size()};
}
} // namespace

void TestBackingStoreWarmUpX11::initTestCase()
{
    // Run by xvfb-run: without an X server this test fails, it is not skipped.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestBackingStoreWarmUpX11::populatesTheStoreBeforeTheFirstFrame()
{
    // Without the warm-up, a store sized before the first frame has none of its memory yet: the
    // measure below tells the two apart.
    Picture plain;
    plain.winId();
    plain.backingStore()->resize(plain.size());
    const QImage* plainImage = storeImage(plain);
    QVERIFY(plainImage);
    const auto [plainResident, plainPages] = residentPages(*plainImage);
    QVERIFY(plainPages > 0);
    QVERIFY2(plainResident < plainPages / 2, qPrintable(QStringLiteral("%1 of %2").arg(plainResident).arg(plainPages)));

    Picture window;
    BackingStoreWarmUp warmUp(&window);
    QVERIFY(window.testAttribute(Qt::WA_WState_Created));
    QVERIFY(!window.isVisible()); // made, not shown
    const QImage* image = storeImage(window);
    QVERIFY(image);
    QCOMPARE(image->size(), window.size() * window.devicePixelRatio());
    QCOMPARE(warmUp.populatedBytes(), image->sizeInBytes());
    const auto [resident, pages] = residentPages(*image);
    QVERIFY(pages > 0);
    QCOMPARE(resident, pages);
}

void TestBackingStoreWarmUpX11::theFirstFramePaintsIntoTheSameStore()
{
    Picture window;
    BackingStoreWarmUp warmUp(&window);
    const QImage* image = storeImage(window);
    QVERIFY(image);
    const uchar* bits = image->constBits();
    QVERIFY(warmUp.populatedBytes() > 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.painted);

    // The same window without the warm-up, beside it.
    Picture plain;
    plain.move(window.pos() + QPoint(20, 20));
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QTRY_VERIFY(plain.painted);

    // The first frame found the store at its size and painted into the populated memory...
    const QImage* painted = storeImage(window);
    QVERIFY(painted);
    QCOMPARE(painted->constBits(), bits);
    // ...the same pixels as without the warm-up.
    const QImage* plainImage = storeImage(plain);
    QVERIFY(plainImage);
    QCOMPARE(painted->size(), plainImage->size());
    QVERIFY(*painted == *plainImage);
    QVERIFY(painted->pixelColor(5, 1) != painted->pixelColor(5, 5)); // the stripes, not a blank store
}

void TestBackingStoreWarmUpX11::leavesAWidgetInsideAWindowAlone()
{
    QWidget window;
    auto* child = new QWidget(&window);
    BackingStoreWarmUp warmUp(child);
    QCOMPARE(warmUp.populatedBytes(), 0);
    QVERIFY(!child->testAttribute(Qt::WA_NativeWindow));
    QVERIFY(!window.testAttribute(Qt::WA_WState_Created));
}

void TestBackingStoreWarmUpX11::leavesAMaximizedWindowAlone()
{
    // Its size comes when it is shown: nothing is made before.
    Picture window;
    window.setWindowState(Qt::WindowMaximized);
    BackingStoreWarmUp warmUp(&window);
    QCOMPARE(warmUp.populatedBytes(), 0);
    QVERIFY(!storeImage(window)); // the store was not sized
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestBackingStoreWarmUpX11 test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backingstorewarmup_x11.moc"
