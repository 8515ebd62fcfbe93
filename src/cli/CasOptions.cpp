#include "cli/CasOptions.h"

#include "cli/CliIo.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "core/Defaults.h"
#include "core/ProfilePolicy.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"

namespace CasOptions
{
std::optional<int> timeoutMs(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("timeout"))) {
        return 0;
    }
    bool ok = false;
    const QString text = parser.value(QStringLiteral("timeout"));
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < Defaults::MinTimeoutSeconds || seconds > Defaults::MaxTimeoutSeconds) {
        CliIo::error(CliText::tr("--timeout takes a whole number of seconds from %1 to %2, not \"%3\"")
                         .arg(Defaults::MinTimeoutSeconds)
                         .arg(Defaults::MaxTimeoutSeconds)
                         .arg(text));
        return std::nullopt;
    }
    return seconds * 1000;
}

std::optional<CasRequest> resolve(const QCommandLineParser& parser, int* exitCode)
{
    *exitCode = ExitUsage;
    CasRequest request;
    request.commandLine = true;
    QString profileName;
    if (parser.isSet(QStringLiteral("profile"))) {
        if (parser.isSet(QStringLiteral("url")) || parser.isSet(QStringLiteral("key"))) {
            CliIo::error(CliText::tr("use either --profile or --url with --key, not both"));
            return std::nullopt;
        }
        profileName = parser.value(QStringLiteral("profile"));
        const std::optional<Profile> profile = ProfileStore().profile(profileName);
        if (!profile) {
            CliIo::error(CliText::tr("there is no profile \"%1\"; cas-console profile list shows the profiles").arg(profileName));
            return std::nullopt;
        }
        request = CasRequest::fromProfile(*profile, QByteArray());
    } else {
        if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("key"))) {
            CliIo::error(CliText::tr("say which CAS to ask: --profile NAME, or --url URL with --key KEY"));
            return std::nullopt;
        }
        request.baseUrl = parser.value(QStringLiteral("url"));
        request.apiKey = parser.value(QStringLiteral("key"));
    }
    if (parser.isSet(QStringLiteral("cacert"))) {
        request.caFile = parser.value(QStringLiteral("cacert"));
    }
    const std::optional<int> timeout = timeoutMs(parser);
    if (!timeout) {
        return std::nullopt;
    }
    if (*timeout > 0) {
        request.timeoutMs = *timeout;
    }

    for (const ProfileError& invalid : {ProfilePolicy::validateUrl(request.baseUrl), ProfilePolicy::validateApiKey(request.apiKey)}) {
        if (!invalid.ok()) {
            CliIo::error(invalid.message);
            return std::nullopt;
        }
    }

    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        std::optional<QByteArray> secret = CliIo::readSecret(CliText::tr("API secret (typing is not shown):"));
        if (!secret) {
            return std::nullopt;
        }
        request.apiSecret = *secret;
        CliIo::wipe(*secret);
    } else if (qEnvironmentVariableIsSet("CAS_API_SECRET")) {
        request.apiSecret = qgetenv("CAS_API_SECRET");
        ProfilePolicy::stripLineEnd(request.apiSecret);
    } else if (!profileName.isEmpty()) {
        SecretStore store;
        SecretError error;
        std::optional<QByteArray> secret = store.readBlocking(profileName, &error);
        if (!secret && error.kind == SecretError::Kind::NotFoundOrLocked) {
            CliIo::error(CliText::tr("profile \"%1\" has no API secret in the keychain (it was saved without one, or the keyring "
                                     "is locked). Give the secret in one of three ways: on standard input with --secret-stdin; "
                                     "in the CAS_API_SECRET environment variable; or store it with "
                                     "cas-console profile add %1 --url URL --key KEY --secret-stdin")
                             .arg(profileName));
            return std::nullopt;
        }
        if (!secret) {
            CliIo::error(CliText::tr("cannot read the API secret of profile \"%1\" from the keychain: %2").arg(profileName, error.message));
            *exitCode = ExitKeychain;
            return std::nullopt;
        }
        request.apiSecret = *secret;
        CliIo::wipe(*secret);
    } else {
        CliIo::error(CliText::tr("no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET"));
        return std::nullopt;
    }
    // Before anything is sent: a control character here would reach the CAS in a header.
    if (const ProfileError invalid = ProfilePolicy::validateSecret(request.apiSecret); !invalid.ok()) {
        CliIo::wipe(request.apiSecret);
        CliIo::error(invalid.message);
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return request;
}
} // namespace CasOptions
