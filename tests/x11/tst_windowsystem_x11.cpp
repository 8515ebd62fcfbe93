#include "gui/AfterFirstPaint.h"
#include "gui/WindowSystem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QWidget>

#include <xcb/xcb.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

// WindowSystem::sync() on a real X server (Xvfb, started by xvfb-run): it returns only once the
// server has handled what was sent before it, and AfterFirstPaint's work waits for it, so that
// the work does not take the CPU from the server while it draws the first frame.
class TestWindowSystemX11 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncWaitsForTheServer();
    void workAfterTheFirstFrameWaitsForTheServer();
};

namespace
{
constexpr int HeldMs = 300;

/// A second client of the same X server that grabs it: until it lets go, the server handles no
/// other client's requests (ours are sent, and wait).
class ServerGrab
{
public:
    ServerGrab()
        : m_connection(xcb_connect(nullptr, nullptr))
    {
        xcb_grab_server(m_connection);
        // A reply comes after the grab has been handled: it holds from here on.
        std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    }
    ~ServerGrab()
    {
        if (m_releaser.joinable()) {
            m_releaser.join();
        }
        xcb_disconnect(m_connection);
    }
    ServerGrab(const ServerGrab&) = delete;
    ServerGrab& operator=(const ServerGrab&) = delete;

    bool connected() const
    {
        return xcb_connection_has_error(m_connection) == 0;
    }
    /// Lets the server go after ms, from a thread (the test's own thread may be waiting for it).
    void releaseAfter(int ms)
    {
        m_releaser = std::thread([this, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            m_released = true;
            xcb_ungrab_server(m_connection);
            xcb_flush(m_connection);
        });
    }
    bool released() const
    {
        return m_released;
    }

private:
    xcb_connection_t* m_connection;
    std::thread m_releaser;
    std::atomic<bool> m_released {false};
};
} // namespace

void TestWindowSystemX11::initTestCase()
{
    // Run by xvfb-run: without an X server this test fails, it is not skipped.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(qGuiApp->nativeInterface<QNativeInterface::QX11Application>());
}

void TestWindowSystemX11::syncWaitsForTheServer()
{
    QElapsedTimer elapsed;
    elapsed.start();
    WindowSystem::sync(); // nothing holds the server: at once
    QVERIFY(elapsed.elapsed() < HeldMs);

    ServerGrab grab;
    QVERIFY(grab.connected());
    grab.releaseAfter(HeldMs);
    WindowSystem::sync();
    QVERIFY(grab.released());
}

void TestWindowSystemX11::workAfterTheFirstFrameWaitsForTheServer()
{
    // The server is grabbed while the first frame is painted, before it is sent: the work must
    // not run until the server has handled the frame, after it is let go.
    QWidget window;
    window.resize(240, 120);
    std::unique_ptr<ServerGrab> grab;
    struct GrabWhenPainted : QObject
    {
        std::unique_ptr<ServerGrab>* grab;
        explicit GrabWhenPainted(std::unique_ptr<ServerGrab>* grab)
            : grab(grab)
        { }
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && !*grab) {
                *grab = std::make_unique<ServerGrab>();
                (*grab)->releaseAfter(HeldMs);
            }
            return false;
        }
    } grabber(&grab);
    window.installEventFilter(&grabber);
    bool ran = false;
    bool releasedWhenRun = false;
    AfterFirstPaint::run(&window, [&] {
        ran = true;
        releasedWhenRun = grab && grab->released();
    });
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
    QVERIFY(grab); // run after the first frame, not by the time limit
    QVERIFY(grab->connected());
    QVERIFY(releasedWhenRun);
    window.removeEventFilter(&grabber);
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestWindowSystemX11 test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowsystem_x11.moc"
