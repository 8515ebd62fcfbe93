// JwsVerifier::verifyWithKey with fixed tokens and arbitrary key text (PEM, certificate, JWK, JWKS).
#include "FuzzJwsFixtures.h"
#include "FuzzSupport.h"
#include "JwsVerifier.h"

#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const auto count = std::size(FuzzTokens);
    const QString token = QString::fromLatin1(FuzzTokens[data[0] % count]);
    const QByteArray key = fuzzBytes(data + 1, size - 1);
    const VerifyResult result = JwsVerifier::verifyWithKey(token, key);
    // The signatures are filler: a key that "verifies" one is a bug (alg none above all).
    FUZZ_ASSERT(!result.verified());
    FUZZ_ASSERT(!result.message.isEmpty());
    FUZZ_ASSERT(result.status != VerifyResult::Status::NotChecked || result.reason != VerifyResult::Reason::None);
    FUZZ_ASSERT(!result.message.toUtf8().contains(key) || key.size() < 8);
    return 0;
}
