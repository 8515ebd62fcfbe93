#include "core/JwsBase64.h"

namespace
{
int valueOf(char c, bool urlAlphabet)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (urlAlphabet) {
        if (c == '-')
            return 62;
        if (c == '_')
            return 63;
    } else {
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
    }
    return -1;
}

// Unpadded text in one alphabet; the bits past the last whole byte must be zero, so each
// byte string has exactly one encoding.
std::optional<QByteArray> decodeUnpadded(const QByteArray& text, bool urlAlphabet)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int value = valueOf(c, urlAlphabet);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}
} // namespace

namespace JwsBase64
{
std::optional<QByteArray> decodeUrlStrict(const QByteArray& text)
{
    return decodeUnpadded(text, true);
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
