#include "core/Jwt.h"

#include "core/Duration.h"
#include "core/JwsBase64.h"

#include <limits>

namespace
{
QString partName(JwtDecodeError::Part part)
{
    switch (part) {
    case JwtDecodeError::Part::Header:
        return Jwt::tr("header");
    case JwtDecodeError::Part::Payload:
        return Jwt::tr("payload");
    case JwtDecodeError::Part::Signature:
        return Jwt::tr("signature");
    case JwtDecodeError::Part::None:
        break;
    }
    return QString();
}

int base64UrlValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= 'a' && u <= 'z')
        return u - 'a' + 26;
    if (u >= '0' && u <= '9')
        return u - '0' + 52;
    if (u == '-')
        return 62;
    if (u == '_')
        return 63;
    return -1;
}

QString describeChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

struct Base64UrlResult
{
    bool ok = false;
    QByteArray bytes;
    QString problem; ///< why not ok
    bool nonCanonical = false;
};

// Why text is not RFC 7515 base64url, for a person: the first character outside the alphabet
// (padding named as such), else a length no base64url text has.
QString base64UrlProblem(const QString& text, const QString& name)
{
    const int firstPad = int(text.indexOf(QLatin1Char('=')));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (base64UrlValue(c) >= 0)
            continue;
        if (c == QLatin1Char('=') && i == firstPad) {
            bool onlyPadding = true;
            for (int k = i; k < text.size(); ++k)
                onlyPadding = onlyPadding && text.at(k) == QLatin1Char('=');
            if (onlyPadding) {
                return Jwt::tr("The %1 part ends with '=' padding, which base64url in a JWT must not have (RFC 7515); "
                               "remove the '=' characters.")
                    .arg(name);
            }
        }
        QString problem = Jwt::tr("The %1 part has a character that is not base64url, %2 at offset %3; "
                                  "only A-Z, a-z, 0-9, '-' and '_' are allowed.")
                              .arg(name, describeChar(c))
                              .arg(i);
        if (c == QLatin1Char('+') || c == QLatin1Char('/'))
            problem += QLatin1Char(' ') + Jwt::tr("('+' and '/' belong to standard base64, not base64url.)");
        return problem;
    }
    if (text.size() % 4 == 1) {
        return Jwt::tr("The %1 part has %2 characters, a length no base64url text can have; "
                       "it may have been cut off.")
            .arg(name)
            .arg(text.size());
    }
    return Jwt::tr("The %1 part is not valid base64url.").arg(name);
}

// RFC 7515 base64url: the 64-character alphabet, no padding, no whitespace. Decoded through a
// table first; only text that does not decode is read again, to say why.
Base64UrlResult decodeBase64Url(const QString& text, const QString& name)
{
    Base64UrlResult result;
    // A character beyond Latin-1 becomes '?', which is not in the alphabet either.
    std::optional<QByteArray> decoded = JwsBase64::decodeUrlIgnoringStrayBits(text.toLatin1());
    if (!decoded) {
        result.problem = base64UrlProblem(text, name);
        return result;
    }
    const int remainder = int(text.size() % 4);
    if (remainder != 0) {
        const int last = base64UrlValue(text.back());
        result.nonCanonical = (remainder == 2 ? (last & 0x0F) : (last & 0x03)) != 0;
    }
    result.ok = true;
    result.bytes = std::move(*decoded);
    return result;
}

QString elided(const QString& text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max) + QChar(0x2026);
}

// Whitespace and the zero-width characters that chat apps and web pages slip into copied text.
bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return c.isSpace();
    }
}

