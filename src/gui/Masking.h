#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// Presentation mode hides secrets, API keys and tokens on screen. One place decides how.
namespace Masking
{
/// A fixed-length mask, so the length of what is hidden does not show either.
inline QString mask()
{
    return QString(8, QChar(0x2022));
}

/// Text shown in presentation mode: every occurrence of each non-empty value (an API key, a
/// secret, a token) replaced with the mask, and anything shaped like a JWT too (a JSON header
/// in base64url, then two more dot-separated parts), whichever token it is.
inline QString hide(QString text, const QStringList& values)
{
    for (const QString& value : values) {
        if (!value.isEmpty()) {
            text.replace(value, mask());
        }
    }
    static const QRegularExpression token(QStringLiteral("(?<![A-Za-z0-9_-])e[wy][A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    text.replace(token, mask());
    return text;
}
} // namespace Masking
