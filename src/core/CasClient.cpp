#include "core/CasClient.h"

#include "core/ExtraTrust.h"
#include "core/SafeText.h"
#include "core/Version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

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

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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
    const QString text = SafeText::visible(body.trimmed());
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
    QPointer<QNetworkAccessManager> network;
    QPointer<QNetworkReply> reply;
    QNetworkRequest networkRequest; ///< kept for same-origin hops; holds the secret until finish()
    QTimer deadline;
    QTimer stall;
    QElapsedTimer elapsed;
    CasResult result;
    CasError pendingError; ///< why we aborted, since Qt only reports OperationCanceledError
    QList<QSslError> sslErrors;
    /// CAs trusted in addition to the system roots (CA file, extra certificates), checked by
    /// ExtraTrust when Qt's own check finds no trusted issuer.
    QList<QSslCertificate> extraAnchors;
    QString caFile; ///< for messages
    QString extraTrustRefusal; ///< why the chain did not verify against extraAnchors
    bool trustSystemRoots = true;
    bool trustedByExtra = false; ///< ExtraTrust, not Qt's check, accepted the chain
    int timeoutMs = 0;
    int stallTimeoutMs = 0;
    bool receivedAnything = false;
    bool busy = false;
    quint64 generation = 0;

    void start(const CasRequest& request);
    void send(const QUrl& url);
    bool followRedirect(QNetworkReply* r);
    void abortWith(const CasError& error);
    void finish();
    void captureTls();
    void appendBody(const QByteArray& data);
    void onMetaDataChanged();
    void onFinished();
    CasError networkError(QNetworkReply::NetworkError code, const QString& qtError) const;
    CasError httpError() const;
    CasError tlsError(const QString& qtError) const;
    void interpretBody();
    void touch();
    void onSslErrors(QNetworkReply* r, const QList<QSslError>& errors);
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
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
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

CasClient::CasClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->network = network;
    d->deadline.setSingleShot(true);
    d->stall.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        d->abortWith(makeError(
            CasError::Kind::Timeout,
            tr("CAS did not answer within %1 s: check the URL and your network, or try again later.").arg(seconds(d->timeoutMs))));
    });
    connect(&d->stall, &QTimer::timeout, this, [this] {
        const QString message = d->receivedAnything ? tr("CAS stopped sending data for %1 s: try again later.")
                                                    : tr("CAS sent nothing for %1 s: check the URL and your network, or try again later.");
        d->abortWith(makeError(CasError::Kind::Timeout, message.arg(seconds(d->stallTimeoutMs))));
    });
}

CasClient::~CasClient()
{
    if (d->reply) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
    }
    delete d;
}

bool CasClient::isBusy() const
{
    return d->busy;
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
    if (!d->reply) {
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
    extraAnchors.clear();
    caFile = request.caFile;
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
                if (generation == started && busy && !reply)
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
                               tr("The CA file %1 cannot be read: choose a readable PEM file in the profile.").arg(request.caFile),
                               file.errorString()));
            return;
        }
        const QList<QSslCertificate> fromFile = QSslCertificate::fromData(file.read(4 * 1024 * 1024), QSsl::Pem);
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

    if (!network) {
        failSoon(makeError(CasError::Kind::Network, tr("No network access is available.")));
        return;
    }

    networkRequest = QNetworkRequest(*url);
    networkRequest.setRawHeader("Auth-API-Key", request.apiKey.toUtf8());
    {
        QByteArray secret(request.apiSecret.constData(), request.apiSecret.size());
        networkRequest.setRawHeader("Auth-API-Secret", secret);
        secret.fill('\0');
    }
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", UserAgent);
    // No reuse of a kept-alive connection: every fetch re-checks the certificate against the
    // profile's current trust settings.
    networkRequest.setRawHeader("Connection", "close");
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt never follows: each hop is decided in followRedirect() and sent as a new request, so the
    // secret cannot reach another origin (Qt's own following copies every header to any host).
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (url->scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        // Qt's own list stays untouched when the system roots are trusted, so Qt keeps loading
        // them on demand; the extra CAs are checked in onSslErrors() (see ExtraTrust.h).
        if (!request.trustSystemRoots)
            ssl.setCaCertificates(trusted);
        else
            extraAnchors = trusted;
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        networkRequest.setSslConfiguration(ssl);
    }

    send(*url);

    if (timeoutMs > 0)
        deadline.start(timeoutMs);
    if (stallTimeoutMs > 0)
        stall.start(stallTimeoutMs);
}

