#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

/// What a CAS curl command (as the CAS docs print it) says about a profile: the URL, the API key
/// and the API secret from its headers. The text is read as a POSIX shell would split it (single
/// and double quotes, backslash escapes, line continuations with "\", "^" or "`"), and is never run.
struct CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)

public:
    QString url; ///< as given (--url or the first http(s) argument)
    QString apiKey; ///< the auth-api-key header (any case)
    QByteArray apiSecret; ///< the auth-api-secret header; empty when the command has none

    /// url without CAS's token path (/stream/token/v2/): what a profile keeps.
    QString baseUrl() const;

    /// The command from text, or nullopt with the reason in *error.
    static std::optional<CurlCommand> parse(const QString& text, QString* error);
};
