#include "GuiTestMain.h"
#include "gui/ImagePluginWarmUp.h"

#include <QBuffer>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>

#include <link.h>

// What the window starts on other threads while it is being built.
class TestWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void imagePluginsAreLoadedOnTheSide();
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
} // namespace

void TestWarmUp::imagePluginsAreLoadedOnTheSide()
{
    QCOMPARE(loadedImagePlugins(), 0);
    {
        const ImagePluginWarmUp warmUp;
    } // joined: the plugins are in
    QVERIFY(loadedImagePlugins() > 0);
    const int loaded = loadedImagePlugins();

    // Loaded on the other thread, the plugins serve this one: a PNG and the SVG window icon read
    // as before, and nothing is loaded a second time.
    QImage image(16, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QBuffer png;
    QVERIFY(png.open(QIODevice::ReadWrite));
    QVERIFY(image.save(&png, "PNG"));
    png.seek(0);
    QImageReader reader(&png);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.read().convertToFormat(QImage::Format_ARGB32), image);
    QVERIFY(!QIcon(QStringLiteral(":/icons/cas-console.svg")).pixmap(32, 32).isNull());
    QVERIFY(QImageReader::supportedImageFormats().contains("svg"));
    QCOMPARE(loadedImagePlugins(), loaded);
}

int main(int argc, char* argv[])
{
    Q_INIT_RESOURCE(resources); // the window icon
    return guiTestMain<TestWarmUp>(argc, argv, "cas-console-warmup-test");
}

#include "tst_warmup.moc"
