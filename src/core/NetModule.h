#pragma once

#include "core/CasClient.h"
#include "core/JwsVerifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class HttpServer;
class QObject;

/// A certificate and its private key (PEM) for a loopback TLS server, or why none could be made.
struct TlsIdentity
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString error;

    bool isNull() const
    {
        return certificatePem.isEmpty() || privateKeyPem.isEmpty();
    }
};

/// Everything of core that needs Qt Network or OpenSSL: token requests, the HTTP server under the
/// demo CAS and the token service, signature checks, certificates. On Linux it is a library of its
/// own (libcasconsole_net.so) that core loads on the first call, like the keychain module: the
/// window draws its first frame, and `--version` or `decode` run, without loading Qt Network
/// (and its Kerberos, libproxy, brotli), libssl or libcrypto (issue 13).
class NetModule
{
    Q_DECLARE_TR_FUNCTIONS(NetModule)

public:
    virtual ~NetModule() = default;

    /// The implementation, loaded on the first call. If the library cannot be loaded, one whose
    /// every operation fails saying why (and never reports a signature as verified).
    static NetModule& instance();
    /// Why the module could not be loaded; empty when it was (or has not been tried).
    static QString loadError();
    /// What a person reads when the module is missing: what happened and what to do.
    static QString unavailableMessage();

    virtual std::unique_ptr<CasClient::Backend> casClient(CasClient* client) = 0;
    virtual HttpServer* httpServer(QObject* parent) = 0;
    /// A fresh EC P-256 key and a certificate for 127.0.0.1 and localhost, valid for 30 days.
    virtual TlsIdentity loopbackIdentity() = 0;

    virtual VerifyResult verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64) = 0;
    virtual VerifyResult verifyWithKey(const QString& token, const QByteArray& keyText) = 0;

    /// Whether data holds at least one PEM certificate that can be read.
    virtual bool holdsPemCertificate(const QByteArray& data) = 0;
    /// An IPv4 or IPv6 address typed by a person, in its usual text form; nullopt when it is none.
    virtual std::optional<QString> parseAddress(const QString& text) = 0;
    /// This machine's IPv4 addresses another device on the network could reach (not loopback,
    /// not link-local).
    virtual QStringList lanAddresses() = 0;
};
