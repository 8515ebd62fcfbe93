#include "core/CasClient.h"

#include "core/JsonFormatter.h"
#include "core/Loopback.h"
#include "core/NetModule.h"
#include "core/ProfileStore.h"
#include "core/SafeText.h"
#include "core/Version.h"

#include <QJsonDocument>
#include <QJsonObject>

const QString CasClient::TokenPath = QStringLiteral("/stream/token/v2/");
const QByteArray CasClient::UserAgent = QByteArrayLiteral("cas-console/" CASCONSOLE_VERSION);

namespace
{
QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBase64UrlChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'_';
}

// Plain loops, not QRegularExpression: these two checks run on every token request and on the
// window's first frame, and each pattern made PCRE2 compile (and JIT) it once per process.

// True if text starts with a scheme and "://" (RFC 3986: a letter, then letters, digits, +, - and .).
bool startsWithScheme(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u':')
            return text.sliced(i).startsWith(u"://");
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return false;
}

// The host part of "scheme://host..." as typed: up to the path, with user info and port (both
// ASCII when the URL is usable at all).
QStringView typedAuthority(QStringView text)
{
    const qsizetype start = text.indexOf(u"://");
    if (start < 0)
        return {};
    const QStringView rest = text.sliced(start + 3);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'/' && rest[end] != u'?' && rest[end] != u'#')
        ++end;
    return rest.first(end);
}

// The first character beyond ASCII in text, or nothing.
std::optional<char32_t> firstNonAscii(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() <= 0x7f)
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            return QChar::surrogateToUcs4(c, text[i + 1]);
        return c.unicode();
    }
    return std::nullopt;
}

// Three base64url parts separated by dots; the first two not empty (an unsigned token's
// signature is).
bool hasJwtShape(QStringView token)
{
    int dots = 0;
    qsizetype partLength = 0;
    for (const QChar c : token) {
        if (c == u'.') {
            if (++dots > 2 || partLength == 0)
                return false;
            partLength = 0;
        } else if (isBase64UrlChar(c)) {
            ++partLength;
        } else {
            return false;
        }
    }
    return dots == 2;
}

// A light shape check only; Jwt does the real parsing.
bool looksLikeJwt(const QString& token)
{
    if (!hasJwtShape(token))
        return false;
    const QByteArray header = QByteArray::fromBase64(token.section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(header).isObject();
}

} // namespace

std::optional<QUrl> CasClient::tokenUrl(const QString& baseUrl, CasError* error)
{
    auto fail = [error](CasError::Kind kind, const QString& message, const QString& detail = {}) {
        if (error)
            *error = CasError::make(kind, message, detail);
        return std::optional<QUrl>();
    };

    QString text = baseUrl.trimmed();
    if (text.isEmpty())
        return fail(CasError::Kind::InvalidUrl, tr("Enter the URL of your CAS, for example https://cas.example.com."));
    if (!startsWithScheme(text))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(CasError::Kind::InvalidUrl, tr("\"%1\" is not a valid URL: check it for typos.").arg(baseUrl.trimmed()),
                    url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(CasError::Kind::InvalidUrl, tr("CAS is reached over https://, not %1://: change the start of the URL.").arg(scheme));
    if (url.host().isEmpty())
        return fail(CasError::Kind::InvalidUrl, tr("The CAS URL has no host name: add one, e.g. https://cas.example.com."));
    if (!url.userInfo().isEmpty())
        return fail(CasError::Kind::InvalidUrl,
                    tr("Remove the user name or password from the CAS URL: the API key and secret are sent as headers."));
    if (url.hasQuery() || url.hasFragment())
        return fail(CasError::Kind::InvalidUrl,
                    tr("Remove the part after \"?\" or \"#\" from the CAS URL: the token request takes no parameters."));
    // A host name with letters of another script can look exactly like a known one ("cas" with a
    // Cyrillic "а"): the secret would go to a host that is not the one a person reads. Only the
    // name DNS knows (xn--...) is taken, and the program shows every host in that form
    // (Bootstrap::showHostNamesAsAscii).
    const QStringView authority = typedAuthority(text);
    if (const std::optional<char32_t> c = firstNonAscii(authority)) {
        const QString ascii = QString::fromLatin1(QUrl::toAce(url.host()));
        const QString problem = tr("The host name %1 has a character beyond ASCII (%2), and such a name can look like another one.")
                                    .arg(SafeText::visible(authority.toString()),
                                         QStringLiteral("U+%1").arg(static_cast<uint>(*c), 4, 16, QLatin1Char('0')).toUpper());
        return fail(CasError::Kind::InvalidUrl,
                    ascii.isEmpty() ? problem + u' ' + tr("Type the host name in ASCII.")
                                    : problem + u' ' + tr("If it is the CAS you mean, type the name DNS knows it by: %1").arg(ascii));
    }
    if (scheme == QLatin1String("http") && !Loopback::isHost(url.host()))
        return fail(CasError::Kind::InsecureUrl,
                    tr("Use https:// for %1: over plain http:// the API secret would travel unencrypted. "
                       "Plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).")
                        .arg(url.host()));

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString bare = TokenPath.chopped(1);
    if (path.endsWith(bare))
        path.chop(bare.size());
    url.setScheme(scheme);
    url.setPath(path + TokenPath);
    // What goes on the wire is the encoded form; it must name the same URL as the one shown.
    if (QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode) != url)
        return fail(CasError::Kind::InvalidUrl,
                    tr("The CAS URL holds characters that cannot be sent as typed: retype it, or copy it again from its source."),
                    url.toString());
    return url;
}

