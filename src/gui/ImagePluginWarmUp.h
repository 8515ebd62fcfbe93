#pragma once

#include <thread>

/// Loads Qt's image format plugins on a thread of its own while the window is being built. The
/// first image file a process reads (in the window's first frame with a profile: Fusion's group
/// box frame, a PNG) has QImageReader ask every image plugin whether it reads that format, and so
/// load them all (SVG with Qt SVG, GIF, ICO, JPEG with libjpeg): 10 M instructions on the way to
/// the first frame. Started as the window is built (MainWindow, when the first frame shows a
/// profile), the loading runs beside it on another core; QImageReader finds the plugins loaded,
/// or waits for them.
/// The thread is joined when the object goes, so nothing runs past the application's end.
class ImagePluginWarmUp
{
public:
    ImagePluginWarmUp();
    ~ImagePluginWarmUp();
    ImagePluginWarmUp(const ImagePluginWarmUp&) = delete;
    ImagePluginWarmUp& operator=(const ImagePluginWarmUp&) = delete;

private:
    std::thread m_thread;
};
