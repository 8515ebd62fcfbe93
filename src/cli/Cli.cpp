#include "cli/Cli.h"

#include "cli/CliIo.h"
#include "cli/CliText.h"
#include "cli/CommandTable.h"
#include "cli/ExitCode.h"
#include "core/JsonWriter.h"
#include "core/Version.h"

#include <QCoreApplication>

namespace
{
bool wantsHelp(const QStringList& args)
{
    for (const QString& arg : args) {
        if (arg == QLatin1String("--"))
            return false;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return true;
    }
    return false;
}

bool takesJson(const CliCommand& command)
{
    for (const CliOption& option : command.options) {
        if (qstrcmp(option.name, "json") == 0)
            return true;
    }
    return false;
}

// A --json command that failed before it printed its own object still prints one, with "error".
int withJsonError(const CliCommand& command, const QStringList& args, int code)
{
    if (code == ExitOk || !takesJson(command) || !args.contains(QLatin1String("--json")) || CliIo::wroteOutput())
        return code;
    JsonWriter error;
    error.add(QStringLiteral("kind"), exitKindName(code));
    error.add(QStringLiteral("message"), CliIo::lastError());
    JsonWriter object;
    object.addObject(QStringLiteral("error"), error);
    CliIo::outRaw(object.toJson());
    return code;
}

int runCommand(const CliCommand& command, const QStringList& args)
{
    if (wantsHelp(args)) {
        CliIo::out(CommandTable::usage(command));
        return ExitOk;
    }
    return withJsonError(command, args, command.run(args));
}
} // namespace

namespace Cli
{
bool isHeadless(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool takesValue = false;
        if (!CommandTable::isWindowOption(args.at(i), &takesValue))
            return true;
        if (takesValue)
            ++i;
    }
    return false;
}

QString windowUnavailable(const QStringList& args)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt aborts when it cannot reach a display; say so first. A platform chosen by the person
    // (QT_QPA_PLATFORM, -platform: offscreen, vnc, eglfs...) is theirs to get right.
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    for (const QString& arg : args) {
        if (arg == QLatin1String("-platform") || arg == QLatin1String("--platform") || arg.startsWith(QLatin1String("-platform=")))
            return {};
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return CliText::tr("neither DISPLAY nor WAYLAND_DISPLAY is set");
#else
    Q_UNUSED(args)
#endif
    return {};
}

int reportNoDisplay(const QString& reason)
{
    CliIo::error(CliText::tr("The window needs a display (%1). Run it from a desktop session, or use the command line: "
                             "cas-console --help lists the commands.")
                     .arg(reason));
    return ExitUsage;
}

int reportNoWindow(const QString& reason)
{
    CliIo::error(CliText::tr("The window is missing from this installation (%1). Reinstall cas-console, or use the command line: "
                             "cas-console --help lists the commands.")
                     .arg(reason));
    return ExitInternal;
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
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        CliIo::out(CommandTable::usage());
        return ExitOk;
    }
    if (command.startsWith(QLatin1Char('-'))) {
        bool takesValue = false;
        QString message;
        if (CommandTable::isWindowOption(command, &takesValue)) {
            message = CliText::tr("%1 opens the window, so it cannot go with \"%2\"").arg(command, args.value(takesValue ? 2 : 1));
        } else {
            message = CliText::tr("there is no option %1").arg(command.section(QLatin1Char('='), 0, 0));
            QStringList commandsWithIt;
            for (const CliCommand& c : CommandTable::commands()) {
                for (const CliOption& option : c.options) {
                    if (command == QStringLiteral("--") + QLatin1String(option.name) && !commandsWithIt.contains(c.name))
                        commandsWithIt.append(c.name);
                }
            }
            const QString hint =
                CommandTable::suggestion(command, {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("demo")});
            if (!hint.isEmpty())
                message += QStringLiteral("; ") + hint;
            else if (!commandsWithIt.isEmpty())
                message += QStringLiteral("; ") + CliText::tr("it goes after a command: %1").arg(commandsWithIt.join(QStringLiteral(", ")));
        }
        CliIo::error(message + QLatin1Char(' ') + CliText::tr("(run cas-console --help)"));
        return ExitUsage;
    }

    const QList<const CliCommand*> actions = CommandTable::actions(command);
    if (!actions.isEmpty()) {
        const QString action = rest.value(0);
        if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
            if (action.isEmpty()) {
                QStringList names;
                for (const CliCommand* a : actions)
                    names.append(a->name.section(QLatin1Char(' '), 1));
                CliIo::error(
                    CliText::tr("%1 needs an action: %2 (run cas-console %1 --help)").arg(command, names.join(QStringLiteral(", "))));
                return ExitUsage;
            }
            CliIo::out(CommandTable::groupUsage(command));
            return ExitOk;
        }
        const CliCommand* found = CommandTable::find(command + QLatin1Char(' ') + action);
        if (!found) {
            QStringList names;
            for (const CliCommand* a : actions)
                names.append(a->name.section(QLatin1Char(' '), 1));
            QString message = CliText::tr("unknown %1 action \"%2\": use %3").arg(command, action, names.join(QStringLiteral(", ")));
            CliIo::error(message);
            return ExitUsage;
        }
        if (wantsHelp(rest.mid(1))) {
            CliIo::out(CommandTable::usage(*found));
            return ExitOk;
        }
        return withJsonError(*found, rest, found->run(rest));
    }

    const CliCommand* found = CommandTable::find(command);
    if (!found) {
        QString message = CliText::tr("unknown command \"%1\"").arg(command);
        const QString hint = CommandTable::suggestion(command, CommandTable::topLevelNames(false), QString());
        message += QStringLiteral("; ") + (hint.isEmpty() ? CliText::tr("run cas-console --help for the list") : hint);
        CliIo::error(message);
        return ExitUsage;
    }
    return runCommand(*found, rest);
}

int help(const QStringList& args)
{
    const QString name = args.join(QLatin1Char(' '));
    if (name.isEmpty()) {
        CliIo::out(CommandTable::usage());
        return ExitOk;
    }
    if (const CliCommand* command = CommandTable::find(name)) {
        CliIo::out(CommandTable::usage(*command));
        return ExitOk;
    }
    if (!CommandTable::actions(name).isEmpty()) {
        CliIo::out(CommandTable::groupUsage(name));
        return ExitOk;
    }
    CliIo::error(CliText::tr("there is no command \"%1\"; run cas-console --help for the list").arg(name));
    return ExitUsage;
}

int completion(const QStringList& args)
{
    const QString script = CommandTable::completion(args.value(0));
    if (script.isEmpty() || args.size() != 1) {
        CliIo::error(CliText::tr("completion takes one shell: bash, zsh or fish"));
        return ExitUsage;
    }
    CliIo::out(script);
    return ExitOk;
}
} // namespace Cli
