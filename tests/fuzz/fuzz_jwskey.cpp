// JwsVerifier::verifyWithKey with fixed tokens and arbitrary key text (PEM, certificate, JWK, JWKS).
#include "FuzzJwsFixtures.h"
#include "FuzzSupport.h"
#include "core/JwsVerifier.h"

#include <iterator>

static bool hasRawControlByte(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
            return true;
    }
    return false;
}

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
    // The key is never echoed. Messages are prose and may quote public JWK members, so a key of
    // plain words ("Certifica") can be a fragment of one; a key holding a raw control byte cannot,
    // since no message text and no JSON string value carries one.
    if (hasRawControlByte(key))
        FUZZ_ASSERT(!result.message.toUtf8().contains(key));
    return 0;
}
