#pragma once

#include "core/WarmUpThread.h"

#include <QtGlobal>

#include <memory>

class QWidget;

/// Makes a window's backing store before its first frame, and has the kernel give it its memory
/// on a thread of its own while show() polishes and lays the window out. Otherwise the first
/// frame takes that memory one page at a time as it paints: at 1180×780, 3.7 MB, some 900 page
/// faults and 1.3 ms of the main thread on the benchmark's machine (bench/RESULTS.md, thirteenth
/// round). The pages are populated, not written (MADV_POPULATE_WRITE): whatever the main thread
/// paints into them stays, whichever thread reaches a page first.
///
/// Only on X11 (xcb), whose backing store is an image in memory shared with the X server that
/// exists as soon as the store is sized. Elsewhere (Wayland makes its buffer when painting
/// starts), and on kernels without MADV_POPULATE_WRITE (Linux before 5.14), it does nothing and
/// the first frame takes its memory as before.
///
/// Construct it just before show(): it creates the native window, which show() does first, and
/// sizes the store to the window as the first frame would, which then keeps it. The destructor
/// waits for the thread.
class BackingStoreWarmUp
{
public:
    explicit BackingStoreWarmUp(QWidget* window);
    ~BackingStoreWarmUp();
    BackingStoreWarmUp(const BackingStoreWarmUp&) = delete;
    BackingStoreWarmUp& operator=(const BackingStoreWarmUp&) = delete;

    /// Waits for the thread; how many bytes of the store it populated, 0 if it did not start or
    /// the kernel refused (tests).
    qsizetype populatedBytes();

private:
    qsizetype m_bytes = 0;
    bool m_populated = false;
    std::unique_ptr<WarmUpThread> m_thread;
};
