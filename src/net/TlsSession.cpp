#include "net/TlsSession.h"

#include "net/CertificateText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace
{

// OpenSSL's reason for the last failure on this thread, and the queue emptied.
QString takeOpenSslError()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QLatin1String("; ");
        text += QString::fromLatin1(buffer);
    }
    return text;
}

// Whether OpenSSL's certificate directories (SSL_CERT_DIR, a list, or the built-in one) hold any
// root under its hash name ("5ad8a5d6.0"), as c_rehash and Debian's update-ca-certificates make.
// Looked at once per process and list of directories, not on every connection.
bool systemDirectoryHasHashedRoots()
{
    const QByteArray variable = qgetenv(X509_get_default_cert_dir_env());
    const QString dirs = variable.isEmpty() ? QFile::decodeName(X509_get_default_cert_dir()) : QFile::decodeName(variable);
    static QMutex mutex;
    static QHash<QString, bool> known;
    const QMutexLocker locker(&mutex);
    if (const auto it = known.constFind(dirs); it != known.constEnd())
        return *it;
    bool hashed = false;
    for (const QString& dir : dirs.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        if (QDirIterator(dir, {QStringLiteral("????????.0")}, QDir::Files | QDir::NoDotAndDotDot).hasNext()) {
            hashed = true;
            break;
        }
    }
    known.insert(dirs, hashed);
    return hashed;
}

int rsaBitsOf(X509* certificate)
{
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    return key && EVP_PKEY_is_a(key, "RSA") == 1 ? EVP_PKEY_get_bits(key) : 0;
}

} // namespace

QSslError::SslError TlsSession::Problem::qtError() const
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QSslError::UnableToGetIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QSslError::UnableToDecryptCertificateSignature;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return QSslError::UnableToDecodeIssuerPublicKey;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QSslError::CertificateSignatureFailed;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QSslError::CertificateNotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QSslError::CertificateExpired;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        return QSslError::InvalidNotBeforeField;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return QSslError::InvalidNotAfterField;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QSslError::SelfSignedCertificate;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QSslError::SelfSignedCertificateInChain;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QSslError::UnableToGetLocalIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QSslError::UnableToVerifyFirstCertificate;
    case X509_V_ERR_CERT_REVOKED:
        return QSslError::CertificateRevoked;
    case X509_V_ERR_INVALID_CA:
        return QSslError::InvalidCaCertificate;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QSslError::PathLengthExceeded;
    case X509_V_ERR_INVALID_PURPOSE:
        return QSslError::InvalidPurpose;
    case X509_V_ERR_CERT_UNTRUSTED:
        return QSslError::CertificateUntrusted;
    case X509_V_ERR_CERT_REJECTED:
        return QSslError::CertificateRejected;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QSslError::HostNameMismatch;
    default:
        return QSslError::UnspecifiedError;
    }
}

QString TlsSession::Problem::text() const
{
    const QSslError::SslError error = qtError();
    if (error == QSslError::UnspecifiedError)
        return QString::fromLatin1(X509_verify_cert_error_string(code));
    return QSslError(error).errorString();
}

bool TlsSession::Problem::isIssuerProblem() const
{
    return ExtraTrust::isIssuerError(qtError());
}

bool TlsSession::Problem::isKeyTooSmall() const
{
    return code == X509_V_ERR_EE_KEY_TOO_SMALL || code == X509_V_ERR_CA_KEY_TOO_SMALL;
}

TlsSession::TlsSession() = default;

TlsSession::~TlsSession()
{
    SSL_free(m_ssl); // and its two memory BIOs
    SSL_CTX_free(m_context);
}

