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

/// What validate() needs to know of the tasks, read from all of them.
TaskFacts factsOf(const QList<ScheduleTask> &tasks)
{
    TaskFacts facts;
    for (const ScheduleTask &task : tasks) {
        facts.anyPrerequisites = facts.anyPrerequisites || !task.prerequisites.isEmpty();
        if (task.pin.isValid() && (!facts.earliestPin.isValid() || task.pin < facts.earliestPin))
            facts.earliestPin = task.pin;
    }
    return facts;
}

} // namespace

const ScheduledTask *Schedule::task(qint64 id) const
{
    for (const ScheduledTask &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Status Scheduler::validate(const QList<ScheduleTask> &tasks, const Availability &availability,
                           QHash<qint64, int> *index, const TaskFacts *known)
{
    if (availability.weeklyMinutes() <= 0)
        return Error{tr("There is no study time in the week. Give at least one weekday some "
                        "minutes.")};
    if (availability.parallelCourses < 1)
        return Error{tr("At least one course must be allowed to run at a time.")};
    const TaskFacts facts = known ? *known : factsOf(tasks);
    if (facts.earliestPin.isValid() && availability.startDate.isValid() &&
        facts.earliestPin < availability.startDate) {
        for (const ScheduleTask &task : tasks) {
            if (task.pin.isValid() && task.pin < availability.startDate) {
                return Error{
                    tr("\"%1\" is pinned to %2, before the plan starts on %3.")
                        .arg(task.title, dateText(task.pin), dateText(availability.startDate))};
            }
        }
    }
    index->clear();
    if (!facts.anyPrerequisites)
        return {}; // the index only serves prerequisites
    index->reserve(int(tasks.size()));
    for (int i = 0; i < tasks.size(); ++i)
        index->insert(tasks.at(i).id, i);
    if (const QList<int> cycle = findCycle(tasks, *index); !cycle.isEmpty()) {
        QStringList names;
        for (int i : cycle)
            names.append(tasks.at(i).title);
        return Error{tr("These items are each other's prerequisites, so none can start: %1.")
                         .arg(names.join(QStringLiteral(" → ")))};
    }
    return {};
}

Result<Schedule> Scheduler::plan(const QList<ScheduleTask> &tasks, const Availability &availability,
                                 const QDate &today)
{
    PlanRun run(tasks, availability, today);
    return run.result();
}

// ---- PlanRun ---------------------------------------------------------------------------------

PlanRun::PlanRun(QList<ScheduleTask> tasks, Availability availability, const QDate &today,
                 double scale, const TaskFacts *facts, std::vector<int> order)
    : m_tasks(std::move(tasks)), m_order(std::move(order)), m_availability(std::move(availability)),
      m_scale(scale)
{
    m_from = std::max(m_availability.startDate.isValid() ? m_availability.startDate : today, today);
    const bool readsEveryTask =
        !facts || facts->anyPrerequisites ||
        (facts->earliestPin.isValid() && m_availability.startDate.isValid() &&
         facts->earliestPin < m_availability.startDate);
    if (!m_order.empty() && readsEveryTask) {
        // The checks below go through the tasks by position: a plain list in plan order.
        QList<ScheduleTask> ordered;
        ordered.reserve(qsizetype(m_order.size()));
        for (int at : m_order)
            ordered.append(m_tasks.at(at));
        m_tasks = std::move(ordered);
        m_order.clear();
    }
    if (Status valid = Scheduler::validate(m_tasks, m_availability, &m_index, facts); !valid) {
        m_error = valid.error();
        m_state = State::Failed;
        return;
    }
    const size_t n = size_t(taskCount());
    m_day = m_from;
    m_horizon = m_from.addYears(Scheduler::kHorizonYears);
    if (n == 0)
        m_state = State::Complete;
}

int PlanRun::capacity(const QDate &day) const
{
    const int minutes = m_availability.minutesOn(day);
    if (m_scale == 1.0 || minutes == 0)
        return minutes;
    return std::min(24 * 60, int(std::lround(minutes * m_scale)));
}

void PlanRun::reach(int i)
{
    const size_t size = m_placed.size();
    if (size_t(i) < size)
        return;
    // Grown in steps, like the vectors themselves, to what the run has reached.
    const size_t grown = std::min(size_t(taskCount()), std::max(size_t(i) + 1, 2 * size + 64));
    m_placed.resize(grown);
    m_remaining.resize(grown, -1); // read from the task when it is first looked at
    m_started.resize(grown, 0);
    m_done.resize(grown, 0);
}

const ScheduledTask &PlanRun::placed(int index) const
{
    static const ScheduledTask none;
    return size_t(index) < m_placed.size() ? m_placed[size_t(index)] : none;
}

int &PlanRun::remaining(int i)
{
    reach(i);
    int &left = m_remaining[size_t(i)];
    if (left < 0) {
        left = std::max(0, task(i).remainingMinutes);
        m_placed[size_t(i)].id = task(i).id;
    }
    return left;
}

void PlanRun::end(int i, const QDate &day)
{
    reach(i);
    m_done[size_t(i)] = 1;
    m_placed[size_t(i)].end = day;
    m_endOrder.push_back(i);
    ++m_doneCount;
    while (m_endedPrefix < int(m_done.size()) && m_done[size_t(m_endedPrefix)])
        ++m_endedPrefix;
}

bool PlanRun::ready(int i, const QDate &day)
{
    const ScheduleTask &waiting = task(i);
    if (waiting.pin.isValid() && waiting.pin > day)
        return false;
    for (qint64 id : waiting.prerequisites) {
        const int p = m_index.value(id, -1);
        if (p >= 0 && !done(p))
            return false;
    }
    // A milestone is reached when everything before it has ended.
    return remaining(i) > 0 || m_endedPrefix >= i;
}

bool PlanRun::startTasks(const QDate &day)
{
    const int n = taskCount();
    bool changed = false;
    while (m_firstPending < n && started(m_firstPending))
        ++m_firstPending;
    for (int i = m_firstPending; i < n; ++i) {
        if (started(i))
            continue;
        // With every lane busy nothing more starts today; a milestone further on cannot be
        // reached either, since the busy tasks come before it.
        if (int(m_active.size()) >= m_availability.parallelCourses)
            break;
        if (!ready(i, day)) {
            if (remaining(i) == 0 && m_endedPrefix < i)
                break; // nothing after an unreached milestone can be reached either
            continue;
        }
        reach(i);
        m_started[size_t(i)] = 1;
        changed = true;
        if (remaining(i) == 0) {
            m_placed[size_t(i)].start = day; // a milestone: reached today
            end(i, day);
        } else {
            m_active.push_back(i);
        }
    }
    return changed;
}

bool PlanRun::step()
{
    if (m_state != State::Running)
        return false;
    const int n = taskCount();
    const QDate day = m_day;
    if (day > m_horizon) {
        m_state = State::Failed;
        m_error = !m_anyCapacity
                      ? tr("Every day from %1 on is blocked or has no study time, so nothing can "
                           "be planned.")
                            .arg(dateText(m_from))
                      : tr("At this pace the plan would take more than %1 years. Add study time "
                           "or remove work from the plan.")
                            .arg(Scheduler::kHorizonYears);
        return false;
    }
    int cap = capacity(day);
    m_anyCapacity = m_anyCapacity || cap > 0;
    DayPlan plan{day, {}};
    while (true) {
        while (startTasks(day)) {
        }
        if (cap <= 0 || m_active.empty())
            break;
        const int lanes = int(m_active.size());
        const int base = cap / lanes;
        const int extra = cap % lanes;
        std::vector<int> stillActive;
        for (int k = 0; k < lanes; ++k) {
            const int i = m_active[size_t(k)];
            int &left = remaining(i);
            const int give = std::min(left, base + (k < extra ? 1 : 0));
            if (give > 0) {
                ScheduledTask &placed = m_placed[size_t(i)];
                // A task starts on the first day it gets time, not when a lane frees.
                if (placed.minutes == 0)
                    placed.start = day;
                left -= give;
                cap -= give;
                placed.minutes += give;
                // Several slices of one task on one day become one entry.
                auto it = std::find_if(plan.minutes.begin(), plan.minutes.end(),
                                       [&](const auto &m) { return m.first == placed.id; });
                if (it == plan.minutes.end())
                    plan.minutes.append({placed.id, give});
                else
                    it->second += give;
            }
            if (left == 0)
                end(i, day);
            else
                stillActive.push_back(i);
        }
        m_active.swap(stillActive);
        if (base == 0 && extra == 0)
            break;
    }
    if (!plan.minutes.isEmpty())
        m_days.append(plan);
    if (m_active.empty() && m_doneCount < n) {
        // Nothing runs: only a future pin can unblock the rest. Otherwise the order itself is
        // impossible (a milestone that waits for work that waits for it).
        bool pinAhead = false;
        for (int i = m_firstPending; i < n && !pinAhead; ++i)
            pinAhead = !started(i) && task(i).pin.isValid() && task(i).pin > day;
        if (!pinAhead && !startTasks(day)) {
            QStringList waiting;
            for (int i = m_firstPending; i < n && waiting.size() < 5; ++i) {
                if (!started(i))
                    waiting.append(task(i).title);
            }
            m_state = State::Failed;
            m_error = tr("These items wait for each other and can never start: %1.")
                          .arg(waiting.join(QStringLiteral(", ")));
            return false;
        }
    }
    m_day = day.addDays(1);
    if (m_doneCount == n)
        m_state = State::Complete;
    return m_state == State::Running;
}

bool PlanRun::runUntilEnded(int index)
{
    while (m_state == State::Running && !done(index))
        step();
    return m_state != State::Failed;
}

bool PlanRun::runFor(int days)
{
    for (int i = 0; i < days && step(); ++i) {
    }
    return m_state == State::Running;
}

void PlanRun::finish()
{
    while (step()) {
    }
}

bool PlanRun::hasEnded(int index) const
{
    return m_state != State::Failed && done(index);
}

Result<Schedule> PlanRun::result()
{
    finish();
    if (m_state == State::Failed)
        return Error{m_error};
    const int n = taskCount();
    if (n > 0)
        reach(n - 1);
    Schedule schedule;
    schedule.tasks.reserve(n);
    for (const ScheduledTask &t : m_placed) {
        schedule.tasks.append(t);
        schedule.finish = std::max(schedule.finish, t.end);
    }
    for (int i = 0; i < n; ++i)
        schedule.tasks[i].id = task(i).id; // also tasks never looked at (none, once done)
    if (!schedule.finish.isValid())
        schedule.finish = m_from;
    schedule.days = m_days;
    if (m_scale != 1.0 || !m_availability.targetDate.isValid())
        return schedule;
    schedule.targetMet = schedule.finish <= m_availability.targetDate;
    if (schedule.targetMet)
        return schedule;
    schedule.warnings.append(
        tr("The plan ends on %1, after the target date %2.")
            .arg(dateText(schedule.finish), dateText(m_availability.targetDate)));
    // The smallest pace (same weekday proportions) that meets the target: bisection on a factor.
    double low = 1.0;
    double high = 2.0;
    const auto meets = [&](double factor) {
        PlanRun scaled(m_tasks, m_availability, m_from, factor, nullptr, m_order);
        auto attempt = scaled.result();
        return attempt.ok() && attempt->finish <= m_availability.targetDate;
    };
    while (!meets(high)) {
        if (high > 1000.0)
            return schedule; // not even 24 h a day meets it: weeklyHoursForTarget stays 0
        low = high;
        high *= 2.0;
    }
    for (int step = 0; step < 14; ++step) {
        const double mid = (low + high) / 2.0;
        (meets(mid) ? high : low) = mid;
    }
    double weekly = 0.0;
    for (int minutes : m_availability.minutesPerWeekday)
        weekly += std::min(24.0 * 60.0, minutes * high);
    schedule.weeklyHoursForTarget = std::ceil(weekly / 60.0 * 10.0) / 10.0;
    return schedule;
}

} // namespace Masar
