#include "cli/CliCommands.h"

#include "cli/CasOptions.h"
#include "cli/TerminationSignals.h"
#include "core/CasClient.h"
#include "core/Clock.h"
#include "cli/CliIo.h"
#include "core/DemoCasServer.h"
#include "core/HistoryStore.h"
#include "core/ProfileRemoval.h"
#include "core/SettingsFile.h"
#include "cli/ExitCode.h"
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
constexpr qint64 MaxTokenInput = 16 * 1024 * 1024;
constexpr qint64 MaxKeyFile = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// Parses options; on a usage error prints why and returns false.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    return CliIo::parseArguments(parser, command, args);
}

bool tooManyPositionals(const QCommandLineParser& parser, int max)
{
    if (parser.positionalArguments().size() > max) {
        CliIo::error(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().value(max)));
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
    const std::optional<QByteArray> all = CliIo::readStdinAll(MaxTokenInput);
    if (!all) {
        CliIo::error(tr("the input on stdin is larger than 16 MiB; that is not a token"));
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

QByteArray rawJsonOrNull(const QByteArray& json)
{
    return json.isEmpty() ? QByteArrayLiteral("null") : json.trimmed();
}

} // namespace

namespace CliCommands
{
int token(const QStringList& args)
{
    QCommandLineParser parser;
    const CasOptions casOptions;
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    parser.addOptions(casOptions.options());
    parser.addOption(jsonOpt);
    if (!parse(parser, QStringLiteral("token"), args) || tooManyPositionals(parser, 0)) {
        return ExitUsage;
    }
    int problem = ExitOk;
    std::optional<CasRequest> resolved = casOptions.resolve(parser, &problem);
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

    if (!result.ok()) {
        CliIo::error(result.error.message);
        if (!result.error.detail.isEmpty()) {
            CliIo::note(tr("  detail: %1").arg(SafeText::visible(result.error.detail)));
        }
        return exitCodeFor(result.error.kind);
    }
    if (!parser.isSet(jsonOpt)) {
        CliIo::out(result.token + QLatin1Char('\n'));
        return ExitOk;
    }
    const Jwt jwt = Jwt::parse(result.token);
    QByteArray json = "{\"token\":" + CliIo::jsonString(result.token) + ",\"header\":" + rawJsonOrNull(jwt.headerJson())
        + ",\"payload\":" + rawJsonOrNull(jwt.payloadJson()) + ",\"status\":" + QByteArray::number(result.httpStatus)
        + ",\"url\":" + CliIo::jsonString(result.finalUrl.toString()) + ",\"elapsed_ms\":" + QByteArray::number(result.elapsedMs)
        + ",\"proxy\":" + (result.proxy.isEmpty() ? QByteArray("null") : CliIo::jsonString(result.proxy)) + "}\n";
    CliIo::outRaw(json);
    return ExitOk;
}

int decode(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    parser.addOption(jsonOpt);
    if (!parse(parser, QStringLiteral("decode"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    int failure = ExitOk;
    const std::optional<Jwt> parsed = tokenFromInput(parser, &failure);
    if (!parsed) {
        return failure;
    }
    const Jwt& jwt = *parsed;

    if (parser.isSet(jsonOpt)) {
        QByteArray warnings = "[";
        for (const QString& warning : jwt.warnings()) {
            warnings += (warnings.size() > 1 ? "," : "") + CliIo::jsonString(warning);
        }
        warnings += "]";
        CliIo::outRaw("{\"header\":" + rawJsonOrNull(jwt.headerJson()) + ",\"payload\":" + rawJsonOrNull(jwt.payloadJson())
                      + ",\"signature\":" + CliIo::jsonString(jwt.signaturePart()) + ",\"warnings\":" + warnings + "}\n");
        return ExitOk;
    }

    QString text;
    text += tr("Header") + QLatin1Char('\n') + jwt.header().pretty + QLatin1Char('\n');
    text += tr("Payload") + QLatin1Char('\n') + jwt.payload().pretty + QLatin1Char('\n');
    text += tr("Signature: %1 bytes (%2)").arg(jwt.signature().size()).arg(jwt.algorithm().isEmpty() ? tr("no alg") : jwt.algorithm())
        + QLatin1Char('\n');
    const QList<JwtTimeClaim> times = jwt.timeClaims();
    if (!times.isEmpty()) {
        const QDateTime now = Clock::now();
        text += tr("Time claims") + QLatin1Char('\n');
        for (const JwtTimeClaim& claim : times) {
            text += QStringLiteral("  %1  %2, %3\n").arg(claim.name, formatTime(claim.utc()), claim.describeRelative(now));
        }
    }
    for (const QString& warning : jwt.warnings()) {
        text += tr("Warning: %1").arg(SafeText::visible(warning)) + QLatin1Char('\n');
    }
    CliIo::out(text);
    return ExitOk;
}

int verify(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption stdinOpt(QStringLiteral("secret-stdin"));
    const QCommandLineOption base64Opt(QStringLiteral("base64-secret"));
    const QCommandLineOption keyOpt(QStringLiteral("key-file"), QString(), QStringLiteral("FILE"));
    parser.addOptions({stdinOpt, base64Opt, keyOpt});
    if (!parse(parser, QStringLiteral("verify"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    if (parser.isSet(stdinOpt) == parser.isSet(keyOpt)) {
        CliIo::error(tr("give exactly one key: --secret-stdin (a shared secret) or --key-file FILE"));
        return ExitUsage;
    }
    if (parser.isSet(base64Opt) && !parser.isSet(stdinOpt)) {
        CliIo::error(tr("--base64-secret goes with --secret-stdin"));
        return ExitUsage;
    }
    const QString tokenArg = parser.positionalArguments().value(0);
    if (parser.isSet(stdinOpt) && (tokenArg.isEmpty() || tokenArg == QLatin1String("-"))) {
        CliIo::error(tr("the token and the secret cannot both come from standard input: pass the token as an argument"));
        return ExitUsage;
    }

    QByteArray key;
    if (parser.isSet(keyOpt)) {
        QString problem;
        const std::optional<QByteArray> file = CliIo::readFile(parser.value(keyOpt), MaxKeyFile, &problem);
        if (!file) {
            CliIo::error(tr("cannot use the key file: %1").arg(problem));
            return ExitUsage;
        }
        key = *file;
    } else {
        std::optional<QByteArray> line = CliIo::readStdinLine();
        if (!line || line->isEmpty()) {
            CliIo::error(tr("--secret-stdin was given but standard input had no secret line"));
            return ExitUsage;
        }
        key = *line;
        CliIo::wipe(*line);
    }

    const std::optional<QString> input = tokenInput(parser);
    if (!input) {
        CliIo::wipe(key);
        return ExitUsage;
    }
    const VerifyResult result = parser.isSet(keyOpt) ? JwsVerifier::verifyWithKey(input->trimmed(), key)
                                                     : JwsVerifier::verifyWithSecret(input->trimmed(), key, parser.isSet(base64Opt));
    CliIo::wipe(key);

    switch (result.status) {
    case VerifyResult::Status::Verified:
        CliIo::out(SafeText::visible(result.message) + QLatin1Char('\n'));
        return ExitOk;
    case VerifyResult::Status::NotVerified:
        CliIo::error(result.message);
        return ExitNotVerified;
    case VerifyResult::Status::NotChecked:
        break;
    }
    CliIo::error(result.message);
    switch (result.reason) {
    case VerifyResult::Reason::BadKey:
        return ExitUsage;
    case VerifyResult::Reason::MalformedToken:
        return ExitBadResponse;
    default:
        return ExitNotVerified;
    }
}

int profile(const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    SettingsFile settings;
    ProfileStore profiles(&settings);

    if (action == QLatin1String("list")) {
        QCommandLineParser parser;
        if (!parse(parser, QStringLiteral("profile list"), rest) || tooManyPositionals(parser, 0)) {
            return ExitUsage;
        }
        const QList<Profile> all = profiles.profiles();
        if (all.isEmpty()) {
            CliIo::note(tr("No profiles yet. Add one with: cas-console profile add NAME --url URL --key KEY --secret-stdin"));
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
        const QCommandLineOption urlOpt(QStringLiteral("url"), QString(), QStringLiteral("URL"));
        const QCommandLineOption keyOpt(QStringLiteral("key"), QString(), QStringLiteral("KEY"));
        const QCommandLineOption caOpt(QStringLiteral("cacert"), QString(), QStringLiteral("PEM"));
        const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QString(), QStringLiteral("SEC"));
        const QCommandLineOption stdinOpt(QStringLiteral("secret-stdin"));
        parser.addOptions({urlOpt, keyOpt, caOpt, timeoutOpt, stdinOpt});
        if (!parse(parser, QStringLiteral("profile add"), rest) || tooManyPositionals(parser, 1)) {
            return ExitUsage;
        }
        Profile profile;
        profile.name = parser.positionalArguments().value(0);
        profile.url = parser.value(urlOpt).trimmed();
        profile.apiKey = parser.value(keyOpt);
        profile.caFile = parser.value(caOpt);
        const ProfileError badName = ProfilePolicy::validateName(profile.name);
        if (!badName.ok()) {
            CliIo::error(badName.message);
            return ExitUsage;
        }
        if (profile.url.isEmpty() || profile.apiKey.isEmpty()) {
            CliIo::error(tr("a profile needs --url URL and --key KEY"));
            return ExitUsage;
        }
        const std::optional<int> timeout = CasOptions::timeoutMs(parser, timeoutOpt);
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
        std::optional<QByteArray> secret;
        if (parser.isSet(stdinOpt)) {
            secret = CliIo::readStdinLine();
            if (!secret || secret->isEmpty()) {
                CliIo::error(tr("--secret-stdin was given but standard input had no secret line"));
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
                CliIo::error(tr("profile \"%1\" was not changed: its URL or API key changes, so the secret stored for the "
                                "old one must be deleted first, and it could not be: %2 Unlock the keychain and try "
                                "again, or give the secret for the new one with --secret-stdin.")
                                 .arg(profile.name, removed.message));
                return ExitKeychain;
            }
        }
        QString problem;
        if (!profiles.save(profile, &problem)) {
            if (secret) {
                CliIo::wipe(*secret);
            }
            CliIo::error(problem);
            return ExitInternal;
        }
        if (secret) {
            const SecretError error = secrets.writeBlocking(profile.name, *secret);
            CliIo::wipe(*secret);
            if (!error.ok()) {
                CliIo::error(tr("profile \"%1\" was saved, but its API secret could not be stored in the keychain: %2")
                                 .arg(profile.name, error.message));
                return ExitKeychain;
            }
        }
        if (secret) {
            CliIo::note(tr("Profile \"%1\" saved; its API secret is in the system keychain.").arg(profile.name));
        } else if (previous && ProfilePolicy::secretStillBelongs(*previous, profile)) {
            CliIo::note(tr("Profile \"%1\" saved; its API secret in the keychain (if any) is kept.").arg(profile.name));
        } else {
            CliIo::note(tr("Profile \"%1\" saved without a secret; pass one later with --secret-stdin, "
                           "or with CAS_API_SECRET when fetching.")
                            .arg(profile.name));
        }
        return ExitOk;
    }

    if (action == QLatin1String("remove")) {
        QCommandLineParser parser;
        const QCommandLineOption forceOpt(QStringLiteral("force"));
        parser.addOption(forceOpt);
        if (!parse(parser, QStringLiteral("profile remove"), rest) || tooManyPositionals(parser, 1)) {
            return ExitUsage;
        }
        const QString name = parser.positionalArguments().value(0);
        if (name.isEmpty()) {
            CliIo::error(tr("say which profile to remove: cas-console profile remove NAME"));
            return ExitUsage;
        }
        if (!profiles.contains(name)) {
            CliIo::error(tr("there is no profile \"%1\"").arg(name));
            return ExitUsage;
        }
        SecretStore secrets;
        HistoryStore history(&secrets, &settings);
        const ProfileRemovalResult result = ProfileRemoval::run(name, parser.isSet(forceOpt), profiles, history, secrets);
        if (!result.removed && !result.keychainError.ok()) {
            CliIo::error(tr("profile \"%1\" was kept because its keychain entries could not be deleted: %2 Unlock the "
                            "keychain and try again, or remove the profile anyway with --force (the entries then stay "
                            "in the keychain).")
                             .arg(name, result.keychainError.message));
            return ExitKeychain;
        }
        if (!result.removed) {
            CliIo::error(result.settingsProblem);
            return ExitInternal;
        }
        if (!result.notDeleted.isEmpty()) {
            CliIo::note(tr("Profile \"%1\" removed, but these stay in the keychain: %2 (%3)")
                            .arg(name, result.notDeleted.join(QLatin1String(", ")), result.keychainError.message));
        } else {
            CliIo::note(tr("Profile \"%1\" removed, with its API secret and history.").arg(name));
        }
        return ExitOk;
    }

    CliIo::error(action.isEmpty() ? tr("profile needs an action: add, list or remove")
                                  : tr("unknown profile action \"%1\": use add, list or remove").arg(action));
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
    const QCommandLineOption portOpt(QStringLiteral("port"), QString(), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tlsOpt(QStringLiteral("tls"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QString(), QStringLiteral("NAME"), QStringLiteral("success"));
    const QCommandLineOption certOutOpt(QStringLiteral("cert-out"), QString(), QStringLiteral("FILE"));
    parser.addOptions({portOpt, tlsOpt, scenarioOpt, certOutOpt});
    if (!parse(parser, QStringLiteral("demo-server"), args) || tooManyPositionals(parser, 0)) {
        return ExitUsage;
    }
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        CliIo::error(tr("--port takes a number from 0 to 65535 (0 picks a free port), not \"%1\"").arg(parser.value(portOpt)));
        return ExitUsage;
    }
    const std::optional<DemoCasServer::Scenario> scenario = scenarioNamed(parser.value(scenarioOpt));
    if (!scenario) {
        CliIo::error(tr("unknown scenario \"%1\": use success, wrong-credentials, server-error, slow, expired-token "
                        "or redirect-other-host")
                         .arg(parser.value(scenarioOpt)));
        return ExitUsage;
    }

    DemoCasServer server;
    server.setScenario(*scenario);
    QString problem;
    if (!server.start(static_cast<quint16>(port), parser.isSet(tlsOpt), &problem)) {
        CliIo::error(tr("the demo CAS could not start: %1").arg(problem));
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
            CliIo::error(tr("cannot write the demo certificate to %1: %2").arg(certPath, file.errorString()));
            return ExitUsage;
        }
    }

    // Results on stdout so scripts can read them; the secret is the public demo secret.
    CliIo::out(QStringLiteral("URL: %1\nAPI key: %2\nAPI secret: %3\n")
                   .arg(server.baseUrl().toString(), DemoCasServer::ApiKey, QString::fromUtf8(DemoCasServer::ApiSecret)));
    if (!certPath.isEmpty()) {
        CliIo::out(QStringLiteral("CA file: %1\n").arg(certPath));
    }
    CliIo::note(tr("Demo CAS running; these demo credentials are public and only work here. "
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
    const QCommandLineOption outputOpt(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    parser.addOption(outputOpt);
    if (!parse(parser, QStringLiteral("qr"), args) || tooManyPositionals(parser, 1)) {
        return ExitUsage;
    }
    const QString output = parser.value(outputOpt);
    const bool svg = output.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (output.isEmpty() || (!svg && !output.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))) {
        CliIo::error(tr("say where to write the QR code: --output FILE.png or --output FILE.svg"));
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
        CliIo::error(tr("cannot write %1: %2").arg(output, file.errorString()));
        return ExitUsage;
    }
    CliIo::note(tr("QR code written to %1 (%2 modules per side).").arg(output).arg(code->size()));
    return ExitOk;
}
} // namespace CliCommands