QString CasClient::describeRequest(const QUrl& url, const QString& apiKey)
{
    return QStringLiteral("GET %1\nAuth-API-Key: %2\nAuth-API-Secret: <redacted>\nAccept: application/json\nUser-Agent: %3")
        .arg(url.toString(QUrl::FullyEncoded), apiKey, QString::fromLatin1(UserAgent));
}

QString CasClient::curlCommand(const QUrl& url, const QString& apiKey, const QString& caFile)
{
    QStringList parts {QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("--proto"),
                       u'=' + (url.scheme() == QLatin1String("http") ? QStringLiteral("http") : QStringLiteral("https"))};
    if (!caFile.isEmpty())
        parts << QStringLiteral("--cacert") << shellQuote(caFile);
    parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Auth-API-Key: ") + apiKey) << QStringLiteral("-H")
          << QStringLiteral("\"Auth-API-Secret: $CAS_API_SECRET\"") << QStringLiteral("-H")
          << shellQuote(QStringLiteral("Accept: application/json")) << shellQuote(url.toString(QUrl::FullyEncoded));
    return parts.join(u' ');
}

CasRequest CasRequest::fromProfile(const Profile& profile, const QByteArray& apiSecret)
{
    CasRequest request;
    request.baseUrl = profile.url;
    request.apiKey = profile.apiKey;
    request.apiSecret = apiSecret;
    request.caFile = profile.caFile;
    request.timeoutMs = profile.timeoutSeconds * 1000;
    return request;
}

CasError CasClient::parseTokenBody(const QByteArray& body, QString* token, int httpStatus, const QByteArray& contentType)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (!json.isObject()) {
        return CasError::make(CasError::Kind::BadResponse,
                              tr("CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the "
                                 "URL points at CAS.")
                                  .arg(httpStatus)
                                  .arg(contentType.isEmpty() ? tr("none") : SafeText::visible(contentType)),
                              parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString());
    }
    // The members are counted by our own parser, which follows the JSON standard (and stops at
    // JsonFormatter::MaxDepth levels). A body that it refuses and Qt's parser takes (a control
    // character left raw in a string, deeper nesting) is not used either:
    // the two may not read the same members, and a second "token" would go unseen.
    const JsonFormatResult members = JsonFormatter::format(body, 0);
    if (!members.ok) {
        return CasError::make(CasError::Kind::BadResponse,
                              tr("CAS answered HTTP %1 with JSON that breaks the JSON standard or nests too deep, so none "
                                 "of it is used: check that the URL points at CAS.")
                                  .arg(httpStatus),
                              members.error);
    }
    int tokenMembers = 0;
    for (const JsonMember& member : members.topLevel)
        tokenMembers += member.key == QLatin1String("token") ? 1 : 0;
    if (tokenMembers > 1) {
        return CasError::make(CasError::Kind::BadResponse,
                              tr("CAS answered HTTP %1 with %2 \"token\" members in one object: there is no telling which one is "
                                 "meant, so none is used.")
                                  .arg(httpStatus)
                                  .arg(tokenMembers));
    }
    const QJsonValue value = json.object().value(QLatin1String("token"));
    if (!value.isString() || value.toString().isEmpty()) {
        return CasError::make(CasError::Kind::BadResponse,
                              tr("CAS answered HTTP %1 with JSON but without a \"token\": check that the URL points "
                                 "at CAS's /stream/token/v2/.")
                                  .arg(httpStatus),
                              tr("Fields: %1").arg(json.object().keys().join(QLatin1String(", "))));
    }
    if (!looksLikeJwt(value.toString().trimmed())) {
        return CasError::make(CasError::Kind::BadResponse,
                              tr("The \"token\" CAS sent is not a JWT (three base64url parts separated by dots)."));
    }
    const QByteArray header =
        QByteArray::fromBase64(value.toString().trimmed().section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonValue alg = QJsonDocument::fromJson(header).object().value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return CasError::make(CasError::Kind::BadResponse,
                              alg.isString()
                                  ? tr("The token CAS sent says alg \"none\": it is unsigned, and an unsigned token is never accepted.")
                                  : tr("The token CAS sent has no \"alg\" in its header, so there is no telling how it was signed."));
    }
    if (token)
        *token = value.toString().trimmed();
    return {};
}

CasClient::CasClient(QObject* parent)
    : QObject(parent)
    , d(NetModule::instance().casClient(this))
{ }

CasClient::~CasClient() = default;

bool CasClient::isBusy() const
{
    return d->isBusy();
}

qint64 CasClient::peakBufferedBytes() const
{
    return d->peakBufferedBytes();
}

void CasClient::fetch(const CasRequest& request)
{
    d->fetch(request);
}

void CasClient::cancel()
{
    d->cancel();
}
