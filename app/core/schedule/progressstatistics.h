// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/roadmapnode.h"
#include "model/studysession.h"
#include "schedule/scheduler.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace Masar {

/// Everything the progress charts show, computed in one place from the roadmap, the sessions and
/// the accepted plan. Pure: the same input gives the same numbers.
struct ProgressStatistics
{
    struct Input
    {
        QList<RoadmapNode> nodes;
        QList<StudySession> sessions;
        QHash<qint64, ScheduledTask> acceptedPlan; ///< start, end and minutes per task
        QDate today;
        /// Whether today's share of the plan is due yet: only once the day's study time has
        /// passed (todayIsDue()); until then "by today" means by the end of yesterday.
        bool todayDue = true;
        int rolloverHour = 4;     ///< a study day starts at this hour (late-night study)
        int studyDayMinutes = 15; ///< minutes that make a day a study day (streaks)
        int paceWindowDays = 28;  ///< recent pace for the forecast
        int weeks = 12;           ///< weeks in the weekly chart
    };

    /// Effort-weighted completion of one competency area (planned leaves only).
    struct Area
    {
        CompetencyArea area = CompetencyArea::Unassigned;
        int plannedMinutes = 0; ///< all work that is not optional, skipped included
        int doneMinutes = 0;    ///< effort of leaves marked done
        int skippedMinutes = 0; ///< effort of leaves skipped or under a skipped item (LeafScope)
        double completion() const;
    };

    struct Week
    {
        QDate monday;
        int plannedMinutes = 0;
        int actualMinutes = 0;
    };

    QList<Area> areas; ///< areas with planned work, in CompetencyAreas::all() order
    int plannedMinutes = 0;
    int doneMinutes = 0;
    int skippedMinutes = 0;
    int studiedMinutes = 0;   ///< all logged study, overlaps once
    int remainingMinutes = 0; ///< planned, not done or skipped, less what was studied on it

    /// Cumulative hours per day: the accepted plan, and what was studied (up to today).
    QList<QPair<QDate, double>> plannedCumulative;
    QList<QPair<QDate, double>> actualCumulative;
    /// From today at the recent pace until the remaining work is done; empty without a pace.
    QList<QPair<QDate, double>> forecast;
    double recentMinutesPerDay = 0.0;
    QDate forecastFinish;
    /// By now: minutes the accepted plan expected (today's share once it is due), minutes
    /// actually studied.
    int plannedByToday = 0;
    int studiedByToday = 0;

    QList<Week> weeks; ///< oldest first, the current week last

    QHash<QDate, int> minutesPerDay; ///< study days (rollover applied)
    int currentStreak = 0;
    int longestStreak = 0;
    int studyDays = 0;

    static ProgressStatistics compute(const Input &input);

    /// Where the learner stands by the end of today (what the Today page shows).
    struct Standing
    {
        int plannedByToday = 0;
        int studiedByToday = 0;
    };
    /// The same two figures as compute() gives, without the charts' data: a fraction of the work.
    static Standing standing(const Input &input);

    /// Whether the day's planned study is due at `now`: its study time (from the preferred time,
    /// for the minutes the availability gives today) has passed. A study time that runs past
    /// midnight is due only on the next day.
    static bool todayIsDue(const Availability &availability, const QDateTime &now);
    /// When the study time of `day` ends; invalid when it runs past midnight.
    static QTime studyEnds(const Availability &availability, const QDate &day);
};

} // namespace Masar
