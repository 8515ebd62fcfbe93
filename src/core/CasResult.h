#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

/// A typed error from a token request, with a message a person can act on.
struct CasError
{
    enum class Kind {
        None,
        InvalidUrl, ///< the CAS URL cannot be used (empty, bad scheme, no host)
        InsecureUrl, ///< plain http to a host that is not loopback
        CaFile, ///< the profile's CA file is missing or not PEM
        HostNotFound, ///< DNS
        ConnectionRefused,
        ConnectionClosed, ///< reset or dropped by the server
        Timeout, ///< total deadline or stall timeout
        Tls, ///< handshake failed or the certificate is not trusted
        RedirectRefused, ///< a redirect to another origin or to plain http: the secret was not sent
        TooManyRedirects,
        Network, ///< any other network failure
        Cancelled, ///< the user cancelled
        AuthRejected, ///< 401/403
        ServerError, ///< any other non-2xx status
        BadResponse, ///< not JSON, no "token", token is not a JWT
        ResponseTooLarge, ///< body over the cap (announced or counted)
        HeadersTooLarge, ///< status line and headers over their cap
        DecodedTooLarge, ///< a compressed body that expands past the body cap
        MalformedHttp, ///< the answer is not valid HTTP/1.x (or uses an encoding not asked for)
        Proxy, ///< the proxy named by the environment cannot be used or refused the request
    };
    Kind kind = Kind::None;
    QString message; ///< plain language: what happened and what to do
    QString detail; ///< technical detail (Qt error string, certificate errors...)

    /// A stable name for scripts: "tls", "timeout", "bad_response"...
    static QString kindName(Kind kind);
    static CasError make(Kind kind, const QString& message, const QString& detail = {});
};

/// One certificate of the server's chain, as the views show it: read out by the network module,
/// so nothing that shows it needs Qt Network. Names and alternative names are the server's text.
struct CertificateInfo
{
    QString subject; ///< "CN=cas.example.com, O=Example" (or the display name when neither is set)
    QString issuer; ///< the same for the issuer
    bool selfSigned = false;
    QDateTime validFrom; ///< UTC
    QDateTime validTo; ///< UTC
    QByteArray sha256; ///< the digest of the DER encoding
    QStringList alternativeNames; ///< DNS names and IP addresses
    QByteArray pem;
};

struct TlsDetails
{
    QString protocol; ///< "TLS 1.3"
    QString cipher; ///< "TLS_AES_256_GCM_SHA384"
    QList<CertificateInfo> peerChain; ///< the server's certificate first
    QString trustedBy; ///< what vouched for the server: "the system's trusted roots", "the CA file …"
    bool isEmpty() const
    {
        return protocol.isEmpty();
    }
};

/// Everything about one token request: what was sent, what came back, and either a token or an error.
struct CasResult
{
    QUrl requestUrl; ///< normalized URL of the first request
    QUrl finalUrl; ///< after followed redirects
    QList<QUrl> redirects; ///< each followed hop
    int httpStatus = 0; ///< 0 when no response arrived
    QString reasonPhrase; ///< for display: hidden characters and bytes that are not UTF-8 as escapes (SafeText)
    QList<QPair<QByteArray, QByteArray>> headers; ///< response headers in order
    QByteArray body; ///< raw body (capped)
    qint64 elapsedMs = 0;
    TlsDetails tls;
    QString proxy; ///< "http://127.0.0.1:3128 (https_proxy)", credentials masked; empty when direct
    QString redactedRequest; ///< the request line and headers as sent, secret replaced by "<redacted>"
    QString token; ///< the JWT on success
    CasError error;

    bool ok() const
    {
        return error.kind == CasError::Kind::None && !token.isEmpty();
    }
    QByteArray header(const QByteArray& name) const; ///< case-insensitive, first match
    /// Replaces every copy of the secret a server echoed (headers, body, reason, error texts)
    /// with "<redacted>", so it reaches no view, message or log. The token itself is left as is.
    void redactSecret(const QByteArray& secret);
};

Q_DECLARE_METATYPE(CasResult)
