#include "cli/ServeCommand.h"

#include "cli/CasOptions.h"
#include "cli/CliIo.h"
#include "cli/CliText.h"
#include "cli/CommandTable.h"
#include "cli/ExitCode.h"
#include "cli/TerminationSignals.h"
#include "core/NetModule.h"
#include "core/TokenService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace
{
constexpr qint64 MaxAccessCodeFile = 4096;
constexpr int MaxMinValiditySeconds = 24 * 3600;

/// The first line of the file, trimmed; nullopt after printing why it cannot be an access code.
std::optional<QByteArray> readAccessCode(const QString& path)
{
    QString problem;
    std::optional<QByteArray> file = CliIo::readFile(path, MaxAccessCodeFile, &problem);
    if (!file) {
        CliIo::error(CliText::tr("cannot use the access code file: %1").arg(problem));
        return std::nullopt;
    }
    QByteArray code = file->left(file->indexOf('\n') < 0 ? file->size() : file->indexOf('\n')).trimmed();
    CliIo::wipe(*file);
    bool printable = !code.isEmpty();
    for (const char c : std::as_const(code))
        printable = printable && c > 0x20 && c < 0x7f;
    if (!printable) {
        CliIo::error(CliText::tr("the first line of the access code file %1 must be the code: printable ASCII without spaces").arg(path));
        return std::nullopt;
    }
    return code;
}
} // namespace

int ServeCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    if (!CommandTable::parse(parser, QStringLiteral("serve"), args)) {
        return ExitUsage;
    }
    const QString portText = parser.value(QStringLiteral("port"));
    const QString bindText = parser.value(QStringLiteral("bind"));
    const QString validityText = parser.value(QStringLiteral("min-validity"));
    if (!parser.positionalArguments().isEmpty()) {
        CliIo::error(CliText::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    TokenServiceConfig config;
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        CliIo::error(CliText::tr("--port takes a number from 0 to 65535 (0 picks a free port), not \"%1\"").arg(portText));
        return ExitUsage;
    }
    config.port = static_cast<quint16>(port);
    const std::optional<QString> bindAddress = NetModule::instance().parseAddress(bindText);
    if (!bindAddress) {
        CliIo::error(CliText::tr("--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not \"%1\"").arg(bindText));
        return ExitUsage;
    }
    config.bindAddress = *bindAddress;
    const int minValidity = validityText.toInt(&ok);
    if (!ok || minValidity < 0 || minValidity > MaxMinValiditySeconds) {
        CliIo::error(CliText::tr("--min-validity takes a number of seconds from 0 to 86400, not \"%1\"").arg(validityText));
        return ExitUsage;
    }
    config.minValiditySeconds = minValidity;
    for (const QString& origin : parser.values(QStringLiteral("allow-origin"))) {
        if (!TokenService::normalizeOrigin(origin)) {
            CliIo::error(CliText::tr("--allow-origin takes an origin such as http://192.168.1.20:8080 (scheme, host and port, no path), "
                                     "not \"%1\"")
                             .arg(origin));
            return ExitUsage;
        }
        config.allowedOrigins.append(origin);
    }
    if (parser.isSet(QStringLiteral("access-code-file"))) {
        std::optional<QByteArray> code = readAccessCode(parser.value(QStringLiteral("access-code-file")));
        if (!code) {
            return ExitUsage;
        }
        config.accessCode = *code;
        CliIo::wipe(*code);
    }
    if (!TokenService::isLoopback(config.bindAddress) && config.accessCode.isEmpty()) {
        CliIo::error(CliText::tr("--bind %1 lets other devices ask for tokens: give an access code with --access-code-file FILE "
                                 "(clients then send \"Authorization: Bearer CODE\"), or bind to 127.0.0.1")
                         .arg(config.bindAddress));
        return ExitUsage;
    }

    int problem = ExitOk;
    std::optional<CasRequest> request = CasOptions::resolve(parser, &problem);
    if (!request) {
        return problem;
    }
    config.cas = std::move(*request);

    TokenService service;
    QObject::connect(&service, &TokenService::requestLogged, &service, [](const TokenServiceLogEntry& entry) {
        CliIo::note(entry.toLine());
    });
    const TokenServiceError error = service.start(config);
    CliIo::wipe(config.cas.apiSecret);
    CliIo::wipe(config.accessCode);
    if (error.kind != TokenServiceError::Kind::None) {
        CliIo::error(error.message);
        return error.kind == TokenServiceError::Kind::Listen ? ExitNetwork : ExitUsage;
    }
    CliIo::out(QStringLiteral("URL: %1\n").arg(service.url().toString()));
    const int code = TerminationSignals::execUntilTerminated();
    service.stop();
    return code == 0 ? ExitOk : ExitInternal;
}
