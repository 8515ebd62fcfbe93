#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class Jwt;

/// A user template with its placeholders replaced.
struct TemplateExpansion
{
    QString text;
    QStringList unknownPlaceholders; ///< "${NAME}" forms left as they were, each once, in order of first use
};

/// The texts "Copy as…" offers, as pure functions: no widgets, no clipboard.
class TokenFormats
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormats)

public:
    /// Placeholders a template may use. ${EXPIRES_AT} is ISO 8601 UTC ("2026-11-27T21:03:00Z"),
    /// and the empty string when the token has no integral exp claim.
    static const QString TokenPlaceholder; ///< ${TOKEN}
    static const QString DisplayNamePlaceholder; ///< ${DISPLAY_NAME}
    static const QString ExpiresAtPlaceholder; ///< ${EXPIRES_AT}
    static QStringList placeholders();

    static QString raw(const QString& token);
    /// {"token": "<token>"}, a JSON object as CAS sends it (the token JSON-escaped).
    static QString json(const QString& token);
    /// CAS_TOKEN=<token>, single-quoted for a POSIX shell when the token is not plain JWT text.
    static QString envLine(const QString& token);
    /// The CAS request as curl, the secret read from $CAS_API_SECRET (CasClient::curlCommand).
    static QString curl(const QUrl& url, const QString& apiKey, const QString& caFile = {});
    /// WTSDK.Session.connect("<token>", "<displayName>"); the one call the public Web SDK docs show.
    static QString webSdk(const QString& token, const QString& displayName);
    /// A double-quoted JavaScript string literal, safe inside an HTML <script> element too.
    static QString jsString(const QString& text);

    static QString expiresAt(std::optional<qint64> exp);
    static TemplateExpansion expand(const QString& templateText, const QString& token, const QString& displayName,
                                    std::optional<qint64> exp);
    static TemplateExpansion expand(const QString& templateText, const Jwt& jwt, const QString& displayName);
};
