#include "TestSupport.h"

#include "core/HistoryStore.h"
#include "core/SettingsFile.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeToken(const QByteArray& header, const QByteArray& payload, const QByteArray& signature)
{
    return QString::fromLatin1(base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(signature));
}

void clearApplicationSettings()
{
    SettingsFile settings;
    settings.settings().clear();
    settings.commit(nullptr);
    QFile::remove(HistoryStore(nullptr, &settings).filePath());
}

bool waitForCallback(const std::function<void(const std::function<void()>& done)>& start, int timeoutMs)
{
    auto called = std::make_shared<bool>(false);
    start([called]() {
        *called = true;
    });
    return *called
        || QTest::qWaitFor(
            [called]() {
                return *called;
            },
            timeoutMs);
}

void TestSupport::failMissingChild(const QObject* parent, const QString& name, const char* type)
{
    const QString where = parent ? QString::fromLatin1(parent->metaObject()->className()) : QStringLiteral("(null parent)");
    const QByteArray message = QStringLiteral("%1 has no child %2 named \"%3\"").arg(where, QLatin1String(type), name).toUtf8();
    QTest::qFail(message.constData(), __FILE__, __LINE__);
    throw MissingChild(message.toStdString());
}

namespace
{
char* named(const char* name, int value)
{
    return name ? qstrdup(name) : qstrdup(QByteArray("Kind(" + QByteArray::number(value) + ')').constData());
}
} // namespace

#define CAS_ENUM_NAME(Enum, value)                                                                                                         \
    case Enum::value:                                                                                                                      \
        return #value

