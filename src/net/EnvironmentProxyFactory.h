#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/// The proxy for a URL, picked from the environment as curl picks it: `https_proxy` or
/// `HTTPS_PROXY` for https, `http_proxy` (lower case only, as a CGI's HTTP_PROXY is not the
/// user's) for http, `all_proxy` or `ALL_PROXY` when the one for the scheme is unset, nothing for
/// hosts in `no_proxy` / `NO_PROXY`, and never a proxy for this computer's own addresses. Qt's
/// system configuration differs: it uses http_proxy for https and ignores all_proxy.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    struct Choice
    {
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        QString variable; ///< the variable it came from ("https_proxy"); empty when direct
        QString display; ///< the proxy's URL with any user name and password masked
        QString error; ///< the variable names a proxy that cannot be used: the request must not go direct
        bool isDirect() const
        {
            return proxy.type() == QNetworkProxy::NoProxy && error.isEmpty();
        }
        /// "http://127.0.0.1:3128 (https_proxy)", or empty when direct.
        QString description() const;
    };

    explicit EnvironmentProxyFactory(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    Choice choose(const QUrl& url) const;
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;

    /// True if host matches a no_proxy list (comma- or space-separated names, domain suffixes with
    /// or without a leading dot, IP addresses, CIDR ranges, or "*" for all).
    static bool matchesNoProxy(const QString& host, const QString& noProxy);
    /// A proxy URL as given, with its user name and password replaced by "***".
    static QString masked(const QString& proxyUrl);

private:
    QString value(const char* lower, const char* upper = nullptr) const;

    QProcessEnvironment m_environment;
};
