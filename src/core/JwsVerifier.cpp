#include "core/JwsVerifier.h"

#include "core/NetModule.h"

VerifyResult JwsVerifier::verifyWithSecret(const QString& token, const QByteArray& secret, bool isBase64)
{
    return NetModule::instance().verifyWithSecret(token, secret, isBase64);
}

VerifyResult JwsVerifier::verifyWithKey(const QString& token, const QByteArray& keyText)
{
    return NetModule::instance().verifyWithKey(token, keyText);
}
