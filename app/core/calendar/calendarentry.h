// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Masar {

/**
 * One event read from a calendar file. Timed events carry their zone (UTC, an Olson zone, or
 * local time for "floating" times); all-day events are dates at midnight local time with an
 * exclusive `end` (a one-day event ends the next day).
 */
struct CalendarEntry
{
    QString uid;
    QString summary;
    QDateTime start;
    QDateTime end;
    bool allDay = false;

    bool operator==(const CalendarEntry &other) const = default;
};

} // namespace Masar
