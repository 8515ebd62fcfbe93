#pragma once

#include <QFont>
#include <QFontDatabase>

/// Fonts with a role instead of a size. A widget given one sets only what the role changes, so
/// it keeps following the size of the font it inherits: the application font, which Settings
/// and presentation mode scale. No one has to walk the widgets to rescale them.
namespace FontRole
{
/// The system's fixed-pitch family at the inherited size: tokens, JSON, keys, the request line.
inline QFont monospace()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font;
    font.setFamilies(fixed.families().isEmpty() ? QStringList {fixed.family()} : fixed.families());
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

/// base (a widget's inherited font) factor times larger: call again when base changes.
inline QFont scaled(QFont base, qreal factor, bool bold = false)
{
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * factor);
    else
        base.setPixelSize(qRound(base.pixelSize() * factor));
    base.setBold(bold);
    return base;
}
} // namespace FontRole
