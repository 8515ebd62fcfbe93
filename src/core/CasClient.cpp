#include "core/CasClient.h"

#include "core/Defaults.h"
#include "core/EnvironmentProxyFactory.h"
#include "core/ExtraTrust.h"
#include "core/HttpGet.h"
#include "core/JsonFormatter.h"
#include "core/Loopback.h"
#include "core/ProfileStore.h"
#include "core/SafeText.h"
#include "core/Version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

#include <openssl/ssl.h>

const QString CasClient::TokenPath = QStringLiteral("/stream/token/v2/");

namespace
{

const QByteArray UserAgent = QByteArrayLiteral("cas-console/" CASCONSOLE_VERSION);

CasError makeError(CasError::Kind kind, const QString& message, const QString& detail = {})
{
    CasError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

int effectivePort(const QUrl& url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    case QSsl::UnknownProtocol:
        return {};
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

// OpenSSL's security level on this system (openssl.cnf may raise the built-in default).
int openSslSecurityLevel()
{
    static const int level = [] {
        SSL_CTX* context = SSL_CTX_new(TLS_client_method());
        const int value = context ? SSL_CTX_get_security_level(context) : 1;
        SSL_CTX_free(context);
        return value;
    }();
    return level;
}

// The smallest RSA key each security level accepts (SSL_CTX_set_security_level(3)).
int minimumRsaBits(int level)
{
    static const int bits[] = {0, 1024, 2048, 3072, 7680, 15360};
    return bits[qBound(0, level, 5)];
}

// A light shape check only; Jwt does the real parsing.
bool looksLikeJwt(const QString& token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    if (!shape.match(token).hasMatch())
        return false;
    const QByteArray header = QByteArray::fromBase64(token.section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(header).isObject();
}

QString serverMessage(const QByteArray& body, const QByteArray& contentType)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        const QJsonObject object = json.object();
        for (const char* key : {"message", "error_description", "detail", "error"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString() && !value.toString().trimmed().isEmpty())
                return value.toString().trimmed().left(300);
        }
        return {};
    }
    // Bytes that are not UTF-8 are shown as \xNN rather than lost to U+FFFD.
    QString text = SafeText::visible(body.trimmed());
    const bool html = contentType.contains("html") || text.startsWith(u'<');
    if (!html && !text.isEmpty() && text.size() <= 300)
        return text;
    return {};
}

} // namespace

class CasClient::Private
{
public:
    CasClient* q = nullptr;
    QPointer<HttpGet> get;
    /// Sent on every same-origin hop; hold the secret until finish() wipes them.
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray secret; ///< to scrub from messages built from what the server sent
    QSslConfiguration ssl;
    EnvironmentProxyFactory::Choice proxy;
    QTimer deadline;
    QTimer stall;
    QElapsedTimer elapsed;
    CasResult result;
    CasError pendingError; ///< why we aborted
    QList<QSslError> sslErrors;
    QList<QSslCertificate> refusedChain; ///< the server's chain when its certificate was refused
    /// CAs trusted in addition to the system roots (CA file, extra certificates), checked by
    /// ExtraTrust when Qt's own check finds no trusted issuer.
    QList<QSslCertificate> extraAnchors;
    QString caFile; ///< for messages
    bool commandLine = false; ///< for messages: name --cacert, not the profile form
    QString extraTrustRefusal; ///< why the chain did not verify against extraAnchors
    bool trustSystemRoots = true;
    bool trustedByExtra = false; ///< ExtraTrust, not Qt's check, accepted the chain
    int timeoutMs = 0;
    int stallTimeoutMs = 0;
    bool receivedAnything = false;
    bool busy = false;
    quint64 generation = 0;
    qint64 peakBufferedBytes = 0;

