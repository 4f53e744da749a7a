// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>

namespace Masar {

/// Dates (inclusive) on which the learner does not study, with the reason.
struct BlockedRange
{
    QDate from;
    QDate to;
    QString reason;

    bool contains(const QDate &date) const { return date >= from && date <= to; }
    bool operator==(const BlockedRange &other) const = default;
};

/**
 * When the learner can study: minutes per weekday, blocked date ranges, the start date, how many
 * courses may run side by side, an optional target date and the preferred time of day.
 */
struct Availability
{
    QDate startDate;
    /// Minutes per weekday, Monday first (index 0) to Sunday (index 6).
    std::array<int, 7> minutesPerWeekday{60, 60, 60, 60, 60, 120, 120};
    QList<BlockedRange> blocked;
    int parallelCourses = 1;
    QDate targetDate; ///< null: no target
    QTime preferredTime = QTime(19, 0);

    /// Minutes available on `date`: 0 when it is blocked.
    int minutesOn(const QDate &date) const;
    int weeklyMinutes() const;
    bool operator==(const Availability &other) const = default;
};

} // namespace Masar
