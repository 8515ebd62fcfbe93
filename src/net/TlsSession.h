#pragma once

#include "core/CasResult.h"
#include "net/ExtraTrust.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

#include <memory>

struct ssl_st;
struct ssl_ctx_st;
struct x509_store_ctx_st;

/// The client side of one TLS connection, on OpenSSL directly: HttpGet moves the bytes between it
/// and a QTcpSocket (so Qt's proxies still apply), and it encrypts, decrypts and checks the server.
///
/// Why not QSslSocket: before its first byte, Qt's TLS layer loads every TLS plugin, lists its 120
/// default ciphers, creates two OpenSSL contexts of its own and copies the server's certificates
/// three times; for `cas-console token` that was about 12 M of the 14 M instructions it ran
/// beyond curl (bench/RESULTS.md, ninth and fourteenth rounds).
///
/// Trust is decided here and nowhere else:
/// - the anchors are the system's roots (OpenSSL's certificate directory, looked up by hash, so
///   only the issuer a chain needs is read; SSL_CERT_DIR names another directory, as for curl and
///   openssl; where no root has a hash name there, the bundle file or SSL_CERT_FILE) unless the
///   request trusts only its own CAs, plus the request's own CAs
///   (ExtraTrust::readPem). Any of the request's CAs is an anchor, an intermediate too, as
///   `curl --cacert` treats it;
/// - the chain must verify up to an anchor, every certificate valid now and fit for a TLS server,
///   with OpenSSL's security level for keys and signatures, and the leaf made out for the URL's
///   host (a DNS name, with a wildcard only as a whole left-most label, or an IP address);
/// - TLS 1.2 or later, OpenSSL's default ciphers, no ALPN.
/// handshakeDone() is true only when all of that holds: a certificate problem fails the
/// connection even where OpenSSL is let go on to find the others (problems()).
class TlsSession
{
public:
    /// One thing wrong with the server's chain, as OpenSSL's check found it.
    struct Problem
    {
        int code = 0; ///< X509_V_ERR_*
        int depth = 0; ///< 0 is the server's own certificate
        QString subject; ///< the certificate's display name ("CN" or else "O")
        int rsaBits = 0; ///< the certificate's key size when it is RSA, else 0

        /// Qt's name for the error, for its wording (QSslError::errorString()).
        QSslError::SslError qtError() const;
        /// Qt's words for it, or OpenSSL's where Qt has none.
        QString text() const;
        /// Whether it only says the chain ends at an issuer nobody trusts (ExtraTrust::isIssuerError).
        bool isIssuerProblem() const;
        bool isKeyTooSmall() const;
    };

    enum class Result {
        NeedMore, ///< send what takeOutgoing() holds, wait for more bytes
        Done, ///< handshake complete and the server trusted
        Closed, ///< the server closed the TLS session (close_notify)
        Failed, ///< errorString() and problems() say why
    };

    TlsSession();
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    /// Prepares a connection to host (as in the URL: a DNS name or an IP address). False with
    /// errorString() set if OpenSSL cannot (it never contacts anything).
    bool setUp(const QString& host, bool trustSystemRoots, const ExtraTrust::Anchors& anchors);

    /// Bytes from the server, as they came.
    void feed(const char* data, qsizetype size);
    /// Bytes for the server: send them all.
    QByteArray takeOutgoing();
    /// How many received bytes wait to be decrypted.
    qsizetype pendingIncoming() const;

    /// Goes on with the handshake as far as the bytes fed allow.
    Result handshake();
    bool handshakeDone() const
    {
        return m_done;
    }
    /// Encrypts data for takeOutgoing(); only after handshake() returned Done.
    bool write(const QByteArray& data);
    /// Decrypts into buffer. *read is how many bytes; Result::NeedMore with *read == 0 means wait
    /// for more input.
    Result read(char* buffer, qsizetype size, qsizetype* read);

    QString errorString() const
    {
        return m_errorString;
    }
    const QList<Problem>& problems() const
    {
        return m_problems;
    }
    /// OpenSSL's security level for this connection (what key sizes it accepts).
    int securityLevel() const;

    // After a completed handshake:
    QString protocol() const; ///< "TLS 1.3"
    QString cipher() const; ///< OpenSSL's name, "TLS_AES_256_GCM_SHA384"
    QList<CertificateInfo> peerChain() const; ///< as the server sent it, its own certificate first
    /// True if the verified chain ends at one of the request's own CAs.
    bool trustedByRequestCa() const;

private:
    static int verifyCallback(int ok, x509_store_ctx_st* store);
    Result failWithQueue(const char* what);

    ssl_ctx_st* m_context = nullptr;
    ssl_st* m_ssl = nullptr;
    ExtraTrust::Anchors m_anchors;
    QList<Problem> m_problems;
    QString m_errorString;
    bool m_done = false;
};