namespace
{
const char* nameOf(CasError::Kind kind)
{
    switch (kind) {
        CAS_ENUM_NAME(CasError::Kind, None);
        CAS_ENUM_NAME(CasError::Kind, InvalidUrl);
        CAS_ENUM_NAME(CasError::Kind, InsecureUrl);
        CAS_ENUM_NAME(CasError::Kind, CaFile);
        CAS_ENUM_NAME(CasError::Kind, HostNotFound);
        CAS_ENUM_NAME(CasError::Kind, ConnectionRefused);
        CAS_ENUM_NAME(CasError::Kind, ConnectionClosed);
        CAS_ENUM_NAME(CasError::Kind, Timeout);
        CAS_ENUM_NAME(CasError::Kind, Tls);
        CAS_ENUM_NAME(CasError::Kind, RedirectRefused);
        CAS_ENUM_NAME(CasError::Kind, TooManyRedirects);
        CAS_ENUM_NAME(CasError::Kind, Network);
        CAS_ENUM_NAME(CasError::Kind, Cancelled);
        CAS_ENUM_NAME(CasError::Kind, AuthRejected);
        CAS_ENUM_NAME(CasError::Kind, ServerError);
        CAS_ENUM_NAME(CasError::Kind, BadResponse);
        CAS_ENUM_NAME(CasError::Kind, ResponseTooLarge);
    default:
        return nullptr; // a kind added since: printed as a number
    }
}

const char* nameOf(SecretError::Kind kind)
{
    switch (kind) {
        CAS_ENUM_NAME(SecretError::Kind, None);
        CAS_ENUM_NAME(SecretError::Kind, NotFoundOrLocked);
        CAS_ENUM_NAME(SecretError::Kind, NoKeychain);
        CAS_ENUM_NAME(SecretError::Kind, AccessDenied);
        CAS_ENUM_NAME(SecretError::Kind, Failed);
    default:
        return nullptr;
    }
}

const char* nameOf(VerifyResult::Status status)
{
    switch (status) {
        CAS_ENUM_NAME(VerifyResult::Status, Verified);
        CAS_ENUM_NAME(VerifyResult::Status, NotVerified);
        CAS_ENUM_NAME(VerifyResult::Status, NotChecked);
    default:
        return nullptr;
    }
}

const char* nameOf(VerifyResult::Reason reason)
{
    switch (reason) {
        CAS_ENUM_NAME(VerifyResult::Reason, None);
        CAS_ENUM_NAME(VerifyResult::Reason, SignatureMismatch);
        CAS_ENUM_NAME(VerifyResult::Reason, AlgNone);
        CAS_ENUM_NAME(VerifyResult::Reason, UnsupportedAlgorithm);
        CAS_ENUM_NAME(VerifyResult::Reason, KeyAlgorithmMismatch);
        CAS_ENUM_NAME(VerifyResult::Reason, KeyNotFound);
        CAS_ENUM_NAME(VerifyResult::Reason, BadKey);
        CAS_ENUM_NAME(VerifyResult::Reason, MalformedToken);
        CAS_ENUM_NAME(VerifyResult::Reason, BadSignatureEncoding);
        CAS_ENUM_NAME(VerifyResult::Reason, UnknownCritical);
    default:
        return nullptr;
    }
}

const char* nameOf(JwtDecodeError::Kind kind)
{
    switch (kind) {
        CAS_ENUM_NAME(JwtDecodeError::Kind, None);
        CAS_ENUM_NAME(JwtDecodeError::Kind, Empty);
        CAS_ENUM_NAME(JwtDecodeError::Kind, NotCompact);
        CAS_ENUM_NAME(JwtDecodeError::Kind, Encrypted);
        CAS_ENUM_NAME(JwtDecodeError::Kind, BadBase64);
        CAS_ENUM_NAME(JwtDecodeError::Kind, BadJson);
        CAS_ENUM_NAME(JwtDecodeError::Kind, BadUtf8);
    default:
        return nullptr;
    }
}

const char* nameOf(Jwt::Expiry expiry)
{
    switch (expiry) {
        CAS_ENUM_NAME(Jwt::Expiry, NoExpiry);
        CAS_ENUM_NAME(Jwt::Expiry, NotYetValid);
        CAS_ENUM_NAME(Jwt::Expiry, Valid);
        CAS_ENUM_NAME(Jwt::Expiry, ExpiresSoon);
        CAS_ENUM_NAME(Jwt::Expiry, Expired);
    default:
        return nullptr;
    }
}

const char* nameOf(ExpiryCheck::Status status)
{
    switch (status) {
        CAS_ENUM_NAME(ExpiryCheck::Status, Ok);
        CAS_ENUM_NAME(ExpiryCheck::Status, ExpiresSoon);
        CAS_ENUM_NAME(ExpiryCheck::Status, Expired);
    default:
        return nullptr;
    }
}
const char* nameOf(ProfileError::Kind kind)
{
    switch (kind) {
        CAS_ENUM_NAME(ProfileError::Kind, None);
        CAS_ENUM_NAME(ProfileError::Kind, Name);
        CAS_ENUM_NAME(ProfileError::Kind, NameTaken);
        CAS_ENUM_NAME(ProfileError::Kind, Url);
        CAS_ENUM_NAME(ProfileError::Kind, InsecureUrl);
        CAS_ENUM_NAME(ProfileError::Kind, ApiKey);
        CAS_ENUM_NAME(ProfileError::Kind, Secret);
        CAS_ENUM_NAME(ProfileError::Kind, CaFile);
        CAS_ENUM_NAME(ProfileError::Kind, Timeout);
    default:
        return nullptr;
    }
}
} // namespace

#undef CAS_ENUM_NAME

char* toString(CasError::Kind kind)
{
    return named(nameOf(kind), static_cast<int>(kind));
}

char* toString(SecretError::Kind kind)
{
    return named(nameOf(kind), static_cast<int>(kind));
}

char* toString(VerifyResult::Status status)
{
    return named(nameOf(status), static_cast<int>(status));
}

char* toString(VerifyResult::Reason reason)
{
    return named(nameOf(reason), static_cast<int>(reason));
}

char* toString(JwtDecodeError::Kind kind)
{
    return named(nameOf(kind), static_cast<int>(kind));
}

char* toString(Jwt::Expiry expiry)
{
    return named(nameOf(expiry), static_cast<int>(expiry));
}

char* toString(ExpiryCheck::Status status)
{
    return named(nameOf(status), static_cast<int>(status));
}

char* toString(ProfileError::Kind kind)
{
    return named(nameOf(kind), static_cast<int>(kind));
}
