#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

/// A QR code (libqrencode, 8-bit mode, error correction L for the most capacity), as a module
/// matrix that views and writers render.
class QrCode
{
public:
    /// The most bytes one QR code (version 40, level L) can hold.
    static constexpr int MaxBytes = 2953;

    /// nullopt with *error when the data does not fit in one QR code or encoding fails.
    static std::optional<QrCode> encode(const QByteArray& data, QString* error);

    int size() const
    {
        return m_size;
    } ///< modules per side, without the quiet zone
    bool isDark(int x, int y) const
    {
        return m_modules.at(y * m_size + x);
    }
    /// Light modules around the code, as the standard asks.
    static constexpr int QuietZone = 4;

    /// A standalone SVG document, one path for all dark modules, with the quiet zone.
    QByteArray toSvg(int moduleSize = 8) const;
    /// Pixels per side of raster(moduleSize): the code and its quiet zone.
    int rasterSide(int moduleSize) const
    {
        return (m_size + 2 * QuietZone) * moduleSize;
    }
    /// 8-bit gray pixels (0 dark, 255 light), rasterSide() bytes per row, row after row, each
    /// module moduleSize pixels square: what views paint and PNG files hold.
    QByteArray raster(int moduleSize) const;
    /// A PNG file (1-bit grayscale) of the code, made without Qt Gui so the command line needs none.
    QByteArray toPng(int moduleSize = 8) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
