#include "core/NetModule.h"

#include "core/HttpServer.h"

#include <QMetaObject>

#ifdef CASCONSOLE_NET_MODULE
#include "core/PrivateModule.h"
#else
#include "net/QtNetModule.h"
#endif

namespace
{
QString& failure()
{
    static QString reason;
    return reason;
}

#ifdef CASCONSOLE_NET_MODULE
// Stands in when the module cannot be loaded: every request, server and check fails, saying why.
class MissingCasClient : public CasClient::Backend
{
public:
    explicit MissingCasClient(CasClient* client)
        : m_client(client)
    { }

    bool isBusy() const override
    {
        return m_busy;
    }
    qint64 peakBufferedBytes() const override
    {
        return 0;
    }
    void fetch(const CasRequest& request) override
    {
        m_busy = true;
        const quint64 generation = ++m_generation;
        CasResult result;
        // As a real request would: only a URL that passed CasClient's rules is kept (no user info).
        result.requestUrl = CasClient::tokenUrl(request.baseUrl).value_or(QUrl());
        result.error.kind = CasError::Kind::Network;
        result.error.message = NetModule::unavailableMessage();
        QMetaObject::invokeMethod(
            m_client,
            [this, generation, result] {
                if (m_busy && generation == m_generation)
                    finish(result);
            },
            Qt::QueuedConnection);
    }
    void cancel() override
    {
        if (!m_busy)
            return;
        CasResult result;
        result.error.kind = CasError::Kind::Cancelled;
        result.error.message = CasClient::tr("The request was cancelled.");
        finish(result);
    }

private:
    void finish(const CasResult& result)
    {
        m_busy = false;
        ++m_generation;
        emit m_client->finished(result);
    }

    CasClient* m_client;
    bool m_busy = false;
    quint64 m_generation = 0;
};

class MissingHttpServer : public HttpServer
{
public:
    using HttpServer::HttpServer;

    void setLimits(const HttpServerLimits& limits) override
    {
        m_limits = limits;
    }
    HttpServerLimits limits() const override
    {
        return m_limits;
    }
    bool setTlsIdentity(const QByteArray&, const QByteArray&, QString* error) override
    {
        if (error)
            *error = NetModule::unavailableMessage();
        return false;
    }
    void setKeepAlive(bool) override
    { }
    bool listen(const QString&, quint16, QString* error) override
    {
        if (error)
            *error = NetModule::unavailableMessage();
        return false;
    }
    void close() override
    { }
    bool isListening() const override
    {
        return false;
    }
    quint16 serverPort() const override
    {
        return 0;
    }
    QString serverAddress() const override
    {
        return {};
    }
    int connectionCount() const override
    {
        return 0;
    }
    void respond(quint64, int, const QList<QPair<QByteArray, QByteArray>>&, const QByteArray&) override
    { }
    bool isConnected(quint64) const override
    {
        return false;
    }

private:
    HttpServerLimits m_limits;
};

class MissingNetModule : public NetModule
{
public:
    std::unique_ptr<CasClient::Backend> casClient(CasClient* client) override
    {
        return std::make_unique<MissingCasClient>(client);
    }
    HttpServer* httpServer(QObject* parent) override
    {
        return new MissingHttpServer(parent);
    }
    TlsIdentity loopbackIdentity() override
    {
        TlsIdentity identity;
        identity.error = NetModule::unavailableMessage();
        return identity;
    }
    VerifyResult verifyWithSecret(const QString&, const QByteArray&, bool) override
    {
        return notChecked();
    }
    VerifyResult verifyWithKey(const QString&, const QByteArray&) override
    {
        return notChecked();
    }
    bool holdsPemCertificate(const QByteArray&) override
    {
        return false;
    }
    std::optional<QString> parseAddress(const QString&) override
    {
        return std::nullopt;
    }
    QStringList lanAddresses() override
    {
        return {};
    }

private:
    // Never Verified: without the module nothing was checked.
    static VerifyResult notChecked()
    {
        VerifyResult result;
        result.status = VerifyResult::Status::NotChecked;
        result.reason = VerifyResult::Reason::Unavailable;
        result.message = NetModule::unavailableMessage();
        return result;
    }
};

NetModule& load()
{
    void* entry = PrivateModule::entry(CASCONSOLE_NET_MODULE, "casconsole_net_module", &failure());
    if (!entry) {
        static MissingNetModule missing;
        return missing;
    }
    return *reinterpret_cast<NetModule* (*)()>(entry)();
}
#endif
} // namespace

NetModule& NetModule::instance()
{
#ifdef CASCONSOLE_NET_MODULE
    static NetModule& module = load();
    return module;
#else
    return QtNetModule::instance();
#endif
}

QString NetModule::loadError()
{
    return failure();
}

QString NetModule::unavailableMessage()
{
    return tr("This installation of cas-console lacks its network module (%1), so it cannot make requests, serve "
              "or check signatures. Reinstall cas-console.")
        .arg(failure());
}

HttpServer* HttpServer::create(QObject* parent)
{
    return NetModule::instance().httpServer(parent);
}
