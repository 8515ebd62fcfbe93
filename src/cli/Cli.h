#pragma once

#include <QStringList>

/// The command line: one function per subcommand over the core. stdout carries results,
/// stderr carries messages. Returns an ExitCode.
namespace Cli
{
/// True when args (without argv[0]) name a subcommand or a headless option (--help, --version).
bool isHeadless(const QStringList& args);
int run(const QStringList& args);
} // namespace Cli
