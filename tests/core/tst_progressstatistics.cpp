// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/progressstatistics.h"

#include <QTest>

using namespace Masar;

namespace {

RoadmapNode node(qint64 id, qint64 parent, int effort, CompetencyArea area,
                 RoadmapNode::Status status = RoadmapNode::Status::NotStarted,
                 bool optional = false)
{
    RoadmapNode n;
    n.id = id;
    n.parentId = parent;
    n.title = QStringLiteral("N%1").arg(id);
    n.effortMinutes = effort;
    n.area = area;
    n.status = status;
    n.optional = optional;
    return n;
}

StudySession studied(qint64 nodeId, const QDate &date, const QTime &from, int minutes)
{
    StudySession s;
    s.nodeId = nodeId;
    s.start = QDateTime(date, from);
    s.end = s.start.addSecs(60LL * minutes);
    return s;
}

/// A small roadmap whose numbers are worked out by hand in the comments below.
ProgressStatistics::Input fixture()
{
    using S = RoadmapNode::Status;
    ProgressStatistics::Input in;
    in.nodes = {node(1, 0, 0, CompetencyArea::Mathematics),
                node(2, 1, 120, CompetencyArea::Mathematics, S::Done),
                node(3, 1, 60, CompetencyArea::Mathematics, S::Skipped),
                node(4, 1, 180, CompetencyArea::Unassigned), // takes Mathematics from its phase
                node(5, 1, 60, CompetencyArea::Mathematics, S::NotStarted, true), // optional
                node(6, 0, 0, CompetencyArea::Programming),
                node(7, 6, 240, CompetencyArea::Programming, S::InProgress)};
    in.sessions = {studied(7, QDate(2026, 3, 2), QTime(10, 0), 60),
                   studied(7, QDate(2026, 3, 3), QTime(22, 0), 90),
                   studied(7, QDate(2026, 3, 4), QTime(2, 0), 30),  // before 04:00: the 3rd
                   studied(4, QDate(2026, 3, 5), QTime(9, 0), 10)}; // under the 15-minute bar
    in.acceptedPlan.insert(4, {4, QDate(2026, 3, 2), QDate(2026, 3, 4), 180});
    in.acceptedPlan.insert(7, {7, QDate(2026, 3, 9), QDate(2026, 3, 10), 240});
    in.today = QDate(2026, 3, 5);
    in.rolloverHour = 4;
    in.studyDayMinutes = 15;
    in.paceWindowDays = 28;
    in.weeks = 4;
    return in;
}

} // namespace

class TestProgressStatistics : public QObject
{
    Q_OBJECT

private slots:
    void completionPerArea()
    {
        const ProgressStatistics s = ProgressStatistics::compute(fixture());
        QCOMPARE(s.areas.size(), 2);
        const ProgressStatistics::Area &math = s.areas.at(0);
        QCOMPARE(math.area, CompetencyArea::Mathematics);
        QCOMPARE(math.plannedMinutes, 360); // 120 + 60 + 180; the optional 60 is not planned
        QCOMPARE(math.doneMinutes, 120);
        QCOMPARE(math.skippedMinutes, 60);
        QCOMPARE(math.completion(), 120.0 / 300.0); // skipped work is neither done nor to do
        const ProgressStatistics::Area &programming = s.areas.at(1);
        QCOMPARE(programming.plannedMinutes, 240);
        QCOMPARE(programming.doneMinutes, 0);
        QCOMPARE(s.plannedMinutes, 600);
        // Remaining: node 4 has 180 − 10 studied, node 7 has 240 − 180 studied.
        QCOMPARE(s.remainingMinutes, 230);
    }

    void daysAndStreaks()
    {
        const ProgressStatistics s = ProgressStatistics::compute(fixture());
        QCOMPARE(s.minutesPerDay.value(QDate(2026, 3, 2)), 60);
        QCOMPARE(s.minutesPerDay.value(QDate(2026, 3, 3)), 120);
        QCOMPARE(s.minutesPerDay.value(QDate(2026, 3, 4)), 0);
        QCOMPARE(s.minutesPerDay.value(QDate(2026, 3, 5)), 10);
        QCOMPARE(s.studiedMinutes, 190);
        QCOMPARE(s.studyDays, 2);
        QCOMPARE(s.longestStreak, 2);
        QCOMPARE(s.currentStreak, 0); // nothing on the 4th, too little today

        ProgressStatistics::Input in = fixture();
        in.today = QDate(2026, 3, 4); // the 4th is not over: the streak to the 3rd still counts
        QCOMPARE(ProgressStatistics::compute(in).currentStreak, 2);
        in.rolloverHour = 0; // the 02:00 session now belongs to the 4th
        const ProgressStatistics midnight = ProgressStatistics::compute(in);
        QCOMPARE(midnight.minutesPerDay.value(QDate(2026, 3, 4)), 30);
        QCOMPARE(midnight.currentStreak, 3);
    }

    void burnUpAndForecast()
    {
        const ProgressStatistics s = ProgressStatistics::compute(fixture());
        // Accepted plan: node 4 spreads 180 over the 2nd–4th, node 7 240 over the 9th–10th.
        QCOMPARE(s.plannedCumulative.constFirst().first, QDate(2026, 3, 2));
        QCOMPARE(s.plannedCumulative.constFirst().second, 1.0);
        QCOMPARE(s.plannedCumulative.constLast().first, QDate(2026, 3, 10));
        QCOMPARE(s.plannedCumulative.constLast().second, 7.0);
        QCOMPARE(s.actualCumulative.constLast().first, QDate(2026, 3, 5));
        QCOMPARE(s.actualCumulative.constLast().second, 190.0 / 60.0);
        // Pace: 190 min in the last 28 days; 230 min remain → 34 days.
        QCOMPARE(s.recentMinutesPerDay, 190.0 / 28.0);
        QCOMPARE(s.forecastFinish, QDate(2026, 4, 8));
        QCOMPARE(s.forecast.size(), 2);
        QCOMPARE(s.forecast.constLast().second, (190.0 + 230.0) / 60.0);
        // By today the plan expected node 4's 180 minutes; 190 were studied.
        QCOMPARE(s.plannedByToday, 180);
        QCOMPARE(s.studiedByToday, 190);
    }

