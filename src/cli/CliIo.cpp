#include "cli/CliIo.h"

#include "cli/CliText.h"
#include "core/Defaults.h"
#include "core/SafeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace
{
QString s_lastError;
bool s_wroteOutput = false;
constexpr qint64 MaxSecretBytes = 64 * Defaults::KiB;

#ifdef Q_OS_UNIX
struct termios s_savedTerminal;
volatile std::sig_atomic_t s_echoOff = 0;

void restoreEchoAndExit(int signal)
{
    if (s_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

void write(const QByteArray& bytes)
{
    s_wroteOutput = s_wroteOutput || !bytes.isEmpty();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

namespace CliIo
{
void out(const QString& text)
{
    write(SafeText::visible(text, SafeText::Lines::Multi).toUtf8());
}

void outRaw(const QByteArray& bytes)
{
    write(SafeText::jsonVisible(QString::fromUtf8(bytes)).toUtf8());
}

void error(const QString& message)
{
    QString text = message;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    s_lastError = text;
    const QByteArray line = QStringLiteral("cas-console: %1\n").arg(SafeText::visible(text, SafeText::Lines::Single)).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void note(const QString& message)
{
    const QByteArray line = (SafeText::visible(message, SafeText::Lines::Multi) + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

std::optional<QByteArray> readStdinLine()
{
    QByteArray line;
    int c;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n') {
            break;
        }
        line.append(static_cast<char>(c));
    }
    if (!any) {
        return std::nullopt;
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

QString lastError()
{
    return s_lastError;
}

bool wroteOutput()
{
    return s_wroteOutput;
}

std::optional<QByteArray> readSecret(const QString& prompt)
{
    const auto none = [](const QString& why) {
        error(CliText::tr("--secret-stdin was given but there is no secret: %1").arg(why));
        return std::optional<QByteArray>();
    };
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        std::optional<QByteArray> line;
        if (::tcgetattr(STDIN_FILENO, &s_savedTerminal) == 0) {
            struct termios silent = s_savedTerminal;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silent.c_lflag |= ECHONL;
            auto* previousInt = std::signal(SIGINT, restoreEchoAndExit);
            auto* previousTerm = std::signal(SIGTERM, restoreEchoAndExit);
            s_echoOff = 1;
            // Echo off (TCSAFLUSH drops what was typed before) and only then the prompt, as
            // getpass does: a secret typed after the prompt is never echoed nor dropped.
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
            note(prompt);
            line = readStdinLine();
            ::tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
            s_echoOff = 0;
            std::signal(SIGINT, previousInt);
            std::signal(SIGTERM, previousTerm);
        } else {
            note(prompt);
            line = readStdinLine();
        }
        if (!line || line->isEmpty()) {
            return none(CliText::tr("no secret was typed"));
        }
        return line;
    }
#endif
    std::optional<QByteArray> all = readStdinAll(MaxSecretBytes);
    if (!all) {
        return none(CliText::tr("standard input holds more than 64 KiB, far more than a secret"));
    }
    if (all->endsWith("\r\n"))
        all->chop(2);
    else if (all->endsWith('\n'))
        all->chop(1);
    if (all->isEmpty()) {
        return none(CliText::tr("standard input was empty"));
    }
    return all;
}

void announceStdin(const QString& what)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO))
        note(what);
#else
    Q_UNUSED(what)
#endif
}

std::optional<QByteArray> readStdinAll(qint64 maxBytes)
{
    QByteArray all;
    char buffer[65536];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        all.append(buffer, static_cast<qsizetype>(n));
        if (all.size() > maxBytes) {
            return std::nullopt;
        }
        // On a terminal, Ctrl+D ends the input once: do not wait for a second one.
        if (std::feof(stdin) || std::ferror(stdin)) {
            break;
        }
    }
    return all;
}

std::optional<QByteArray> readFile(const QString& path, qint64 maxBytes, QString* error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = CliText::tr("%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = CliText::tr("%1 is a folder, not a file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliText::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        *error = CliText::tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes);
        return std::nullopt;
    }
    return data;
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        volatile char* p = secret.data();
        for (qsizetype i = 0; i < secret.size(); ++i) {
            p[i] = 0;
        }
    }
    secret.clear();
}

} // namespace CliIo
