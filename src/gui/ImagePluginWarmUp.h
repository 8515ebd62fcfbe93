#pragma once

#include <thread>

/// Loads Qt's image format plugins on a thread of its own while the window is being built. The
/// first image file the window reads (the menu bar's extension arrow, a PNG the style asks for
/// while the menu bar is made) has QImageReader ask every image plugin whether it reads that
/// format, and so load them all (SVG with Qt SVG, GIF, ICO, JPEG with libjpeg): 10 M instructions
/// on the way to the first frame. Started right after QApplication, the loading runs beside the
/// window's construction on another core; QImageReader finds the plugins loaded, or waits for them.
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