bool TlsSession::setUp(const QString& host, bool trustSystemRoots, const ExtraTrust::Anchors& anchors)
{
    ERR_clear_error();
    auto fail = [this](const char* what) {
        failWithQueue(what);
        return false;
    };

    m_context = SSL_CTX_new(TLS_client_method());
    if (!m_context)
        return fail("OpenSSL could not create a TLS context");
    if (SSL_CTX_set_min_proto_version(m_context, TLS1_2_VERSION) != 1)
        return fail("OpenSSL refused TLS 1.2 as the lowest version");
    X509_STORE* store = SSL_CTX_get_cert_store(m_context);
    // The directory, where a root is looked up by its hash when a chain needs it: reading the
    // whole bundle file costs OpenSSL about 226 M instructions for 140 roots. Only a system that
    // keeps its roots in the bundle alone (no hash names) pays that, to trust them at all.
    if (trustSystemRoots) {
        if (SSL_CTX_set_default_verify_dir(m_context) != 1)
            return fail("OpenSSL could not use the system's certificate directory");
        if (!systemDirectoryHasHashedRoots() && SSL_CTX_set_default_verify_file(m_context) != 1)
            ERR_clear_error(); // no bundle either: no system roots, as OpenSSL and curl would have
    }
    for (const auto& anchor : anchors) {
        if (!anchor || X509_STORE_add_cert(store, anchor.get()) != 1)
            return fail("OpenSSL could not add a CA certificate to the trust store");
        X509_up_ref(anchor.get());
        m_anchors.emplace_back(anchor.get());
    }
    if (!anchors.empty())
        X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);

    m_ssl = SSL_new(m_context);
    if (!m_ssl)
        return fail("OpenSSL could not create a TLS connection");
    BIO* incoming = BIO_new(BIO_s_mem());
    BIO* outgoing = BIO_new(BIO_s_mem());
    if (!incoming || !outgoing) {
        BIO_free(incoming);
        BIO_free(outgoing);
        return fail("OpenSSL could not create its buffers");
    }
    BIO_ctrl(incoming, BIO_C_SET_BUF_MEM_EOF_RETURN, -1, nullptr); // empty: "wait for more", not the end
    SSL_set_bio(m_ssl, incoming, outgoing);
    SSL_set_connect_state(m_ssl);
    SSL_set_ex_data(m_ssl, 0, this);
    SSL_set_verify(m_ssl, SSL_VERIFY_PEER, &TlsSession::verifyCallback);

    // The host as the certificate must name it: an IP address (IPv6 without brackets), or a DNS
    // name in its ASCII form, which also goes to the server as SNI.
    if (const QHostAddress address(host); !address.isNull()) {
        if (X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), address.toString().toLatin1().constData()) != 1)
            return fail("the IP address cannot be checked");
    } else {
        const QByteArray name = QUrl::toAce(host);
        if (name.isEmpty())
            return fail("the host name cannot be checked");
        SSL_set_hostflags(m_ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (SSL_set1_host(m_ssl, name.constData()) != 1)
            return fail("the host name cannot be checked");
        // SNI (SSL_set_tlsext_host_name, without the macro's C cast).
        if (SSL_ctrl(m_ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(name.constData())) != 1)
            return fail("the host name cannot be sent to the server");
    }
    return true;
}

// Records every certificate problem. Those that only say no anchor vouches for the chain let the
// check go on, so a wrong name or date on the same chain is found as well; any problem recorded
// fails the connection all the same (handshake()).
int TlsSession::verifyCallback(int ok, x509_store_ctx_st* store)
{
    if (ok == 1)
        return 1;
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* self = ssl ? static_cast<TlsSession*>(SSL_get_ex_data(ssl, 0)) : nullptr;
    if (!self)
        return 0;
    Problem problem;
    problem.code = X509_STORE_CTX_get_error(store);
    problem.depth = X509_STORE_CTX_get_error_depth(store);
    if (X509* certificate = X509_STORE_CTX_get_current_cert(store)) {
        problem.subject = CertificateText::displayName(X509_get_subject_name(certificate));
        problem.rsaBits = rsaBitsOf(certificate);
    }
    self->m_problems.append(problem);
    return problem.isIssuerProblem() && self->m_problems.size() < 16 ? 1 : 0;
}

void TlsSession::feed(const char* data, qsizetype size)
{
    if (m_ssl && size > 0)
        BIO_write(SSL_get_rbio(m_ssl), data, static_cast<int>(size));
}

QByteArray TlsSession::takeOutgoing()
{
    QByteArray bytes;
    if (!m_ssl)
        return bytes;
    BIO* outgoing = SSL_get_wbio(m_ssl);
    const auto pending = static_cast<qsizetype>(BIO_ctrl_pending(outgoing));
    if (pending > 0) {
        bytes.resize(pending);
        const int n = BIO_read(outgoing, bytes.data(), static_cast<int>(pending));
        bytes.resize(qMax(n, 0));
    }
    return bytes;
}

