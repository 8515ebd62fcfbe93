#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/ServeCommand.h"
#include "core/Version.h"

#include <QCoreApplication>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

const QStringList& subcommands()
{
    static const QStringList names {
        QStringLiteral("token"),       QStringLiteral("decode"), QStringLiteral("verify"), QStringLiteral("profile"),
        QStringLiteral("demo-server"), QStringLiteral("qr"),     QStringLiteral("serve"),  QStringLiteral("help"),
    };
    return names;
}

QString usage()
{
    return tr("Usage: cas-console [--demo]              open the window (--demo: with the local demo CAS)\n"
              "       cas-console COMMAND [OPTIONS]     run headless\n"
              "\n"
              "Commands:\n"
              "  token (--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC]\n"
              "        [--json] [--secret-stdin]\n"
              "      Get a token from CAS. The secret comes from --secret-stdin (one line), else\n"
              "      the CAS_API_SECRET environment variable, else the profile's keychain entry.\n"
              "  decode [TOKEN|-] [--json]\n"
              "      Show the header, payload and time claims of a token (stdin when omitted or -).\n"
              "  verify [TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE)\n"
              "      Check the signature with a shared secret or a PEM/certificate/JWK/JWKS key.\n"
              "  profile add NAME --url URL --key KEY [--cacert PEM] [--timeout SEC] [--secret-stdin]\n"
              "  profile list\n"
              "  profile remove NAME\n"
              "      Manage profiles; secrets are kept only in the system keychain.\n"
              "  demo-server [--port N] [--tls] [--scenario NAME] [--cert-out FILE]\n"
              "      Run the embedded demo CAS on 127.0.0.1 until interrupted.\n"
              "  qr [TOKEN|-] --output FILE.png|FILE.svg\n"
              "      Write the token as a QR code.\n"
              "  serve (--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin]\n"
              "        [--port N] [--bind ADDR] [--allow-origin ORIGIN]... [--access-code-file FILE]\n"
              "        [--min-validity SEC] [--timeout SEC]\n"
              "      Hand tokens to sample apps: GET http://HOST:PORT/token?session=NAME. One token\n"
              "      per session; browsers only from http://localhost, http://127.0.0.1 and\n"
              "      --allow-origin; other addresses than loopback need an access code.\n"
              "\n"
              "Options: --help, --version\n"
              "\n"
              "Exit codes: 0 ok, 1 internal error, 2 usage (bad option, URL or file),\n"
              "3 network/TLS/timeout/refused redirect, 4 credentials rejected, 5 other CAS error,\n"
              "6 bad response or malformed token, 7 keychain unavailable or failed,\n"
              "8 signature does not verify.\n");
}
} // namespace

namespace Cli
{
bool isHeadless(const QStringList& args)
{
    if (args.isEmpty()) {
        return false;
    }
    const QString& first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v")) {
        return true;
    }
    // Anything else that looks like an option (--demo, Qt's -platform...) belongs to the window.
    return !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList& args)
{
    QCoreApplication::setApplicationVersion(QStringLiteral(CASCONSOLE_VERSION));
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);

    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        CliIo::out(QStringLiteral("cas-console %1\n").arg(QStringLiteral(CASCONSOLE_VERSION)));
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        CliIo::out(usage());
        return ExitOk;
    }
    if (!subcommands().contains(command)) {
        CliIo::error(tr("unknown command \"%1\"; run cas-console --help for the list").arg(command));
        return ExitUsage;
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        CliIo::out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("token")) {
        return CliCommands::token(rest);
    }
    if (command == QLatin1String("decode")) {
        return CliCommands::decode(rest);
    }
    if (command == QLatin1String("verify")) {
        return CliCommands::verify(rest);
    }
    if (command == QLatin1String("profile")) {
        return CliCommands::profile(rest);
    }
    if (command == QLatin1String("demo-server")) {
        return CliCommands::demoServer(rest);
    }
    if (command == QLatin1String("qr")) {
        return CliCommands::qr(rest);
    }
    if (command == QLatin1String("serve")) {
        return ServeCommand::run(rest);
    }
    return ExitInternal;
}
} // namespace Cli
