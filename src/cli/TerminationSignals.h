#pragma once

/// Runs the event loop of a long-running subcommand (demo-server, serve) until SIGINT or SIGTERM.
namespace TerminationSignals
{
/// QCoreApplication::exec() that returns when SIGINT or SIGTERM arrives (through a self-pipe:
/// the handler only writes a byte). Returns exec()'s code, or -1 when the pipe cannot be made.
int execUntilTerminated();
} // namespace TerminationSignals
