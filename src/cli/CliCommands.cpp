#include "cli/CliCommands.h"

#include "cli/CasOptions.h"
#include "cli/CliIo.h"
#include "cli/CliText.h"
#include "cli/CommandTable.h"
#include "cli/ExitCode.h"
#include "cli/TerminationSignals.h"
#include "core/CasClient.h"
#include "core/Clock.h"
#include "core/CurlCommand.h"
#include "core/DemoCasServer.h"
#include "core/JsonWriter.h"
#include "core/HistoryStore.h"
#include "core/ProfileRemoval.h"
#include "core/SettingsFile.h"
#include "core/JwsVerifier.h"
#include "core/Jwt.h"
#include "core/Defaults.h"
#include "core/ProfilePolicy.h"
#include "core/ProfileStore.h"
#include "core/QrCode.h"
#include "core/SafeText.h"
#include "core/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace
{
constexpr qint64 MaxTokenInput = 16 * Defaults::MiB;
constexpr qint64 MaxKeyFile = 1 * Defaults::MiB;

bool tooManyPositionals(const QCommandLineParser& parser, int max)
{
    if (parser.positionalArguments().size() > max) {
        CliIo::error(CliText::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().value(max)));
        return true;
    }
    return false;
}

/// The token argument, or stdin when it is "-" or missing.
std::optional<QString> tokenInput(const QCommandLineParser& parser)
{
    const QString arg = parser.positionalArguments().value(0);
    if (!arg.isEmpty() && arg != QLatin1String("-")) {
        return arg;
    }
    CliIo::announceStdin(CliText::tr("Reading the token from standard input: paste it, then press Enter and Ctrl+D."));
    const std::optional<QByteArray> all = CliIo::readStdinAll(MaxTokenInput);
    if (!all) {
        CliIo::error(CliText::tr("the input on stdin is larger than 16 MiB; that is not a token"));
        return std::nullopt;
    }
    return QString::fromUtf8(*all);
}

/// The token argument or stdin, parsed; on failure says why and sets *exitCode.
std::optional<Jwt> tokenFromInput(const QCommandLineParser& parser, int* exitCode)
{
    const std::optional<QString> input = tokenInput(parser);
    if (!input) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Jwt jwt = Jwt::parse(*input);
    if (!jwt.isValid()) {
        CliIo::error(jwt.error().message);
        *exitCode = ExitBadResponse;
        return std::nullopt;
    }
    return jwt;
}

QString formatTime(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 UTC (local %2)")
        .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
}

/// "header"/"payload" as JSON when the token carries well-formed JSON there, else the text as
/// "header_text"/"payload_text" (and null under the JSON name), so the output stays one object.
void addTokenPart(JsonWriter& json, const QString& name, const QByteArray& raw)
{
    if (raw.isEmpty() || !json.addRaw(name, raw)) {
        json.addNull(name);
        if (!raw.isEmpty()) {
            json.add(name + QStringLiteral("_text"), SafeText::decodeUtf8(raw.constData(), raw.size()));
        }
    }
}

/// The curl command of --from-curl FILE|-; on failure prints why.
std::optional<CurlCommand> curlCommand(const QCommandLineParser& parser)
{
    for (const char* other : {"url", "key", "secret-stdin"}) {
        if (parser.isSet(QString::fromLatin1(other))) {
            CliIo::error(CliText::tr("--from-curl gives the URL, key and secret itself: leave out --%1").arg(QString::fromLatin1(other)));
            return std::nullopt;
        }
    }
    const QString source = parser.value(QStringLiteral("from-curl"));
    std::optional<QByteArray> text;
    QString problem;
    if (source == QLatin1String("-")) {
        CliIo::announceStdin(CliText::tr("Paste the curl command from the CAS documentation, then press Enter and Ctrl+D."));
        text = CliIo::readStdinAll(MaxKeyFile);
        if (!text) {
            problem = CliText::tr("standard input holds more than 1 MiB, far more than a curl command");
        }
    } else {
        text = CliIo::readFile(source, MaxKeyFile, &problem);
    }
    if (!text) {
        CliIo::error(CliText::tr("cannot read the curl command: %1").arg(problem));
        return std::nullopt;
    }
    std::optional<CurlCommand> command = CurlCommand::parse(QString::fromUtf8(*text), &problem);
    CliIo::wipe(*text);
    if (!command) {
        CliIo::error(problem);
    }
    return command;
}

} // namespace

