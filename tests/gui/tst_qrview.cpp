// QrView offscreen: the code (image and on-screen grab) decodes back to the token with zbarimg,
// a token too long for one QR code shows a message, and the expiry line follows a ManualClock.
#include "ManualClock.h"
#include "core/Jwt.h"
#include "core/QrCode.h"
#include "gui/QrView.h"
#include "TestSupport.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace
{
const qint64 Now = 1893499200; // 2030-01-01 12:00:00 UTC

QString makeToken(const QByteArray& payload)
{
    return ::makeToken(R"({"alg":"HS256","typ":"JWT"})", payload, QByteArray(32, '\x5a'));
}

QString tokenExpiringAt(qint64 exp, const QByteArray& padding = {})
{
    return makeToken("{\"rid\":\"e01dbe4589354be7977984fe66211808\",\"iat\":" + QByteArray::number(Now)
                     + ",\"exp\":" + QByteArray::number(exp) + (padding.isEmpty() ? QByteArray() : ",\"pad\":\"" + padding + '"') + '}');
}
} // namespace

class TestQrView : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc())};
    QTemporaryDir m_dir;
    QString m_zbarimg;

// Only the tests that read a code back need zbarimg; the others run without it.
#define REQUIRE_ZBARIMG()                                                                                                                  \
    do {                                                                                                                                   \
        if (m_zbarimg.isEmpty())                                                                                                           \
            QSKIP("zbarimg (zbar-tools) is not installed: it reads the QR code back");                                                     \
    } while (false)

    // zbarimg --raw prints the decoded text and a newline.
    QString decode(const QImage& image, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "PNG"))
            return QStringLiteral("<could not save %1>").arg(path);
        QProcess zbar;
        zbar.start(m_zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path});
        if (!zbar.waitForFinished(60000))
            return QStringLiteral("<zbarimg did not finish>");
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return QString::fromUtf8(out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    }

    void init()
    {
        m_clock.setNow(QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc()));
        Clock::setInstance(&m_clock);
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
    }

    void emptyShowsHint()
    {
        QrView view;
        view.show();
        QVERIFY(!view.hasCode());
        QVERIFY(view.codeImage(4).isNull());
        auto* message = view.findChild<QLabel*>(QStringLiteral("qrMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QCOMPARE(view.message(), QStringLiteral("No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code."));
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("qrExpiry"))->isVisible());
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("qrSavePng"))->isEnabled());
    }

    void codeImageDecodesToToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("moduleSize");
        QTest::newRow("CAS-sized, 4 px") << tokenExpiringAt(Now + 3600) << 4;
        QTest::newRow("CAS-sized, 2 px") << tokenExpiringAt(Now + 3600) << 2;
        QTest::newRow("1500 bytes, 3 px") << tokenExpiringAt(Now + 3600, QByteArray(1000, 'x')) << 3;
    }

    void codeImageDecodesToToken()
    {
        REQUIRE_ZBARIMG();
        QFETCH(QString, token);
        QFETCH(int, moduleSize);
        QrView view;
        view.setToken(Jwt::parse(token));
        QVERIFY(view.hasCode());
        QVERIFY(view.message().isEmpty());
        const QImage image = view.codeImage(moduleSize);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % moduleSize, 0);
        // Quiet zone: the whole first row of modules is white.
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(qGray(image.pixel(x, 0)), 255);
        QCOMPARE(decode(image, QStringLiteral("code.png")), token);
    }

    void onScreenCodeDecodes()
    {
        REQUIRE_ZBARIMG();
        const QString token = tokenExpiringAt(Now + 3600);
        QrView view;
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        view.setAutoFillBackground(true);
        view.resize(520, 640);
        view.setToken(Jwt::parse(token));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.moduleSize() >= 4);
        const QImage grab = view.grab().toImage();
        QCOMPARE(decode(grab, QStringLiteral("grab.png")), token);
    }

    void codeScalesWithWidget()
    {
        QrView view;
        view.setToken(Jwt::parse(tokenExpiringAt(Now + 3600)));
        view.resize(300, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int small = view.moduleSize();
        view.resize(900, 1000);
        QTRY_VERIFY(view.moduleSize() > small);
        // Never below 2 px per module, the least a phone camera reads reliably.
        QCOMPARE(view.minimumSize(), QSize(2, 2) * view.codeImage(1).width());
    }

    void tooLongShowsMessage()
    {
        QrView view;
        view.show();
        view.setToken(Jwt::parse(tokenExpiringAt(Now + 3600, QByteArray(3000, 'x'))));
        QVERIFY(!view.hasCode());
        QVERIFY(view.codeImage(4).isNull());
        QVERIFY2(view.message().contains(QStringLiteral("one QR code holds at most 2953 bytes")), qPrintable(view.message()));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("qrMessage"))->isVisible());
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("qrSavePng"))->isEnabled());
        // The expiry still helps: the token itself is fine.
        QCOMPARE(view.expiryText(), QStringLiteral("Expires 2030-01-01 13:00 UTC · in 1 h"));

        view.setToken(Jwt::parse(tokenExpiringAt(Now + 3600)));
        QVERIFY(view.hasCode());
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("qrMessage"))->isVisible());
    }

    void invalidTokenShowsWhy()
    {
        QrView view;
        view.setToken(Jwt::parse(QStringLiteral("not a token")));
        QVERIFY(!view.hasCode());
        QVERIFY(!view.message().isEmpty());
        QVERIFY(view.expiryText().isEmpty());
    }

    void expiryText_data()
    {
        QTest::addColumn<qint64>("expOffset");
        QTest::addColumn<qint64>("advance");
        QTest::addColumn<QString>("expected");
        QTest::newRow("in 59 min 30 s") << qint64(3570) << qint64(0) << QStringLiteral("Expires 2030-01-01 12:59 UTC · in 59 min 30 s");
        QTest::newRow("1 s left") << qint64(3600) << qint64(3599) << QStringLiteral("Expires 2030-01-01 13:00 UTC · in 1 s");
        QTest::newRow("just now") << qint64(60) << qint64(60) << QStringLiteral("Expired 2030-01-01 12:01 UTC · just now");
        QTest::newRow("3 min ago") << qint64(60) << qint64(60 + 200) << QStringLiteral("Expired 2030-01-01 12:01 UTC · 3 min ago");
    }

    void expiryText()
    {
        QFETCH(qint64, expOffset);
        QFETCH(qint64, advance);
        QFETCH(QString, expected);
        QrView view;
        view.setToken(Jwt::parse(tokenExpiringAt(Now + expOffset)));
        m_clock.advanceSeconds(advance);
        view.refresh();
        QCOMPARE(view.expiryText(), expected);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("qrExpiry"))->text(), expected);
    }

    void expiryTicksWhileShown()
    {
        QrView view;
        view.setToken(Jwt::parse(tokenExpiringAt(Now + 120)));
        view.show();
        QCOMPARE(view.expiryText(), QStringLiteral("Expires 2030-01-01 12:02 UTC · in 2 min"));
        m_clock.advanceSeconds(5);
        QTRY_COMPARE(view.expiryText(), QStringLiteral("Expires 2030-01-01 12:02 UTC · in 1 min 55 s"));
    }

    void noExpiry()
    {
        QrView view;
        view.setToken(Jwt::parse(makeToken("{\"sub\":\"x\"}")));
        QVERIFY(view.hasCode());
        QCOMPARE(view.expiryText(), QStringLiteral("No expiry"));
    }

    void clearRemovesCode()
    {
        QrView view;
        view.show();
        view.setToken(Jwt::parse(tokenExpiringAt(Now + 3600)));
        QVERIFY(view.hasCode());
        view.clear();
        QVERIFY(!view.hasCode());
        QVERIFY(view.expiryText().isEmpty());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("qrMessage"))->isVisible());
    }

    void pngIsTheRaster_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::newRow("1 px (rows not a multiple of 8)") << 1;
        QTest::newRow("3 px") << 3;
        QTest::newRow("8 px, as saved") << 8;
    }

    void pngIsTheRaster()
    {
        // The PNG the command line and Save PNG write (core, no Qt Gui) holds exactly the pixels
        // the view paints.
        QFETCH(int, moduleSize);
        QString problem;
        const std::optional<QrCode> code = QrCode::encode(tokenExpiringAt(Now + 3600).toLatin1(), &problem);
        QVERIFY2(code, qPrintable(problem));
        const QImage png = QImage::fromData(code->toPng(moduleSize), "PNG");
        QVERIFY(!png.isNull());
        const int side = code->rasterSide(moduleSize);
        QCOMPARE(png.width(), side);
        QCOMPARE(png.height(), side);
        const QByteArray raster = code->raster(moduleSize);
        QCOMPARE(raster.size(), qsizetype(side) * side);
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                if (qGray(png.pixel(x, y)) != static_cast<quint8>(raster.at(qsizetype(y) * side + x)))
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 differs").arg(x).arg(y)));
            }
        }
        QrView view;
        view.setToken(Jwt::parse(tokenExpiringAt(Now + 3600)));
        QCOMPARE(view.codeImage(moduleSize).convertToFormat(QImage::Format_Grayscale8), png.convertToFormat(QImage::Format_Grayscale8));
    }

    void savePng()
    {
        REQUIRE_ZBARIMG();
        const QString token = tokenExpiringAt(Now + 3600);
        QrView view;
        const QString path = m_dir.filePath(QStringLiteral("saved.png"));
        QString error;
        QVERIFY(!view.savePng(path, &error));
        QCOMPARE(error, QStringLiteral("There is no QR code to save."));
        view.setToken(Jwt::parse(token));
        QVERIFY2(view.savePng(path, &error), qPrintable(error));
        QCOMPARE(decode(QImage(path), QStringLiteral("resaved.png")), token);
        QVERIFY(!view.savePng(m_dir.filePath(QStringLiteral("missing/dir/x.png")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir/x.png")));
    }
};

QTEST_MAIN(TestQrView)
#include "tst_qrview.moc"
