#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target asserts about what a decoder accepted. It aborts, which libFuzzer (and
// the replay runner of the ordinary build) report as a crash with the input that caused it.
#define KQ_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
