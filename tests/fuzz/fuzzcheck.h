// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

namespace Masar::Fuzz {

/// A property that must hold for any input: when it does not, say which and stop (libFuzzer then
/// keeps the input in build/fuzz/findings).
inline void require(bool condition, const char *property)
{
    if (!condition) {
        std::fprintf(stderr, "property violated: %s\n", property);
        std::abort();
    }
}

} // namespace Masar::Fuzz

// Upper case: a macro named like a function would rewrite Qt 6 headers that declare one
// (qmetatype.h).
#define FUZZ_CHECK(condition) Masar::Fuzz::require((condition), #condition)
