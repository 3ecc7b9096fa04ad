// What every fuzz target shares: an invariant that must hold, else the target aborts with the invariant's words
// (libFuzzer keeps the input as crash-<hash>; the replay test fails).
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                    \
    do {                                                                                                         \
        if (!(condition)) {                                                                                      \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);              \
            std::abort();                                                                                        \
        }                                                                                                        \
    } while (false)

inline QByteArrayView fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}
