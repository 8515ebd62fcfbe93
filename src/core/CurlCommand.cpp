#include "core/CurlCommand.h"

#include "core/CasClient.h"

#include <QStringList>

namespace
{
// What a backslash and the character after it become inside quotes; nullopt: both stay as they are.
using Unescape = std::optional<QString> (*)(QChar next);

std::optional<QString> noEscapes(QChar)
{
    return std::nullopt;
}

// $'…': the escapes a header value may need.
std::optional<QString> ansiCEscapes(QChar next)
{
    if (next == QLatin1Char('n'))
        return QStringLiteral("\n");
    if (next == QLatin1Char('t'))
        return QStringLiteral("\t");
    return QString(next);
}

// "…": \" \\ \$ \` stand for the character; backslash-newline is a continuation.
std::optional<QString> doubleQuoteEscapes(QChar next)
{
    if (next == QLatin1Char('\n'))
        return QString();
    if (next == QLatin1Char('"') || next == QLatin1Char('\\') || next == QLatin1Char('$') || next == QLatin1Char('`'))
        return QString(next);
    return std::nullopt;
}

// Reads from *i (just past the opening quote) to close; false when the quote is never closed.
bool readQuoted(const QString& text, qsizetype* i, QChar close, Unescape unescape, QString* word)
{
    while (*i < text.size()) {
        const QChar c = text.at(*i);
        if (c == close) {
            ++*i;
            return true;
        }
        if (c == QLatin1Char('\\') && *i + 1 < text.size()) {
            if (const std::optional<QString> escaped = unescape(text.at(*i + 1))) {
                *word += *escaped;
                *i += 2;
                continue;
            }
        }
        *word += c;
        ++*i;
    }
    return false;
}

// Shell-like word splitting. Returns nullopt when a quote is left open.
std::optional<QStringList> splitWords(const QString& text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto isLineEnd = [&](qsizetype at) {
        qsizetype j = at;
        while (j < n && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
            ++j;
        return j >= n || text.at(j) == QLatin1Char('\n') || (text.at(j) == QLatin1Char('\r'));
    };
    while (i < n) {
        const QChar c = text.at(i);
        // A continuation: "\", "^" (cmd.exe) or "`" (PowerShell) at the end of a line.
        if ((c == QLatin1Char('\\') || c == QLatin1Char('^') || c == QLatin1Char('`')) && isLineEnd(i + 1)) {
            i = text.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                break;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            ++i;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            ++i;
            if (!readQuoted(text, &i, c, noEscapes, &word))
                return std::nullopt;
        } else if (c == QLatin1Char('$') && i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
            i += 2;
            if (!readQuoted(text, &i, QLatin1Char('\''), ansiCEscapes, &word))
                return std::nullopt;
        } else if (c == QLatin1Char('"')) {
            ++i;
            if (!readQuoted(text, &i, c, doubleQuoteEscapes, &word))
                return std::nullopt;
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            word += text.at(i + 1);
            i += 2;
        } else {
            word += c;
            ++i;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

bool isHttpUrl(const QString& word)
{
    return word.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || word.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}
} // namespace

QString CurlCommand::baseUrl() const
{
    QString base = url.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString tokenPath = CasClient::TokenPath.chopped(1);
    if (base.endsWith(tokenPath, Qt::CaseInsensitive))
        base.chop(tokenPath.size());
    return base;
}

std::optional<CurlCommand> CurlCommand::parse(const QString& text, QString* error)
{
    const std::optional<QStringList> split = splitWords(text);
    if (!split) {
        *error = tr("The curl command has a quote that is never closed: copy the whole command again.");
        return std::nullopt;
    }
    QStringList words = *split;
    if (words.isEmpty()
        || (words.first() != QLatin1String("curl") && !words.first().endsWith(QLatin1String("/curl"))
            && words.first().compare(QLatin1String("curl.exe"), Qt::CaseInsensitive) != 0)) {
        *error = tr("This is not a curl command: it should start with \"curl\", as in the CAS documentation.");
        return std::nullopt;
    }
    words.removeFirst();

    CurlCommand command;
    bool hasKey = false;
    // Options of curl that take a value; their value is never the URL.
    static const QStringList withValue {
        QStringLiteral("-X"), QStringLiteral("--request"),    QStringLiteral("-d"),       QStringLiteral("--data"),
        QStringLiteral("-o"), QStringLiteral("--output"),     QStringLiteral("-u"),       QStringLiteral("--user"),
        QStringLiteral("-A"), QStringLiteral("--user-agent"), QStringLiteral("-e"),       QStringLiteral("--referer"),
        QStringLiteral("-m"), QStringLiteral("--max-time"),   QStringLiteral("--cacert"), QStringLiteral("--connect-timeout"),
        QStringLiteral("-x"), QStringLiteral("--proxy"),      QStringLiteral("-b"),       QStringLiteral("--cookie"),
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        QString header;
        if (word == QLatin1String("-H") || word == QLatin1String("--header")) {
            header = words.value(++i);
        } else if (word.startsWith(QLatin1String("-H")) && word.size() > 2) {
            header = word.mid(2);
        } else if (word == QLatin1String("--url")) {
            command.url = words.value(++i);
            continue;
        } else if (withValue.contains(word)) {
            ++i;
            continue;
        } else if (!word.startsWith(QLatin1Char('-')) && isHttpUrl(word) && command.url.isEmpty()) {
            command.url = word;
            continue;
        } else {
            continue;
        }
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString name = header.left(colon).trimmed();
        const QString value = header.mid(colon + 1).trimmed();
        if (name.compare(QLatin1String("auth-api-key"), Qt::CaseInsensitive) == 0) {
            command.apiKey = value;
            hasKey = true;
        } else if (name.compare(QLatin1String("auth-api-secret"), Qt::CaseInsensitive) == 0) {
            command.apiSecret = value.toUtf8();
        }
    }
    if (command.url.isEmpty()) {
        *error = tr("The curl command has no URL (--url https://…).");
        return std::nullopt;
    }
    if (!hasKey || command.apiKey.isEmpty()) {
        *error = tr("The curl command has no auth-api-key header, so it does not say which API key to use.");
        return std::nullopt;
    }
    return command;
}
