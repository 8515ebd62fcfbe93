#pragma once

#include <QStringList>

/// The command line: one function per subcommand over the core, described by CommandTable.
/// stdout carries results, stderr carries messages. Returns an ExitCode.
namespace Cli
{
/// False only when args (without argv[0]) are empty or all belong to the window (--demo, Qt's
/// own options such as -platform): everything else, mistakes included, is answered headless.
bool isHeadless(const QStringList& args);
/// Why the window cannot open here (no display to show it on), or empty when it can.
QString windowUnavailable(const QStringList& args);
/// Prints that the window needs a display and points to --help; returns the exit code.
int reportNoDisplay(const QString& reason);
/// Prints that the window is not installed with this program (reason: the loader's error) and
/// points to --help; returns the exit code.
int reportNoWindow(const QString& reason);
int run(const QStringList& args);

/// `cas-console help [COMMAND]`
int help(const QStringList& args);
/// `cas-console completion bash|zsh|fish`
int completion(const QStringList& args);
} // namespace Cli
