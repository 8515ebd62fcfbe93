#include "gui/BackingStoreWarmUp.h"

#include <QBackingStore>
#include <QGuiApplication>
#include <QImage>
#include <QPaintDevice>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <cstddef>
#include <cstdint>

BackingStoreWarmUp::BackingStoreWarmUp(QWidget* window)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    // A maximized or full-screen window gets its size when it is shown, from the screen or the
    // window manager: a store sized now would be made again.
    if (!window->isWindow() || (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        || QGuiApplication::platformName() != QLatin1String("xcb")) {
        return;
    }
    window->winId(); // the native window, with its backing store
    QBackingStore* store = window->backingStore();
    if (!store) {
        return;
    }
    // The size the first frame gives the store (the window's, in its own pixels): it keeps an
    // image of that size.
    store->resize(window->size());
    QPaintDevice* device = store->paintDevice();
    if (!device || device->devType() != QInternal::Image) {
        return;
    }
    const auto* image = static_cast<const QImage*>(device);
    if (image->isNull()) {
        return;
    }
    // madvise() takes whole pages: from the start of the image's first page.
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const uchar* bits = image->constBits();
    const auto offset = static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(bits) & (page - 1));
    void* start = const_cast<uchar*>(bits - offset);
    const std::size_t length = offset + static_cast<std::size_t>(image->sizeInBytes());
    m_bytes = image->sizeInBytes();
    m_thread = std::make_unique<WarmUpThread>([this, start, length] {
        // Nothing is read or written: the kernel allocates and maps each page, writable. If Qt
        // unmaps the image meanwhile (the window was resized), the call fails, harmlessly.
        m_populated = madvise(start, length, MADV_POPULATE_WRITE) == 0;
    });
#else
    Q_UNUSED(window);
#endif
}

BackingStoreWarmUp::~BackingStoreWarmUp() = default;

qsizetype BackingStoreWarmUp::populatedBytes()
{
    if (m_thread) {
        m_thread->wait();
    }
    return m_populated ? m_bytes : 0;
}