namespace CliCommands
{
int token(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("token"), args) || tooManyPositionals(parser, 0)) {
        return ExitUsage;
    }

    int problem = ExitOk;
    std::optional<CasRequest> resolved = CasOptions::resolve(parser, &problem);
    if (!resolved) {
        return problem;
    }
    CasRequest request = std::move(*resolved);

    CasClient client;
    CasResult result;
    QEventLoop loop;
    QObject::connect(&client, &CasClient::finished, &loop, [&](const CasResult& r) {
        result = r;
        loop.quit();
    });
    client.fetch(request);
    CliIo::wipe(request.apiSecret);
    if (client.isBusy()) {
        loop.exec();
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!result.ok()) {
        CliIo::error(result.error.message);
        if (!result.error.detail.isEmpty()) {
            CliIo::note(CliText::tr("  detail: %1").arg(SafeText::visible(result.error.detail)));
        }
        if (json) {
            JsonWriter error;
            error.add(QStringLiteral("kind"), exitKindName(exitCodeFor(result.error.kind)));
            error.add(QStringLiteral("cause"), CasError::kindName(result.error.kind));
            error.add(QStringLiteral("message"), result.error.message);
            if (!result.error.detail.isEmpty()) {
                error.add(QStringLiteral("detail"), result.error.detail);
            }
            JsonWriter object;
            object.addObject(QStringLiteral("error"), error);
            if (result.httpStatus > 0) {
                object.add(QStringLiteral("status"), result.httpStatus);
            }
            CliIo::outRaw(object.toJson());
        }
        return exitCodeFor(result.error.kind);
    }
    if (!json) {
        CliIo::out(result.token + QLatin1Char('\n'));
        return ExitOk;
    }
    const Jwt jwt = Jwt::parse(result.token);
    JsonWriter object;
    object.add(QStringLiteral("token"), result.token);
    addTokenPart(object, QStringLiteral("header"), jwt.headerJson());
    addTokenPart(object, QStringLiteral("payload"), jwt.payloadJson());
    object.add(QStringLiteral("status"), result.httpStatus);
    object.add(QStringLiteral("url"), result.finalUrl.toString());
    object.add(QStringLiteral("elapsed_ms"), result.elapsedMs);
    if (result.proxy.isEmpty()) {
        object.addNull(QStringLiteral("proxy"));
    } else {
        object.add(QStringLiteral("proxy"), result.proxy);
    }
    CliIo::outRaw(object.toJson());
    return ExitOk;
}

