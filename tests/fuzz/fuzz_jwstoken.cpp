// JwsVerifier with arbitrary token text against fixed keys of every kind, and a fixed HMAC secret.
#include "FuzzJwsFixtures.h"
#include "FuzzSupport.h"
#include "core/JwsVerifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString token = QString::fromUtf8(fuzzBytes(data, size));
    for (const char* key : FuzzKeys) {
        const VerifyResult result = JwsVerifier::verifyWithKey(token, QByteArray(key));
        FUZZ_ASSERT(!result.message.isEmpty());
        FUZZ_ASSERT(!(result.verified() && result.algorithm.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0));
    }
    const QByteArray secret("secret-secret-secret-secret-1234");
    const VerifyResult raw = JwsVerifier::verifyWithSecret(token, secret, false);
    FUZZ_ASSERT(!raw.message.isEmpty());
    FUZZ_ASSERT(!raw.message.toUtf8().contains(secret));
    const VerifyResult encoded = JwsVerifier::verifyWithSecret(token, secret.toBase64(), true);
    FUZZ_ASSERT(!encoded.message.isEmpty());
    return 0;
}
