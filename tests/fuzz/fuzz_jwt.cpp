// Jwt::parse on arbitrary pasted text, then every accessor the views use.
#include "FuzzSupport.h"
#include "core/Jwt.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString pasted = QString::fromUtf8(fuzzBytes(data, size));
    const Jwt jwt = Jwt::parse(pasted);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    if (!jwt.isValid()) {
        FUZZ_ASSERT(jwt.error().kind != JwtDecodeError::Kind::None);
        FUZZ_ASSERT(!jwt.error().message.isEmpty());
        return 0;
    }
    FUZZ_ASSERT(jwt.error().kind == JwtDecodeError::Kind::None);
    (void)jwt.warnings();
    (void)jwt.signingInput();
    (void)jwt.signature();
    (void)jwt.algorithm();
    (void)jwt.keyId();
    (void)jwt.numericClaim(QStringLiteral("exp"));
    (void)jwt.stringClaim(QStringLiteral("sub"));
    for (const JwtTimeClaim& claim : jwt.timeClaims()) {
        (void)claim.utc();
        (void)claim.describeRelative(now);
    }
    (void)jwt.expiry(now);
    for (const JsonMember& member : jwt.payload().topLevel)
        (void)Jwt::claimDescription(member.key);
    // What was tolerated is gone from compact(): it decodes again, to the same token.
    const Jwt again = Jwt::parse(jwt.compact());
    FUZZ_ASSERT(again.isValid());
    FUZZ_ASSERT(again.compact() == jwt.compact());
    FUZZ_ASSERT(again.headerJson() == jwt.headerJson());
    FUZZ_ASSERT(again.payloadJson() == jwt.payloadJson());
    return 0;
}
