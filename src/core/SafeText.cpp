#include "core/SafeText.h"

#include <QChar>
#include <QStringDecoder>

namespace SafeText
{
namespace
{
// Letters in Unicode's eyes, yet drawn as nothing: a "blank" kid or name made of them looks empty.
bool isBlankLetter(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

QString hex(char32_t c, int width)
{
    return QString::number(c, 16).rightJustified(width, QLatin1Char('0'));
}

void appendEscape(QString& out, char32_t c)
{
    switch (c) {
    case '\n':
        out += QLatin1String("\\n");
        return;
    case '\t':
        out += QLatin1String("\\t");
        return;
    case '\r':
        out += QLatin1String("\\r");
        return;
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F)
        out += QLatin1String("\\x") + hex(c, 2);
    else if (c <= 0xFFFF)
        out += QLatin1String("\\u") + hex(c, 4);
    else
        out += QLatin1String("\\u{") + hex(c, 1) + QLatin1Char('}');
}

/// Text with each hidden code point that keep() does not let through replaced by what
/// replace(out, codePoint, index) appends to out (an unpaired surrogate is one code point); the
/// text itself, shared, when there is none. Everything else is copied in runs: most text from
/// outside has nothing to replace, and a decoded 1 MiB payload passes through here string by string.
template<typename Keep, typename Replace>
QString replaceHidden(const QString& text, Keep keep, Replace replace)
{
    const qsizetype size = text.size();
    const QChar* units = text.constData();
    QString out;
    bool replaced = false;
    qsizetype copied = 0; // text before this index is in out
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = units[i].unicode();
        if (unit >= 0x20 && unit < 0x7F) { // printable ASCII: never hidden
            ++i;
            continue;
        }
        char32_t codePoint = unit;
        qsizetype width = 1;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1].unicode())) {
            codePoint = QChar::surrogateToUcs4(unit, units[i + 1].unicode());
            width = 2;
        }
        if (!isHidden(codePoint) || keep(codePoint)) {
            i += width;
            continue;
        }
        if (!replaced) {
            out.reserve(size + 16);
            replaced = true;
        }
        out.append(units + copied, i - copied);
        replace(out, codePoint, i);
        i += width;
        copied = i;
    }
    if (!replaced)
        return text;
    out.append(units + copied, size - copied);
    return out;
}
} // namespace

bool isHidden(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return false;
    if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF))
        return true; // C0, DEL, C1, unpaired surrogates
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return isBlankLetter(c);
    }
}

QString visible(const QString& text, Lines lines)
{
    const bool multi = lines == Lines::Multi;
    const auto keep = [multi](char32_t c) {
        return multi && (c == '\n' || c == '\t');
    };
    return replaceHidden(text, keep, [&](QString& out, char32_t c, qsizetype index) {
        if (multi && c == '\r' && index + 1 < text.size() && text.at(index + 1) == QLatin1Char('\n'))
            return; // CR LF is a line break; the LF makes it
        appendEscape(out, c);
    });
}

QString visible(const QByteArray& utf8, Lines lines)
{
    const auto* data = reinterpret_cast<const unsigned char*>(utf8.constData());
    const qsizetype size = utf8.size();
    QString out;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data + i, size - i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += visible(decodeUtf8(utf8.constData() + runStart, i - runStart), lines);
        out += QLatin1String("\\x") + hex(data[i], 2);
        runStart = ++i;
    }
    out += visible(decodeUtf8(utf8.constData() + runStart, size - runStart), lines);
    return out;
}

QString jsonVisible(const QString& json)
{
    const auto jsonWhitespace = [](char32_t c) {
        return c == '\n' || c == '\t' || c == '\r';
    };
    return replaceHidden(json, jsonWhitespace, [&](QString& out, char32_t c, qsizetype index) {
        // JSON escapes UTF-16 code units: a pair above U+FFFF, an unpaired surrogate alone.
        const qsizetype width = c > 0xFFFF ? 2 : 1;
        for (qsizetype k = index; k < index + width; ++k)
            out += QLatin1String("\\u") + hex(json.at(k).unicode(), 4);
    });
}

QString decodeUtf8(const char* data, qsizetype size)
{
    // QString::fromUtf8 drops only a mark at the very start; the decoder is for that case.
    if (size < 3 || QByteArrayView(data, 3) != QByteArrayView("\xEF\xBB\xBF", 3))
        return QString::fromUtf8(data, size);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, size));
}

int utf8SequenceLength(const unsigned char* p, qsizetype available)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char min2 = 0x80;
    unsigned char max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            min2 = 0xA0; // overlong
        else if (c == 0xED)
            max2 = 0x9F; // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            min2 = 0x90; // overlong
        else if (c == 0xF4)
            max2 = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    if (p[1] < min2 || p[1] > max2)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}
} // namespace SafeText