void CasClient::Private::send(const QUrl& url)
{
    if (!network) {
        pendingError = makeError(CasError::Kind::Network, tr("No network access is available."));
        finish();
        return;
    }
    networkRequest.setUrl(url);
    reply = network->get(networkRequest);
    QNetworkReply* r = reply;
    QObject::connect(r, &QNetworkReply::requestSent, q, [this, r] {
        touch();
        emit q->requestSent(r->url());
    });
    QObject::connect(r, &QNetworkReply::socketStartedConnecting, q, [this] {
        touch();
    });
    QObject::connect(r, &QNetworkReply::metaDataChanged, q, [this] {
        onMetaDataChanged();
    });
    QObject::connect(r, &QNetworkReply::readyRead, q, [this, r] {
        receivedAnything = true;
        touch();
        appendBody(r->readAll());
    });
    QObject::connect(r, &QNetworkReply::downloadProgress, q, [this] {
        touch();
    });
    QObject::connect(r, &QNetworkReply::encrypted, q, [this] {
        touch();
        captureTls();
    });
    QObject::connect(r, &QNetworkReply::sslErrors, q, [this, r](const QList<QSslError>& errors) {
        onSslErrors(r, errors);
    });
    QObject::connect(r, &QNetworkReply::finished, q, [this] {
        onFinished();
    });
}

// Qt has checked the chain against the system roots. The only errors ever ignored are "no trusted
// issuer", and only when the chain verifies against a CA this request adds, host name and dates
// included. Anything else stays an error, and Qt then fails the handshake.
void CasClient::Private::onSslErrors(QNetworkReply* r, const QList<QSslError>& errors)
{
    if (!extraAnchors.isEmpty() && ExtraTrust::onlyIssuerErrors(errors)) {
        if (ExtraTrust::chainVerifies(r->sslConfiguration().peerCertificateChain(), extraAnchors, r->url().host(), &extraTrustRefusal)) {
            r->ignoreSslErrors(errors);
            trustedByExtra = true;
            return;
        }
    }
    sslErrors += errors;
}

void CasClient::Private::touch()
{
    if (stallTimeoutMs > 0 && stall.isActive())
        stall.start(stallTimeoutMs);
}

void CasClient::Private::abortWith(const CasError& error)
{
    if (!busy)
        return;
    if (pendingError.kind == CasError::Kind::None)
        pendingError = error;
    if (reply)
        reply->abort(); // finished() follows and carries pendingError
    else
        finish();
}

void CasClient::Private::captureTls()
{
    if (!reply || !result.tls.isEmpty())
        return;
    const QSslConfiguration ssl = reply->sslConfiguration();
    result.tls.protocol = protocolName(ssl.sessionProtocol());
    result.tls.cipher = ssl.sessionCipher().name();
    result.tls.peerChain = ssl.peerCertificateChain();
    if (trustSystemRoots && !trustedByExtra)
        result.tls.trustedBy = tr("the system's trusted roots");
    else if (!caFile.isEmpty())
        result.tls.trustedBy = tr("the CA file %1").arg(caFile);
    else
        result.tls.trustedBy = tr("a certificate this request trusts (not the system's roots)");
}

void CasClient::Private::appendBody(const QByteArray& data)
{
    if (pendingError.kind != CasError::Kind::None)
        return;
    result.body += data;
    if (result.body.size() > MaxBodyBytes) {
        result.body.truncate(MaxBodyBytes);
        abortWith(makeError(CasError::Kind::ResponseTooLarge,
                            tr("CAS sent more than %1 MiB, far more than a token: stopped reading. "
                               "Check that the URL points at CAS.")
                                .arg(MaxBodyBytes / (1024 * 1024))));
    }
}

