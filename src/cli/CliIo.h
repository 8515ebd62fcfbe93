#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

/// Small I/O helpers for the command line: results to stdout, messages to stderr.
/// Everything passes SafeText on its way out, so nothing a server or a token sends reaches the
/// terminal as a control, bidi or invisible character.
namespace CliIo
{
/// Parses a subcommand's options ("cas-console COMMAND ARGS"); refuses --secret on the command line.
/// On a usage error prints why and returns false.
bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args);

/// Human-readable output; lines and tabs kept, everything hidden shown as an escape.
void out(const QString& text);
/// A token or JSON text as it is, except that a hidden character (none in a token, which is
/// base64url) is written as a JSON \u escape: the same JSON value, safe on a terminal.
void outRaw(const QByteArray& bytes);
/// "cas-console: <message>" on stderr, always one line: a line break in it shows as \n.
void error(const QString& message);
/// More lines on stderr (hints, details); lines and tabs kept.
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
