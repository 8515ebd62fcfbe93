#include "gui/ImagePluginWarmUp.h"

#include <QBuffer>
#include <QImageReader>

ImagePluginWarmUp::ImagePluginWarmUp()
    : m_thread([] {
        // Only a PNG signature: no plugin claims PNG, so QImageReader asks each of them, as it does
        // for the style's icons. Plugins are created for the main thread whichever thread loads them.
        QBuffer buffer;
        buffer.setData(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "png");
        [[maybe_unused]] const bool readable = reader.canRead();
    })
{ }

ImagePluginWarmUp::~ImagePluginWarmUp()
{
    m_thread.join();
}
