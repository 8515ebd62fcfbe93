#include "core/JwsBase64.h"

#include <array>

namespace
{
/// Each byte's value in one base64 alphabet, -1 for a byte not in it.
using Alphabet = std::array<qint16, 256>;

constexpr Alphabet makeAlphabet(bool urlAlphabet)
{
    Alphabet values {};
    for (qint16& value : values) {
        value = -1;
    }
    for (size_t i = 0; i < 26; ++i) {
        values['A' + i] = qint16(i);
        values['a' + i] = qint16(26 + i);
    }
    for (size_t i = 0; i < 10; ++i) {
        values['0' + i] = qint16(52 + i);
    }
    values[size_t(urlAlphabet ? '-' : '+')] = 62;
    values[size_t(urlAlphabet ? '_' : '/')] = 63;
    return values;
}

constexpr Alphabet UrlAlphabet = makeAlphabet(true);
constexpr Alphabet StandardAlphabet = makeAlphabet(false);

enum class StrayBits { Refused, Ignored };

// Unpadded text in one alphabet; the bits past the last whole byte must be zero (so each byte
// string has exactly one encoding), unless they are to be ignored. Four characters at a time
// into a buffer of the decoded size: a 1 MiB token's parts are decoded when it is shown, and
// again on the window's thread when it is verified.
std::optional<QByteArray> decodeUnpadded(const QByteArray& text, bool urlAlphabet, StrayBits strayBits = StrayBits::Refused)
{
    const qsizetype size = text.size();
    const qsizetype tail = size % 4; // 0, 2 or 3 characters after the last group of four
    if (tail == 1)
        return std::nullopt;
    const Alphabet& values = urlAlphabet ? UrlAlphabet : StandardAlphabet;
    const auto* in = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype groups = size / 4;
    QByteArray out(groups * 3 + (tail == 0 ? 0 : tail - 1), Qt::Uninitialized);
    char* to = out.data();
    for (qsizetype i = 0; i < groups; ++i, in += 4) {
        const int a = values[in[0]];
        const int b = values[in[1]];
        const int c = values[in[2]];
        const int d = values[in[3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const quint32 bits = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *to++ = char(bits >> 16);
        *to++ = char(bits >> 8);
        *to++ = char(bits);
    }
    if (tail == 0)
        return out;
    const int a = values[in[0]];
    const int b = values[in[1]];
    const int c = tail == 3 ? values[in[2]] : 0;
    if ((a | b | c) < 0)
        return std::nullopt;
    // Two characters carry one byte and 4 spare bits, three carry two bytes and 2 spare bits.
    const bool stray = (tail == 2 && (b & 0x0F) != 0) || (tail == 3 && (c & 0x03) != 0);
    if (stray && strayBits == StrayBits::Refused)
        return std::nullopt;
    const quint32 bits = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6;
    *to++ = char(bits >> 16);
    if (tail == 3)
        *to = char(bits >> 8);
    return out;
}
} // namespace

namespace JwsBase64
{
std::optional<QByteArray> decodeUrlStrict(const QByteArray& text)
{
    return decodeUnpadded(text, true);
}

std::optional<QByteArray> decodeUrlIgnoringStrayBits(const QByteArray& text)
{
    return decodeUnpadded(text, true, StrayBits::Ignored);
}

std::optional<QByteArray> decodeSecret(const QByteArray& text)
{
    QByteArray body = text.trimmed();
    if (body.endsWith("==")) {
        body.chop(2);
        if (body.size() % 4 != 2)
            return std::nullopt;
    } else if (body.endsWith('=')) {
        body.chop(1);
        if (body.size() % 4 != 3)
            return std::nullopt;
    }
    const bool urlAlphabet = body.contains('-') || body.contains('_');
    return decodeUnpadded(body, urlAlphabet);
}

QByteArray encodeUrl(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace JwsBase64
