#include "cli/CliIo.h"

#include "core/SafeText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdio>
#include <cstring>

namespace CliIo
{
namespace
{
void write(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

void out(const QString& text)
{
    write(SafeText::visible(text, SafeText::Lines::Multi).toUtf8());
}

void outRaw(const QByteArray& bytes)
{
    write(SafeText::jsonVisible(QString::fromUtf8(bytes)).toUtf8());
}

bool parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    for (const QString& arg : args) {
        if (arg == QLatin1String("--secret") || arg.startsWith(QLatin1String("--secret="))) {
            error(QCoreApplication::translate("Cli",
                                              "--secret is not accepted: a secret on the command line ends up in shell history "
                                              "and process lists. Use --secret-stdin, or set CAS_API_SECRET."));
            return false;
        }
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("cas-console ") + command} + args)) {
        error(parser.errorText() + QLatin1Char(' ') + QCoreApplication::translate("Cli", "(run cas-console --help)"));
        return false;
    }
    return true;
}

void error(const QString& message)
{
    const QByteArray line = QStringLiteral("cas-console: %1\n").arg(SafeText::visible(message, SafeText::Lines::Single)).toUtf8();
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
    }
    return all;
}

std::optional<QByteArray> readFile(const QString& path, qint64 maxBytes, QString* error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Cli", "%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("Cli", "%1 is a folder, not a file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        *error = QCoreApplication::translate("Cli", "%1 is larger than %2 bytes").arg(path).arg(maxBytes);
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

QByteArray jsonString(const QString& text)
{
    // A one-element array is the simplest way to reuse Qt's string escaping.
    QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace CliIo
