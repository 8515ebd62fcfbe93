#include "core/QrCode.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

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
    qr.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i) {
        qr.m_modules[i] = (code->data[i] & 1) != 0;
    }
    return qr;
}

QByteArray QrCode::toSvg(int moduleSize) const
{
    constexpr int quiet = 4;
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
