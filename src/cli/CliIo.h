#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

/// Small I/O helpers for the command line: results to stdout, messages to stderr.
namespace CliIo
{
void out(const QString& text);
void outRaw(const QByteArray& bytes);
/// "cas-console: <Message>" on stderr (the first letter made a capital, so every message starts the same way).
void error(const QString& message);
/// The last message error() printed, for a --json command's "error" member.
QString lastError();
/// True once anything was written to stdout.
bool wroteOutput();
void note(const QString& message);

/// One line from stdin without its line ending; nullopt at EOF before any byte.
std::optional<QByteArray> readStdinLine();
/// A secret from stdin. On a terminal: prompt on stderr, read one line without echo. Otherwise the
/// whole input (up to 64 KiB) with one trailing "\n" or "\r\n" removed, so nothing multi-line is
/// cut silently. nullopt (with the reason in *problem) when there is none or it is too long.
std::optional<QByteArray> readSecret(const QString& prompt, QString* problem);
/// On a terminal, says on stderr what is expected on stdin before waiting for it.
void announceStdin(const QString& what);
/// All of stdin, up to maxBytes (more is an error: nullopt).
std::optional<QByteArray> readStdinAll(qint64 maxBytes);
/// Reads a whole file; on failure returns nullopt and a message naming the file and why.
std::optional<QByteArray> readFile(const QString& path, qint64 maxBytes, QString* error);

/// Overwrites the bytes before release (best effort: the buffer must not be shared).
void wipe(QByteArray& secret);

/// JSON string literal with escapes, for hand-built JSON that embeds raw JSON text.
QByteArray jsonString(const QString& text);
} // namespace CliIo