QString trimInvisible(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isInvisible(text.at(begin)))
        ++begin;
    while (end > begin && isInvisible(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

bool hasSurroundingQuotes(const QString& text)
{
    if (text.size() < 2)
        return false;
    const char16_t first = text.front().unicode();
    const char16_t last = text.back().unicode();
    switch (first) {
    case u'"':
    case u'\'':
    case u'`':
        return last == first;
    case 0x201C: // typographic double quotes
        return last == 0x201D;
    case 0x2018: // typographic single quotes
        return last == 0x2019;
    default:
        return false;
    }
}

// A hostile token must not bury the other warnings.
constexpr int MaxDuplicateWarnings = 10;

const JsonMember* lastMember(const JsonFormatResult& json, const QString& key)
{
    for (qsizetype i = json.topLevel.size() - 1; i >= 0; --i) {
        if (json.topLevel.at(i).key == key)
            return &json.topLevel.at(i);
    }
    return nullptr;
}

bool isIntegerLiteral(const QString& raw)
{
    const qsizetype start = raw.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (raw.size() <= start)
        return false;
    for (qsizetype i = start; i < raw.size(); ++i) {
        if (raw.at(i) < QLatin1Char('0') || raw.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QDateTime JwtTimeClaim::utc() const
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString JwtTimeClaim::describeRelative(const QDateTime& now) const
{
    qint64 diff = 0;
    if (__builtin_sub_overflow(seconds, now.toSecsSinceEpoch(), &diff))
        diff = seconds > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    const bool future = diff > 0;
    const QString span = Duration::coarse(diff);
    if (name == QLatin1String("exp")) {
        if (future)
            return Jwt::tr("expires in %1").arg(span);
        return diff == 0 ? Jwt::tr("expired just now") : Jwt::tr("expired %1 ago").arg(span);
    }
    if (name == QLatin1String("iat")) {
        if (future)
            return Jwt::tr("issued in %1 (in the future)").arg(span);
        return diff == 0 ? Jwt::tr("issued just now") : Jwt::tr("issued %1 ago").arg(span);
    }
    if (name == QLatin1String("nbf")) {
        if (future)
            return Jwt::tr("valid from in %1").arg(span);
        return diff == 0 ? Jwt::tr("valid since just now") : Jwt::tr("valid since %1 ago").arg(span);
    }
    if (future)
        return Jwt::tr("in %1").arg(span);
    return diff == 0 ? Jwt::tr("now") : Jwt::tr("%1 ago").arg(span);
}

Jwt Jwt::parse(const QString& pasted)
{
    Jwt jwt;
    auto fail = [&jwt](JwtDecodeError::Kind kind, JwtDecodeError::Part part, const QString& message) {
        jwt.m_error.kind = kind;
        jwt.m_error.part = part;
        jwt.m_error.message = message;
        return jwt;
    };

    // Peel what people paste around a token, in whatever order it comes.
    QString text = trimInvisible(pasted);
    for (int pass = 0; pass < 5; ++pass) {
        const QString before = text;
        if (text.startsWith(QLatin1String("Authorization:"), Qt::CaseInsensitive))
            text = trimInvisible(text.mid(14));
        if (text.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive) && (text.size() == 6 || isInvisible(text.at(6))))
            text = trimInvisible(text.mid(6));
        if (hasSurroundingQuotes(text))
            text = trimInvisible(text.mid(1, text.size() - 2));
        // One line of a pretty-printed CAS response: "token": "...",
        if (text.startsWith(QLatin1String("\"token\""))) {
            QString member = text;
            if (member.endsWith(QLatin1Char(',')))
                member.chop(1);
            const JsonFormatResult json = JsonFormatter::format(QByteArray('{' + member.toUtf8() + '}'));
            if (json.ok)
                text = QLatin1Char('{') + member + QLatin1Char('}');
        }
        if (text.startsWith(QLatin1Char('{'))) {
            const JsonFormatResult json = JsonFormatter::format(text.toUtf8());
            if (!json.ok) {
                return fail(JwtDecodeError::Kind::NotCompact, JwtDecodeError::Part::None,
                            Jwt::tr("The pasted text looks like JSON but is not valid (%1); paste the token itself "
                                    "or the whole CAS response {\"token\": \"...\"}.")
                                .arg(json.error));
            }
            const JsonMember* token = lastMember(json, QStringLiteral("token"));
            if (!token || token->type != JsonMember::Type::String) {
                return fail(JwtDecodeError::Kind::NotCompact, JwtDecodeError::Part::None,
                            Jwt::tr("The pasted JSON has no \"token\" string; paste the token itself "
                                    "or the whole CAS response {\"token\": \"...\"}."));
            }
            text = trimInvisible(token->stringValue);
        }
        if (text == before)
            break;
    }

    // The text without what is invisible inside it, copied in runs; the text itself, shared,
    // when there is nothing (a 1 MiB token is a million characters).
    QString compact;
    qsizetype copied = 0; // text before this index is in compact
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if ((unit > 0x20 && unit < 0x7F) || !isInvisible(QChar(unit))) // printable ASCII: nearly all of a token
            continue;
        jwt.m_internalWhitespace = true;
        compact += QStringView(text).mid(copied, i - copied);
        copied = i + 1;
    }
    if (jwt.m_internalWhitespace)
        compact += QStringView(text).mid(copied);
    else
        compact = text;
    jwt.m_compact = compact;
    if (jwt.m_internalWhitespace)
        jwt.m_warnings.append(Jwt::tr("The token had line breaks, spaces or invisible characters inside; they were removed."));

    if (compact.isEmpty())
        return fail(JwtDecodeError::Kind::Empty, JwtDecodeError::Part::None, Jwt::tr("There is no token to decode."));

    const QStringList parts = compact.split(QLatin1Char('.'));
    if (parts.size() == 5) {
        // The protected header of a JWE is readable; show it if it decodes, but nothing else is.
        jwt.m_parts[0] = parts.at(0);
        const Base64UrlResult header = decodeBase64Url(parts.at(0), partName(JwtDecodeError::Part::Header));
        if (header.ok && JsonFormatter::firstInvalidUtf8(header.bytes) < 0) {
            jwt.m_headerJson = header.bytes;
            jwt.m_header = JsonFormatter::format(header.bytes);
        }
        return fail(JwtDecodeError::Kind::Encrypted, JwtDecodeError::Part::None,
                    Jwt::tr("This is a JWE (encrypted) token with five parts; its content cannot be decoded "
                            "without the recipient's key."));
    }
    if (parts.size() != 3) {
        if (parts.size() == 1) {
            return fail(JwtDecodeError::Kind::NotCompact, JwtDecodeError::Part::None,
                        Jwt::tr("The text has no '.'; a JWT has three base64url parts separated by dots "
                                "(header.payload.signature)."));
        }
        return fail(JwtDecodeError::Kind::NotCompact, JwtDecodeError::Part::None,
                    Jwt::tr("The text has %1 dot-separated parts; a signed JWT has 3 (header.payload.signature) "
                            "and an encrypted one (JWE) has 5. It may be cut off or joined with other text.")
                        .arg(parts.size()));
    }
    for (int i = 0; i < 3; ++i)
        jwt.m_parts[i] = parts.at(i);

    const JwtDecodeError::Part partIds[3] = {JwtDecodeError::Part::Header, JwtDecodeError::Part::Payload, JwtDecodeError::Part::Signature};
    QByteArray* targets[3] = {&jwt.m_headerJson, &jwt.m_payloadJson, &jwt.m_signature};
    JsonFormatResult* jsonTargets[2] = {&jwt.m_header, &jwt.m_payload};
    for (int i = 0; i < 3; ++i) {
        const QString name = partName(partIds[i]);
        const Base64UrlResult decoded = decodeBase64Url(parts.at(i), name);
        if (!decoded.ok)
            return fail(JwtDecodeError::Kind::BadBase64, partIds[i], decoded.problem);
        if (decoded.nonCanonical) {
            jwt.m_warnings.append(Jwt::tr("The %1 part has non-zero unused bits in its last character (not canonical "
                                          "base64url); the decoded bytes ignore them.")
                                      .arg(name));
        }
        *targets[i] = decoded.bytes;
        if (i == 2)
            break;

        const int badByte = JsonFormatter::firstInvalidUtf8(decoded.bytes);
        if (badByte >= 0) {
            return fail(JwtDecodeError::Kind::BadUtf8, partIds[i],
                        Jwt::tr("The %1 is not UTF-8 text (invalid byte 0x%2 at offset %3).")
                            .arg(name)
                            .arg(static_cast<unsigned char>(decoded.bytes.at(badByte)), 2, 16, QLatin1Char('0'))
                            .arg(badByte));
        }
        JsonFormatResult json = JsonFormatter::format(decoded.bytes);
        if (!json.ok) {
            return fail(JwtDecodeError::Kind::BadJson, partIds[i], Jwt::tr("The %1 is not valid JSON: %2.").arg(name, json.error));
        }
        if (!json.isObject) {
            return fail(JwtDecodeError::Kind::BadJson, partIds[i],
                        Jwt::tr("The %1 is JSON but not an object; a JWT's %1 must be a JSON object.").arg(name));
        }
        const qsizetype shown = qMin(json.duplicateKeys.size(), qsizetype(MaxDuplicateWarnings));
        for (qsizetype k = 0; k < shown; ++k) {
            jwt.m_warnings.append(Jwt::tr("The %1 has duplicate key \"%2\"; programs may disagree on which value "
                                          "counts (this tool reads the last one).")
                                      .arg(name, elided(json.duplicateKeys.at(k), 60)));
        }
        if (json.duplicateKeys.size() > shown) {
            jwt.m_warnings.append(Jwt::tr("The %1 has %2 more duplicate keys.").arg(name).arg(json.duplicateKeys.size() - shown));
        }
        *jsonTargets[i] = json;
    }

    for (const char* claim : {"exp", "nbf", "iat"}) {
        const QString claimName = QLatin1String(claim);
        const JsonMember* member = lastMember(jwt.m_payload, claimName);
        if (member && !jwt.numericClaim(claimName)) {
            jwt.m_warnings.append(Jwt::tr("The payload's \"%1\" is %2, not an integer number of seconds; "
                                          "it is not interpreted as a time.")
                                      .arg(claimName, elided(member->rawValue, 40)));
        }
    }
    if (jwt.m_parts[2].isEmpty())
        jwt.m_warnings.append(Jwt::tr("The signature part is empty: the token is unsigned and nothing vouches for its content."));
    return jwt;
}

bool Jwt::isValid() const
{
    return m_error.kind == JwtDecodeError::Kind::None;
}

const JwtDecodeError& Jwt::error() const
{
    return m_error;
}

QStringList Jwt::warnings() const
{
    return m_warnings;
}

QString Jwt::compact() const
{
    return m_compact;
}

bool Jwt::hadInternalWhitespace() const
{
    return m_internalWhitespace;
}

QString Jwt::headerPart() const
{
    return m_parts[0];
}

QString Jwt::payloadPart() const
{
    return m_parts[1];
}

QString Jwt::signaturePart() const
{
    return m_parts[2];
}

QByteArray Jwt::headerJson() const
{
    return m_headerJson;
}

QByteArray Jwt::payloadJson() const
{
    return m_payloadJson;
}

QByteArray Jwt::signature() const
{
    return m_signature;
}

QByteArray Jwt::signingInput() const
{
    if (!isValid())
        return QByteArray();
    return m_parts[0].toLatin1() + '.' + m_parts[1].toLatin1();
}

const JsonFormatResult& Jwt::header() const
{
    return m_header;
}

const JsonFormatResult& Jwt::payload() const
{
    return m_payload;
}

QString Jwt::algorithm() const
{
    const JsonMember* member = lastMember(m_header, QStringLiteral("alg"));
    return member && member->type == JsonMember::Type::String ? member->stringValue : QString();
}

QString Jwt::keyId() const
{
    const JsonMember* member = lastMember(m_header, QStringLiteral("kid"));
    return member && member->type == JsonMember::Type::String ? member->stringValue : QString();
}

std::optional<qint64> Jwt::numericClaim(const QString& name) const
{
    const JsonMember* member = lastMember(m_payload, name);
    if (!member || member->type != JsonMember::Type::Number || !isIntegerLiteral(member->rawValue))
        return std::nullopt;
    bool ok = false;
    const qint64 value = member->rawValue.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QString> Jwt::stringClaim(const QString& name) const
{
    const JsonMember* member = lastMember(m_payload, name);
    if (!member || member->type != JsonMember::Type::String)
        return std::nullopt;
    return member->stringValue;
}

QList<JwtTimeClaim> Jwt::timeClaims() const
{
    QList<JwtTimeClaim> claims;
    for (const char* claim : {"exp", "nbf", "iat"}) {
        const QString name = QLatin1String(claim);
        if (const auto value = numericClaim(name))
            claims.append(JwtTimeClaim {name, *value});
    }
    return claims;
}

Jwt::Expiry Jwt::expiry(const QDateTime& now, qint64 soonSeconds) const
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const auto exp = numericClaim(QStringLiteral("exp"));
    const auto nbf = numericClaim(QStringLiteral("nbf"));
    if (exp && *exp <= nowSeconds)
        return Expiry::Expired;
    if (nbf && *nbf > nowSeconds)
        return Expiry::NotYetValid;
    if (!exp)
        return Expiry::NoExpiry;
    qint64 remaining = 0;
    if (__builtin_sub_overflow(*exp, nowSeconds, &remaining))
        return Expiry::Valid;
    return remaining <= soonSeconds ? Expiry::ExpiresSoon : Expiry::Valid;
}

QString Jwt::claimDescription(const QString& name)
{
    struct Entry
    {
        const char* name;
        const char* description;
    };
    static const Entry entries[] = {
        // Registered claims, RFC 7519 section 4.1.
        {"iss", QT_TRANSLATE_NOOP("Jwt", "Issuer: who created and signed the token")},
        {"sub", QT_TRANSLATE_NOOP("Jwt", "Subject: whom the token is about")},
        {"aud", QT_TRANSLATE_NOOP("Jwt", "Audience: who the token is meant for")},
        {"exp", QT_TRANSLATE_NOOP("Jwt", "Expiration time: not to be accepted on or after this time")},
        {"nbf", QT_TRANSLATE_NOOP("Jwt", "Not before: not to be accepted before this time")},
        {"iat", QT_TRANSLATE_NOOP("Jwt", "Issued at: when the token was created")},
        {"jti", QT_TRANSLATE_NOOP("Jwt", "JWT ID: a unique identifier for this token")},
        // Header parameters, RFC 7515 section 4.1 and RFC 7516 section 4.1.
        {"alg", QT_TRANSLATE_NOOP("Jwt", "Algorithm that signs (or encrypts) the token")},
        {"typ", QT_TRANSLATE_NOOP("Jwt", "Media type of the token, usually JWT")},
        {"kid", QT_TRANSLATE_NOOP("Jwt", "Key ID: which key signed the token")},
        {"cty", QT_TRANSLATE_NOOP("Jwt", "Content type of the payload (JWT for a nested token)")},
        {"crit", QT_TRANSLATE_NOOP("Jwt", "Extensions a recipient must understand to accept the token")},
        {"jku", QT_TRANSLATE_NOOP("Jwt", "URL of a JWK Set holding the signing key (never fetched automatically)")},
        {"x5u", QT_TRANSLATE_NOOP("Jwt", "URL of the signer's X.509 certificate (never fetched automatically)")},
        {"jwk", QT_TRANSLATE_NOOP("Jwt", "Public key embedded in the token (not trusted for verification)")},
        {"x5c", QT_TRANSLATE_NOOP("Jwt", "X.509 certificate chain of the signer, embedded in the token")},
        {"x5t", QT_TRANSLATE_NOOP("Jwt", "SHA-1 thumbprint of the signer's X.509 certificate")},
        {"x5t#S256", QT_TRANSLATE_NOOP("Jwt", "SHA-256 thumbprint of the signer's X.509 certificate")},
        {"enc", QT_TRANSLATE_NOOP("Jwt", "Content encryption algorithm of a JWE")},
        {"zip", QT_TRANSLATE_NOOP("Jwt", "Compression applied before encryption")},
    };
    for (const Entry& entry : entries) {
        if (name == QLatin1String(entry.name))
            return tr(entry.description);
    }
    return QString();
}
