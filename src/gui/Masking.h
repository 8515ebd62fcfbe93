#pragma once

#include <QString>

/// Presentation mode hides secrets, API keys and tokens on screen. One place decides how.
namespace Masking
{
/// A fixed-length mask, so the length of what is hidden does not show either.
inline QString mask()
{
    return QString(8, QChar(0x2022));
}

/// Replaces every occurrence of each non-empty value in text with the mask.
inline QString maskAll(QString text, std::initializer_list<QString> values)
{
    for (const QString& value : values) {
        if (!value.isEmpty()) {
            text.replace(value, mask());
        }
    }
    return text;
}
} // namespace Masking
