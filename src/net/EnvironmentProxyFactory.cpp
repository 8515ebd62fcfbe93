#include "net/EnvironmentProxyFactory.h"

#include "core/Loopback.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace
{

constexpr int CurlDefaultProxyPort = 1080; // curl's default for every proxy scheme

QString tr(const char* text)
{
    return QCoreApplication::translate("EnvironmentProxyFactory", text);
}

} // namespace

QString EnvironmentProxyFactory::Choice::description() const
{
    if (variable.isEmpty())
        return {};
    return QStringLiteral("%1 (%2)").arg(display, variable);
}

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment& environment)
    : m_environment(environment)
{ }

QString EnvironmentProxyFactory::value(const char* lower, const char* upper) const
{
    QString fromLower = m_environment.value(QLatin1String(lower)).trimmed();
    if (!fromLower.isEmpty() || !upper)
        return fromLower;
    return m_environment.value(QLatin1String(upper)).trimmed();
}

EnvironmentProxyFactory::Choice EnvironmentProxyFactory::choose(const QUrl& url) const
{
    Choice choice;
    const QString host = url.host();
    if (host.isEmpty() || Loopback::isHost(host) || matchesNoProxy(host, value("no_proxy", "NO_PROXY")))
        return choice;

    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    struct Candidate
    {
        const char* name;
        bool specific;
    };
    const QList<Candidate> candidates = https
        ? QList<Candidate> {{"https_proxy", true}, {"HTTPS_PROXY", true}, {"all_proxy", false}, {"ALL_PROXY", false}}
        : QList<Candidate> {{"http_proxy", true}, {"all_proxy", false}, {"ALL_PROXY", false}};
    QString text;
    for (const Candidate& candidate : candidates) {
        text = m_environment.value(QLatin1String(candidate.name)).trimmed();
        if (!text.isEmpty()) {
            choice.variable = QLatin1String(candidate.name);
            break;
        }
    }
    if (text.isEmpty())
        return choice;

    choice.display = masked(text);
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl proxyUrl(text);
    const QString scheme = proxyUrl.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty()) {
        choice.error = tr("%1 is set to \"%2\", which is not a proxy URL: set it to http://HOST:PORT, or unset it.")
                           .arg(choice.variable, choice.display);
        return choice;
    }
    if (type == QNetworkProxy::NoProxy) {
        choice.error = tr("%1 names a %2:// proxy, which CAS Console cannot use: use an http:// or socks5:// proxy, or unset it.")
                           .arg(choice.variable, scheme);
        return choice;
    }
    choice.proxy = QNetworkProxy(type, proxyUrl.host(), static_cast<quint16>(proxyUrl.port(CurlDefaultProxyPort)),
                                 proxyUrl.userName(QUrl::FullyDecoded), proxyUrl.password(QUrl::FullyDecoded));
    if (scheme == QLatin1String("socks5")) // as curl: socks5 resolves names here, socks5h at the proxy
        choice.proxy.setCapabilities(choice.proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return choice;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const Choice choice = choose(query.url());
    // A variable that cannot be used gives a proxy nothing connects through, never a direct connection.
    if (!choice.error.isEmpty())
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QString(), 0)};
    return {choice.proxy};
}

bool EnvironmentProxyFactory::matchesNoProxy(const QString& host, const QString& noProxy)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    const QHostAddress address(name);
    for (QString entry : noProxy.split(separators, Qt::SkipEmptyParts)) {
        entry = entry.toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(u'[') && entry.endsWith(u']'))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.contains(u'/')) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (!address.isNull() && !subnet.first.isNull() && address.isInSubnet(subnet))
                return true;
            continue;
        }
        const QHostAddress entryAddress(entry);
        if (!entryAddress.isNull()) {
            if (!address.isNull() && address.isEqual(entryAddress))
                return true;
            continue;
        }
        while (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.endsWith(u'.'))
            entry.chop(1);
        if (!entry.isEmpty() && (name == entry || name.endsWith(u'.' + entry)))
            return true;
    }
    return false;
}

QString EnvironmentProxyFactory::masked(const QString& proxyUrl)
{
    const qsizetype schemeEnd = proxyUrl.indexOf(QLatin1String("://"));
    const qsizetype start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype end = proxyUrl.indexOf(u'/', start);
    if (end < 0)
        end = proxyUrl.size();
    const qsizetype at = proxyUrl.left(end).lastIndexOf(u'@');
    if (at < start)
        return proxyUrl;
    return proxyUrl.left(start) + QStringLiteral("***") + proxyUrl.mid(at);
}
