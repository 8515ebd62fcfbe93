#include "core/ProfilePolicy.h"

#include "core/CasClient.h"
#include "core/Defaults.h"
#include "core/NetModule.h"
#include "core/ProfileStore.h"
#include "core/SafeText.h"

#include <QFile>
#include <QFileInfo>

namespace
{
ProfileError makeError(ProfileError::Kind kind, const QString& message)
{
    ProfileError error;
    error.kind = kind;
    error.message = message;
    return error;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Names a control character without showing the text around it (which may be a secret).
QString describeControl(char32_t c)
{
    switch (c) {
    case U'\r':
        return QStringLiteral("CR");
    case U'\n':
        return QStringLiteral("LF");
    case U'\0':
        return QStringLiteral("NUL");
    case U'\t':
        return QStringLiteral("TAB");
    default:
        return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    }
}

std::optional<char32_t> firstControl(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isControl(c)) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<char32_t> firstControl(const QByteArray& bytes)
{
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x20 || c == 0x7f) {
            return c;
        }
    }
    // C1 controls only exist as characters: look for them where the secret is UTF-8.
    return firstControl(QString::fromUtf8(bytes));
}

std::optional<QUrl> originOf(const QString& url)
{
    std::optional<QUrl> full = CasClient::tokenUrl(url);
    if (!full) {
        return std::nullopt;
    }
    QUrl origin;
    origin.setScheme(full->scheme());
    origin.setHost(full->host().toLower());
    origin.setPort(full->port(full->scheme() == QLatin1String("http") ? 80 : 443));
    return origin;
}
} // namespace

ProfileError ProfilePolicy::validate(const Profile& profile)
{
    for (const ProfileError& error : {validateName(profile.name), validateUrl(profile.url), validateApiKey(profile.apiKey),
                                      validateCaFile(profile.caFile), validateTimeout(profile.timeoutSeconds)}) {
        if (!error.ok()) {
            return error;
        }
    }
    return ProfileError();
}

ProfileError ProfilePolicy::validateName(const QString& name)
{
    const auto fail = [](const QString& message) {
        return makeError(ProfileError::Kind::Name, message);
    };
    if (name.isEmpty()) {
        return fail(tr("A profile name cannot be empty"));
    }
    if (name.trimmed().isEmpty()) {
        return fail(tr("A profile name cannot be only spaces"));
    }
    if (name.trimmed() != name) {
        return fail(tr("A profile name cannot start or end with a space"));
    }
    if (name.contains(QLatin1Char('/'))) {
        return fail(tr("A profile name cannot contain '/'"));
    }
    if (name.contains(QLatin1Char('\\'))) {
        return fail(tr("A profile name cannot contain '\\'"));
    }
    if (SafeText::visible(name) != name) {
        return fail(tr("A profile name cannot contain control characters or invisible ones (such as bidi controls or "
                       "zero-width spaces)"));
    }
    if (name.toUcs4().size() > Defaults::MaxProfileNameLength) {
        return fail(tr("A profile name can have at most %1 characters").arg(Defaults::MaxProfileNameLength));
    }
    return ProfileError();
}

ProfileError ProfilePolicy::validateUrl(const QString& url)
{
    CasError error;
    if (CasClient::tokenUrl(url, &error)) {
        return ProfileError();
    }
    return makeError(error.kind == CasError::Kind::InsecureUrl ? ProfileError::Kind::InsecureUrl : ProfileError::Kind::Url, error.message);
}

ProfileError ProfilePolicy::validateApiKey(const QString& apiKey)
{
    if (apiKey.isEmpty()) {
        return makeError(ProfileError::Kind::ApiKey, tr("The API key is empty: copy it from your private area."));
    }
    if (const std::optional<char32_t> c = firstControl(apiKey)) {
        return makeError(ProfileError::Kind::ApiKey,
                         tr("The API key contains a control character (%1): copy it again, without line breaks.").arg(describeControl(*c)));
    }
    return ProfileError();
}

ProfileError ProfilePolicy::validateSecret(const QByteArray& secret)
{
    if (const std::optional<char32_t> c = firstControl(secret)) {
        return makeError(ProfileError::Kind::Secret,
                         tr("The API secret contains a control character (%1): copy it again, without line breaks. "
                            "Nothing was sent.")
                             .arg(describeControl(*c)));
    }
    return ProfileError();
}

ProfileError ProfilePolicy::validateCaFile(const QString& path)
{
    if (path.isEmpty()) {
        return ProfileError();
    }
    const auto fail = [&path](const QString& why) {
        return makeError(ProfileError::Kind::CaFile, tr("The CA file %1 cannot be used: %2").arg(path, why));
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(tr("it does not exist."));
    }
    if (!info.isFile()) {
        return fail(tr("it is not a file."));
    }
    if (info.size() > Defaults::MaxCaFileBytes) {
        return fail(tr("it is larger than 1 MiB; a CA certificate is a few KiB."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.errorString() + QLatin1Char('.'));
    }
    if (!NetModule::instance().holdsPemCertificate(file.read(Defaults::MaxCaFileBytes))) {
        if (!NetModule::loadError().isEmpty())
            return fail(NetModule::unavailableMessage());
        return fail(tr("it holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"); choose the CA certificate of "
                       "your CAS in PEM format."));
    }
    return ProfileError();
}

ProfileError ProfilePolicy::validateTimeout(int seconds)
{
    if (seconds < Defaults::MinTimeoutSeconds || seconds > Defaults::MaxTimeoutSeconds) {
        return makeError(ProfileError::Kind::Timeout,
                         tr("The timeout must be between %1 and %2 seconds, not %3.")
                             .arg(Defaults::MinTimeoutSeconds)
                             .arg(Defaults::MaxTimeoutSeconds)
                             .arg(seconds));
    }
    return ProfileError();
}

void ProfilePolicy::stripLineEnd(QByteArray& secret)
{
    // In place: a secret is never copied just to shorten it.
    if (secret.endsWith('\n')) {
        secret.chop(1);
    }
    if (secret.endsWith('\r')) {
        secret.chop(1);
    }
}

bool ProfilePolicy::secretStillBelongs(const Profile& saved, const Profile& changed)
{
    if (saved.apiKey != changed.apiKey) {
        return false;
    }
    if (saved.url == changed.url) {
        return true;
    }
    const std::optional<QUrl> before = originOf(saved.url);
    const std::optional<QUrl> after = originOf(changed.url);
    return before && after && *before == *after;
}
