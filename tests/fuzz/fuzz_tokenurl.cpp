// CasClient::tokenUrl on whatever a person might type: an accepted URL is https (or loopback http),
// has a host, no credentials, query or fragment, ends in the token path, and normalizes to itself.
#include "core/CasClient.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString typed = QString::fromUtf8(fuzzBytes(data, size));
    CasError error;
    const std::optional<QUrl> url = CasClient::tokenUrl(typed, &error);
    if (!url) {
        FUZZ_ASSERT(error.kind == CasError::Kind::InvalidUrl || error.kind == CasError::Kind::InsecureUrl);
        FUZZ_ASSERT(!error.message.isEmpty());
        return 0;
    }
    FUZZ_ASSERT(url->isValid());
    FUZZ_ASSERT(url->scheme() == QLatin1String("https") || url->scheme() == QLatin1String("http"));
    FUZZ_ASSERT(!url->host().isEmpty());
    FUZZ_ASSERT(url->userInfo().isEmpty());
    FUZZ_ASSERT(!url->hasQuery() && !url->hasFragment());
    FUZZ_ASSERT(url->path().endsWith(CasClient::TokenPath));
    (void)CasClient::describeRequest(*url, QStringLiteral("key"));
    (void)CasClient::curlCommand(*url, QStringLiteral("key"), QStringLiteral("/tmp/ca.pem"));

    const std::optional<QUrl> again = CasClient::tokenUrl(url->toString(QUrl::FullyEncoded));
    FUZZ_ASSERT(again.has_value());
    FUZZ_ASSERT(*again == *url);
    return 0;
}