int decode(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("decode"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    int failure = ExitOk;
    const std::optional<Jwt> parsed = tokenFromInput(parser, &failure);
    if (!parsed) {
        return failure;
    }
    const Jwt& jwt = *parsed;

    if (parser.isSet(QStringLiteral("json"))) {
        JsonWriter object;
        addTokenPart(object, QStringLiteral("header"), jwt.headerJson());
        addTokenPart(object, QStringLiteral("payload"), jwt.payloadJson());
        object.add(QStringLiteral("signature"), jwt.signaturePart());
        object.add(QStringLiteral("warnings"), jwt.warnings());
        CliIo::outRaw(object.toJson());
        return ExitOk;
    }

    QString text;
    text += CliText::tr("Header") + QLatin1Char('\n') + jwt.header().pretty + QLatin1Char('\n');
    text += CliText::tr("Payload") + QLatin1Char('\n') + jwt.payload().pretty + QLatin1Char('\n');
    text += CliText::tr("Signature: %1 bytes (%2)")
                .arg(jwt.signature().size())
                .arg(jwt.algorithm().isEmpty() ? CliText::tr("no alg") : jwt.algorithm())
        + QLatin1Char('\n');
    const QList<JwtTimeClaim> times = jwt.timeClaims();
    if (!times.isEmpty()) {
        const QDateTime now = Clock::now();
        text += CliText::tr("Time claims") + QLatin1Char('\n');
        for (const JwtTimeClaim& claim : times) {
            text += QStringLiteral("  %1  %2, %3\n").arg(claim.name, formatTime(claim.utc()), claim.describeRelative(now));
        }
    }
    for (const QString& warning : jwt.warnings()) {
        text += CliText::tr("Warning: %1").arg(SafeText::visible(warning)) + QLatin1Char('\n');
    }
    CliIo::out(text);
    return ExitOk;
}

namespace
{
int verifyExitCode(const VerifyResult& result)
{
    switch (result.status) {
    case VerifyResult::Status::Verified:
        return ExitOk;
    case VerifyResult::Status::NotVerified:
        return ExitNotVerified;
    case VerifyResult::Status::NotChecked:
        break;
    }
    switch (result.reason) {
    case VerifyResult::Reason::BadKey:
    case VerifyResult::Reason::KeyGivenAsSecret:
        return ExitUsage;
    case VerifyResult::Reason::MalformedToken:
    case VerifyResult::Reason::MalformedKey:
        return ExitBadResponse;
    case VerifyResult::Reason::Unavailable:
        return ExitInternal;
    default:
        return ExitNotVerified;
    }
}
} // namespace

int verify(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("verify"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    const bool fromStdin = parser.isSet(QStringLiteral("secret-stdin"));
    const bool fromFile = parser.isSet(QStringLiteral("key-file"));
    if (fromStdin == fromFile) {
        CliIo::error(CliText::tr("give exactly one key: --secret-stdin (a shared secret) or --key-file FILE"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("base64-secret")) && !fromStdin) {
        CliIo::error(CliText::tr("--base64-secret goes with --secret-stdin"));
        return ExitUsage;
    }
    const QString tokenArg = parser.positionalArguments().value(0);
    if (fromStdin && (tokenArg.isEmpty() || tokenArg == QLatin1String("-"))) {
        CliIo::error(CliText::tr("the token and the secret cannot both come from standard input: pass the token as an argument"));
        return ExitUsage;
    }

    QByteArray key;
    if (fromFile) {
        QString problem;
        const std::optional<QByteArray> file = CliIo::readFile(parser.value(QStringLiteral("key-file")), MaxKeyFile, &problem);
        if (!file) {
            CliIo::error(CliText::tr("cannot use the key file: %1").arg(problem));
            return ExitUsage;
        }
        key = *file;
    } else {
        std::optional<QByteArray> secret = CliIo::readSecret(CliText::tr("Shared secret (typing is not shown):"));
        if (!secret) {
            return ExitUsage;
        }
        key = *secret;
        CliIo::wipe(*secret);
    }

    const std::optional<QString> input = tokenInput(parser);
    if (!input) {
        CliIo::wipe(key);
        return ExitUsage;
    }
    const VerifyResult result = fromFile
        ? JwsVerifier::verifyWithKey(input->trimmed(), key)
        : JwsVerifier::verifyWithSecret(input->trimmed(), key, parser.isSet(QStringLiteral("base64-secret")));
    CliIo::wipe(key);

    QString message = result.message;
    if (result.reason == VerifyResult::Reason::KeyGivenAsSecret) {
        message += QLatin1Char(' ') + CliText::tr("Pass it with --key-file FILE.");
    }
    const int code = verifyExitCode(result);
    if (parser.isSet(QStringLiteral("json"))) {
        JsonWriter object;
        object.add(QStringLiteral("verified"), result.verified());
        object.add(QStringLiteral("algorithm"), result.algorithm);
        object.add(QStringLiteral("key"), result.keyDescription);
        object.add(QStringLiteral("message"), message);
        if (!result.note.isEmpty()) {
            object.add(QStringLiteral("note"), result.note);
        }
        if (code != ExitOk) {
            JsonWriter error;
            error.add(QStringLiteral("kind"), exitKindName(code));
            error.add(QStringLiteral("message"), message);
            object.addObject(QStringLiteral("error"), error);
        }
        CliIo::outRaw(object.toJson());
    }
    if (code == ExitOk) {
        if (!parser.isSet(QStringLiteral("json"))) {
            CliIo::out(SafeText::visible(message) + QLatin1Char('\n'));
        }
        return ExitOk;
    }
    CliIo::error(message);
    return code;
}

int profile(const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    SettingsFile settings;
    ProfileStore profiles(&settings);

    if (action == QLatin1String("list")) {
        QCommandLineParser parser;
        if (!CommandTable::parse(parser, QStringLiteral("profile list"), rest) || tooManyPositionals(parser, 0)) {
            return ExitUsage;
        }
        const QList<Profile> all = profiles.profiles();
        if (all.isEmpty()) {
            CliIo::note(CliText::tr("No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin"));
            return ExitOk;
        }
        for (const Profile& p : all) {
            // One line per profile and one field per tab, whatever a hand-edited settings file holds.
            QString line =
                QStringLiteral("%1\t%2\t%3").arg(SafeText::visible(p.name), SafeText::visible(p.url), SafeText::visible(p.apiKey));
            if (!p.caFile.isEmpty()) {
                line += QStringLiteral("\tcacert=%1").arg(SafeText::visible(p.caFile));
            }
            CliIo::out(line + QLatin1Char('\n'));
        }
        return ExitOk;
    }

    if (action == QLatin1String("add")) {
        QCommandLineParser parser;
        if (!CommandTable::parse(parser, QStringLiteral("profile add"), rest) || tooManyPositionals(parser, 1)) {
            return ExitUsage;
        }
        Profile profile;
        profile.name = parser.positionalArguments().value(0);
        profile.url = parser.value(QStringLiteral("url")).trimmed();
        profile.apiKey = parser.value(QStringLiteral("key"));
        profile.caFile = parser.value(QStringLiteral("cacert"));
        const ProfileError badName = ProfilePolicy::validateName(profile.name);
        if (!badName.ok()) {
            CliIo::error(badName.message);
            return ExitUsage;
        }
        std::optional<QByteArray> secret;
        if (parser.isSet(QStringLiteral("from-curl"))) {
            std::optional<CurlCommand> curl = curlCommand(parser);
            if (!curl) {
                return ExitUsage;
            }
            profile.url = curl->baseUrl();
            profile.apiKey = curl->apiKey;
            if (!curl->apiSecret.isEmpty()) {
                secret = curl->apiSecret;
            }
            CliIo::wipe(curl->apiSecret);
        }
        if (profile.url.isEmpty() || profile.apiKey.isEmpty()) {
            CliIo::error(CliText::tr("a profile needs --url URL and --key KEY, or --from-curl FILE"));
            return ExitUsage;
        }
        const std::optional<int> timeout = CasOptions::timeoutMs(parser);
        if (!timeout) {
            return ExitUsage;
        }
        if (*timeout > 0) {
            profile.timeoutSeconds = qMax(Defaults::MinTimeoutSeconds, *timeout / 1000);
        }
        if (const ProfileError invalid = ProfilePolicy::validate(profile); !invalid.ok()) {
            CliIo::error(invalid.message);
            return ExitUsage;
        }
        if (!profile.caFile.isEmpty()) {
            profile.caFile = QFileInfo(profile.caFile).absoluteFilePath();
        }
        if (parser.isSet(QStringLiteral("secret-stdin"))) {
            secret = CliIo::readSecret(CliText::tr("API secret (typing is not shown):"));
            if (!secret) {
                return ExitUsage;
            }
            if (const ProfileError invalid = ProfilePolicy::validateSecret(*secret); !invalid.ok()) {
                CliIo::wipe(*secret);
                CliIo::error(invalid.message);
                return ExitUsage;
            }
        }
        SecretStore secrets;
        // A secret belongs to the CAS origin and API key it was saved for: when either changes
        // and no new secret comes with the change, the old one is deleted before anything else.
        const std::optional<Profile> previous = profiles.profile(profile.name);
        if (previous && !secret && !ProfilePolicy::secretStillBelongs(*previous, profile)) {
            const SecretError removed = secrets.removeBlocking(profile.name);
            if (!removed.ok()) {
                CliIo::error(CliText::tr("profile \"%1\" was not changed: its URL or API key changes, so the secret stored for the "
                                         "old one must be deleted first, and it could not be: %2 Unlock the keychain and try "
                                         "again, or give the secret for the new one with --secret-stdin.")
                                 .arg(profile.name, removed.message));
                return ExitKeychain;
            }
        }
        if (const ProfileError error = profiles.save(profile); !error.ok()) {
            if (secret) {
                CliIo::wipe(*secret);
            }
            CliIo::error(error.message);
            // The name was checked above: what is left is the settings file, which is not a usage error.
            return error.kind == ProfileError::Kind::SettingsFile ? ExitInternal : ExitUsage;
        }
        if (secret) {
            const SecretError error = secrets.writeBlocking(profile.name, *secret);
            CliIo::wipe(*secret);
            if (!error.ok()) {
                CliIo::error(CliText::tr("profile \"%1\" was saved, but its API secret could not be stored in the keychain: %2")
                                 .arg(profile.name, error.message));
                return ExitKeychain;
            }
        }
        if (secret) {
            CliIo::note(CliText::tr("Profile \"%1\" saved; its API secret is in the system keychain.").arg(profile.name));
        } else if (previous && ProfilePolicy::secretStillBelongs(*previous, profile)) {
            CliIo::note(CliText::tr("Profile \"%1\" saved; its API secret in the keychain (if any) is kept.").arg(profile.name));
        } else {
            CliIo::note(CliText::tr("Profile \"%1\" saved without a secret; pass one later with --secret-stdin, "
                                    "or with CAS_API_SECRET when fetching.")
                            .arg(profile.name));
        }
        return ExitOk;
    }

    if (action == QLatin1String("remove")) {
        QCommandLineParser parser;
        if (!CommandTable::parse(parser, QStringLiteral("profile remove"), rest) || tooManyPositionals(parser, 1)) {
            return ExitUsage;
        }
        const QString name = parser.positionalArguments().value(0);
        if (name.isEmpty()) {
            CliIo::error(CliText::tr("say which profile to remove: cas-console profile remove NAME"));
            return ExitUsage;
        }
        if (!profiles.contains(name)) {
            CliIo::error(CliText::tr("there is no profile \"%1\"").arg(name));
            return ExitUsage;
        }
        SecretStore secrets;
        HistoryStore history(&secrets, &settings);
        const ProfileRemovalResult result = ProfileRemoval::run(name, parser.isSet(QStringLiteral("force")), profiles, history, secrets);
        if (!result.removed && !result.keychainError.ok()) {
            CliIo::error(CliText::tr("profile \"%1\" was kept because its keychain entries could not be deleted: %2 Unlock the "
                                     "keychain and try again, or remove the profile anyway with --force (the entries then stay "
                                     "in the keychain).")
                             .arg(name, result.keychainError.message));
            return ExitKeychain;
        }
        if (!result.removed) {
            CliIo::error(result.profileError.message);
            return ExitInternal;
        }
        if (!result.notDeleted.isEmpty()) {
            CliIo::note(CliText::tr("Profile \"%1\" removed, but these stay in the keychain: %2 (%3)")
                            .arg(name, result.notDeleted.join(QLatin1String(", ")), result.keychainError.message));
        } else {
            CliIo::note(CliText::tr("Profile \"%1\" removed, with its API secret and history.").arg(name));
        }
        return ExitOk;
    }

    CliIo::error(action.isEmpty() ? CliText::tr("profile needs an action: add, list or remove")
                                  : CliText::tr("unknown profile action \"%1\": use add, list or remove").arg(action));
    return ExitUsage;
}

namespace
{
std::optional<DemoCasServer::Scenario> scenarioNamed(const QString& name)
{
    static const QList<QPair<QString, DemoCasServer::Scenario>> names {
        {QStringLiteral("success"), DemoCasServer::Scenario::Success},
        {QStringLiteral("wrong-credentials"), DemoCasServer::Scenario::WrongCredentials},
        {QStringLiteral("server-error"), DemoCasServer::Scenario::ServerError},
        {QStringLiteral("slow"), DemoCasServer::Scenario::Slow},
        {QStringLiteral("expired-token"), DemoCasServer::Scenario::ExpiredToken},
        {QStringLiteral("redirect-other-host"), DemoCasServer::Scenario::RedirectOtherHost},
    };
    for (const auto& entry : names) {
        if (entry.first == name) {
            return entry.second;
        }
    }
    return std::nullopt;
}
} // namespace

int demoServer(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("demo-server"), args) || tooManyPositionals(parser, 0)) {
        return ExitUsage;
    }
    const QString tlsOpt = QStringLiteral("tls");
    const QString certOutOpt = QStringLiteral("cert-out");
    if (parser.isSet(certOutOpt) && !parser.isSet(tlsOpt)) {
        CliIo::error(CliText::tr("--cert-out writes the demo CAS's certificate, which only --tls makes: add --tls"));
        return ExitUsage;
    }
    bool ok = false;
    const QString portText = parser.value(QStringLiteral("port"));
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        CliIo::error(CliText::tr("--port takes a number from 0 to 65535 (0 picks a free port), not \"%1\"").arg(portText));
        return ExitUsage;
    }
    const QString scenarioName =
        parser.isSet(QStringLiteral("scenario")) ? parser.value(QStringLiteral("scenario")) : QStringLiteral("success");
    const std::optional<DemoCasServer::Scenario> scenario = scenarioNamed(scenarioName);
    if (!scenario) {
        CliIo::error(CliText::tr("unknown scenario \"%1\": use success, wrong-credentials, server-error, slow, expired-token "
                                 "or redirect-other-host")
                         .arg(scenarioName));
        return ExitUsage;
    }

    DemoCasServer server;
    server.setScenario(*scenario);
    QString problem;
    if (!server.start(static_cast<quint16>(port), parser.isSet(tlsOpt), &problem)) {
        CliIo::error(CliText::tr("the demo CAS could not start: %1").arg(problem));
        return ExitNetwork;
    }

    QString certPath;
    if (parser.isSet(tlsOpt)) {
        certPath = parser.value(certOutOpt);
        if (certPath.isEmpty()) {
            QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
            if (dir.isEmpty()) {
                dir = QDir::tempPath();
            }
            certPath = QDir(dir).filePath(QStringLiteral("cas-console-demo-%1.pem").arg(server.baseUrl().port()));
        }
        QSaveFile file(certPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(server.certificatePem()) < 0 || !file.commit()) {
            CliIo::error(CliText::tr("cannot write the demo certificate to %1: %2").arg(certPath, file.errorString()));
            return ExitUsage;
        }
    }

    // Results on stdout so scripts can read them; the secret is the public demo secret.
    CliIo::out(QStringLiteral("URL: %1\nAPI key: %2\nAPI secret: %3\nSigning secret: %4\n")
                   .arg(server.baseUrl().toString(), DemoCasServer::ApiKey, QString::fromUtf8(DemoCasServer::ApiSecret),
                        QString::fromUtf8(DemoCasServer::SigningSecret)));
    if (!certPath.isEmpty()) {
        CliIo::out(QStringLiteral("CA file: %1\n").arg(certPath));
    }
    CliIo::note(CliText::tr("Demo CAS running; these demo credentials are public and only work here. "
                            "Try: echo %1 | cas-console token --url %2 --key %3 --secret-stdin%4\nPress Ctrl+C to stop.")
                    .arg(QString::fromUtf8(DemoCasServer::ApiSecret), server.baseUrl().toString(), DemoCasServer::ApiKey,
                         certPath.isEmpty() ? QString() : QStringLiteral(" --cacert ") + certPath));

    const int code = TerminationSignals::execUntilTerminated();
    if (!certPath.isEmpty() && !parser.isSet(certOutOpt)) {
        QFile::remove(certPath);
    }
    return code == 0 ? ExitOk : ExitInternal;
}

int qr(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("qr"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    const bool svg = output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))) {
        CliIo::error(CliText::tr("say where to write the QR code: --output FILE.png or --output FILE.svg"));
        return ExitUsage;
    }
    int failure = ExitOk;
    const std::optional<Jwt> parsed = tokenFromInput(parser, &failure);
    if (!parsed) {
        return failure;
    }
    const Jwt& jwt = *parsed;
    QString problem;
    const std::optional<QrCode> code = QrCode::encode(jwt.compact().toLatin1(), &problem);
    if (!code) {
        CliIo::error(problem);
        return ExitBadResponse;
    }
    QByteArray bytes;
    if (svg) {
        bytes = code->toSvg();
    } else {
        bytes = code->toPng(8);
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        CliIo::error(CliText::tr("cannot write %1: %2").arg(output, file.errorString()));
        return ExitUsage;
    }
    CliIo::note(CliText::tr("QR code written to %1 (%2 modules per side).").arg(output).arg(code->size()));
    return ExitOk;
}
} // namespace CliCommands
