#pragma once

#include "core/CasClient.h"

#include <QCommandLineParser>
#include <optional>

/// The options that say which CAS to ask and with which secret, shared by `token` and `serve`
/// (CommandTable lists them for both): --profile NAME | --url URL --key KEY, --cacert PEM,
/// --timeout SEC, --secret-stdin. The secret comes from stdin, else CAS_API_SECRET, else the
/// profile's keychain entry.
namespace CasOptions
{
/// The request the options describe, with its secret; nullopt after printing why, with *exitCode set.
std::optional<CasRequest> resolve(const QCommandLineParser& parser, int* exitCode);
/// --timeout SEC in milliseconds (0 when not given); nullopt after printing why it is not a timeout.
std::optional<int> timeoutMs(const QCommandLineParser& parser);
} // namespace CasOptions
