#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// A failed invariant is a finding: abort so libFuzzer saves the input.
#define FUZZ_ASSERT(condition)                                                                                                             \
    do {                                                                                                                                   \
        if (!(condition)) {                                                                                                                \
            __builtin_trap();                                                                                                              \
        }                                                                                                                                  \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}
