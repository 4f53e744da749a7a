// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"
#include "displaycalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Masar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scheduler", text);
}

QString dateText(const QDate &date)
{
    return DisplayCalendar::date(date);
}

/// Finds one cycle among the explicit prerequisites, as task indexes; empty when there is none.
QList<int> findCycle(const QList<ScheduleTask> &tasks, const QHash<qint64, int> &index)
{
    enum class Mark
    {
        None,
        Open,
        Closed
    };
    std::vector<Mark> mark(size_t(tasks.size()), Mark::None);
    for (int root = 0; root < tasks.size(); ++root) {
        if (mark[size_t(root)] != Mark::None)
            continue;
        // Iterative depth-first search: (task, next prerequisite to look at).
        QList<QPair<int, int>> stack{{root, 0}};
        mark[size_t(root)] = Mark::Open;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const QList<qint64> &prereqs = tasks.at(node).prerequisites;
            if (next >= prereqs.size()) {
                mark[size_t(node)] = Mark::Closed;
                stack.removeLast();
                continue;
            }
            const int target = index.value(prereqs.at(next++), -1);
            if (target < 0)
                continue; // outside the plan: already done
            if (mark[size_t(target)] == Mark::Open) {
                QList<int> cycle{target};
                for (int i = int(stack.size()) - 1; i >= 0 && stack.at(i).first != target; --i)
                    cycle.prepend(stack.at(i).first);
                cycle.prepend(target);
                return cycle;
            }
            if (mark[size_t(target)] == Mark::None) {
                mark[size_t(target)] = Mark::Open;
                stack.append({target, 0});
            }
        }
    }
    return {};
}

struct Simulation
{
    const QList<ScheduleTask> &tasks;
    const QHash<qint64, int> &index;
    const Availability &availability;
    double scale = 1.0;

    int capacity(const QDate &day) const
    {
        const int minutes = availability.minutesOn(day);
        if (scale == 1.0 || minutes == 0)
            return minutes;
        return std::min(24 * 60, int(std::lround(minutes * scale)));
    }

    Result<Schedule> run(const QDate &from) const
    {
        const int n = int(tasks.size());
        Schedule schedule;
        std::vector<int> remaining(size_t(n), 0);
        std::vector<char> started(size_t(n), 0);
        std::vector<char> done(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            schedule.tasks.append(ScheduledTask{tasks.at(i).id, {}, {}, 0});
            remaining[size_t(i)] = std::max(0, tasks.at(i).remainingMinutes);
        }
        const QDate horizon = from.addYears(Scheduler::kHorizonYears);
        QList<int> active;
        int firstPending = 0; // tasks before it have all started
        int endedPrefix = 0;  // tasks before it have all ended
        int doneCount = 0;
        bool anyCapacity = false;

        const auto finish = [&](int i, const QDate &day) {
            done[size_t(i)] = 1;
            schedule.tasks[i].end = day;
            ++doneCount;
            while (endedPrefix < n && done[size_t(endedPrefix)])
                ++endedPrefix;
        };
        const auto ready = [&](int i, const QDate &day) {
            const ScheduleTask &task = tasks.at(i);
            if (task.pin.isValid() && task.pin > day)
                return false;
            for (qint64 id : task.prerequisites) {
                const int p = index.value(id, -1);
                if (p >= 0 && !done[size_t(p)])
                    return false;
            }
            // A milestone is reached when everything before it has ended.
            return remaining[size_t(i)] > 0 || endedPrefix >= i;
        };
        // Starts what can start today, in order; returns whether anything changed.
        const auto startTasks = [&](const QDate &day) {
            bool changed = false;
            while (firstPending < n && started[size_t(firstPending)])
                ++firstPending;
            for (int i = firstPending; i < n; ++i) {
                if (started[size_t(i)])
                    continue;
                // With every lane busy nothing more starts today; a milestone further on cannot be
                // reached either, since the busy tasks come before it.
                if (int(active.size()) >= availability.parallelCourses)
                    break;
                if (!ready(i, day)) {
                    if (remaining[size_t(i)] == 0 && endedPrefix < i)
                        break; // nothing after an unreached milestone can be reached either
                    continue;
                }
                started[size_t(i)] = 1;
                changed = true;
                if (remaining[size_t(i)] == 0) {
                    schedule.tasks[i].start = day; // a milestone: reached today
                    finish(i, day);
                } else {
                    active.append(i);
                }
            }
            return changed;
        };

        for (QDate day = from; doneCount < n; day = day.addDays(1)) {
            if (day > horizon) {
                if (!anyCapacity) {
                    return Error{tr("Every day from %1 on is blocked or has no study time, so "
                                    "nothing can be planned.")
                                     .arg(dateText(from))};
                }
                return Error{tr("At this pace the plan would take more than %1 years. Add study "
                                "time or remove work from the plan.")
                                 .arg(Scheduler::kHorizonYears)};
            }
            int cap = capacity(day);
            anyCapacity = anyCapacity || cap > 0;
            DayPlan plan{day, {}};
            while (true) {
                while (startTasks(day)) {
                }
                if (cap <= 0 || active.isEmpty())
                    break;
                const int lanes = int(active.size());
                const int base = cap / lanes;
                const int extra = cap % lanes;
                QList<int> stillActive;
                for (int k = 0; k < lanes; ++k) {
                    const int i = active.at(k);
                    const int give = std::min(remaining[size_t(i)], base + (k < extra ? 1 : 0));
                    if (give > 0) {
                        // A task starts on the first day it gets time, not when a lane frees.
                        if (schedule.tasks[i].minutes == 0)
                            schedule.tasks[i].start = day;
                        remaining[size_t(i)] -= give;
                        cap -= give;
                        schedule.tasks[i].minutes += give;
                        plan.minutes.append({tasks.at(i).id, give});
                    }
                    if (remaining[size_t(i)] == 0)
                        finish(i, day);
                    else
                        stillActive.append(i);
                }
                active = stillActive;
                if (base == 0 && extra == 0)
                    break;
            }
            if (!plan.minutes.isEmpty()) {
                // Several slices of one task on one day become one entry.
                QList<QPair<qint64, int>> merged;
                for (const auto &slice : std::as_const(plan.minutes)) {
                    auto it = std::find_if(merged.begin(), merged.end(),
                                           [&](const auto &m) { return m.first == slice.first; });
                    if (it == merged.end())
                        merged.append(slice);
                    else
                        it->second += slice.second;
                }
                plan.minutes = merged;
                schedule.days.append(plan);
            }
            if (active.isEmpty() && doneCount < n) {
                // Nothing runs: only a future pin can unblock the rest. Otherwise the order
                // itself is impossible (a milestone that waits for work that waits for it).
                bool pinAhead = false;
                for (int i = firstPending; i < n && !pinAhead; ++i)
                    pinAhead =
                        !started[size_t(i)] && tasks.at(i).pin.isValid() && tasks.at(i).pin > day;
                if (!pinAhead && !startTasks(day)) {
                    QStringList waiting;
                    for (int i = firstPending; i < n && waiting.size() < 5; ++i) {
                        if (!started[size_t(i)])
                            waiting.append(tasks.at(i).title);
                    }
                    return Error{tr("These items wait for each other and can never start: %1.")
                                     .arg(waiting.join(QStringLiteral(", ")))};
                }
            }
        }
        for (const ScheduledTask &t : std::as_const(schedule.tasks))
            schedule.finish = std::max(schedule.finish, t.end);
        if (!schedule.finish.isValid())
            schedule.finish = from;
        return schedule;
    }
};

} // namespace

