#pragma once

#include "core/CasResult.h"
#include "core/Defaults.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

struct Profile;

/// What to ask CAS for. The secret is held only as long as the request needs it.
struct CasRequest
{
    QString baseUrl; ///< as typed by a person: normalized by CasClient
    QString apiKey;
    QByteArray apiSecret;
    QString caFile; ///< optional extra trusted CA (PEM file)
    QList<QByteArray> extraCaCertificates; ///< PEM, trusted in addition (e.g. the demo server's own)
    /// False: trust only caFile and extraCaCertificates (the local demo trusts exactly its own certificate).
    bool trustSystemRoots = true;
    int timeoutMs = Defaults::TimeoutSeconds * 1000; ///< total deadline
    int stallTimeoutMs = Defaults::StallTimeoutSeconds * 1000; ///< no bytes for this long aborts
    /// Messages name command-line options (--cacert) instead of the window's profile form.
    bool commandLine = false;

    /// The request a profile describes: its URL, key, CA file and timeout, with this secret.
    static CasRequest fromProfile(const Profile& profile, const QByteArray& apiSecret);
};

/// One token request at a time: GET <base>/stream/token/v2/ over a connection of its own
/// (HttpGet), through the proxy the environment names (EnvironmentProxyFactory), redirects decided
/// per hop (never sending the key or secret to another origin or over plain http), headers and
/// body capped on every framing and after decompression, deadline and stall timeout, TLS details.
/// Emits finished() exactly once per fetch(). The work is done by the network module (NetModule):
/// its Qt Network and OpenSSL are loaded by the first CasClient, not by whoever links core.
class CasClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 1 * Defaults::MiB; ///< on the wire and decoded
    static constexpr qint64 MaxHeadBytes = 64 * Defaults::KiB; ///< status line and headers, 1xx heads and trailers included
    static constexpr int MaxRedirects = 10;
    static const QString TokenPath; ///< "/stream/token/v2/"
    static const QByteArray UserAgent; ///< "cas-console/<version>"

    /// Normalizes what a person typed: trims, assumes https, accepts with or without the token path.
    /// Returns the full token URL, or nullopt with *error set (InvalidUrl / InsecureUrl).
    static std::optional<QUrl> tokenUrl(const QString& baseUrl, CasError* error = nullptr);
    /// "GET https://host/stream/token/v2/" followed by the headers, secret redacted.
    static QString describeRequest(const QUrl& url, const QString& apiKey);
    /// A curl command doing the same request, with "$CAS_API_SECRET" where the secret goes.
    static QString curlCommand(const QUrl& url, const QString& apiKey, const QString& caFile = {});
    /// Reads the token out of a 2xx body ({"token": "<JWT>"}): on success *token is set and the
    /// error is None; else BadResponse. httpStatus and contentType only shape the message.
    static CasError parseTokenBody(const QByteArray& body, QString* token, int httpStatus = 200, const QByteArray& contentType = {});

    explicit CasClient(QObject* parent = nullptr);
    ~CasClient() override;

    bool isBusy() const;
    /// The most bytes of answer held at once since this client was made (parser and socket
    /// buffers): bounded by MaxHeadBytes + MaxBodyBytes + a constant, whatever the server sends.
    qint64 peakBufferedBytes() const;
    void fetch(const CasRequest& request);
    void cancel();

signals:
    void requestSent(const QUrl& url); ///< each hop, for the flow view
    void responseReceived(int httpStatus, qint64 elapsedMs);
    void finished(const CasResult& result);

public:
    /// The network module's side of a client, made for one CasClient (NetModule::casClient).
    class Backend
    {
    public:
        virtual ~Backend() = default;
        virtual bool isBusy() const = 0;
        virtual qint64 peakBufferedBytes() const = 0;
        virtual void fetch(const CasRequest& request) = 0;
        virtual void cancel() = 0;
    };

private:
    std::unique_ptr<Backend> d;
};