    void start(const CasRequest& request);
    void send(const QUrl& url);
    bool followRedirect();
    void abortWith(const CasError& error);
    void dropGet();
    void finish();
    void captureTls();
    void onFinished();
    CasError transportError() const;
    CasError responseError() const;
    CasError proxyError(const QString& why) const;
    CasError httpError() const;
    CasError tlsError(const QString& qtError) const;
    QString timeoutMessage(const QString& generic, int ms) const;
    void interpretBody();
    void touch();
    void onSslErrors(const QList<QSslError>& errors);
    void captureResponse(const HttpResponseParser& response);
};

std::optional<QUrl> CasClient::tokenUrl(const QString& baseUrl, CasError* error)
{
    auto fail = [error](CasError::Kind kind, const QString& message, const QString& detail = {}) {
        if (error)
            *error = makeError(kind, message, detail);
        return std::optional<QUrl>();
    };

    QString text = baseUrl.trimmed();
    if (text.isEmpty())
        return fail(CasError::Kind::InvalidUrl, tr("Enter the URL of your CAS, for example https://cas.example.com."));
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(text).hasMatch())
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

CasClient::CasClient(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->deadline.setSingleShot(true);
    d->stall.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        d->abortWith(makeError(
            CasError::Kind::Timeout,
            d->timeoutMessage(tr("CAS did not answer within %1 s: check the URL and your network, or try again later."), d->timeoutMs)));
    });
    connect(&d->stall, &QTimer::timeout, this, [this] {
        const QString message = d->receivedAnything ? tr("CAS stopped sending data for %1 s: try again later.")
                                                    : tr("CAS sent nothing for %1 s: check the URL and your network, or try again later.");
        d->abortWith(makeError(CasError::Kind::Timeout, d->timeoutMessage(message, d->stallTimeoutMs)));
    });
}

CasClient::~CasClient()
{
    d->dropGet();
    d->secret.fill('\0');
    for (auto& header : d->requestHeaders)
        header.second.fill('\0');
    delete d;
}

bool CasClient::isBusy() const
{
    return d->busy;
}

qint64 CasClient::peakBufferedBytes() const
{
    return d->peakBufferedBytes;
}

void CasClient::fetch(const CasRequest& request)
{
    if (d->busy)
        cancel();
    d->start(request);
}

void CasClient::cancel()
{
    if (!d->busy)
        return;
    const CasError cancelled = makeError(CasError::Kind::Cancelled, tr("The request was cancelled."));
    if (!d->get) {
        d->pendingError = cancelled; // overrides a failure still queued for delivery
        d->finish();
        return;
    }
    d->abortWith(cancelled);
}

void CasClient::Private::start(const CasRequest& request)
{
    ++generation;
    busy = true;
    result = CasResult();
    pendingError = CasError();
    sslErrors.clear();
    refusedChain.clear();
    extraAnchors.clear();
    caFile = request.caFile;
    commandLine = request.commandLine;
    extraTrustRefusal.clear();
    trustSystemRoots = request.trustSystemRoots;
    trustedByExtra = false;
    receivedAnything = false;
    timeoutMs = request.timeoutMs;
    stallTimeoutMs = request.stallTimeoutMs;
    elapsed.start();

    auto failSoon = [this](const CasError& error) {
        pendingError = error;
        const quint64 started = generation;
        QMetaObject::invokeMethod(
            q,
            [this, started] {
                if (generation == started && busy && !get)
                    finish();
            },
            Qt::QueuedConnection);
    };

    CasError urlError;
    const std::optional<QUrl> url = tokenUrl(request.baseUrl, &urlError);
    if (!url) {
        failSoon(urlError);
        return;
    }
    result.requestUrl = *url;
    result.finalUrl = *url;
    result.redactedRequest = describeRequest(*url, request.apiKey);

    QList<QSslCertificate> trusted; // in addition to the system roots
    if (!request.caFile.isEmpty()) {
        QFile file(request.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            failSoon(makeError(CasError::Kind::CaFile,
                               (request.commandLine ? tr("The CA file %1 cannot be read: pass a readable PEM file with --cacert.")
                                                    : tr("The CA file %1 cannot be read: choose a readable PEM file in the profile."))
                                   .arg(request.caFile),
                               file.errorString()));
            return;
        }
        const QList<QSslCertificate> fromFile = QSslCertificate::fromData(file.read(4 * Defaults::MiB), QSsl::Pem);
        if (fromFile.isEmpty()) {
            failSoon(makeError(CasError::Kind::CaFile,
                               tr("The CA file %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"): "
                                  "choose the CA certificate of your CAS in PEM format.")
                                   .arg(request.caFile)));
            return;
        }
        trusted += fromFile;
    }
    trusted += request.extraCaCertificates;

    requestHeaders = {
        {"Auth-API-Key", request.apiKey.toUtf8()},
        {"Auth-API-Secret", QByteArray(request.apiSecret.constData(), request.apiSecret.size())},
        {"Accept", "application/json"},
        {"Accept-Encoding", "gzip, deflate"},
        {"User-Agent", UserAgent},
        // A connection of its own: every fetch re-checks the certificate against the profile's
        // current trust settings.
        {"Connection", "close"},
    };
    secret = request.apiSecret;
    if (url->scheme() == QLatin1String("https")) {
        ssl = QSslConfiguration::defaultConfiguration();
        // Qt's own list stays untouched when the system roots are trusted, so Qt keeps loading
        // them on demand; the extra CAs are checked in onSslErrors() (see ExtraTrust.h).
        if (!request.trustSystemRoots)
            ssl.setCaCertificates(trusted);
        else
            extraAnchors = trusted;
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setAllowedNextProtocols({});
    }

    send(*url);

    if (timeoutMs > 0)
        deadline.start(timeoutMs);
    if (stallTimeoutMs > 0)
        stall.start(stallTimeoutMs);
}

