// CasClient::parseTokenBody on arbitrary response bodies: a token comes out only as a JWT shape.
#include "core/CasClient.h"
#include "FuzzSupport.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    QString token;
    const CasError error = CasClient::parseTokenBody(body, &token, 200, QByteArrayLiteral("application/json"));
    if (error.kind != CasError::Kind::None) {
        FUZZ_ASSERT(error.kind == CasError::Kind::BadResponse);
        FUZZ_ASSERT(!error.message.isEmpty());
        FUZZ_ASSERT(token.isEmpty());
        return 0;
    }
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    FUZZ_ASSERT(shape.match(token).hasMatch());
    return 0;
}
