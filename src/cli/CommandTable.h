#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/// How a shell completes the value of an option or a positional argument.
enum class CliCompletion { None, File, Profile, Values, Shell };

/// One option of a subcommand. Texts are untranslated (QT_TRANSLATE_NOOP) and translated when shown.
struct CliOption
{
    const char* name = nullptr; ///< long name without dashes: "profile"
    const char* valueName = nullptr; ///< "NAME"; nullptr for a flag
    const char* help = nullptr;
    CliCompletion completion = CliCompletion::None;
    QStringList values = {}; ///< for CliCompletion::Values
    QString defaultValue = {}; ///< what parser.value() gives when the option is not set
};

/// One subcommand (or one action of "profile"): what --help, SUBCOMMAND --help and the shell
/// completions say about it, and the function that runs it.
struct CliCommand
{
    QString name; ///< "token", or "profile add" for an action
    const char* synopsis = nullptr; ///< the arguments after the name, as in the usage line
    const char* summary = nullptr;
    QList<CliOption> options;
    QStringList examples; ///< whole command lines
    CliCompletion positional = CliCompletion::None; ///< what the positional argument is
    QStringList positionalValues = {}; ///< for CliCompletion::Values
    int (*run)(const QStringList& args) = nullptr; ///< gets the arguments after the name
    bool hidden = false; ///< left out of --help (still completed and runnable)
};

/// The one table of subcommands and their options. --help, SUBCOMMAND --help, the option
/// parsers and the bash/zsh/fish completions are all generated from it, so adding a subcommand
/// is adding one entry in CommandTable.cpp.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    static const QList<CliCommand>& commands();
    /// "token", "profile add"; nullptr when there is no such command.
    static const CliCommand* find(const QString& name);
    /// The actions of a command group ("profile" -> add, list, remove); empty for a plain command.
    static QList<const CliCommand*> actions(const QString& group);
    /// Top-level names: subcommands and groups, in table order.
    static QStringList topLevelNames(bool includeHidden);

    /// Options the window takes (--demo); everything else that starts with '-' at the top level is an error.
    static bool isWindowOption(const QString& arg, bool* takesValue);

    static QString usage(); ///< cas-console --help
    static QString usage(const CliCommand& command); ///< cas-console COMMAND --help
    static QString groupUsage(const QString& group); ///< cas-console profile --help

    /// Adds the command's options (and --help) to parser.
    static void addOptions(QCommandLineParser& parser, const CliCommand& command);
    /// Parses args (after the command's name) with the command's options; on a usage error
    /// (an unknown option, --secret) prints why and returns false.
    static bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args);
    /// The first option in args that command does not take, with a suggestion; empty when all are known.
    static QString unknownOption(const CliCommand& command, const QStringList& args);
    /// "did you mean --version?" for a mistyped name among candidates (written with prefix);
    /// empty when nothing is close.
    static QString suggestion(const QString& typed, const QStringList& candidates, const QString& prefix = QStringLiteral("--"));

    /// A completion script for "bash", "zsh" or "fish"; empty for another shell.
    static QString completion(const QString& shell);
};