void CasClient::Private::send(const QUrl& url)
{
    proxy = EnvironmentProxyFactory().choose(url);
    result.proxy = proxy.description();
    if (!proxy.error.isEmpty()) {
        pendingError = makeError(CasError::Kind::Proxy, proxy.error);
        const quint64 started = generation;
        QMetaObject::invokeMethod(
            q,
            [this, started] {
                if (generation == started && busy)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }
    HttpResponseParser::Limits limits;
    limits.maxHeadBytes = MaxHeadBytes;
    limits.maxBodyBytes = MaxBodyBytes;
    get = new HttpGet(limits, q);
    HttpGet* g = get;
    QObject::connect(g, &HttpGet::connected, q, [this] {
        touch();
    });
    QObject::connect(g, &HttpGet::requestSent, q, [this, g] {
        touch();
        emit q->requestSent(g->url());
    });
    QObject::connect(g, &HttpGet::bytesReceived, q, [this] {
        receivedAnything = true;
        touch();
    });
    QObject::connect(g, &HttpGet::encrypted, q, [this] {
        touch();
        captureTls();
    });
    QObject::connect(g, &HttpGet::sslErrors, q, [this](const QList<QSslError>& errors) {
        onSslErrors(errors);
    });
    QObject::connect(g, &HttpGet::finished, q, [this] {
        onFinished();
    });
    g->start(url, requestHeaders, ssl, proxy.proxy);
}

// Qt has checked the chain against the system roots. The only errors ever ignored are "no trusted
// issuer", and only when the chain verifies against a CA this request adds, host name and dates
// included. Anything else stays an error, and Qt then fails the handshake.
void CasClient::Private::onSslErrors(const QList<QSslError>& errors)
{
    if (!extraAnchors.isEmpty() && ExtraTrust::onlyIssuerErrors(errors)) {
        if (ExtraTrust::chainVerifies(get->sslConfiguration().peerCertificateChain(), extraAnchors, get->url().host(),
                                      &extraTrustRefusal)) {
            get->ignoreSslErrors(errors);
            trustedByExtra = true;
            return;
        }
    }
    sslErrors += errors;
    refusedChain = get->sslConfiguration().peerCertificateChain();
}

void CasClient::Private::touch()
{
    if (stallTimeoutMs > 0 && stall.isActive())
        stall.start(stallTimeoutMs);
}

// A server that accepts the connection but never finishes the TLS handshake is named as such.
QString CasClient::Private::timeoutMessage(const QString& generic, int ms) const
{
    if (get && get->isConnected() && get->url().scheme() == QLatin1String("https") && !get->isEncrypted()) {
        return tr("The secure connection to %1 was not set up within %2 s: the server took the connection but did not "
                  "finish the TLS handshake. Check that the URL points at an https server.")
            .arg(get->url().host(), seconds(ms));
    }
    if (get && !get->isConnected() && !proxy.isDirect()) {
        return tr("The proxy %1 did not open a connection to %2 within %3 s: check the proxy, or add %2 to no_proxy.")
            .arg(proxy.description(), get->url().host(), seconds(ms));
    }
    return generic.arg(seconds(ms));
}

void CasClient::Private::abortWith(const CasError& error)
{
    if (!busy)
        return;
    if (pendingError.kind == CasError::Kind::None)
        pendingError = error;
    if (get)
        captureResponse(get->response());
    finish();
}

void CasClient::Private::dropGet()
{
    if (!get)
        return;
    peakBufferedBytes = qMax(peakBufferedBytes, get->peakBufferedBytes());
    get->disconnect(q);
    get->abort();
    get->deleteLater();
    get = nullptr;
}

void CasClient::Private::captureTls()
{
    if (!get || !result.tls.isEmpty())
        return;
    const QSslConfiguration session = get->sslConfiguration();
    result.tls.protocol = protocolName(session.sessionProtocol());
    result.tls.cipher = session.sessionCipher().name();
    result.tls.peerChain = session.peerCertificateChain();
    if (trustSystemRoots && !trustedByExtra)
        result.tls.trustedBy = tr("the system's trusted roots");
    else if (!caFile.isEmpty())
        result.tls.trustedBy = tr("the CA file %1").arg(caFile);
    else
        result.tls.trustedBy = tr("a certificate this request trusts (not the system's roots)");
}

void CasClient::Private::captureResponse(const HttpResponseParser& response)
{
    if (!response.headComplete())
        return;
    result.httpStatus = response.status();
    result.reasonPhrase = SafeText::visible(response.reasonPhrase());
    result.headers = response.headers();
    result.body = response.body();
}

bool CasClient::Private::followRedirect()
{
    const QByteArray location = result.header("Location");
    if (location.isEmpty() || result.httpStatus < 300 || result.httpStatus >= 400 || result.httpStatus == 304)
        return false;
    const QUrl from = get->url();
    const QUrl relative = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (!relative.isValid())
        return false;
    const QUrl target = from.resolved(relative);
    if (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http"))
        return false;
    if (result.redirects.size() >= MaxRedirects) {
        result.error = makeError(CasError::Kind::TooManyRedirects,
                                 (commandLine ? tr("CAS redirected more than %1 times (last to %2): the URL probably loops. "
                                                   "Check the CAS URL.")
                                              : tr("CAS redirected more than %1 times (last to %2): the URL probably loops. "
                                                   "Check the CAS URL of this profile."))
                                     .arg(MaxRedirects)
                                     .arg(target.toString()));
        return false;
    }
    if (!sameOrigin(from, target)) {
        const bool downgrade = from.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
        const QString message = downgrade
            ? tr("CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key "
                 "and secret were not sent there. If this address is right, use it as the CAS URL with https://.")
            : tr("CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key "
                 "and secret were not sent there. If you trust that address, use it as the CAS URL.");
        result.error = makeError(CasError::Kind::RedirectRefused, message.arg(originOf(from), originOf(target)),
                                 tr("HTTP %1, Location: %2").arg(result.httpStatus).arg(target.toString()));
        return false;
    }
    result.redirects.append(target);
    result.finalUrl = target;
    result.body.clear();
    result.headers.clear();
    result.httpStatus = 0;
    result.reasonPhrase.clear();
    dropGet();
    if (stallTimeoutMs > 0)
        stall.start(stallTimeoutMs);
    send(target);
    return true;
}

void CasClient::Private::onFinished()
{
    if (!busy || !get)
        return;
    captureTls();
    captureResponse(get->response());
    if (get->failure() != HttpGet::Failure::None)
        result.error = transportError();
    else if (followRedirect())
        return;
    else if (result.error.kind != CasError::Kind::None) {
        // followRedirect() refused the hop
    } else if (result.httpStatus >= 200 && result.httpStatus < 300)
        interpretBody();
    else
        result.error = httpError();
    if (result.error.kind != CasError::Kind::None)
        result.token.clear();
    finish();
}

CasError CasClient::Private::transportError() const
{
    const QUrl url = get->url();
    const QString host = url.host();
    const QString qtError = get->errorString();
    switch (get->failure()) {
    case HttpGet::Failure::None:
        return {};
    case HttpGet::Failure::HostNotFound:
        return makeError(CasError::Kind::HostNotFound,
                         tr("The host name %1 could not be found: check the CAS URL for typos and your network or DNS.").arg(host),
                         qtError);
    case HttpGet::Failure::ConnectionRefused:
        return makeError(
            CasError::Kind::ConnectionRefused,
            tr("Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.").arg(host).arg(effectivePort(url)),
            qtError);
    case HttpGet::Failure::ConnectionClosed:
        return makeError(CasError::Kind::ConnectionClosed,
                         tr("%1 closed the connection before the answer was complete: try again, and check that the URL "
                            "points at CAS.")
                             .arg(host),
                         qtError);
    case HttpGet::Failure::Tls:
        return tlsError(qtError);
    case HttpGet::Failure::Proxy:
        return proxyError(qtError);
    case HttpGet::Failure::Response:
        return responseError();
    case HttpGet::Failure::Network:
        break;
    }
    return makeError(CasError::Kind::Network, tr("The request to %1 failed: %2").arg(host, qtError), qtError);
}

CasError CasClient::Private::proxyError(const QString& why) const
{
    return makeError(CasError::Kind::Proxy,
                     tr("The proxy %1 could not take the request to %2 (%3): check the proxy, or add %2 to no_proxy.")
                         .arg(proxy.description(), get->url().host(), why),
                     why);
}

// What the parser refused, named by the limit or rule it broke.
CasError CasClient::Private::responseError() const
{
    const HttpResponseParser& response = get->response();
    const QString host = get->url().host();
    const QString detail = response.errorDetail();
    const QString encoding = QString::fromLatin1(response.contentEncoding());
    switch (response.error()) {
    case HttpResponseParser::Error::HeadTooLarge:
        return makeError(CasError::Kind::HeadersTooLarge,
                         tr("%1 sent more than %2 KiB of status line and headers (or more than %3 header fields), far more "
                            "than any real answer: stopped reading. Check that the URL points at CAS.")
                             .arg(host)
                             .arg(MaxHeadBytes / 1024)
                             .arg(response.limits().maxHeaderFields),
                         detail);
    case HttpResponseParser::Error::BodyTooLarge:
        if (response.announcedLength() > MaxBodyBytes || (response.announcedLength() < 0 && !response.headComplete())) {
            return makeError(CasError::Kind::ResponseTooLarge,
                             tr("CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. "
                                "Check that the URL points at CAS.")
                                 .arg(response.announcedLength())
                                 .arg(MaxBodyBytes / Defaults::MiB),
                             detail);
        }
        if (response.announcedLength() < 0 && response.header("Content-Length").size() > 0) {
            return makeError(CasError::Kind::ResponseTooLarge,
                             tr("CAS announced a body of %1 bytes, far more than a token (the limit is %2 MiB): not read. "
                                "Check that the URL points at CAS.")
                                 .arg(HttpResponseParser::quoted(response.header("Content-Length")))
                                 .arg(MaxBodyBytes / Defaults::MiB),
                             detail);
        }
        return makeError(CasError::Kind::ResponseTooLarge,
                         tr("CAS sent more than %1 MiB, far more than a token: stopped reading. "
                            "Check that the URL points at CAS.")
                             .arg(MaxBodyBytes / Defaults::MiB),
                         detail);
    case HttpResponseParser::Error::DecodedTooLarge:
        return makeError(CasError::Kind::DecodedTooLarge,
                         tr("CAS sent a compressed body (Content-Encoding: %1) that expands to more than %2 MiB, far more "
                            "than a token: stopped decoding. A body that small on the wire and that large decoded is a "
                            "compression bomb; check that the URL points at CAS.")
                             .arg(encoding)
                             .arg(MaxBodyBytes / Defaults::MiB),
                         detail);
    case HttpResponseParser::Error::BadCompression:
        return makeError(CasError::Kind::MalformedHttp,
                         tr("CAS sent a compressed body (Content-Encoding: %1) that cannot be decoded: check that the URL "
                            "points at CAS, or try again.")
                             .arg(encoding),
                         detail);
    case HttpResponseParser::Error::UnsupportedEncoding:
        return makeError(CasError::Kind::MalformedHttp,
                         tr("%1 answered in an encoding that was not asked for (%2): check that the URL points at CAS.").arg(host, detail),
                         detail);
    case HttpResponseParser::Error::TooManyInterim:
        return makeError(CasError::Kind::MalformedHttp,
                         tr("%1 sent more than %2 interim (1xx) answers and no final one: stopped reading. Check that the "
                            "URL points at CAS.")
                             .arg(host)
                             .arg(response.limits().maxInterimResponses),
                         detail);
    case HttpResponseParser::Error::Malformed:
    case HttpResponseParser::Error::Truncated:
    case HttpResponseParser::Error::None:
        break;
    }
    return makeError(
        CasError::Kind::MalformedHttp,
        tr("%1 did not answer in valid HTTP/1.1 (%2): check that the URL and port point at CAS's web server.").arg(host, detail), detail);
}

CasError CasClient::Private::tlsError(const QString& qtError) const
{
    const QString host = (get ? get->url() : result.finalUrl).host();
    QStringList details;
    for (const QSslError& error : sslErrors)
        details << error.errorString();
    if (!extraTrustRefusal.isEmpty())
        details << tr("Against the added CA: %1").arg(extraTrustRefusal);
    const QString detail = details.isEmpty() ? qtError : details.join(QLatin1String("; "));
    if (sslErrors.isEmpty()) {
        return makeError(CasError::Kind::Tls,
                         tr("The secure connection to %1 could not be set up: check that the URL points at an https "
                            "server.")
                             .arg(host),
                         detail);
    }
    // The most telling error first: a wrong name or date says more than a missing issuer.
    QSslError primary = sslErrors.first();
    for (const QSslError& error : sslErrors) {
        if (!ExtraTrust::onlyIssuerErrors({error})) {
            primary = error;
            break;
        }
    }
    // OpenSSL refuses keys below its security level with an error Qt calls "Unknown error".
    const int level = openSslSecurityLevel();
    for (const QSslCertificate& certificate : refusedChain) {
        const QSslKey key = certificate.publicKey();
        if (key.algorithm() == QSsl::Rsa && key.length() < minimumRsaBits(level)) {
            const bool leaf = certificate == refusedChain.first();
            return makeError(
                CasError::Kind::Tls,
                tr("The %1 of %2 has a %3-bit RSA key, too small for this computer's OpenSSL security level %4, "
                   "which needs at least %5 bits: the server's operator must replace it with a key of %5 bits or more.")
                    .arg(leaf ? tr("certificate") : tr("CA certificate \"%1\" in the chain").arg(certificate.subjectDisplayName()), host)
                    .arg(key.length())
                    .arg(level)
                    .arg(minimumRsaBits(level)),
                detail);
        }
    }
    QString message;
    if (ExtraTrust::isIssuerError(primary.error())) {
        if (!caFile.isEmpty()) {
            message = tr("The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. "
                         "Check that the CA file holds the CA that issued the certificate of %1.")
                          .arg(host, caFile);
        } else if (primary.error() == QSslError::SelfSignedCertificate) {
            message = commandLine ? tr("The certificate of %1 is not trusted (self-signed): pass its CA file with --cacert.").arg(host)
                                  : tr("The certificate of %1 is not trusted (self-signed): add its CA file to the profile.").arg(host);
        } else {
            message = commandLine ? tr("The certificate of %1 is not trusted (unknown issuer): pass its CA file with --cacert.").arg(host)
                                  : tr("The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.").arg(host);
        }
        return makeError(CasError::Kind::Tls, message, detail);
    }
    switch (primary.error()) {
    case QSslError::HostNameMismatch:
        message = tr("The certificate of %1 is made out for another name: check the host name in the CAS URL.").arg(host);
        break;
    case QSslError::CertificateExpired:
        message = tr("The certificate of %1 has expired: its operator must renew it.").arg(host);
        break;
    case QSslError::CertificateNotYetValid:
        message = tr("The certificate of %1 is not valid yet: check this computer's clock.").arg(host);
        break;
    case QSslError::CertificateRevoked:
        message = tr("The certificate of %1 has been revoked.").arg(host);
        break;
    default:
        message = tr("The certificate of %1 was refused: %2").arg(host, primary.errorString());
        break;
    }
    return makeError(CasError::Kind::Tls, message, detail);
}

CasError CasClient::Private::httpError() const
{
    const int status = result.httpStatus;
    const QString statusText =
        result.reasonPhrase.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(result.reasonPhrase);
    const QString said = serverMessage(result.body, result.header("Content-Type"));
    if (status == 401 || status == 403) {
        return makeError(CasError::Kind::AuthRejected,
                         (commandLine ? tr("CAS rejected the API key or secret (HTTP %1): check the key and the secret.")
                                      : tr("CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile."))
                             .arg(status),
                         said.isEmpty() ? statusText : tr("HTTP %1: %2").arg(statusText, said));
    }
    const QByteArray contentType = result.header("Content-Type");
    QString message;
    if (!said.isEmpty()) {
        message = tr("CAS answered HTTP %1: \"%2\"").arg(statusText, said);
    } else if (contentType.contains("html") || result.body.trimmed().startsWith('<')) {
        message = tr("CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: "
                     "check the CAS URL, or try again later.")
                      .arg(statusText);
    } else {
        message = tr("CAS answered HTTP %1: check the CAS URL, or try again later.").arg(statusText);
    }
    if (status >= 300 && status < 400)
        message = tr("CAS answered HTTP %1 without a usable redirect target: check the CAS URL.").arg(statusText);
    return makeError(CasError::Kind::ServerError, message, statusText);
}

void CasClient::Private::interpretBody()
{
    QString token;
    result.error = parseTokenBody(result.body, &token, result.httpStatus, result.header("Content-Type"));
    if (result.error.kind == CasError::Kind::None)
        result.token = token;
}

CasError CasClient::parseTokenBody(const QByteArray& body, QString* token, int httpStatus, const QByteArray& contentType)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (!json.isObject()) {
        return makeError(CasError::Kind::BadResponse,
                         tr("CAS answered HTTP %1 but not with a JSON object (Content-Type: %2): check that the "
                            "URL points at CAS.")
                             .arg(httpStatus)
                             .arg(contentType.isEmpty() ? tr("none") : SafeText::visible(contentType)),
                         parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString());
    }
    int tokenMembers = 0;
    for (const JsonMember& member : JsonFormatter::format(body, 0).topLevel)
        tokenMembers += member.key == QLatin1String("token") ? 1 : 0;
    if (tokenMembers > 1) {
        return makeError(CasError::Kind::BadResponse,
                         tr("CAS answered HTTP %1 with %2 \"token\" members in one object: there is no telling which one is "
                            "meant, so none is used.")
                             .arg(httpStatus)
                             .arg(tokenMembers));
    }
    const QJsonValue value = json.object().value(QLatin1String("token"));
    if (!value.isString() || value.toString().isEmpty()) {
        return makeError(CasError::Kind::BadResponse,
                         tr("CAS answered HTTP %1 with JSON but without a \"token\": check that the URL points "
                            "at CAS's /stream/token/v2/.")
                             .arg(httpStatus),
                         tr("Fields: %1").arg(json.object().keys().join(QLatin1String(", "))));
    }
    if (!looksLikeJwt(value.toString().trimmed())) {
        return makeError(CasError::Kind::BadResponse, tr("The \"token\" CAS sent is not a JWT (three base64url parts separated by dots)."));
    }
    const QByteArray header =
        QByteArray::fromBase64(value.toString().trimmed().section(u'.', 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonValue alg = QJsonDocument::fromJson(header).object().value(QLatin1String("alg"));
    if (!alg.isString() || alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return makeError(CasError::Kind::BadResponse,
                         alg.isString()
                             ? tr("The token CAS sent says alg \"none\": it is unsigned, and an unsigned token is never accepted.")
                             : tr("The token CAS sent has no \"alg\" in its header, so there is no telling how it was signed."));
    }
    if (token)
        *token = value.toString().trimmed();
    return {};
}

void CasClient::Private::finish()
{
    if (!busy)
        return;
    busy = false;
    deadline.stop();
    stall.stop();
    if (pendingError.kind != CasError::Kind::None && result.error.kind == CasError::Kind::None)
        result.error = pendingError;
    if (result.error.kind != CasError::Kind::None)
        result.token.clear();
    result.elapsedMs = elapsed.elapsed();
    // A server may echo the secret anywhere (a header, a Location, a message): never in what we show.
    if (secret.size() >= 4)
        result.redactSecret(secret);
    secret.fill('\0');
    secret.clear();
    for (auto& header : requestHeaders)
        header.second.fill('\0');
    requestHeaders.clear();
    dropGet();
    const CasResult done = result;
    if (done.httpStatus > 0)
        emit q->responseReceived(done.httpStatus, done.elapsedMs);
    emit q->finished(done);
}
