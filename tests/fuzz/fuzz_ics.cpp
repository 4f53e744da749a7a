// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the iCalendar reader: events or a message, never a crash or a runaway
// expansion. Blocked days stay inside the window asked for, each range runs forward, and the
// list is sorted.
#include "calendar/icsreader.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace Masar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const QString origin = QStringLiteral("fuzz.ics");
    if (auto entries = IcsReader::entries(bytes, origin); !entries)
        FUZZ_CHECK(!entries.error().isEmpty());

    const QDate from(2026, 1, 1);
    const QDate to(2027, 12, 31);
    auto blocked = IcsReader::blockedDays(bytes, origin, from, to);
    if (!blocked) {
        FUZZ_CHECK(!blocked.error().isEmpty());
        return 0;
    }
    QDate previous;
    for (const BlockedRange &range : *blocked) {
        FUZZ_CHECK(range.from.isValid() && range.to.isValid());
        FUZZ_CHECK(range.from <= range.to);
        FUZZ_CHECK(range.from >= from && range.to <= to);
        FUZZ_CHECK(!previous.isValid() || previous <= range.from);
        previous = range.from;
    }
    return 0;
}
