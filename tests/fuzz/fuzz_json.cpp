// JsonFormatter::format on arbitrary bytes: spans stay inside the text, valid output formats again,
// and neither the formatted text nor SafeText's view of the bytes holds a hidden character.
#include "FuzzSupport.h"
#include "core/JsonFormatter.h"
#include "core/SafeText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the indent (compact, 1..4), the rest is the document.
    const int indent = data[0] % 5;
    const QByteArray input = fuzzBytes(data + 1, size - 1);

    const int invalidAt = JsonFormatter::firstInvalidUtf8(input);
    FUZZ_ASSERT(invalidAt >= -1 && invalidAt < input.size());
    if (invalidAt == -1)
        FUZZ_ASSERT(SafeText::decodeUtf8(input.constData(), input.size()).toUtf8() == input); // fromUtf8 drops a leading BOM

    const QString shown = SafeText::visible(input, SafeText::Lines::Multi);
    FUZZ_ASSERT(SafeText::visible(shown, SafeText::Lines::Multi) == shown);

    const JsonFormatResult result = JsonFormatter::format(input, indent);
    if (!result.ok) {
        FUZZ_ASSERT(!result.error.isEmpty());
        FUZZ_ASSERT(result.errorOffset >= 0 && result.errorOffset <= input.size());
        return 0;
    }
    for (const JsonSpan& span : result.spans) {
        FUZZ_ASSERT(span.start >= 0 && span.length >= 0);
        FUZZ_ASSERT(span.start + span.length <= result.pretty.size());
    }
    FUZZ_ASSERT(result.isObject || result.topLevel.isEmpty());
    FUZZ_ASSERT(SafeText::visible(result.pretty, SafeText::Lines::Multi) == result.pretty);
    const JsonFormatResult again = JsonFormatter::format(result.pretty.toUtf8(), indent);
    FUZZ_ASSERT(again.ok);
    FUZZ_ASSERT(again.pretty == result.pretty);
    return 0;
}
