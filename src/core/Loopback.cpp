#include "core/Loopback.h"

#include <QUrl>

// This used QHostAddress (Qt Network), whose QString constructor simplifies the text, then reads it as
// IPv6 (with anything after the last '%' as a zone id) if it has a ':', else as an inet_aton-style IPv4
// address ("127.1", "0x7f.0.0.1", "2130706433"). Both readers are Qt Core's, and QUrl::setHost runs the
// very same ones, so QUrl decides what is an address exactly as QHostAddress did; only the canonical
// host() it writes back is inspected here.

namespace
{

// What those readers can accept: hex digits, "0x" prefixes, and a '+' or a space before a number. Other
// characters fail them anyway, or would take QUrl down paths QHostAddress never had (IPvFuture "[v1.x]",
// "%25" zone ids, percent-decoding, IDNA mapping of full-width digits).
bool onlyAddressCharacters(QStringView text, bool colons)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F') || u == u'x' || u == u'X'
            || u == u'.' || u == u'+' || u == u' ' || (colons && u == u':');
        if (!allowed)
            return false;
    }
    return !text.isEmpty();
}

// An IPv4 address as QUrl writes one (four decimal bytes, no leading zeros) in 127.0.0.0/8. Text QUrl
// could not read as an address comes back as a name, never in this form, since every such dotted quad
// is an address to QUrl.
bool isLoopbackDottedQuad(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

bool Loopback::isHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // Deliberately stricter than QHostAddress, which stopped reading at a NUL and so took
    // "127.0.0.1\0.example.com" for 127.0.0.1: code that sees the whole name may resolve it elsewhere.
    if (host.contains(QChar(0)))
        return false;

    const QString text = host.simplified();
    QUrl url;
    if (text.contains(u':')) {
        // Any zone id goes with ::1 (QHostAddress ignored its content too). No IPv4 fallback is needed:
        // QHostAddress's IPv4 reading always failed at the ':'.
        const qsizetype zone = text.lastIndexOf(u'%');
        const QStringView address = zone < 0 ? QStringView(text) : QStringView(text).first(zone);
        if (!onlyAddressCharacters(address, true))
            return false;
        url.setHost(QLatin1Char('[') + address.toString() + QLatin1Char(']'), QUrl::StrictMode);
        const QString canonical = url.host();
        // ::1, or 127.0.0.0/8 mapped into IPv6 (QHostAddress counted both, but not "::127.0.0.1").
        return url.isValid()
            && (canonical == u"::1"
                || (canonical.startsWith(QLatin1String("::ffff:")) && isLoopbackDottedQuad(QStringView(canonical).mid(7))));
    }
    if (!onlyAddressCharacters(text, false))
        return false;
    url.setHost(text, QUrl::StrictMode);
    return url.isValid() && isLoopbackDottedQuad(url.host());
}
