#include "gui/KeychainMessages.h"

QString KeychainMessages::keptForSession(SecretError::Kind why)
{
    switch (why) {
    case SecretError::Kind::AccessDenied:
    case SecretError::Kind::NotFoundOrLocked:
        return tr("Not saved: the keychain is locked, so the API secret is kept for this session only.");
    case SecretError::Kind::Failed:
        return tr("Not saved: the keychain refused the API secret, so it is kept for this session only.");
    case SecretError::Kind::None:
    case SecretError::Kind::NoKeychain:
        break;
    }
    return tr("Not saved: no keychain is available, so the API secret is kept for this session only.");
}

QString KeychainMessages::notRead(const SecretError& error)
{
    switch (error.kind) {
    case SecretError::Kind::NoKeychain:
        return tr("No keychain is available to read the saved API secret from: start one, or type the secret in the profile.");
    case SecretError::Kind::AccessDenied:
        return tr("The keychain is locked: unlock it, then try again.");
    case SecretError::Kind::NotFoundOrLocked:
        return tr("The keychain has no API secret for this profile, or it is locked: unlock it or type the secret again.");
    case SecretError::Kind::Failed:
    case SecretError::Kind::None:
        break;
    }
    return tr("The keychain did not give back the API secret of this profile.");
}
