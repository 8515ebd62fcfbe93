#pragma once

#include "core/CasClient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

/// The options that say which CAS to ask and with which secret, shared by `token` and `serve`:
/// --profile NAME | --url URL --key KEY, --cacert PEM, --timeout SEC, --secret-stdin. The secret
/// comes from stdin, else CAS_API_SECRET, else the profile's keychain entry.
class CasOptions
{
public:
    CasOptions();
    QList<QCommandLineOption> options() const;

    /// The request the options describe, with its secret; nullopt after printing why, with *exitCode set.
    std::optional<CasRequest> resolve(const QCommandLineParser& parser, int* exitCode) const;
    /// --timeout SEC in milliseconds (0 when not given); nullopt after printing why it is not a timeout.
    static std::optional<int> timeoutMs(const QCommandLineParser& parser, const QCommandLineOption& option);

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_url;
    QCommandLineOption m_key;
    QCommandLineOption m_cacert;
    QCommandLineOption m_timeout;
    QCommandLineOption m_secretStdin;
};