const ScheduledTask *Schedule::task(qint64 id) const
{
    for (const ScheduledTask &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Result<Schedule> Scheduler::plan(const QList<ScheduleTask> &tasks, const Availability &availability,
                                 const QDate &today)
{
    if (availability.weeklyMinutes() <= 0)
        return Error{tr("There is no study time in the week. Give at least one weekday some "
                        "minutes.")};
    if (availability.parallelCourses < 1)
        return Error{tr("At least one course must be allowed to run at a time.")};
    const QDate from =
        std::max(availability.startDate.isValid() ? availability.startDate : today, today);
    QHash<qint64, int> index;
    for (int i = 0; i < tasks.size(); ++i)
        index.insert(tasks.at(i).id, i);
    for (const ScheduleTask &task : tasks) {
        if (task.pin.isValid() && availability.startDate.isValid() &&
            task.pin < availability.startDate) {
            return Error{
                tr("\"%1\" is pinned to %2, before the plan starts on %3.")
                    .arg(task.title, dateText(task.pin), dateText(availability.startDate))};
        }
    }
    if (const QList<int> cycle = findCycle(tasks, index); !cycle.isEmpty()) {
        QStringList names;
        for (int i : cycle)
            names.append(tasks.at(i).title);
        return Error{tr("These items are each other's prerequisites, so none can start: %1.")
                         .arg(names.join(QStringLiteral(" → ")))};
    }

    const Simulation simulation{tasks, index, availability};
    auto result = simulation.run(from);
    if (!result || !availability.targetDate.isValid())
        return result;
    Schedule &schedule = result.value();
    schedule.targetMet = schedule.finish <= availability.targetDate;
    if (schedule.targetMet)
        return result;
    schedule.warnings.append(
        tr("The plan ends on %1, after the target date %2.")
            .arg(dateText(schedule.finish), dateText(availability.targetDate)));
    // The smallest pace (same weekday proportions) that meets the target: bisection on a factor.
    double low = 1.0;
    double high = 2.0;
    const auto meets = [&](double factor) {
        Simulation scaled = simulation;
        scaled.scale = factor;
        auto attempt = scaled.run(from);
        return attempt.ok() && attempt->finish <= availability.targetDate;
    };
    while (!meets(high)) {
        if (high > 1000.0)
            return result; // not even 24 h a day meets it: weeklyHoursForTarget stays 0
        low = high;
        high *= 2.0;
    }
    for (int step = 0; step < 14; ++step) {
        const double mid = (low + high) / 2.0;
        (meets(mid) ? high : low) = mid;
    }
    double weekly = 0.0;
    for (int minutes : availability.minutesPerWeekday)
        weekly += std::min(24.0 * 60.0, minutes * high);
    schedule.weeklyHoursForTarget = std::ceil(weekly / 60.0 * 10.0) / 10.0;
    return result;
}

} // namespace Masar