    void todaysShareIsDueOnlyAfterItsStudyTime()
    {
        // Planned from today, nothing studied yet: nobody is behind before the study time ends.
        ProgressStatistics::Input in = fixture();
        in.sessions.clear();
        in.today = QDate(2026, 3, 2); // node 4's first day: 60 of its 180 minutes
        in.todayDue = false;
        QCOMPARE(ProgressStatistics::compute(in).plannedByToday, 0);
        QCOMPARE(ProgressStatistics::standing(in).plannedByToday, 0);
        in.todayDue = true;
        QCOMPARE(ProgressStatistics::compute(in).plannedByToday, 60);
        QCOMPARE(ProgressStatistics::standing(in).plannedByToday, 60);
        in.today = QDate(2026, 3, 3); // yesterday's share is due all day
        in.todayDue = false;
        QCOMPARE(ProgressStatistics::compute(in).plannedByToday, 60);
        QCOMPARE(ProgressStatistics::standing(in).plannedByToday, 60);

        Availability a;
        a.preferredTime = QTime(19, 0);
        a.minutesPerWeekday.fill(75);
        const QDate monday(2026, 3, 2);
        QVERIFY(!ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(9, 0))));
        QVERIFY(!ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(20, 14))));
        QVERIFY(ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(20, 15))));
        a.preferredTime = QTime(23, 30); // runs past midnight: due only tomorrow
        QVERIFY(!ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(23, 59))));
        a.minutesPerWeekday.fill(0); // nothing planned today: nothing to wait for
        a.preferredTime = QTime(19, 0);
        QVERIFY(!ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(18, 0))));
        QVERIFY(ProgressStatistics::todayIsDue(a, QDateTime(monday, QTime(19, 0))));
    }

    void standingAgreesWithTheFullStatistics()
    {
        // The Today page's cheaper figures are the full statistics' figures, on every day around
        // the plan (before it, inside a task, between tasks, after it).
        ProgressStatistics::Input in = fixture();
        for (QDate day(2026, 2, 28); day <= QDate(2026, 3, 12); day = day.addDays(1)) {
            for (bool due : {true, false}) {
                in.today = day;
                in.todayDue = due;
                const ProgressStatistics full = ProgressStatistics::compute(in);
                const ProgressStatistics::Standing quick = ProgressStatistics::standing(in);
                QCOMPARE(quick.plannedByToday, full.plannedByToday);
                QCOMPARE(quick.studiedByToday, full.studiedByToday);
            }
        }
        in.todayDue = true;
        in.today = QDate(2026, 3, 3); // inside node 4's three days: two thirds of 180
        QCOMPARE(ProgressStatistics::standing(in).plannedByToday, 120);
    }

    void weeksPlannedAgainstStudied()
    {
        const ProgressStatistics s = ProgressStatistics::compute(fixture());
        QCOMPARE(s.weeks.size(), 4);
        QCOMPARE(s.weeks.constFirst().monday, QDate(2026, 2, 9));
        QCOMPARE(s.weeks.constLast().monday, QDate(2026, 3, 2));
        QCOMPARE(s.weeks.constLast().plannedMinutes, 180);
        QCOMPARE(s.weeks.constLast().actualMinutes, 190);
        QCOMPARE(s.weeks.at(2).actualMinutes, 0);
    }

    void edgeCases()
    {
        // No sessions at all: no pace, no forecast, no streak, no division by zero.
        ProgressStatistics::Input in = fixture();
        in.sessions.clear();
        const ProgressStatistics none = ProgressStatistics::compute(in);
        QCOMPARE(none.studiedMinutes, 0);
        QVERIFY(none.forecast.isEmpty());
        QVERIFY(!none.forecastFinish.isValid());
        QCOMPARE(none.currentStreak, 0);
        QVERIFY(none.actualCumulative.isEmpty());

        // A roadmap with no effort at all.
        ProgressStatistics::Input empty;
        empty.today = QDate(2026, 3, 5);
        empty.nodes = {node(1, 0, 0, CompetencyArea::Data)};
        const ProgressStatistics zero = ProgressStatistics::compute(empty);
        QCOMPARE(zero.plannedMinutes, 0);
        QCOMPARE(zero.areas.constFirst().completion(), 0.0);
        QCOMPARE(zero.forecastFinish, empty.today); // nothing left to do

        // A session in the future counts on its day but not in the burn-up or the pace.
        in = fixture();
        in.sessions.append(studied(7, QDate(2026, 3, 20), QTime(10, 0), 60));
        const ProgressStatistics future = ProgressStatistics::compute(in);
        QCOMPARE(future.minutesPerDay.value(QDate(2026, 3, 20)), 60);
        QCOMPARE(future.actualCumulative.constLast().first, QDate(2026, 3, 5));
        QCOMPARE(future.recentMinutesPerDay, 190.0 / 28.0);
    }
};

QTEST_GUILESS_MAIN(TestProgressStatistics)
#include "tst_progressstatistics.moc"
