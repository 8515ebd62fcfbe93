#pragma once

#include "core/JwsVerifier.h"

/// What JwsVerifier does, with OpenSSL 3 (EVP): it lives in the network module, so core's
/// JwsVerifier reaches it through NetModule. Messages keep JwsVerifier's translation context.
namespace JwsSignature
{
VerifyResult verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64);
VerifyResult verifyWithKey(const QString& token, const QByteArray& keyText);
} // namespace JwsSignature
