// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarentry.h"
#include "model/availability.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Masar {

/**
 * Reads iCalendar files (RFC 5545) with libical: the events of a calendar, or the days they
 * block (a school calendar's holidays, exam days) for the learner's availability.
 *
 * Refused with a translated message naming the file: an empty file, one larger than
 * kMaxBytes, one that is not iCalendar (binary data, no BEGIN:VCALENDAR), one that ends
 * before END:VCALENDAR, and an event without a readable start.
 */
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsReader)

public:
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    /// A repeating event is followed for at most this many occurrences.
    static constexpr int kMaxOccurrences = 5000;

    /// Every VEVENT of a calendar file, in file order (times converted to QDateTime with their
    /// zone; all-day events as dates). A repeating event is one entry: its first occurrence.
    static Result<QList<CalendarEntry>> entries(const QByteArray &ics, const QString &origin);

    /// Holidays or busy days (a school calendar): each event's days become a blocked range with
    /// its summary as the reason. All-day DTEND is exclusive; timed events block the (local)
    /// days they touch. Repeating events (RRULE, RDATE, less EXDATE and moved occurrences) are
    /// expanded within [from, to], at most kMaxOccurrences per event; cancelled events are
    /// left out. Only days within [from, to] are returned (a null date: no limit on that side).
    /// Ranges with the same reason that overlap or touch are merged; sorted by date.
    static Result<QList<BlockedRange>> blockedDays(const QByteArray &ics, const QString &origin,
                                                   const QDate &from, const QDate &to);
};

} // namespace Masar
