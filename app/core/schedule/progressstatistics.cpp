// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstatistics.h"

#include "model/leafscope.h"
#include "schedule/studytime.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Masar {

double ProgressStatistics::Area::completion() const
{
    const int counted = plannedMinutes - skippedMinutes;
    return counted > 0 ? double(doneMinutes) / counted : 0.0;
}

ProgressStatistics ProgressStatistics::compute(const Input &in)
{
    ProgressStatistics s;

    // ---- Completion per area, over planned leaves ----------------------------------------------
    QHash<qint64, const RoadmapNode *> byId;
    QHash<qint64, int> childCount;
    for (const RoadmapNode &n : in.nodes) {
        byId.insert(n.id, &n);
        ++childCount[n.parentId];
    }
    const QHash<qint64, int> studied = StudyTime::minutesPerNode(in.sessions);
    QHash<int, Area> areas; // by CompetencyArea
    for (const RoadmapNode &n : in.nodes) {
        if (childCount.value(n.id) > 0)
            continue;
        const LeafScope scope = LeafScope::of(n, byId);
        if (scope.optional)
            continue;
        CompetencyArea area = CompetencyArea::Unassigned;
        for (const RoadmapNode *p = &n; p && area == CompetencyArea::Unassigned;
             p = byId.value(p->parentId, nullptr))
            area = p->area; // a leaf without an area takes its nearest ancestor's
        Area &a = areas[int(area)];
        a.area = area;
        a.plannedMinutes += n.effortMinutes;
        switch (scope.standing) {
        case LeafScope::Standing::Done:
            a.doneMinutes += n.effortMinutes;
            break;
        case LeafScope::Standing::Skipped:
            a.skippedMinutes += n.effortMinutes;
            break;
        case LeafScope::Standing::ToDo:
            s.remainingMinutes += std::max(0, n.effortMinutes - studied.value(n.id));
            break;
        }
    }
    QList<CompetencyArea> order = CompetencyAreas::all();
    order.append(CompetencyArea::Unassigned);
    for (CompetencyArea area : order) {
        if (!areas.contains(int(area)))
            continue;
        const Area &a = areas.value(int(area));
        s.areas.append(a);
        s.plannedMinutes += a.plannedMinutes;
        s.doneMinutes += a.doneMinutes;
        s.skippedMinutes += a.skippedMinutes;
    }

    // ---- Study per day, streaks ----------------------------------------------------------------
    s.minutesPerDay = StudyTime::minutesPerDay(in.sessions, in.rolloverHour);
    QMap<QDate, int> days; // ordered
    for (auto it = s.minutesPerDay.cbegin(); it != s.minutesPerDay.cend(); ++it) {
        days.insert(it.key(), it.value());
        s.studiedMinutes += it.value();
    }
    int run = 0;
    QDate previous;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.value() < in.studyDayMinutes)
            continue;
        ++s.studyDays;
        run = (previous.isValid() && previous.addDays(1) == it.key()) ? run + 1 : 1;
        previous = it.key();
        s.longestStreak = std::max(s.longestStreak, run);
    }
    // The current streak may end yesterday: today is not over yet.
    const auto studiedOn = [&](const QDate &d) { return days.value(d) >= in.studyDayMinutes; };
    QDate day = studiedOn(in.today) ? in.today : in.today.addDays(-1);
    while (studiedOn(day)) {
        ++s.currentStreak;
        day = day.addDays(-1);
    }

    // ---- Planned minutes per day from the accepted plan (spread over each task's days) ---------
    QMap<QDate, double> plannedPerDay;
    for (const ScheduledTask &t : in.acceptedPlan) {
        if (!t.start.isValid() || !t.end.isValid() || t.minutes <= 0)
            continue;
        const qint64 span = t.start.daysTo(t.end) + 1;
        for (QDate d = t.start; d <= t.end; d = d.addDays(1))
            plannedPerDay[d] += double(t.minutes) / span;
    }

    // ---- Burn-up -------------------------------------------------------------------------------
    double cumulative = 0.0;
    for (auto it = plannedPerDay.cbegin(); it != plannedPerDay.cend(); ++it) {
        cumulative += it.value();
        s.plannedCumulative.append({it.key(), cumulative / 60.0});
        if (it.key() < in.today || (it.key() == in.today && in.todayDue))
            s.plannedByToday = int(std::lround(cumulative));
    }
    cumulative = 0.0;
    for (auto it = days.cbegin(); it != days.cend() && it.key() <= in.today; ++it) {
        cumulative += it.value();
        s.actualCumulative.append({it.key(), cumulative / 60.0});
    }
    int recent = 0;
    for (auto it = days.lowerBound(in.today.addDays(1 - in.paceWindowDays));
         it != days.cend() && it.key() <= in.today; ++it)
        recent += it.value();
    s.recentMinutesPerDay = double(recent) / in.paceWindowDays;
    s.studiedByToday = int(std::lround(cumulative));
    if (s.recentMinutesPerDay > 0.0 && s.remainingMinutes > 0) {
        const int daysNeeded = int(std::ceil(s.remainingMinutes / s.recentMinutesPerDay));
        s.forecastFinish = in.today.addDays(daysNeeded);
        const double start = cumulative / 60.0;
        s.forecast = {{in.today, start}, {s.forecastFinish, start + s.remainingMinutes / 60.0}};
    } else if (s.remainingMinutes == 0) {
        s.forecastFinish = in.today;
    }

    // ---- The last weeks, planned against studied ------------------------------------------------
    const QDate thisMonday = in.today.addDays(1 - in.today.dayOfWeek());
    for (int w = in.weeks - 1; w >= 0; --w) {
        Week week;
        week.monday = thisMonday.addDays(-7 * w);
        double planned = 0.0;
        for (int d = 0; d < 7; ++d) {
            const QDate date = week.monday.addDays(d);
            planned += plannedPerDay.value(date);
            week.actualMinutes += days.value(date);
        }
        week.plannedMinutes = int(std::lround(planned));
        s.weeks.append(week);
    }
    return s;
}

ProgressStatistics::Standing ProgressStatistics::standing(const Input &in)
{
    Standing standing;
    const QHash<QDate, int> perDay = StudyTime::minutesPerDay(in.sessions, in.rolloverHour);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        if (it.key() <= in.today)
            standing.studiedByToday += it.value();
    }
    // Each task's minutes spread evenly over its days, as compute() spreads them.
    const QDate lastDue = in.todayDue ? in.today : in.today.addDays(-1);
    double planned = 0.0;
    for (const ScheduledTask &t : in.acceptedPlan) {
        if (!t.start.isValid() || !t.end.isValid() || t.minutes <= 0 || t.start > lastDue)
            continue;
        const qint64 span = t.start.daysTo(t.end) + 1;
        const qint64 elapsed = t.start.daysTo(std::min(t.end, lastDue)) + 1;
        planned += double(t.minutes) * double(elapsed) / double(span);
    }
    standing.plannedByToday = int(std::lround(planned));
    return standing;
}

QTime ProgressStatistics::studyEnds(const Availability &availability, const QDate &day)
{
    const qint64 end =
        availability.preferredTime.msecsSinceStartOfDay() + 60000LL * availability.minutesOn(day);
    return end < 24LL * 3600 * 1000 ? QTime::fromMSecsSinceStartOfDay(int(end)) : QTime();
}

bool ProgressStatistics::todayIsDue(const Availability &availability, const QDateTime &now)
{
    const QTime end = studyEnds(availability, now.date());
    return end.isValid() && now.time() >= end;
}

} // namespace Masar
