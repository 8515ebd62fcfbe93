#include "cli/CasOptions.h"

#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "core/Defaults.h"
#include "core/ProfilePolicy.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"

#include <QCoreApplication>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

std::optional<int> CasOptions::timeoutMs(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return 0;
    }
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > Defaults::MaxTimeoutSeconds) {
        CliIo::error(tr("--timeout takes a number of seconds between 0 and %1, not \"%2\"")
                         .arg(Defaults::MaxTimeoutSeconds)
                         .arg(parser.value(option)));
        return std::nullopt;
    }
    return static_cast<int>(seconds * 1000);
}

namespace
{
QString profileSecretProblem(const QString& profile, const SecretError& error)
{
    return tr("cannot read the API secret of profile \"%1\" from the keychain: %2").arg(profile, error.message);
}
} // namespace

CasOptions::CasOptions()
    : m_profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"))
    , m_url(QStringLiteral("url"), QString(), QStringLiteral("URL"))
    , m_key(QStringLiteral("key"), QString(), QStringLiteral("KEY"))
    , m_cacert(QStringLiteral("cacert"), QString(), QStringLiteral("PEM"))
    , m_timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SEC"))
    , m_secretStdin(QStringLiteral("secret-stdin"))
{ }

QList<QCommandLineOption> CasOptions::options() const
{
    return {m_profile, m_url, m_key, m_cacert, m_timeout, m_secretStdin};
}

std::optional<CasRequest> CasOptions::resolve(const QCommandLineParser& parser, int* exitCode) const
{
    *exitCode = ExitUsage;
    CasRequest request;
    QString profileName;
    if (parser.isSet(m_profile)) {
        if (parser.isSet(m_url) || parser.isSet(m_key)) {
            CliIo::error(tr("use either --profile or --url with --key, not both"));
            return std::nullopt;
        }
        profileName = parser.value(m_profile);
        const std::optional<Profile> profile = ProfileStore().profile(profileName);
        if (!profile) {
            CliIo::error(tr("there is no profile \"%1\"; cas-console profile list shows the profiles").arg(profileName));
            return std::nullopt;
        }
        request = CasRequest::fromProfile(*profile, QByteArray());
    } else {
        if (!parser.isSet(m_url) || !parser.isSet(m_key)) {
            CliIo::error(tr("say which CAS to ask: --profile NAME, or --url URL with --key KEY"));
            return std::nullopt;
        }
        request.baseUrl = parser.value(m_url);
        request.apiKey = parser.value(m_key);
    }
    if (parser.isSet(m_cacert)) {
        request.caFile = parser.value(m_cacert);
    }
    const std::optional<int> timeout = timeoutMs(parser, m_timeout);
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

    if (parser.isSet(m_secretStdin)) {
        std::optional<QByteArray> line = CliIo::readStdinLine();
        if (!line || line->isEmpty()) {
            CliIo::error(tr("--secret-stdin was given but standard input had no secret line"));
            return std::nullopt;
        }
        request.apiSecret = *line;
        CliIo::wipe(*line);
    } else if (qEnvironmentVariableIsSet("CAS_API_SECRET")) {
        request.apiSecret = qgetenv("CAS_API_SECRET");
        ProfilePolicy::stripLineEnd(request.apiSecret);
    } else if (!profileName.isEmpty()) {
        SecretStore store;
        SecretError error;
        std::optional<QByteArray> secret = store.readBlocking(profileName, &error);
        if (!secret) {
            CliIo::error(profileSecretProblem(profileName, error));
            *exitCode = ExitKeychain;
            return std::nullopt;
        }
        request.apiSecret = *secret;
        CliIo::wipe(*secret);
    } else {
        CliIo::error(tr("no API secret: pass it on standard input with --secret-stdin, or set CAS_API_SECRET"));
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
