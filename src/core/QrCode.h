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
    /// A standalone SVG document, one path for all dark modules, with a 4-module quiet zone.
    QByteArray toSvg(int moduleSize = 8) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
