// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduler speed on large plans. Prints: name, median milliseconds, and the ratio to a baseline
// that walks the same calendar and hands out the same minutes with no rules at all (no
// prerequisites, pins, lanes or milestones): the floor any scheduler pays to produce a day plan.
#include "benchutil.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Masar;

namespace {

QList<ScheduleTask> makeTasks(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<ScheduleTask> tasks;
    for (int i = 0; i < count; ++i) {
        ScheduleTask t;
        t.id = i + 1;
        t.title = QStringLiteral("Topic %1").arg(i + 1);
        t.remainingMinutes = (i % 50 == 49) ? 0 : random.bounded(20, 180);
        if (i > 10 && random.bounded(20) == 0)
            t.prerequisites.append(1 + random.bounded(i - 1));
        tasks.append(t);
    }
    return tasks;
}

Availability makeAvailability(int scale)
{
    Availability a;
    a.startDate = QDate(2026, 1, 5);
    a.minutesPerWeekday = {60 * scale, 60 * scale,  60 * scale, 60 * scale,
                           90 * scale, 180 * scale, 180 * scale};
    a.parallelCourses = 2;
    for (int year = 0; year < 80; ++year) {
        const QDate from(2026 + year, 8, 1);
        a.blocked.append({from, from.addDays(13), QStringLiteral("Holiday")});
    }
    return a;
}

/// The floor: the same minutes over the same calendar, first come first served.
int baseline(const QList<ScheduleTask> &tasks, const Availability &a)
{
    QList<DayPlan> days;
    int index = 0;
    int left = tasks.isEmpty() ? 0 : tasks.first().remainingMinutes;
    for (QDate day = a.startDate; index < tasks.size(); day = day.addDays(1)) {
        int cap = a.minutesOn(day);
        DayPlan plan{day, {}};
        while (cap > 0 && index < tasks.size()) {
            const int give = std::min(cap, left);
            plan.minutes.append({tasks.at(index).id, give});
            cap -= give;
            left -= give;
            if (left == 0 && ++index < tasks.size())
                left = tasks.at(index).remainingMinutes;
        }
        if (!plan.minutes.isEmpty())
            days.append(plan);
    }
    return int(days.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int count : {1000, 10000, 100000}) {
        // 100,000 topics need a faster pace to fit the 50-year horizon.
        const Availability availability = makeAvailability(count >= 100000 ? 8 : 1);
        const QList<ScheduleTask> tasks = makeTasks(count, 42);
        QDate finish;
        const int runs = count >= 100000 ? 5 : 15;
        const double ms = Bench::medianMs(runs, [&] {
            auto s = Scheduler::plan(tasks, availability, availability.startDate);
            if (!s.ok()) {
                std::fprintf(stderr, "plan failed: %s\n", qPrintable(s.error()));
                std::exit(1);
            }
            finish = s->finish;
        });
        int days = 0;
        const double base = Bench::medianMs(runs, [&] { days = baseline(tasks, availability); });
        std::printf("scheduler %6d topics%s: %8.2f ms (baseline %7.2f ms, ratio %.2f) finish %s, "
                    "%d study days\n",
                    count, count >= 100000 ? " (8x pace)" : "", ms, base, ms / base,
                    qPrintable(finish.toString(Qt::ISODate)), days);
    }
    return 0;
}