qsizetype TlsSession::pendingIncoming() const
{
    return m_ssl ? static_cast<qsizetype>(BIO_ctrl_pending(SSL_get_rbio(m_ssl))) : 0;
}

TlsSession::Result TlsSession::failWithQueue(const char* what)
{
    m_errorString = QString::fromLatin1(what);
    const QString why = takeOpenSslError();
    if (!why.isEmpty())
        m_errorString += QLatin1String(": ") + why;
    return Result::Failed;
}

TlsSession::Result TlsSession::handshake()
{
    if (m_done)
        return Result::Done;
    if (!m_ssl)
        return failWithQueue("the TLS connection was not set up");
    ERR_clear_error();
    const int ret = SSL_do_handshake(m_ssl);
    if (ret != 1) {
        const int error = SSL_get_error(m_ssl, ret);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
            return Result::NeedMore;
        if (!m_problems.isEmpty()) {
            ERR_clear_error();
            m_errorString = m_problems.first().text();
            return Result::Failed;
        }
        return failWithQueue("TLS handshake failed");
    }
    // Never trusted with a problem on record, whatever OpenSSL let through.
    if (!m_problems.isEmpty() || SSL_get_verify_result(m_ssl) != X509_V_OK || !SSL_get0_peer_certificate(m_ssl)) {
        if (m_problems.isEmpty()) {
            Problem problem;
            problem.code = static_cast<int>(SSL_get_verify_result(m_ssl));
            if (problem.code == X509_V_OK)
                problem.code = X509_V_ERR_UNSPECIFIED;
            m_problems.append(problem);
        }
        m_errorString = m_problems.first().text();
        return Result::Failed;
    }
    m_done = true;
    return Result::Done;
}

bool TlsSession::write(const QByteArray& data)
{
    if (!m_done)
        return false;
    ERR_clear_error();
    size_t written = 0;
    if (SSL_write_ex(m_ssl, data.constData(), static_cast<size_t>(data.size()), &written) != 1
        || written != static_cast<size_t>(data.size())) {
        failWithQueue("TLS could not encrypt the request");
        return false;
    }
    return true;
}

TlsSession::Result TlsSession::read(char* buffer, qsizetype size, qsizetype* read)
{
    *read = 0;
    if (!m_done)
        return failWithQueue("TLS read before the handshake");
    ERR_clear_error();
    size_t got = 0;
    if (SSL_read_ex(m_ssl, buffer, static_cast<size_t>(size), &got) == 1) {
        *read = static_cast<qsizetype>(got);
        return Result::Done;
    }
    switch (SSL_get_error(m_ssl, 0)) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return Result::NeedMore;
    case SSL_ERROR_ZERO_RETURN:
        return Result::Closed;
    default:
        return failWithQueue("TLS could not decrypt the answer");
    }
}

int TlsSession::securityLevel() const
{
    return m_ssl ? SSL_get_security_level(m_ssl) : 1;
}

QString TlsSession::protocol() const
{
    switch (m_ssl ? SSL_version(m_ssl) : 0) {
    case TLS1_3_VERSION:
        return QStringLiteral("TLS 1.3");
    case TLS1_2_VERSION:
        return QStringLiteral("TLS 1.2");
    case 0:
        return {};
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

QString TlsSession::cipher() const
{
    const SSL_CIPHER* current = m_ssl ? SSL_get_current_cipher(m_ssl) : nullptr;
    return current ? QString::fromLatin1(SSL_CIPHER_get_name(current)) : QString();
}

QList<CertificateInfo> TlsSession::peerChain() const
{
    QList<CertificateInfo> chain;
    STACK_OF(X509)* sent = m_ssl ? SSL_get_peer_cert_chain(m_ssl) : nullptr;
    for (int i = 0; sent && i < sk_X509_num(sent); ++i)
        chain.append(CertificateText::read(sk_X509_value(sent, i)));
    return chain;
}

bool TlsSession::trustedByRequestCa() const
{
    STACK_OF(X509)* verified = m_done ? SSL_get0_verified_chain(m_ssl) : nullptr;
    const int count = verified ? sk_X509_num(verified) : 0;
    if (count == 0)
        return false;
    X509* anchor = sk_X509_value(verified, count - 1);
    for (const auto& own : m_anchors) {
        if (X509_cmp(own.get(), anchor) == 0)
            return true;
    }
    return false;
}
