#include "cli/CommandTable.h"

#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliIo.h"
#include "cli/ServeCommand.h"
#include "core/TokenService.h"

#include <QCommandLineParser>

#include <algorithm>

namespace
{
using C = CliCompletion;

const CliOption s_json {"json", nullptr,
                        QT_TRANSLATE_NOOP("CommandTable", "print one JSON object (on failure too, with an \"error\" member)")};
const CliOption s_url {"url", "URL", QT_TRANSLATE_NOOP("CommandTable", "the CAS base URL (https; plain http only to loopback)")};
const CliOption s_key {"key", "KEY", QT_TRANSLATE_NOOP("CommandTable", "the API key")};
const CliOption s_cacert {"cacert", "PEM", QT_TRANSLATE_NOOP("CommandTable", "also trust this CA certificate file"), C::File};
const CliOption s_timeout {"timeout", "SEC", QT_TRANSLATE_NOOP("CommandTable", "give up after SEC seconds, 1 to 3600 (default 15)")};
const CliOption s_profile {"profile", "NAME", QT_TRANSLATE_NOOP("CommandTable", "use a saved profile (URL, key, CA file, timeout, secret)"),
                           C::Profile};
const CliOption s_secretStdin {"secret-stdin", nullptr,
                               QT_TRANSLATE_NOOP("CommandTable",
                                                 "read the API secret from standard input (the whole input, one "
                                                 "trailing newline removed; on a terminal: a prompt that does not echo)")};

const QStringList& scenarioNames()
{
    static const QStringList names {
        QStringLiteral("success"), QStringLiteral("wrong-credentials"), QStringLiteral("server-error"),
        QStringLiteral("slow"),    QStringLiteral("expired-token"),     QStringLiteral("redirect-other-host"),
    };
    return names;
}

QList<CliCommand> makeCommands()
{
    QList<CliCommand> commands;
    commands.append(
        {QStringLiteral("token"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "(--profile NAME | --url URL --key KEY) [--cacert PEM] [--timeout SEC] [--json] "
                           "[--secret-stdin]"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Get a token from CAS. The secret comes from --secret-stdin, else the "
                           "CAS_API_SECRET environment variable, else the profile's keychain entry."),
         {{"profile", "NAME", QT_TRANSLATE_NOOP("CommandTable", "use a saved profile (URL, key, CA file, timeout, secret)"), C::Profile},
          s_url,
          s_key,
          s_cacert,
          s_timeout,
          s_json,
          s_secretStdin},
         {QStringLiteral("cas-console token --profile prod"),
          QStringLiteral("cas-console token --url https://cas.example.com --key KEY --secret-stdin < secret.txt"),
          QStringLiteral("CAS_API_SECRET=… cas-console token --profile prod --json | jq -r .token")},
         C::None,
         {},
         &CliCommands::token});
    commands.append(
        {QStringLiteral("decode"),
         QT_TRANSLATE_NOOP("CommandTable", "[TOKEN|-] [--json]"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Show the header, payload and time claims of a token (read from "
                           "standard input when TOKEN is - or left out)."),
         {s_json},
         {QStringLiteral("cas-console decode eyJhbGciOi…"), QStringLiteral("cas-console token --profile prod | cas-console decode")},
         C::None,
         {},
         &CliCommands::decode});
    commands.append({QStringLiteral("verify"),
                     QT_TRANSLATE_NOOP("CommandTable", "[TOKEN|-] (--secret-stdin [--base64-secret] | --key-file FILE) [--json]"),
                     QT_TRANSLATE_NOOP("CommandTable",
                                       "Check the signature with a shared secret (HS256/384/512) or a public key: PEM, "
                                       "certificate, JWK or JWKS. Key material is never taken as a shared secret."),
                     {{"secret-stdin", nullptr,
                       QT_TRANSLATE_NOOP("CommandTable",
                                         "read the shared secret from standard input: the whole input, one trailing "
                                         "newline removed (on a terminal: a prompt that does not echo)")},
                      {"base64-secret", nullptr, QT_TRANSLATE_NOOP("CommandTable", "the secret is base64 or base64url encoded")},
                      {"key-file", "FILE", QT_TRANSLATE_NOOP("CommandTable", "a PEM public key, certificate, JWK or JWKS"), C::File},
                      s_json},
                     {QStringLiteral("cas-console verify \"$TOKEN\" --key-file signer.pem"),
                      QStringLiteral("cas-console verify \"$TOKEN\" --secret-stdin < hs256-secret.txt"),
                      QStringLiteral("cas-console token --profile demo | cas-console verify --key-file jwks.json --json")},
                     C::None,
                     {},
                     &CliCommands::verify});
    commands.append({QStringLiteral("profile add"),
                     QT_TRANSLATE_NOOP("CommandTable",
                                       "NAME (--url URL --key KEY | --from-curl FILE|-) "
                                       "[--cacert PEM] [--timeout SEC] [--secret-stdin]"),
                     QT_TRANSLATE_NOOP("CommandTable",
                                       "Save a profile; its secret goes only into the system keychain. "
                                       "--from-curl reads a curl command as the CAS docs print it "
                                       "(URL, auth-api-key and auth-api-secret headers)."),
                     {s_url,
                      s_key,
                      s_cacert,
                      s_timeout,
                      s_secretStdin,
                      {"from-curl", "FILE",
                       QT_TRANSLATE_NOOP("CommandTable",
                                         "take the URL, key and secret from a curl command in FILE (- for "
                                         "standard input)"),
                       C::File}},
                     {QStringLiteral("cas-console profile add prod --url https://cas.example.com --key KEY --secret-stdin"),
                      QStringLiteral("cas-console profile add prod --from-curl - < curl-from-the-docs.txt")},
                     C::Profile,
                     {},
                     &CliCommands::profile});
    commands.append({QStringLiteral("profile list"),
                     nullptr,
                     QT_TRANSLATE_NOOP("CommandTable", "List the profiles: name, URL, API key (tab-separated)."),
                     {},
                     {QStringLiteral("cas-console profile list")},
                     C::None,
                     {},
                     &CliCommands::profile});
    commands.append(
        {QStringLiteral("profile remove"),
         QT_TRANSLATE_NOOP("CommandTable", "NAME [--force]"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Remove a profile with its API secret and history in the keychain. If the keychain "
                           "cannot delete them, the profile is kept and the exit status is 7."),
         {{"force", nullptr,
           QT_TRANSLATE_NOOP("CommandTable", "remove the profile even when its keychain entries cannot be deleted (they stay)")}},
         {QStringLiteral("cas-console profile remove prod")},
         C::Profile,
         {},
         &CliCommands::profile});
    commands.append(
        {QStringLiteral("demo-server"),
         QT_TRANSLATE_NOOP("CommandTable", "[--port N] [--tls [--cert-out FILE]] [--scenario NAME]"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Run the embedded demo CAS on 127.0.0.1 until interrupted. It prints its URL, "
                           "the public demo credentials and the secret its tokens are signed with."),
         {{"port",
           "N",
           QT_TRANSLATE_NOOP("CommandTable", "listen on port N (0, the default, picks a free port)"),
           C::None,
           {},
           QStringLiteral("0")},
          {"tls", nullptr, QT_TRANSLATE_NOOP("CommandTable", "serve HTTPS with a fresh self-signed certificate")},
          {"scenario", "NAME", QT_TRANSLATE_NOOP("CommandTable", "how the demo CAS answers"), C::Values, scenarioNames(),
           QStringLiteral("success")},
          {"cert-out", "FILE", QT_TRANSLATE_NOOP("CommandTable", "with --tls: write the certificate (the CA file) here"), C::File}},
         {QStringLiteral("cas-console demo-server --tls --cert-out demo-ca.pem"),
          QStringLiteral("cas-console demo-server --scenario wrong-credentials")},
         C::None,
         {},
         &CliCommands::demoServer});
    commands.append({QStringLiteral("qr"),
                     QT_TRANSLATE_NOOP("CommandTable", "[TOKEN|-] --output FILE.png|FILE.svg"),
                     QT_TRANSLATE_NOOP("CommandTable", "Write the token as a QR code."),
                     {{"output", "FILE", QT_TRANSLATE_NOOP("CommandTable", "where to write it: a .png or .svg file"), C::File}},
                     {QStringLiteral("cas-console token --profile prod | cas-console qr --output token.png")},
                     C::None,
                     {},
                     &CliCommands::qr});
    commands.append(
        {QStringLiteral("serve"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "(--profile NAME | --url URL --key KEY [--cacert PEM]) [--secret-stdin] [--port N] [--bind ADDR] "
                           "[--allow-origin ORIGIN]... [--access-code-file FILE] [--min-validity SEC] [--timeout SEC]"),
         QT_TRANSLATE_NOOP("CommandTable",
                           "Hand tokens to sample apps: GET http://HOST:PORT/token?session=NAME. One token per session; "
                           "browsers only from http://localhost, http://127.0.0.1 and --allow-origin; other addresses "
                           "than loopback need an access code."),
         {s_profile,
          s_url,
          s_key,
          s_cacert,
          s_timeout,
          s_secretStdin,
          {"port",
           "N",
           QT_TRANSLATE_NOOP("CommandTable", "listen on port N (0, the default, picks a free port)"),
           C::None,
           {},
           QStringLiteral("0")},
          {"bind",
           "ADDR",
           QT_TRANSLATE_NOOP("CommandTable", "listen on this IP address (default 127.0.0.1)"),
           C::None,
           {},
           QStringLiteral("127.0.0.1")},
          {"allow-origin", "ORIGIN", QT_TRANSLATE_NOOP("CommandTable", "also answer browsers from this origin (may be repeated)")},
          {"access-code-file", "FILE", QT_TRANSLATE_NOOP("CommandTable", "clients must send the code on this file's first line"), C::File},
          {"min-validity",
           "SEC",
           QT_TRANSLATE_NOOP("CommandTable", "fetch a new token when the current one has fewer seconds left"),
           C::None,
           {},
           QString::number(TokenServiceConfig::DefaultMinValiditySeconds)}},
         {QStringLiteral("cas-console serve --profile prod --port 8787"),
          QStringLiteral("cas-console serve --profile prod --bind 0.0.0.0 --access-code-file code.txt")},
         C::None,
         {},
         &ServeCommand::run});
    commands.append({QStringLiteral("help"),
                     QT_TRANSLATE_NOOP("CommandTable", "[COMMAND]"),
                     QT_TRANSLATE_NOOP("CommandTable", "Show this help, or a command's own."),
                     {},
                     {QStringLiteral("cas-console help verify")},
                     C::Values,
                     {},
                     &Cli::help,
                     true});
    commands.append({QStringLiteral("completion"),
                     QT_TRANSLATE_NOOP("CommandTable", "bash|zsh|fish"),
                     QT_TRANSLATE_NOOP("CommandTable", "Print the shell completion script (the packages install them)."),
                     {},
                     {QStringLiteral("source <(cas-console completion bash)")},
                     C::Shell,
                     {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")},
                     &Cli::completion,
                     true});
    return commands;
}

QString translated(const char* text)
{
    return text && *text ? CommandTable::tr(text) : QString();
}

QString optionLabel(const CliOption& option)
{
    QString label = QStringLiteral("--") + QLatin1String(option.name);
    if (option.valueName)
        label += QLatin1Char(' ') + QLatin1String(option.valueName);
    return label;
}

// Word-wraps text that starts at column indent to width columns; later lines start there too.
QString wrapped(const QString& text, qsizetype width, qsizetype indent)
{
    QString result;
    qsizetype column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += word.size();
    }
    return result;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

// The option's name without dashes and without "=value".
QString bareOption(const QString& arg)
{
    QString name = arg;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name.section(QLatin1Char('='), 0, 0);
}

QString shellWords(const QStringList& words)
{
    return words.join(QLatin1Char(' '));
}

// $'a\nb': one word per line, for compgen -W with IFS set to a newline (profile names may hold spaces).
QString bashList(const QStringList& words)
{
    return QStringLiteral("$'") + words.join(QStringLiteral("\\n")) + QLatin1Char('\'');
}

// First sentence of a help text, without characters that zsh's _arguments or fish quoting treat specially.
QString shortHelp(const char* help)
{
    QString text = translated(help);
    text = text.section(QStringLiteral(". "), 0, 0);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    for (const QChar c : {QLatin1Char('\''), QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('"'), QLatin1Char('\\'),
                          QLatin1Char('$'), QLatin1Char('`')})
        text.replace(c, QLatin1Char(' '));
    return text.simplified();
}

QStringList groupNames()
{
    QStringList groups;
    for (const CliCommand& command : CommandTable::commands()) {
        const QString group = command.name.section(QLatin1Char(' '), 0, 0);
        if (command.name.contains(QLatin1Char(' ')) && !groups.contains(group))
            groups.append(group);
    }
    return groups;
}

QStringList actionNames(const QString& group)
{
    QStringList names;
    for (const CliCommand* action : CommandTable::actions(group))
        names.append(action->name.section(QLatin1Char(' '), 1));
    return names;
}

QStringList positionalValues(const CliCommand& command)
{
    return command.name == QLatin1String("help") ? CommandTable::topLevelNames(false) : command.positionalValues;
}

QString bashReply(C completion, const QStringList& values)
{
    switch (completion) {
    case C::Profile:
        return QStringLiteral("COMPREPLY=($(compgen -W \"$(_cas_console_profiles)\" -- \"$cur\"))");
    case C::File:
        return QStringLiteral("compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))");
    case C::Values:
    case C::Shell:
        return QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))").arg(bashList(values));
    case C::None:
        break;
    }
    return QStringLiteral(":");
}

QString bashCompletion()
{
    QString s;
    s += QStringLiteral("# bash completion for cas-console. Generated by `cas-console completion bash` from its command table.\n"
                        "_cas_console_profiles()\n{\n    command cas-console profile list 2>/dev/null | cut -f1\n}\n\n"
                        "_cas_console()\n{\n"
                        "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" IFS=$'\\n'\n"
                        "    COMPREPLY=()\n"
                        "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
                        "        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
                        "        return\n    fi\n"
                        "    local cmd=\"${COMP_WORDS[1]}\"\n"
                        "    case \"$cmd\" in\n")
             .arg(bashList(CommandTable::topLevelNames(true)
                           + QStringList {QStringLiteral("--help"), QStringLiteral("--version"), QStringLiteral("--demo")}));
    for (const QString& group : groupNames()) {
        s += QStringLiteral("    %1)\n"
                            "        if [[ $COMP_CWORD -eq 2 ]]; then\n"
                            "            COMPREPLY=($(compgen -W %2 -- \"$cur\"))\n"
                            "            return\n        fi\n"
                            "        cmd=\"%1 ${COMP_WORDS[2]}\"\n"
                            "        ;;\n")
                 .arg(group, bashList(actionNames(group)));
    }
    s += QStringLiteral("    esac\n    local opts=\"\"\n    case \"$cmd\" in\n");
    for (const CliCommand& command : CommandTable::commands()) {
        QStringList names;
        QString valueCases;
        for (const CliOption& option : command.options) {
            names.append(QStringLiteral("--") + QLatin1String(option.name));
            if (option.valueName) {
                valueCases += QStringLiteral("        --%1) %2; return ;;\n")
                                  .arg(QLatin1String(option.name), bashReply(option.completion, option.values));
            }
        }
        names.append(QStringLiteral("--help"));
        s += QStringLiteral("    \"%1\")\n        opts=%2\n        case \"$prev\" in\n%3        esac\n"
                            "        if [[ \"$cur\" != -* ]]; then\n            %4\n            return\n        fi\n        ;;\n")
                 .arg(command.name, bashList(names), valueCases, bashReply(command.positional, positionalValues(command)));
    }
    s += QStringLiteral("    *) return ;;\n    esac\n"
                        "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
                        "}\n"
                        "complete -F _cas_console cas-console\n");
    return s;
}

QString zshSpec(const CliOption& option)
{
    QString spec = QStringLiteral("'--%1[%2]").arg(QLatin1String(option.name), shortHelp(option.help));
    if (option.valueName) {
        QString action;
        switch (option.completion) {
        case C::File:
            action = QStringLiteral("_files");
            break;
        case C::Profile:
            action = QStringLiteral("_cas_console_profiles");
            break;
        case C::Values:
        case C::Shell:
            action = QStringLiteral("(%1)").arg(shellWords(option.values));
            break;
        case C::None:
            break;
        }
        spec += QStringLiteral(":%1:%2").arg(QLatin1String(option.valueName), action);
    }
    return spec + QLatin1Char('\'');
}

QString zshCompletion()
{
    QString s = QStringLiteral("#compdef cas-console\n"
                               "# zsh completion for cas-console. Generated by `cas-console completion zsh` from its command table.\n\n"
                               "_cas_console_profiles()\n{\n"
                               "    local -a profiles\n"
                               "    profiles=(${(f)\"$(command cas-console profile list 2>/dev/null | cut -f1)\"})\n"
                               "    compadd -a profiles\n}\n\n"
                               "_cas-console()\n{\n"
                               "    local -a commands\n    commands=(\n");
    QStringList groups;
    for (const CliCommand& command : CommandTable::commands()) {
        const QString top = command.name.section(QLatin1Char(' '), 0, 0);
        if (groups.contains(top))
            continue;
        groups.append(top);
        const QString summary = command.name.contains(QLatin1Char(' ')) ? CommandTable::tr("Manage profiles") : shortHelp(command.summary);
        s += QStringLiteral("        '%1:%2'\n").arg(top, summary);
    }
    s += QStringLiteral("    )\n"
                        "    if (( CURRENT == 2 )); then\n"
                        "        _describe -t commands 'cas-console command' commands\n"
                        "        compadd -- --help --version --demo\n"
                        "        return\n    fi\n"
                        "    local cmd=$words[2]\n"
                        "    shift words\n    (( CURRENT-- ))\n"
                        "    case $cmd in\n");
    for (const QString& group : groupNames()) {
        s += QStringLiteral("    %1)\n"
                            "        if (( CURRENT == 2 )); then\n"
                            "            compadd -- %2\n            return\n        fi\n"
                            "        cmd=\"%1 $words[2]\"\n        shift words\n        (( CURRENT-- ))\n"
                            "        ;;\n")
                 .arg(group, shellWords(actionNames(group)));
    }
    s += QStringLiteral("    esac\n    case $cmd in\n");
    for (const CliCommand& command : CommandTable::commands()) {
        QStringList specs;
        for (const CliOption& option : command.options)
            specs.append(zshSpec(option));
        specs.append(QStringLiteral("'--help[show this command'\\''s help]'"));
        QString positional;
        switch (command.positional) {
        case C::Profile:
            positional = QStringLiteral("':NAME:_cas_console_profiles'");
            break;
        case C::Values:
        case C::Shell: {
            positional = QStringLiteral("':ARG:(%1)'").arg(shellWords(positionalValues(command)));
            break;
        }
        case C::File:
            positional = QStringLiteral("':FILE:_files'");
            break;
        case C::None:
            positional = QStringLiteral("'*:TOKEN:'");
            break;
        }
        specs.append(positional);
        s += QStringLiteral("    '%1')\n        _arguments -s \\\n            %2\n        ;;\n")
                 .arg(command.name, specs.join(QStringLiteral(" \\\n            ")));
    }
    s += QStringLiteral("    esac\n}\n\n_cas-console \"$@\"\n");
    return s;
}

QString fishCompletion()
{
    QString s = QStringLiteral("# fish completion for cas-console. Generated by `cas-console completion fish` from its command table.\n"
                               "function __cas_console_profiles\n    command cas-console profile list 2>/dev/null | cut -f1\nend\n"
                               "complete -c cas-console -f\n"
                               "complete -c cas-console -n __fish_use_subcommand -l help -d 'Show the help'\n"
                               "complete -c cas-console -n __fish_use_subcommand -l version -d 'Show the version'\n"
                               "complete -c cas-console -n __fish_use_subcommand -l demo -d 'Open the window with the demo CAS'\n");
    QStringList groups;
    for (const CliCommand& command : CommandTable::commands()) {
        const QString top = command.name.section(QLatin1Char(' '), 0, 0);
        if (!groups.contains(top)) {
            groups.append(top);
            const QString summary =
                command.name.contains(QLatin1Char(' ')) ? CommandTable::tr("Manage profiles") : shortHelp(command.summary);
            s += QStringLiteral("complete -c cas-console -n __fish_use_subcommand -a %1 -d '%2'\n").arg(top, summary);
        }
        QString condition = QStringLiteral("__fish_seen_subcommand_from %1").arg(top);
        if (command.name.contains(QLatin1Char(' '))) {
            const QString action = command.name.section(QLatin1Char(' '), 1);
            s += QStringLiteral("complete -c cas-console -n '%1; and not __fish_seen_subcommand_from %2' -a %3 -d '%4'\n")
                     .arg(condition, shellWords(actionNames(top)), action, shortHelp(command.summary));
            condition += QStringLiteral("; and __fish_seen_subcommand_from %1").arg(action);
        }
        for (const CliOption& option : command.options) {
            QString line = QStringLiteral("complete -c cas-console -n '%1' -l %2").arg(condition, QLatin1String(option.name));
            if (option.valueName) {
                switch (option.completion) {
                case C::File:
                    line += QStringLiteral(" -r -F");
                    break;
                case C::Profile:
                    line += QStringLiteral(" -x -a '(__cas_console_profiles)'");
                    break;
                case C::Values:
                case C::Shell:
                    line += QStringLiteral(" -x -a '%1'").arg(shellWords(option.values));
                    break;
                case C::None:
                    line += QStringLiteral(" -x");
                    break;
                }
            }
            s += line + QStringLiteral(" -d '%1'\n").arg(shortHelp(option.help));
        }
        switch (command.positional) {
        case C::Profile:
            s += QStringLiteral("complete -c cas-console -n '%1' -a '(__cas_console_profiles)'\n").arg(condition);
            break;
        case C::Values:
        case C::Shell: {
            s += QStringLiteral("complete -c cas-console -n '%1' -a '%2'\n").arg(condition, shellWords(positionalValues(command)));
            break;
        }
        case C::File:
            s += QStringLiteral("complete -c cas-console -n '%1' -F\n").arg(condition);
            break;
        case C::None:
            break;
        }
    }
    return s;
}
} // namespace

