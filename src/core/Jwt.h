#pragma once

#include "core/JsonFormatter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

/// Why a pasted text is not a readable JWT.
struct JwtDecodeError
{
    enum class Kind {
        None,
        Empty, ///< nothing to decode
        NotCompact, ///< not 3 dot-separated parts (and not 5)
        Encrypted, ///< five parts: a JWE, which cannot be read without the key
        BadBase64, ///< a part is not base64url (padding, bad characters)
        BadJson, ///< header/payload is not a JSON object
        BadUtf8, ///< header/payload is not UTF-8
    };
    enum class Part { None, Header, Payload, Signature };
    Kind kind = Kind::None;
    Part part = Part::None;
    QString message; ///< names the part and what is wrong, for a person
};

/// A registered time claim (exp, nbf, iat), interpreted.
struct JwtTimeClaim
{
    QString name; ///< "exp", "nbf", "iat"
    qint64 seconds; ///< the NumericDate as carried
    QDateTime utc() const;
    /// "expires in 59 min", "expired 2 h ago", "issued 3 min ago", "valid from in 5 min"
    QString describeRelative(const QDateTime& now) const;
};

/// Tolerant of what people paste (whitespace, "Bearer ", a whole {"token": ...} CAS response,
/// line breaks inside the token), strict in what it reports.
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    enum class Expiry { NoExpiry, NotYetValid, Valid, ExpiresSoon, Expired };

    static Jwt parse(const QString& pasted);

    bool isValid() const;
    const JwtDecodeError& error() const;
    QStringList warnings() const; ///< e.g. "the token had line breaks inside; they were removed", duplicate keys

    QString compact() const; ///< header.payload.signature, cleaned of what was tolerated
    bool hadInternalWhitespace() const; ///< the pasted token had whitespace inside it
    QString headerPart() const; ///< base64url text of each part
    QString payloadPart() const;
    QString signaturePart() const;
    QByteArray headerJson() const; ///< decoded bytes, exactly as carried
    QByteArray payloadJson() const;
    QByteArray signature() const; ///< raw signature bytes
    QByteArray signingInput() const; ///< ASCII "header.payload"
    const JsonFormatResult& header() const;
    const JsonFormatResult& payload() const;

    QString algorithm() const; ///< header "alg" (empty if absent or not a string)
    QString keyId() const; ///< header "kid"
    std::optional<qint64> numericClaim(const QString& name) const; ///< integral payload claim
    std::optional<QString> stringClaim(const QString& name) const;
    QList<JwtTimeClaim> timeClaims() const; ///< exp, nbf, iat present as numbers, in that order
    Expiry expiry(const QDateTime& now, qint64 soonSeconds = 300) const;

    /// Meaning of a registered claim name (RFC 7519) or header parameter, empty when unknown.
    static QString claimDescription(const QString& name);

private:
    JwtDecodeError m_error;
    QStringList m_warnings;
    bool m_internalWhitespace = false;
    QString m_compact;
    std::array<QString, 3> m_parts; // std::array: an implicit copy of a C array is a loop on a reserved name (__i0)
    QByteArray m_headerJson;
    QByteArray m_payloadJson;
    QByteArray m_signature;
    JsonFormatResult m_header;
    JsonFormatResult m_payload;
};