bool CasClient::Private::followRedirect(QNetworkReply* r)
{
    const QVariant location = r->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (!location.isValid() || result.httpStatus < 300 || result.httpStatus >= 400)
        return false;
    const QUrl from = r->url();
    const QUrl target = from.resolved(location.toUrl());
    if (result.redirects.size() >= MaxRedirects) {
        result.error = makeError(CasError::Kind::TooManyRedirects,
                                 tr("CAS redirected more than %1 times (last to %2): the URL probably loops. "
                                    "Check the CAS URL of this profile.")
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
    r->disconnect(q);
    r->deleteLater();
    reply = nullptr;
    if (stallTimeoutMs > 0)
        stall.start(stallTimeoutMs);
    send(target);
    return true;
}

void CasClient::Private::onMetaDataChanged()
{
    touch();
    receivedAnything = true;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > MaxBodyBytes) {
        abortWith(makeError(CasError::Kind::ResponseTooLarge,
                            tr("CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. "
                               "Check that the URL points at CAS.")
                                .arg(length.toLongLong())
                                .arg(MaxBodyBytes / (1024 * 1024))));
    }
}

void CasClient::Private::onFinished()
{
    if (!busy || !reply)
        return;
    QNetworkReply* r = reply;
    if (pendingError.kind == CasError::Kind::None)
        appendBody(r->readAll());
    captureTls();
    const QVariant status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.httpStatus = status.toInt();
        // Qt hands the phrase over as Latin-1; the bytes are read again as UTF-8, and shown safely.
        result.reasonPhrase = SafeText::visible(r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toLatin1());
        result.headers = r->rawHeaderPairs();
    }

    if (pendingError.kind != CasError::Kind::None) {
        result.error = pendingError;
    } else if (followRedirect(r)) {
        return;
    } else if (result.error.kind != CasError::Kind::None) {
        // followRedirect() refused the hop
    } else {
        const QNetworkReply::NetworkError code = r->error();
        const bool transportError = code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied;
        if (transportError || (code != QNetworkReply::NoError && result.httpStatus == 0))
            result.error = networkError(code, r->errorString());
        else if (result.httpStatus >= 200 && result.httpStatus < 300)
            interpretBody();
        else
            result.error = httpError();
    }
    if (result.error.kind != CasError::Kind::None)
        result.token.clear();
    finish();
}

CasError CasClient::Private::networkError(QNetworkReply::NetworkError code, const QString& qtError) const
{
    const QUrl url = reply ? reply->url() : result.requestUrl;
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return makeError(CasError::Kind::HostNotFound,
                         tr("The host name %1 could not be found: check the CAS URL for typos and your network or DNS.").arg(host),
                         qtError);
    case QNetworkReply::ConnectionRefusedError:
        return makeError(
            CasError::Kind::ConnectionRefused,
            tr("Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.").arg(host).arg(effectivePort(url)),
            qtError);
    case QNetworkReply::RemoteHostClosedError:
        return makeError(CasError::Kind::ConnectionClosed,
                         tr("%1 closed the connection before the answer was complete: try again, and check that the URL "
                            "points at CAS.")
                             .arg(host),
                         qtError);
    case QNetworkReply::TimeoutError:
        return makeError(CasError::Kind::Timeout, tr("Connecting to %1 timed out: check the CAS URL and your network.").arg(host), qtError);
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError(qtError);
    case QNetworkReply::TooManyRedirectsError:
        return makeError(CasError::Kind::TooManyRedirects, tr("CAS redirected too many times: the URL probably loops."), qtError);
    case QNetworkReply::InsecureRedirectError:
        return makeError(CasError::Kind::RedirectRefused, tr("CAS redirected to an insecure address; the redirect was not followed."),
                         qtError);
    default:
        return makeError(CasError::Kind::Network, tr("The request to %1 failed: %2").arg(host, qtError), qtError);
    }
}

CasError CasClient::Private::tlsError(const QString& qtError) const
{
    const QString host = (reply ? reply->url() : result.requestUrl).host();
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
    QString message;
    switch (primary.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        if (!caFile.isEmpty()) {
            message = tr("The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. "
                         "Check that the CA file holds the CA that issued the certificate of %1.")
                          .arg(host, caFile);
        } else if (primary.error() == QSslError::SelfSignedCertificate) {
            message = tr("The certificate of %1 is not trusted (self-signed): add its CA file to the profile.").arg(host);
        } else {
            message = tr("The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.").arg(host);
        }
        break;
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
                         tr("CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile.").arg(status),
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
    result.elapsedMs = elapsed.elapsed();
    networkRequest = QNetworkRequest();
    if (reply) {
        reply->disconnect(q);
        reply->deleteLater();
        reply = nullptr;
    }
    const CasResult done = result;
    if (done.httpStatus > 0)
        emit q->responseReceived(done.httpStatus, done.elapsedMs);
    emit q->finished(done);
}