const QList<CliCommand>& CommandTable::commands()
{
    static const QList<CliCommand> table = makeCommands();
    return table;
}

const CliCommand* CommandTable::find(const QString& name)
{
    for (const CliCommand& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<const CliCommand*> CommandTable::actions(const QString& group)
{
    QList<const CliCommand*> result;
    for (const CliCommand& command : commands()) {
        if (command.name.startsWith(group + QLatin1Char(' ')))
            result.append(&command);
    }
    return result;
}

QStringList CommandTable::topLevelNames(bool includeHidden)
{
    QStringList names;
    for (const CliCommand& command : commands()) {
        const QString top = command.name.section(QLatin1Char(' '), 0, 0);
        if ((includeHidden || !command.hidden) && !names.contains(top))
            names.append(top);
    }
    return names;
}

bool CommandTable::isWindowOption(const QString& arg, bool* takesValue)
{
    // --demo, and the options every Qt GUI application takes (QGuiApplication, QApplication).
    static const QStringList flags {QStringLiteral("demo"),   QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                    QStringLiteral("nograb"), QStringLiteral("dograb"),  QStringLiteral("sync")};
    static const QStringList withValue {
        QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
        QStringLiteral("display"),         QStringLiteral("geometry"),
        QStringLiteral("style"),           QStringLiteral("stylesheet"),
    };
    if (!arg.startsWith(QLatin1Char('-')))
        return false;
    const QString name = bareOption(arg);
    *takesValue = withValue.contains(name) && !arg.contains(QLatin1Char('='));
    return flags.contains(name) || withValue.contains(name);
}

QString CommandTable::usage()
{
    QString text = tr("Usage: cas-console [--demo]              open the window (--demo: with the local demo CAS)\n"
                      "       cas-console COMMAND [OPTIONS]     run headless\n"
                      "       cas-console COMMAND --help        a command's options and examples\n"
                      "\n"
                      "Commands:\n");
    for (const CliCommand& command : commands()) {
        if (command.hidden)
            continue;
        text += QStringLiteral("  %1 %2\n")
                    .arg(command.name, translated(command.synopsis))
                    .replace(QStringLiteral(" \n"), QStringLiteral("\n"));
        text += QStringLiteral("      %1\n").arg(wrapped(translated(command.summary), 100, 6));
    }
    text += tr("\n"
               "Options: --help, --version\n"
               "\n"
               "Exit codes: 0 ok, 1 internal error, 2 usage (bad option, URL or file; no display for the window),\n"
               "3 network/TLS/timeout/refused redirect, 4 credentials rejected, 5 other CAS error,\n"
               "6 bad response, malformed token or key, 7 keychain unavailable or failed,\n"
               "8 signature does not verify or key refused.\n");
    return text;
}

QString CommandTable::usage(const CliCommand& command)
{
    QString text = tr("Usage: cas-console %1 %2").arg(command.name, translated(command.synopsis)).trimmed() + QStringLiteral("\n\n");
    text += wrapped(translated(command.summary), 100, 0) + QStringLiteral("\n");
    QStringList labels;
    for (const CliOption& option : command.options)
        labels.append(optionLabel(option));
    labels.append(QStringLiteral("-h, --help"));
    qsizetype width = 0;
    for (const QString& label : labels)
        width = std::max(width, label.size());
    text += QStringLiteral("\n") + tr("Options:") + QStringLiteral("\n");
    for (qsizetype i = 0; i < command.options.size(); ++i)
        text += QStringLiteral("  %1  %2\n")
                    .arg(labels.at(i).leftJustified(width), wrapped(translated(command.options.at(i).help), 100, width + 4));
    text += QStringLiteral("  %1  %2\n").arg(labels.last().leftJustified(width), tr("show this help"));
    if (!command.examples.isEmpty()) {
        text += QStringLiteral("\n") + tr("Examples:") + QStringLiteral("\n");
        for (const QString& example : command.examples)
            text += QStringLiteral("  ") + example + QStringLiteral("\n");
    }
    return text;
}

QString CommandTable::groupUsage(const QString& group)
{
    QString text;
    for (const CliCommand* action : actions(group))
        text += usage(*action) + QStringLiteral("\n");
    return text.trimmed() + QStringLiteral("\n");
}

void CommandTable::addOptions(QCommandLineParser& parser, const CliCommand& command)
{
    for (const CliOption& option : command.options) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name), translated(option.help),
                                            option.valueName ? QString::fromLatin1(option.valueName) : QString(), option.defaultValue));
    }
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("show this help")));
}

