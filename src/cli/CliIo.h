#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

/// Small I/O helpers for the command line: results to stdout, messages to stderr.
/// Everything passes SafeText on its way out, so nothing a server or a token sends reaches the
/// terminal as a control, bidi or invisible character.
namespace CliIo
{

/// Human-readable output; lines and tabs kept, everything hidden shown as an escape.
void out(const QString& text);
/// A token or JSON text as it is, except that a hidden character (none in a token, which is
/// base64url) is written as a JSON \u escape: the same JSON value, safe on a terminal.
void outRaw(const QByteArray& bytes);
/// "cas-console: <Message>" on stderr, always one line: a line break in it shows as \n. The
/// first letter is made a capital, so every message starts the same way.
void error(const QString& message);
/// The last message error() printed, for a --json command's "error" member.
QString lastError();
/// True once anything was written to stdout.
bool wroteOutput();
/// More lines on stderr (hints, details); lines and tabs kept.
void note(const QString& message);

/// One line from stdin without its line ending; nullopt at EOF before any byte.
std::optional<QByteArray> readStdinLine();
/// A secret from stdin. On a terminal: prompt on stderr, read one line without echo. Otherwise the
/// whole input (up to 64 KiB) with one trailing "\n" or "\r\n" removed, so nothing multi-line is
/// cut silently. nullopt, after saying why, when there is none or it is too long.
std::optional<QByteArray> readSecret(const QString& prompt);
/// On a terminal, says on stderr what is expected on stdin before waiting for it.
void announceStdin(const QString& what);
/// All of stdin, up to maxBytes (more is an error: nullopt).
std::optional<QByteArray> readStdinAll(qint64 maxBytes);
/// Reads a whole file; on failure returns nullopt and a message naming the file and why.
std::optional<QByteArray> readFile(const QString& path, qint64 maxBytes, QString* error);

/// Overwrites the bytes before release (best effort: the buffer must not be shared).
void wipe(QByteArray& secret);
} // namespace CliIo
