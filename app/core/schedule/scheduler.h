// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

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

} // namespace Masar

// Moved as bytes when a task is inserted into a long list (a QList stores it inline in Qt 6).
Q_DECLARE_TYPEINFO(Masar::ScheduleTask, Q_RELOCATABLE_TYPE);

namespace Masar {

/// A task's place in the schedule.
struct ScheduledTask
{
    qint64 id = 0;
    QDate start;
    QDate end;
    int minutes = 0;
    bool operator==(const ScheduledTask &other) const = default;
};

/// What a caller that keeps the task list up to date knows about it, so that a run can start
/// without reading every task: whether any task has prerequisites, and the earliest pin.
struct TaskFacts
{
    bool anyPrerequisites = false;
    QDate earliestPin; ///< null: no task is pinned
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
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    static constexpr int kHorizonYears = 50;

    static Result<Schedule> plan(const QList<ScheduleTask> &tasks, const Availability &availability,
                                 const QDate &today);
    /// The checks made before planning (study time, lanes, pins before the start, prerequisite
    /// cycles); fills `index` (task id → position) when some task has prerequisites. With
    /// `facts`, a plan without prerequisites is checked without reading the tasks.
    static Status validate(const QList<ScheduleTask> &tasks, const Availability &availability,
                           QHash<qint64, int> *index, const TaskFacts *facts = nullptr);
};

/**
 * One planning, worked out a day at a time: the simulation behind Scheduler::plan(), which can
 * stop as soon as the tasks someone asks about have their dates and go on later. The first
 * tasks' dates are known after a few steps; the finish date, the minutes per day and the
 * target-date advice only once the run is complete (result()).
 */
class PlanRun
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    /// `scale`: every day's study time multiplied (used to find the pace a target needs);
    /// `facts`: see Scheduler::validate(); `order`: the positions in `tasks` of the tasks to
    /// plan, in plan order (empty: all of `tasks` as they are), so that a caller can add a task
    /// to a long plan without moving the others. The per-task state grows as the run reaches
    /// tasks, so starting a run costs the same for ten tasks as for 100,000.
    PlanRun(QList<ScheduleTask> tasks, Availability availability, const QDate &today,
            double scale = 1.0, const TaskFacts *facts = nullptr, std::vector<int> order = {});

    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString error() const { return m_error; }
    int taskCount() const { return m_order.empty() ? int(m_tasks.size()) : int(m_order.size()); }
    /// The task at plan position `i`.
    const ScheduleTask &task(int i) const
    {
        return m_order.empty() ? m_tasks.at(i) : m_tasks.at(m_order[size_t(i)]);
    }

    /// Plans one more day; false once the run is complete or failed.
    bool step();
    /// Plans until the task at `index` has ended; false when the run failed.
    bool runUntilEnded(int index);
    /// Plans up to `days` more days; false once the run is complete or failed.
    bool runFor(int days);
    void finish();

    bool hasEnded(int index) const;
    /// The task's dates and minutes so far; final once hasEnded(index).
    const ScheduledTask &placed(int index) const;
    /// The positions of the tasks that have ended, in the order they ended.
    const std::vector<int> &endOrder() const { return m_endOrder; }
    /// The last day planned so far.
    QDate lastDay() const { return m_day.addDays(-1); }

    /// The complete schedule, with the finish date and the target-date advice, or why there is
    /// none; a run that is not complete is finished first.
    Result<Schedule> result();

private:
    enum class State
    {
        Running,
        Complete,
        Failed
    };

    int capacity(const QDate &day) const;
    /// Makes room for the state of the tasks up to `i`.
    void reach(int i);
    bool started(int i) const { return size_t(i) < m_started.size() && m_started[size_t(i)]; }
    bool done(int i) const { return size_t(i) < m_done.size() && m_done[size_t(i)]; }
    int &remaining(int i);
    void end(int i, const QDate &day);
    bool ready(int i, const QDate &day);
    bool startTasks(const QDate &day);

    QList<ScheduleTask> m_tasks;
    std::vector<int> m_order; ///< plan position → position in m_tasks (empty: the same)
    Availability m_availability;
    double m_scale = 1.0;
    QDate m_from;
    QDate m_horizon;
    QDate m_day; ///< the next day to plan
    State m_state = State::Running;
    QString m_error;
    QHash<qint64, int> m_index;
    std::vector<ScheduledTask> m_placed;
    std::vector<int> m_remaining;
    std::vector<char> m_started;
    std::vector<char> m_done;
    std::vector<int> m_active;
    std::vector<int> m_endOrder;
    QList<DayPlan> m_days;
    int m_firstPending = 0; ///< tasks before it have all started
    int m_endedPrefix = 0;  ///< tasks before it have all ended
    int m_doneCount = 0;
    bool m_anyCapacity = false;
};

} // namespace Masar
