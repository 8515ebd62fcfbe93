#include "core/QrCode.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>

#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace
{
quint32 crc32(const QByteArray& bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffU;
    for (const char byte : bytes) {
        c = table[(c ^ static_cast<quint8>(byte)) & 0xff] ^ (c >> 8);
    }
    return c ^ 0xffffffffU;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// One PNG chunk: length, type, data, CRC over type and data (PNG spec, section 5.3).
QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}
} // namespace

std::optional<QrCode> QrCode::encode(const QByteArray& data, QString* error)
{
    if (data.isEmpty()) {
        *error = QCoreApplication::translate("QrCode", "There is nothing to put in a QR code.");
        return std::nullopt;
    }
    if (data.size() > MaxBytes) {
        *error = QCoreApplication::translate("QrCode",
                                             "The token is %1 bytes long; one QR code holds at most %2 bytes. "
                                             "Copy it as text instead.")
                     .arg(data.size())
                     .arg(MaxBytes);
        return std::nullopt;
    }
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, QR_ECLEVEL_L),
        &QRcode_free);
    if (!code) {
        *error = errno == ERANGE ? QCoreApplication::translate("QrCode", "The token is too long for one QR code.")
                                 : QCoreApplication::translate("QrCode", "The QR code could not be made (%1).")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    QrCode qr;
    qr.m_size = code->width;
    const qsizetype modules = qsizetype(code->width) * code->width;
    qr.m_modules.resize(modules);
    for (qsizetype i = 0; i < modules; ++i) {
        qr.m_modules[i] = (code->data[i] & 1) != 0;
    }
    return qr;
}

QByteArray QrCode::toSvg(int moduleSize) const
{
    constexpr int quiet = QuietZone;
    const int side = (m_size + 2 * quiet) * moduleSize;
    QByteArray path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                path += 'M' + QByteArray::number((x + quiet) * moduleSize) + ',' + QByteArray::number((y + quiet) * moduleSize) + 'h'
                    + QByteArray::number(moduleSize) + 'v' + QByteArray::number(moduleSize) + 'h' + QByteArray::number(-moduleSize) + 'z';
            }
        }
    }
    const QByteArray n = QByteArray::number(side);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n + "\" height=\"" + n
        + "\" viewBox=\"0 0 " + n + ' ' + n
        + "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + "<path fill=\"#000000\" d=\""
        + path + "\"/>\n</svg>\n";
}

QByteArray QrCode::raster(int moduleSize) const
{
    if (moduleSize < 1 || m_size == 0) {
        return QByteArray();
    }
    const int side = rasterSide(moduleSize);
    QByteArray pixels(qsizetype(side) * side, char(0xff));
    for (int y = 0; y < m_size; ++y) {
        char* row = pixels.data() + qsizetype((y + QuietZone) * moduleSize) * side;
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                std::memset(row + qsizetype(x + QuietZone) * moduleSize, 0, size_t(moduleSize));
            }
        }
        for (int repeat = 1; repeat < moduleSize; ++repeat) {
            std::memcpy(row + qsizetype(repeat) * side, row, size_t(side));
        }
    }
    return pixels;
}

QByteArray QrCode::toPng(int moduleSize) const
{
    const QByteArray pixels = raster(moduleSize);
    if (pixels.isEmpty()) {
        return QByteArray();
    }
    const int side = rasterSide(moduleSize);
    // Each row: filter type 0, then the pixels packed 8 to a byte, most significant bit first,
    // 1 for light (grayscale, bit depth 1).
    const int rowBytes = (side + 7) / 8;
    QByteArray scanlines(qsizetype(rowBytes + 1) * side, '\0');
    for (int y = 0; y < side; ++y) {
        char* out = scanlines.data() + qsizetype(y) * (rowBytes + 1) + 1;
        const char* in = pixels.constData() + qsizetype(y) * side;
        for (int x = 0; x < side; ++x) {
            if (static_cast<quint8>(in[x]) >= 0x80) {
                out[x / 8] = char(static_cast<quint8>(out[x / 8]) | (0x80 >> (x % 8)));
            }
        }
    }
    QByteArray header = bigEndian(quint32(side)) + bigEndian(quint32(side));
    header += QByteArray("\x01\x00\x00\x00\x00", 5); // bit depth 1, grayscale, deflate, filter 0, no interlace
    // qCompress writes a 4-byte length, then a zlib stream: the stream is what IDAT holds.
    const QByteArray zlib = qCompress(scanlines, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", QByteArray());
}
