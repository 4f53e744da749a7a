// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Masar {

/// One thing to schedule: a leaf of the roadmap with the effort it still needs.
struct ScheduleTask
{
    qint64 id = 0;
    QString title;               ///< for messages (cycles)
    int remainingMinutes = 0;    ///< 0: a milestone or finished work, placed when it is reached
    QList<qint64> prerequisites; ///< must end before this starts (beyond the roadmap order)
    QDate pin;                   ///< never starts before this date (null: no pin)
};

/// A task's place in the schedule.
struct ScheduledTask
{
    qint64 id = 0;
    QDate start;
    QDate end;
    int minutes = 0;
    bool operator==(const ScheduledTask &other) const = default;
};

/// The minutes given to each task on one day.
struct DayPlan
{
    QDate date;
    QList<QPair<qint64, int>> minutes;
};

/// The result of planning: dates per task, minutes per day, the finish date and warnings.
struct Schedule
{
    QList<ScheduledTask> tasks; ///< in input order
    QList<DayPlan> days;        ///< only days with study, in date order
    QDate finish;
    QStringList warnings;
    bool targetMet = true;
    /// With a target date that the plan misses: the weekly hours (same weekday proportions)
    /// that would meet it; 0 when no such plan exists before the horizon.
    double weeklyHoursForTarget = 0.0;

    const ScheduledTask *task(qint64 id) const;
};

/**
 * Plans tasks onto the learner's calendar. A pure function: no I/O, deterministic.
 *
 * Tasks start in the given (roadmap) order, at most `parallelCourses` at a time; a task that
 * waits for a prerequisite or a pin is passed over until it can start, so later tasks do not wait
 * behind it. Each day's minutes are filled completely before the next day; tasks running side by
 * side share a day equally. Impossible input (no study time, every day blocked, a prerequisite
 * cycle, a pin before the start, a plan past the horizon) is an error with a translated message.
 */
class Scheduler
{
public:
    static constexpr int kHorizonYears = 50;

    static Result<Schedule> plan(const QList<ScheduleTask> &tasks, const Availability &availability,
                                 const QDate &today);
};

} // namespace Masar
