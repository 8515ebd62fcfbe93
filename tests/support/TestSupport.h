#pragma once

// What many tests need: building tokens, waiting for a callback, finding a widget without
// crashing on a missing one, and enum names in QCOMPARE failures.

#include "core/CasResult.h"
#include "core/ExpiryGuard.h"
#include "core/JwsVerifier.h"
#include "core/Jwt.h"
#include "core/ProfilePolicy.h"
#include "core/SecretStore.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <stdexcept>

/// Base64url without padding (RFC 7515 §2).
QByteArray base64Url(const QByteArray& data);
/// A compact JWS from raw header and payload JSON and raw signature bytes (not a real signature).
QString makeToken(const QByteArray& header, const QByteArray& payload, const QByteArray& signature = "sig");

/// Empties the application's settings file and its history file (HistoryStore keeps its entries
/// in a file of its own beside the settings file, which QSettings().clear() does not reach).
void clearApplicationSettings();

/// Calls start(done) and runs the event loop until done() has been called or timeoutMs passed.
/// Returns whether done() was called. For the keychain's and the stores' asynchronous callbacks.
bool waitForCallback(const std::function<void(const std::function<void()>& done)>& start, int timeoutMs = 60000);

namespace TestSupport
{
/// Thrown by requireChild after the failure is recorded, so the test stops instead of crashing.
class MissingChild : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

void failMissingChild(const QObject* parent, const QString& name, const char* type);
} // namespace TestSupport

/// The child of parent named name, of type T. When there is none, the test fails with a message
/// naming it (and stops with TestSupport::MissingChild) instead of crashing on a null pointer.
template<typename T>
T* requireChild(const QObject* parent, const QString& name)
{
    T* child = parent ? parent->findChild<T*>(name) : nullptr;
    if (!child) {
        TestSupport::failMissingChild(parent, name, std::remove_pointer_t<T>::staticMetaObject.className());
    }
    return child;
}

template<typename T>
T* requireChild(const QObject* parent, const char* name)
{
    return requireChild<T>(parent, QLatin1String(name));
}

// QCOMPARE prints these enums by name (found by argument-dependent lookup, as QTest documents).
char* toString(CasError::Kind kind);
char* toString(SecretError::Kind kind);
char* toString(VerifyResult::Status status);
char* toString(VerifyResult::Reason reason);
char* toString(JwtDecodeError::Kind kind);
char* toString(Jwt::Expiry expiry);
char* toString(ExpiryCheck::Status status);
char* toString(ProfileError::Kind kind);
