#include "core/TokenFormats.h"

#include "core/CasClient.h"
#include "core/Jwt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

const QString TokenFormats::TokenPlaceholder = QStringLiteral("${TOKEN}");
const QString TokenFormats::DisplayNamePlaceholder = QStringLiteral("${DISPLAY_NAME}");
const QString TokenFormats::ExpiresAtPlaceholder = QStringLiteral("${EXPIRES_AT}");

namespace
{
bool isPlainTokenText(const QString& token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

QStringList TokenFormats::placeholders()
{
    return {TokenPlaceholder, DisplayNamePlaceholder, ExpiresAtPlaceholder};
}

QString TokenFormats::raw(const QString& token)
{
    return token;
}

QString TokenFormats::json(const QString& token)
{
    // QJsonDocument writes {"token":"..."}; CAS's own shape has the space after the colon.
    const QByteArray compact = QJsonDocument(QJsonObject {{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact);
    const QByteArray prefix = "{\"token\":";
    return QStringLiteral("{\"token\": ") + QString::fromUtf8(compact.mid(prefix.size()));
}

QString TokenFormats::envLine(const QString& token)
{
    if (isPlainTokenText(token))
        return QStringLiteral("CAS_TOKEN=") + token;
    QString quoted = token;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QStringLiteral("CAS_TOKEN='") + quoted + QLatin1Char('\'');
}

QString TokenFormats::curl(const QUrl& url, const QString& apiKey, const QString& caFile)
{
    return CasClient::curlCommand(url, apiKey, caFile);
}

QString TokenFormats::webSdk(const QString& token, const QString& displayName)
{
    return QStringLiteral("WTSDK.Session.connect(") + jsString(token) + QStringLiteral(", ") + jsString(displayName) + QStringLiteral(");");
}

QString TokenFormats::jsString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '/':
            // "</script>" inside an inline script would end the element; "<!--" starts trouble too.
            out += (i > 0 && text.at(i - 1) == u'<') ? QStringLiteral("\\/") : QStringLiteral("/");
            break;
        case '<':
            out += (text.mid(i, 4) == QLatin1String("<!--")) ? QStringLiteral("\\x3C") : QStringLiteral("<");
            break;
        case 0x2028:
        case 0x2029:
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString TokenFormats::expiresAt(std::optional<qint64> exp)
{
    if (!exp)
        return {};
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    if (!utc.isValid())
        return {};
    return utc.toString(Qt::ISODate);
}

TemplateExpansion TokenFormats::expand(const QString& templateText, const QString& token, const QString& displayName,
                                       std::optional<qint64> exp)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([A-Za-z0-9_]*)\\}"));
    TemplateExpansion result;
    const QString expires = expiresAt(exp);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.text += QStringView(templateText).mid(last, match.capturedStart() - last);
        const QString whole = match.captured(0);
        if (whole == TokenPlaceholder) {
            result.text += token;
        } else if (whole == DisplayNamePlaceholder) {
            result.text += displayName;
        } else if (whole == ExpiresAtPlaceholder) {
            result.text += expires;
        } else {
            result.text += whole;
            if (!result.unknownPlaceholders.contains(whole))
                result.unknownPlaceholders << whole;
        }
        last = match.capturedEnd();
    }
    result.text += QStringView(templateText).mid(last);
    return result;
}

TemplateExpansion TokenFormats::expand(const QString& templateText, const Jwt& jwt, const QString& displayName)
{
    return expand(templateText, jwt.compact(), displayName, jwt.numericClaim(QStringLiteral("exp")));
}