bool CommandTable::parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    for (const QString& arg : args) {
        if (arg == QLatin1String("--secret") || arg.startsWith(QLatin1String("--secret="))) {
            CliIo::error(tr("--secret is not accepted: a secret on the command line ends up in shell history "
                            "and process lists. Use --secret-stdin, or set CAS_API_SECRET."));
            return false;
        }
    }
    const CliCommand* entry = find(command);
    if (!entry) {
        CliIo::error(tr("%1 is not in the command table").arg(command));
        return false;
    }
    const QString unknown = unknownOption(*entry, args);
    if (!unknown.isEmpty()) {
        CliIo::error(unknown);
        return false;
    }
    addOptions(parser, *entry);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("cas-console ") + command} + args)) {
        CliIo::error(parser.errorText() + QLatin1Char(' ') + tr("(run cas-console %1 --help)").arg(command));
        return false;
    }
    return true;
}

QString CommandTable::unknownOption(const CliCommand& command, const QStringList& args)
{
    QStringList known {QStringLiteral("help"), QStringLiteral("h")};
    for (const CliOption& option : command.options)
        known.append(QString::fromLatin1(option.name));
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            continue;
        const QString name = bareOption(arg);
        if (known.contains(name)) {
            // The value of "--option value" may start with '-' (--min-validity -1): it is no option.
            for (const CliOption& option : command.options) {
                if (name == QLatin1String(option.name) && option.valueName && !arg.contains(QLatin1Char('=')))
                    ++i;
            }
            continue;
        }
        QString message = tr("the %1 command has no option %2").arg(command.name, arg.section(QLatin1Char('='), 0, 0));
        const QString hint = suggestion(arg, known);
        message += hint.isEmpty() ? QStringLiteral(";") : QStringLiteral("; ") + hint;
        return message + QLatin1Char(' ') + tr("(run cas-console %1 --help)").arg(command.name);
    }
    return {};
}

QString CommandTable::suggestion(const QString& typed, const QStringList& candidates, const QString& prefix)
{
    const QString name = bareOption(typed);
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString& candidate : candidates) {
        if (candidate.size() < 2)
            continue;
        // -V for -v (--version), --JSON for --json.
        if (name.compare(candidate, Qt::CaseInsensitive) == 0 || (name.size() == 1 && candidate.startsWith(name.toLower()))) {
            best = candidate;
            bestDistance = 0;
            break;
        }
        const int distance = editDistance(name.toLower(), candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    if (best.isEmpty() || bestDistance > std::max<qsizetype>(2, name.size() / 3))
        return {};
    return tr("did you mean %1?").arg(prefix + best);
}

QString CommandTable::completion(const QString& shell)
{
    if (shell == QLatin1String("bash"))
        return bashCompletion();
    if (shell == QLatin1String("zsh"))
        return zshCompletion();
    if (shell == QLatin1String("fish"))
        return fishCompletion();
    return {};
}
