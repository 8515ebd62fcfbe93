#include "net/CasClientWorker.h"

#include "net/CertificateText.h"
#include "core/Defaults.h"
#include "core/SafeText.h"
#include "net/EnvironmentProxyFactory.h"
#include "net/ExtraTrust.h"
#include "net/HttpGet.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <iterator>

namespace
{
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

// The smallest RSA key each OpenSSL security level accepts (SSL_CTX_set_security_level(3)).
int minimumRsaBits(int level)
{
    static const int bits[] = {0, 1024, 2048, 3072, 7680, 15360};
    return bits[qBound(0, level, 5)];
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

class CasClientWorker : public CasClient::Backend
{
public:
    explicit CasClientWorker(CasClient* client);
    ~CasClientWorker() override;

    bool isBusy() const override
    {
        return busy;
    }
    qint64 peakBufferedBytes() const override
    {
        return peakBuffered;
    }
    void fetch(const CasRequest& request) override;
    void cancel() override;

    CasClient* q = nullptr;
    QPointer<HttpGet> get;
    /// Sent on every same-origin hop; hold the secret until finish() wipes them.
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray secret; ///< to scrub from messages built from what the server sent
    EnvironmentProxyFactory::Choice proxy;
    QTimer deadline;
    QTimer stall;
    QElapsedTimer elapsed;
    CasResult result;
    CasError pendingError; ///< why we aborted
    /// The CAs this request trusts (CA file, extra certificates): with the system's roots, or alone.
    ExtraTrust::Anchors requestCas;
    QString caFile; ///< for messages
    bool commandLine = false; ///< for messages: name --cacert, not the profile form
    bool trustSystemRoots = true;
    int timeoutMs = 0;
    int stallTimeoutMs = 0;
    bool receivedAnything = false;
    bool busy = false;
    quint64 generation = 0;
    qint64 peakBuffered = 0;

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
    CasError tlsError(const QString& why) const;
    QString timeoutMessage(const QString& generic, int ms) const;
    void interpretBody();
    void touch();
    void captureResponse(const HttpResponseParser& response);
};

CasClientWorker::CasClientWorker(CasClient* client)
    : q(client)
{
    deadline.setSingleShot(true);
    stall.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, q, [this] {
        abortWith(CasError::make(
            CasError::Kind::Timeout,
            timeoutMessage(CasClient::tr("CAS did not answer within %1 s: check the URL and your network, or try again later."),
                           timeoutMs)));
    });
    QObject::connect(&stall, &QTimer::timeout, q, [this] {
        const QString message = receivedAnything
            ? CasClient::tr("CAS stopped sending data for %1 s: try again later.")
            : CasClient::tr("CAS sent nothing for %1 s: check the URL and your network, or try again later.");
        abortWith(CasError::make(CasError::Kind::Timeout, timeoutMessage(message, stallTimeoutMs)));
    });
}

CasClientWorker::~CasClientWorker()
{
    dropGet();
    secret.fill('\0');
    for (auto& header : requestHeaders)
        header.second.fill('\0');
}

void CasClientWorker::fetch(const CasRequest& request)
{
    if (busy)
        cancel();
    start(request);
}

void CasClientWorker::cancel()
{
    if (!busy)
        return;
    const CasError cancelled = CasError::make(CasError::Kind::Cancelled, CasClient::tr("The request was cancelled."));
    if (!get) {
        pendingError = cancelled; // overrides a failure still queued for delivery
        finish();
        return;
    }
    abortWith(cancelled);
}

void CasClientWorker::start(const CasRequest& request)
{
    ++generation;
    busy = true;
    result = CasResult();
    pendingError = CasError();
    requestCas.clear();
    caFile = request.caFile;
    commandLine = request.commandLine;
    trustSystemRoots = request.trustSystemRoots;
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
    const std::optional<QUrl> url = CasClient::tokenUrl(request.baseUrl, &urlError);
    if (!url) {
        failSoon(urlError);
        return;
    }
    result.requestUrl = *url;
    result.finalUrl = *url;
    result.redactedRequest = CasClient::describeRequest(*url, request.apiKey);

    // The CAs this request trusts (PEM), read by OpenSSL once each. Returns how many
    // certificates the text held.
    auto add = [this](const QByteArray& pem) -> qsizetype {
        ExtraTrust::Anchors read = ExtraTrust::readPem(pem);
        const auto count = static_cast<qsizetype>(read.size());
        requestCas.insert(requestCas.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
        return count;
    };
    if (!request.caFile.isEmpty()) {
        QFile file(request.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            failSoon(CasError::make(CasError::Kind::CaFile,
                                    (request.commandLine
                                         ? CasClient::tr("The CA file %1 cannot be read: pass a readable PEM file with --cacert.")
                                         : CasClient::tr("The CA file %1 cannot be read: choose a readable PEM file in the profile."))
                                        .arg(request.caFile),
                                    file.errorString()));
            return;
        }
        if (add(file.read(4 * Defaults::MiB)) == 0) {
            failSoon(CasError::make(CasError::Kind::CaFile,
                                    CasClient::tr("The CA file %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"): "
                                                  "choose the CA certificate of your CAS in PEM format.")
                                        .arg(request.caFile)));
            return;
        }
    }
    for (const QByteArray& pem : request.extraCaCertificates)
        add(pem);

    requestHeaders = {
        {"Auth-API-Key", request.apiKey.toUtf8()},
        {"Auth-API-Secret", QByteArray(request.apiSecret.constData(), request.apiSecret.size())},
        {"Accept", "application/json"},
        {"Accept-Encoding", "gzip, deflate"},
        {"User-Agent", CasClient::UserAgent},
        // A connection of its own: every fetch re-checks the certificate against the profile's
        // current trust settings.
        {"Connection", "close"},
    };
    secret = request.apiSecret;

    send(*url);

    if (timeoutMs > 0)
        deadline.start(timeoutMs);
    if (stallTimeoutMs > 0)
        stall.start(stallTimeoutMs);
}

void CasClientWorker::send(const QUrl& url)
{
    proxy = EnvironmentProxyFactory().choose(url);
    result.proxy = proxy.description();
    if (!proxy.error.isEmpty()) {
        pendingError = CasError::make(CasError::Kind::Proxy, proxy.error);
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
    limits.maxHeadBytes = CasClient::MaxHeadBytes;
    limits.maxBodyBytes = CasClient::MaxBodyBytes;
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
    QObject::connect(g, &HttpGet::finished, q, [this] {
        onFinished();
    });
    g->start(url, requestHeaders, trustSystemRoots, requestCas, proxy.proxy);
}

void CasClientWorker::touch()
{
    if (stallTimeoutMs > 0 && stall.isActive())
        stall.start(stallTimeoutMs);
}

// A server that accepts the connection but never finishes the TLS handshake is named as such.
QString CasClientWorker::timeoutMessage(const QString& generic, int ms) const
{
    if (get && get->isConnected() && get->url().scheme() == QLatin1String("https") && !get->isEncrypted()) {
        return CasClient::tr("The secure connection to %1 was not set up within %2 s: the server took the connection but did not "
                             "finish the TLS handshake. Check that the URL points at an https server.")
            .arg(get->url().host(), seconds(ms));
    }
    if (get && !get->isConnected() && !proxy.isDirect()) {
        return CasClient::tr("The proxy %1 did not open a connection to %2 within %3 s: check the proxy, or add %2 to no_proxy.")
            .arg(proxy.description(), get->url().host(), seconds(ms));
    }
    return generic.arg(seconds(ms));
}

void CasClientWorker::abortWith(const CasError& error)
{
    if (!busy)
        return;
    if (pendingError.kind == CasError::Kind::None)
        pendingError = error;
    if (get)
        captureResponse(get->response());
    finish();
}

void CasClientWorker::dropGet()
{
    if (!get)
        return;
    peakBuffered = qMax(peakBuffered, get->peakBufferedBytes());
    get->disconnect(q);
    get->abort();
    get->deleteLater();
    get = nullptr;
}

void CasClientWorker::captureTls()
{
    const TlsSession* tls = get ? get->tls() : nullptr;
    if (!tls || !tls->handshakeDone() || !result.tls.isEmpty())
        return;
    result.tls.protocol = tls->protocol();
    result.tls.cipher = tls->cipher();
    result.tls.peerChain = tls->peerChain();
    if (trustSystemRoots && !tls->trustedByRequestCa())
        result.tls.trustedBy = CasClient::tr("the system's trusted roots");
    else if (!caFile.isEmpty())
        result.tls.trustedBy = CasClient::tr("the CA file %1").arg(caFile);
    else
        result.tls.trustedBy = CasClient::tr("a certificate this request trusts (not the system's roots)");
}

void CasClientWorker::captureResponse(const HttpResponseParser& response)
{
    if (!response.headComplete())
        return;
    result.httpStatus = response.status();
    result.reasonPhrase = SafeText::visible(response.reasonPhrase());
    result.headers = response.headers();
    result.body = response.body();
}

bool CasClientWorker::followRedirect()
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
    if (result.redirects.size() >= CasClient::MaxRedirects) {
        result.error =
            CasError::make(CasError::Kind::TooManyRedirects,
                           (commandLine ? CasClient::tr("CAS redirected more than %1 times (last to %2): the URL probably loops. "
                                                        "Check the CAS URL.")
                                        : CasClient::tr("CAS redirected more than %1 times (last to %2): the URL probably loops. "
                                                        "Check the CAS URL of this profile."))
                               .arg(CasClient::MaxRedirects)
                               .arg(target.toString()));
        return false;
    }
    if (!sameOrigin(from, target)) {
        const bool downgrade = from.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
        const QString message = downgrade
            ? CasClient::tr("CAS at %1 redirected to plain http at %2. The redirect was not followed and the API key "
                            "and secret were not sent there. If this address is right, use it as the CAS URL with https://.")
            : CasClient::tr("CAS at %1 redirected to another origin, %2. The redirect was not followed and the API key "
                            "and secret were not sent there. If you trust that address, use it as the CAS URL.");
        result.error = CasError::make(CasError::Kind::RedirectRefused, message.arg(originOf(from), originOf(target)),
                                      CasClient::tr("HTTP %1, Location: %2").arg(result.httpStatus).arg(target.toString()));
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

void CasClientWorker::onFinished()
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

CasError CasClientWorker::transportError() const
{
    const QUrl url = get->url();
    const QString host = url.host();
    const QString qtError = get->errorString();
    switch (get->failure()) {
    case HttpGet::Failure::None:
        return {};
    case HttpGet::Failure::HostNotFound:
        return CasError::make(
            CasError::Kind::HostNotFound,
            CasClient::tr("The host name %1 could not be found: check the CAS URL for typos and your network or DNS.").arg(host), qtError);
    case HttpGet::Failure::ConnectionRefused:
        return CasError::make(CasError::Kind::ConnectionRefused,
                              CasClient::tr("Nothing accepts connections at %1 port %2: check the host and port of the CAS URL.")
                                  .arg(host)
                                  .arg(effectivePort(url)),
                              qtError);
    case HttpGet::Failure::ConnectionClosed:
        return CasError::make(CasError::Kind::ConnectionClosed,
                              CasClient::tr("%1 closed the connection before the answer was complete: try again, and check that the URL "
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
    return CasError::make(CasError::Kind::Network, CasClient::tr("The request to %1 failed: %2").arg(host, qtError), qtError);
}

CasError CasClientWorker::proxyError(const QString& why) const
{
    return CasError::make(CasError::Kind::Proxy,
                          CasClient::tr("The proxy %1 could not take the request to %2 (%3): check the proxy, or add %2 to no_proxy.")
                              .arg(proxy.description(), get->url().host(), why),
                          why);
}

// What the parser refused, named by the limit or rule it broke.
CasError CasClientWorker::responseError() const
{
    const HttpResponseParser& response = get->response();
    const QString host = get->url().host();
    const QString detail = response.errorDetail();
    const QString encoding = QString::fromLatin1(response.contentEncoding());
    switch (response.error()) {
    case HttpResponseParser::Error::HeadTooLarge:
        return CasError::make(CasError::Kind::HeadersTooLarge,
                              CasClient::tr("%1 sent more than %2 KiB of status line and headers (or more than %3 header fields), far more "
                                            "than any real answer: stopped reading. Check that the URL points at CAS.")
                                  .arg(host)
                                  .arg(CasClient::MaxHeadBytes / 1024)
                                  .arg(response.limits().maxHeaderFields),
                              detail);
    case HttpResponseParser::Error::BodyTooLarge:
        if (response.announcedLength() > CasClient::MaxBodyBytes || (response.announcedLength() < 0 && !response.headComplete())) {
            return CasError::make(CasError::Kind::ResponseTooLarge,
                                  CasClient::tr("CAS announced %1 bytes, far more than a token (the limit is %2 MiB): not read. "
                                                "Check that the URL points at CAS.")
                                      .arg(response.announcedLength())
                                      .arg(CasClient::MaxBodyBytes / Defaults::MiB),
                                  detail);
        }
        if (response.announcedLength() < 0 && response.header("Content-Length").size() > 0) {
            return CasError::make(CasError::Kind::ResponseTooLarge,
                                  CasClient::tr("CAS announced a body of %1 bytes, far more than a token (the limit is %2 MiB): not read. "
                                                "Check that the URL points at CAS.")
                                      .arg(HttpResponseParser::quoted(response.header("Content-Length")))
                                      .arg(CasClient::MaxBodyBytes / Defaults::MiB),
                                  detail);
        }
        return CasError::make(CasError::Kind::ResponseTooLarge,
                              CasClient::tr("CAS sent more than %1 MiB, far more than a token: stopped reading. "
                                            "Check that the URL points at CAS.")
                                  .arg(CasClient::MaxBodyBytes / Defaults::MiB),
                              detail);
    case HttpResponseParser::Error::DecodedTooLarge:
        return CasError::make(CasError::Kind::DecodedTooLarge,
                              CasClient::tr("CAS sent a compressed body (Content-Encoding: %1) that expands to more than %2 MiB, far more "
                                            "than a token: stopped decoding. A body that small on the wire and that large decoded is a "
                                            "compression bomb; check that the URL points at CAS.")
                                  .arg(encoding)
                                  .arg(CasClient::MaxBodyBytes / Defaults::MiB),
                              detail);
    case HttpResponseParser::Error::BadCompression:
        return CasError::make(CasError::Kind::MalformedHttp,
                              CasClient::tr("CAS sent a compressed body (Content-Encoding: %1) that cannot be decoded: check that the URL "
                                            "points at CAS, or try again.")
                                  .arg(encoding),
                              detail);
    case HttpResponseParser::Error::UnsupportedEncoding:
        return CasError::make(
            CasError::Kind::MalformedHttp,
            CasClient::tr("%1 answered in an encoding that was not asked for (%2): check that the URL points at CAS.").arg(host, detail),
            detail);
    case HttpResponseParser::Error::TooManyInterim:
        return CasError::make(CasError::Kind::MalformedHttp,
                              CasClient::tr("%1 sent more than %2 interim (1xx) answers and no final one: stopped reading. Check that the "
                                            "URL points at CAS.")
                                  .arg(host)
                                  .arg(response.limits().maxInterimResponses),
                              detail);
    case HttpResponseParser::Error::Malformed:
    case HttpResponseParser::Error::Truncated:
    case HttpResponseParser::Error::None:
        break;
    }
    return CasError::make(
        CasError::Kind::MalformedHttp,
        CasClient::tr("%1 did not answer in valid HTTP/1.1 (%2): check that the URL and port point at CAS's web server.").arg(host, detail),
        detail);
}

CasError CasClientWorker::tlsError(const QString& why) const
{
    const QString host = (get ? get->url() : result.finalUrl).host();
    const TlsSession* tls = get ? get->tls() : nullptr;
    const QList<TlsSession::Problem> problems = tls ? tls->problems() : QList<TlsSession::Problem>();
    QStringList details;
    for (const TlsSession::Problem& problem : problems)
        details << problem.text();
    const QString detail = details.isEmpty() ? why : details.join(QLatin1String("; "));
    if (problems.isEmpty()) {
        return CasError::make(CasError::Kind::Tls,
                              CasClient::tr("The secure connection to %1 could not be set up: check that the URL points at an https "
                                            "server.")
                                  .arg(host),
                              detail);
    }
    // The most telling problem first: a wrong name or date says more than a missing issuer.
    TlsSession::Problem primary = problems.first();
    for (const TlsSession::Problem& problem : problems) {
        if (!problem.isIssuerProblem()) {
            primary = problem;
            break;
        }
    }
    // OpenSSL refuses keys below its security level.
    if (primary.isKeyTooSmall() && primary.rsaBits > 0) {
        const int level = tls->securityLevel();
        return CasError::make(
            CasError::Kind::Tls,
            CasClient::tr("The %1 of %2 has a %3-bit RSA key, too small for this computer's OpenSSL security level %4, "
                          "which needs at least %5 bits: the server's operator must replace it with a key of %5 bits or more.")
                .arg(primary.depth == 0 ? CasClient::tr("certificate")
                                        : CasClient::tr("CA certificate \"%1\" in the chain").arg(primary.subject),
                     host)
                .arg(primary.rsaBits)
                .arg(level)
                .arg(minimumRsaBits(level)),
            detail);
    }
    QString message;
    if (primary.isIssuerProblem()) {
        if (!caFile.isEmpty()) {
            message = CasClient::tr("The certificate of %1 is not trusted: neither the system nor the CA file %2 vouches for it. "
                                    "Check that the CA file holds the CA that issued the certificate of %1.")
                          .arg(host, caFile);
        } else if (primary.qtError() == QSslError::SelfSignedCertificate) {
            message = commandLine
                ? CasClient::tr("The certificate of %1 is not trusted (self-signed): pass its CA file with --cacert.").arg(host)
                : CasClient::tr("The certificate of %1 is not trusted (self-signed): add its CA file to the profile.").arg(host);
        } else {
            message = commandLine
                ? CasClient::tr("The certificate of %1 is not trusted (unknown issuer): pass its CA file with --cacert.").arg(host)
                : CasClient::tr("The certificate of %1 is not trusted (unknown issuer): add its CA file to the profile.").arg(host);
        }
        return CasError::make(CasError::Kind::Tls, message, detail);
    }
    switch (primary.qtError()) {
    case QSslError::HostNameMismatch:
        message = CasClient::tr("The certificate of %1 is made out for another name: check the host name in the CAS URL.").arg(host);
        break;
    case QSslError::CertificateExpired:
        message = CasClient::tr("The certificate of %1 has expired: its operator must renew it.").arg(host);
        break;
    case QSslError::CertificateNotYetValid:
        message = CasClient::tr("The certificate of %1 is not valid yet: check this computer's clock.").arg(host);
        break;
    case QSslError::CertificateRevoked:
        message = CasClient::tr("The certificate of %1 has been revoked.").arg(host);
        break;
    default:
        message = CasClient::tr("The certificate of %1 was refused: %2").arg(host, primary.text());
        break;
    }
    return CasError::make(CasError::Kind::Tls, message, detail);
}

CasError CasClientWorker::httpError() const
{
    const int status = result.httpStatus;
    const QString statusText =
        result.reasonPhrase.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(result.reasonPhrase);
    const QString said = serverMessage(result.body, result.header("Content-Type"));
    if (status == 401 || status == 403) {
        return CasError::make(
            CasError::Kind::AuthRejected,
            (commandLine ? CasClient::tr("CAS rejected the API key or secret (HTTP %1): check the key and the secret.")
                         : CasClient::tr("CAS rejected the API key or secret (HTTP %1): check the key and secret of this profile."))
                .arg(status),
            said.isEmpty() ? statusText : CasClient::tr("HTTP %1: %2").arg(statusText, said));
    }
    const QByteArray contentType = result.header("Content-Type");
    QString message;
    if (!said.isEmpty()) {
        message = CasClient::tr("CAS answered HTTP %1: \"%2\"").arg(statusText, said);
    } else if (contentType.contains("html") || result.body.trimmed().startsWith('<')) {
        message = CasClient::tr("CAS answered HTTP %1 with an HTML page, probably from a proxy or web server in front of it: "
                                "check the CAS URL, or try again later.")
                      .arg(statusText);
    } else {
        message = CasClient::tr("CAS answered HTTP %1: check the CAS URL, or try again later.").arg(statusText);
    }
    if (status >= 300 && status < 400)
        message = CasClient::tr("CAS answered HTTP %1 without a usable redirect target: check the CAS URL.").arg(statusText);
    return CasError::make(CasError::Kind::ServerError, message, statusText);
}

void CasClientWorker::interpretBody()
{
    QString token;
    result.error = CasClient::parseTokenBody(result.body, &token, result.httpStatus, result.header("Content-Type"));
    if (result.error.kind == CasError::Kind::None)
        result.token = token;
}

void CasClientWorker::finish()
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
} // namespace

std::unique_ptr<CasClient::Backend> newCasClientWorker(CasClient* client)
{
    return std::make_unique<CasClientWorker>(client);
}
