#pragma once

#include "core/NetModule.h"

/// NetModule on Qt Network and OpenSSL: what libcasconsole_net.so gives core.
class QtNetModule : public NetModule
{
public:
    static QtNetModule& instance();

    std::unique_ptr<CasClient::Backend> casClient(CasClient* client) override;
    HttpServer* httpServer(QObject* parent) override;
    TlsIdentity loopbackIdentity() override;
    VerifyResult verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64) override;
    VerifyResult verifyWithKey(const QString& token, const QByteArray& keyText) override;
    bool holdsPemCertificate(const QByteArray& data) override;
    std::optional<QString> parseAddress(const QString& text) override;
    QStringList lanAddresses() override;
};
