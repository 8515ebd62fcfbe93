#include "net/QtNetModule.h"

#include "net/BoundedHttpServer.h"
#include "net/CasClientWorker.h"
#include "net/JwsSignature.h"
#include "net/SelfSignedCertificate.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSslCertificate>

QtNetModule& QtNetModule::instance()
{
    static QtNetModule module;
    return module;
}

std::unique_ptr<CasClient::Backend> QtNetModule::casClient(CasClient* client)
{
    return newCasClientWorker(client);
}

HttpServer* QtNetModule::httpServer(QObject* parent)
{
    return new BoundedHttpServer(parent);
}

TlsIdentity QtNetModule::loopbackIdentity()
{
    const SelfSignedCertificate generated = SelfSignedCertificate::generate();
    TlsIdentity identity;
    if (generated.isNull()) {
        identity.error = generated.errorString();
        return identity;
    }
    identity.certificatePem = generated.certificatePem();
    identity.privateKeyPem = generated.privateKey().toPem();
    return identity;
}

VerifyResult QtNetModule::verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64)
{
    return JwsSignature::verifyWithSecret(token, secret, isBase64);
}

VerifyResult QtNetModule::verifyWithKey(const QString& token, const QByteArray& keyText)
{
    return JwsSignature::verifyWithKey(token, keyText);
}

bool QtNetModule::holdsPemCertificate(const QByteArray& data)
{
    return !QSslCertificate::fromData(data, QSsl::Pem).isEmpty();
}

std::optional<QString> QtNetModule::parseAddress(const QString& text)
{
    const QHostAddress address(text);
    if (address.isNull())
        return std::nullopt;
    return address.toString();
}

QStringList QtNetModule::lanAddresses()
{
    QStringList addresses;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            addresses.append(address.toString());
    }
    return addresses;
}

#ifdef CASCONSOLE_NET_IS_MODULE
// The one entry core looks up (NetModule::instance) when it loads this library.
extern "C" Q_DECL_EXPORT NetModule* casconsole_net_module()
{
    return &QtNetModule::instance();
}
#endif
