// HttpResponseParser on arbitrary bytes, fed in pieces: memory stays within the limits, a failure
// is final, and a complete answer has a final status.
#include "core/HttpResponseParser.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    HttpResponseParser::Limits limits;
    limits.maxHeadBytes = 2048;
    limits.maxBodyBytes = 4096;
    limits.maxHeaderFields = 20;
    limits.maxInterimResponses = 3;
    HttpResponseParser parser(limits);
    const qsizetype piece = 1 + data[0] % 64; // the first byte picks how the rest arrives
    const QByteArray bytes = fuzzBytes(data + 1, size - 1);
    bool ok = true;
    for (qsizetype at = 0; at < bytes.size() && ok; at += piece) {
        ok = parser.feed(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
        FUZZ_ASSERT(parser.bufferedBytes() <= limits.maxHeadBytes + limits.maxBodyBytes + 16 * 1024);
        FUZZ_ASSERT(parser.body().size() <= limits.maxBodyBytes);
    }
    if (ok)
        ok = parser.finishInput();
    FUZZ_ASSERT(ok == !parser.failed());
    FUZZ_ASSERT(ok == parser.complete());
    if (!ok) {
        FUZZ_ASSERT(parser.error() != HttpResponseParser::Error::None);
        FUZZ_ASSERT(!parser.errorDetail().isEmpty());
        FUZZ_ASSERT(!parser.feed("HTTP/1.1 200 OK\r\n\r\n"));
    } else {
        FUZZ_ASSERT(parser.status() >= 200 && parser.status() <= 599);
    }
    for (const QChar c : parser.errorDetail())
        FUZZ_ASSERT(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    return 0;
}
