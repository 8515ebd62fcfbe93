#pragma once

#include <QByteArray>
#include <optional>

/// The base64 decoders the JWS code needs: strict base64url for token parts and JWK members,
/// and a forgiving one for secrets people paste.
namespace JwsBase64
{
/// RFC 7515 base64url: alphabet A-Z a-z 0-9 - _, no padding, no whitespace, no stray bits.
std::optional<QByteArray> decodeUrlStrict(const QByteArray& text);
/// The same, except that bits past the last whole byte are ignored (a token that is shown with a
/// warning about them rather than refused).
std::optional<QByteArray> decodeUrlIgnoringStrayBits(const QByteArray& text);
/// Standard or URL alphabet (not mixed), padding optional, surrounding whitespace ignored.
std::optional<QByteArray> decodeSecret(const QByteArray& text);
QByteArray encodeUrl(const QByteArray& data);
} // namespace JwsBase64
