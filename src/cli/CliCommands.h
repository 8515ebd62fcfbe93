#pragma once

#include <QStringList>

/// One function per subcommand; each takes the arguments after the subcommand name and
/// returns an ExitCode.
namespace CliCommands
{
int token(const QStringList& args);
int decode(const QStringList& args);
int verify(const QStringList& args);
int profile(const QStringList& args);
int demoServer(const QStringList& args);
int qr(const QStringList& args);
} // namespace CliCommands
