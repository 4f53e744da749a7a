// SPDX-License-Identifier: GPL-3.0-or-later
#include "availability.h"

#include <numeric>

namespace Masar {

int Availability::minutesOn(const QDate &date) const
{
    for (const BlockedRange &range : blocked) {
        if (range.contains(date))
            return 0;
    }
    return minutesPerWeekday[size_t(date.dayOfWeek() - 1)];
}

int Availability::weeklyMinutes() const
{
    return std::accumulate(minutesPerWeekday.cbegin(), minutesPerWeekday.cend(), 0);
}

} // namespace Masar
