// SPDX-License-Identifier: GPL-3.0-or-later
// Any text given to the duration parser, in each context: phrases and estimates lie inside the
// text, efforts are positive and a range holds its midpoint.
#include "fuzzcheck.h"
#include "import/durationparser.h"

#include <cstdint>

using namespace Masar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const DurationParser parser(size > 0 ? 1 + data[0] % 40 : 10);
    for (TextContext context : {TextContext::Heading, TextContext::Prose, TextContext::TableCell}) {
        for (const DurationPhrase &phrase : parser.phrases(text, context)) {
            FUZZ_CHECK(phrase.start >= 0 && phrase.length > 0);
            FUZZ_CHECK(phrase.start + phrase.length <= text.size());
            FUZZ_CHECK(phrase.low <= phrase.high);
        }
        if (auto estimate = parser.estimate(text, context)) {
            FUZZ_CHECK(estimate->minutes > 0);
            FUZZ_CHECK(estimate->start >= 0 && estimate->start + estimate->length <= text.size());
            FUZZ_CHECK(estimate->phrase == text.mid(estimate->start, estimate->length));
            if (estimate->highMinutes > 0) {
                FUZZ_CHECK(estimate->lowMinutes <= estimate->minutes);
                FUZZ_CHECK(estimate->minutes <= estimate->highMinutes);
            }
        }
        if (auto pace = parser.pace(text))
            FUZZ_CHECK(*pace > 0 && *pace <= 168);
    }
    return 0;
}
