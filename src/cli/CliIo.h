#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

/// Small I/O helpers for the command line: results to stdout, messages to stderr.
class QCommandLineParser;

namespace CliIo
{
/// Parses a subcommand's options ("cas-console COMMAND ARGS"); refuses --secret on the command line.
/// On a usage error prints why and returns false.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args);

void out(const QString& text);
void outRaw(const QByteArray& bytes);
/// "cas-console: <message>" on stderr.
void error(const QString& message);
void note(const QString& message);

/// One line from stdin without its line ending; nullopt at EOF before any byte.
std::optional<QByteArray> readStdinLine();
/// All of stdin, up to maxBytes (more is an error: nullopt).
std::optional<QByteArray> readStdinAll(qint64 maxBytes);
/// Reads a whole file; on failure returns nullopt and a message naming the file and why.
std::optional<QByteArray> readFile(const QString& path, qint64 maxBytes, QString* error);

/// Overwrites the bytes before release (best effort: the buffer must not be shared).
void wipe(QByteArray& secret);

/// JSON string literal with escapes, for hand-built JSON that embeds raw JSON text.
QByteArray jsonString(const QString& text);
} // namespace CliIo
