// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/scheduler.h"
#include "translations.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;

Q_DECLARE_METATYPE(Masar::Availability)
Q_DECLARE_METATYPE(Masar::ScheduleTask)

namespace {

const QDate kMonday(2026, 1, 5);

Availability weekdays(int minutes)
{
    Availability a;
    a.startDate = kMonday;
    a.minutesPerWeekday = {minutes, minutes, minutes, minutes, minutes, 0, 0};
    return a;
}

ScheduleTask task(qint64 id, int minutes, QList<qint64> prerequisites = {}, QDate pin = {})
{
    return ScheduleTask{id, QStringLiteral("T%1").arg(id), minutes, std::move(prerequisites), pin};
}

/// Minutes per task on each day, as "date:id=minutes" strings, for exact comparisons.
QStringList dayLines(const Schedule &schedule)
{
    QStringList lines;
    for (const DayPlan &day : schedule.days) {
        QStringList parts;
        for (const auto &slice : day.minutes)
            parts.append(QStringLiteral("%1=%2").arg(slice.first).arg(slice.second));
        lines.append(day.date.toString(QStringLiteral("ddd")) + QLatin1Char(' ') +
                     parts.join(QLatin1Char(' ')));
    }
    return lines;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void messagesAreInTheUiLanguage()
    {
        // The checks before planning and the ones while planning both speak Arabic.
        Translations translations(nullptr);
        QVERIFY(translations.setLanguage(QStringLiteral("ar")));
        static const QRegularExpression arabic(QStringLiteral("\\p{Arabic}{3}"));
        auto none = Scheduler::plan({task(1, 60)}, weekdays(0), kMonday);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(arabic), qPrintable(none.error()));
        Availability blocked = weekdays(60);
        blocked.blocked = {{kMonday, kMonday.addYears(Scheduler::kHorizonYears + 1), {}}};
        auto never = Scheduler::plan({task(1, 60)}, blocked, kMonday);
        QVERIFY(!never.ok());
        QVERIFY2(never.error().contains(arabic), qPrintable(never.error()));
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        auto english = Scheduler::plan({task(1, 60)}, weekdays(0), kMonday);
        QVERIFY2(!english.error().contains(arabic), qPrintable(english.error()));
    }

    void sequentialAndFillsEachDay()
    {
        auto s = Scheduler::plan({task(1, 120), task(2, 90)}, weekdays(60), kMonday);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(dayLines(s.value()),
                 (QStringList{QStringLiteral("Mon 1=60"), QStringLiteral("Tue 1=60"),
                              QStringLiteral("Wed 2=60"), QStringLiteral("Thu 2=30")}));
        QCOMPARE(s->task(1)->start, kMonday);
        QCOMPARE(s->task(1)->end, kMonday.addDays(1));
        QCOMPARE(s->task(2)->end, kMonday.addDays(3));
        QCOMPARE(s->finish, kMonday.addDays(3));
        QVERIFY(s->warnings.isEmpty());

        // The next task takes the rest of a day another one finishes on.
        auto fill = Scheduler::plan({task(1, 30), task(2, 60)}, weekdays(60), kMonday);
        QCOMPARE(dayLines(fill.value()),
                 (QStringList{QStringLiteral("Mon 1=30 2=30"), QStringLiteral("Tue 2=30")}));
        QCOMPARE(fill->task(2)->start, kMonday);
    }

    void skipsWeekendsAndBlockedDays()
    {
        Availability a = weekdays(60);
        a.blocked.append({kMonday.addDays(1), kMonday.addDays(2), QStringLiteral("Exams")});
        auto s = Scheduler::plan({task(1, 240)}, a, kMonday);
        QCOMPARE(dayLines(s.value()),
                 (QStringList{QStringLiteral("Mon 1=60"), QStringLiteral("Thu 1=60"),
                              QStringLiteral("Fri 1=60"), QStringLiteral("Mon 1=60")}));
        QCOMPARE(s->finish, kMonday.addDays(7));
    }

    void parallelCoursesShareTheDay()
    {
        Availability a = weekdays(60);
        a.parallelCourses = 2;
        auto s = Scheduler::plan({task(1, 120), task(2, 60), task(3, 60)}, a, kMonday);
        QCOMPARE(dayLines(s.value()),
                 (QStringList{QStringLiteral("Mon 1=30 2=30"), QStringLiteral("Tue 1=30 2=30"),
                              QStringLiteral("Wed 1=30 3=30"), QStringLiteral("Thu 1=30 3=30")}));
        QCOMPARE(s->task(3)->start, kMonday.addDays(2));
    }

    void prerequisitesAndPins()
    {
        // 2 needs 3, which comes later: 3 runs first, then 2.
        auto s =
            Scheduler::plan({task(1, 60), task(2, 60, {3}), task(3, 60)}, weekdays(60), kMonday);
        QCOMPARE(dayLines(s.value()),
                 (QStringList{QStringLiteral("Mon 1=60"), QStringLiteral("Tue 3=60"),
                              QStringLiteral("Wed 2=60")}));
        // 2 is pinned to Thursday: 3 goes ahead on Tuesday, Wednesday stays empty.
        auto pinned = Scheduler::plan(
            {task(1, 60), task(2, 60, {}, kMonday.addDays(3)), task(3, 60)}, weekdays(60), kMonday);
        QCOMPARE(dayLines(pinned.value()),
                 (QStringList{QStringLiteral("Mon 1=60"), QStringLiteral("Tue 3=60"),
                              QStringLiteral("Thu 2=60")}));
        QCOMPARE(pinned->task(2)->start, kMonday.addDays(3));
    }

    void milestonesAreGates()
    {
        Availability a = weekdays(60);
        a.parallelCourses = 2;
        auto s = Scheduler::plan({task(1, 60), task(2, 0), task(3, 60)}, a, kMonday);
        QCOMPARE(s->task(2)->start, kMonday);
        QCOMPARE(s->task(2)->end, kMonday);
        QCOMPARE(s->task(2)->minutes, 0);
        // Work after the milestone does not run beside the work before it.
        QCOMPARE(dayLines(s.value()),
                 (QStringList{QStringLiteral("Mon 1=60"), QStringLiteral("Tue 3=60")}));
    }

    void replansFromToday()
    {
        Availability a = weekdays(60);
        const QDate wednesday = kMonday.addDays(2);
        auto s = Scheduler::plan({task(1, 90)}, a, wednesday);
        QCOMPARE(s->task(1)->start, wednesday);
        QCOMPARE(s->task(1)->end, wednesday.addDays(1));
        // A start date in the future is kept.
        a.startDate = kMonday.addDays(7);
        auto later = Scheduler::plan({task(1, 90)}, a, kMonday);
        QCOMPARE(later->task(1)->start, kMonday.addDays(7));
    }

    void targetDate()
    {
        Availability a = weekdays(60);
        a.targetDate = kMonday.addDays(11);
        auto met = Scheduler::plan({task(1, 600)}, a, kMonday);
        QVERIFY(met->targetMet);
        QVERIFY(met->warnings.isEmpty());

        a.targetDate = kMonday.addDays(4); // Friday: 600 min in 5 days needs 2 h a day
        auto missed = Scheduler::plan({task(1, 600)}, a, kMonday);
        QVERIFY(missed.ok());
        QVERIFY(!missed->targetMet);
        QCOMPARE(missed->warnings.size(), 1);
        QVERIFY(missed->weeklyHoursForTarget >= 10.0 && missed->weeklyHoursForTarget <= 10.2);
        // The suggested pace really meets the target.
        const double factor = missed->weeklyHoursForTarget / 5.0;
        Availability faster = weekdays(int(std::ceil(factor * 60)));
        faster.targetDate = a.targetDate;
        QVERIFY(Scheduler::plan({task(1, 600)}, faster, kMonday)->targetMet);
    }

    void impossibleInput_data()
    {
        QTest::addColumn<QList<ScheduleTask>>("tasks");
        QTest::addColumn<Availability>("availability");
        QTest::addColumn<QString>("message");
        QTest::newRow("no study time")
            << QList<ScheduleTask>{task(1, 60)} << weekdays(0) << QStringLiteral("no study time");
        Availability blocked = weekdays(60);
        blocked.blocked.append({kMonday, kMonday.addYears(60), QStringLiteral("Sabbatical")});
        QTest::newRow("every day blocked")
            << QList<ScheduleTask>{task(1, 60)} << blocked << QStringLiteral("Every day");
        QTest::newRow("cycle") << QList<ScheduleTask>{task(1, 60, {3}), task(2, 60),
                                                      task(3, 60, {1})}
                               << weekdays(60) << QStringLiteral("T1 → T3 → T1");
        QTest::newRow("pin before start")
            << QList<ScheduleTask>{task(1, 60, {}, kMonday.addDays(-3))} << weekdays(60)
            << QStringLiteral("before the plan starts");
        Availability slow = weekdays(0);
        slow.minutesPerWeekday[0] = 1;
        QTest::newRow("past the horizon") << QList<ScheduleTask>{task(1, 60 * 24 * 365)} << slow
                                          << QStringLiteral("more than 50 years");
        QTest::newRow("milestone waits for its own prerequisite")
            << QList<ScheduleTask>{task(1, 60, {2}), task(2, 0)} << weekdays(60)
            << QStringLiteral("never start");
        Availability noLanes = weekdays(60);
        noLanes.parallelCourses = 0;
        QTest::newRow("no lanes") << QList<ScheduleTask>{task(1, 60)} << noLanes
                                  << QStringLiteral("At least one course");
    }

    void impossibleInput()
    {
        QFETCH(QList<ScheduleTask>, tasks);
        QFETCH(Availability, availability);
        QFETCH(QString, message);
        auto s = Scheduler::plan(tasks, availability, kMonday);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    }

    void randomPlansKeepEveryRule()
    {
        QRandomGenerator random(20261121);
        for (int round = 0; round < 300; ++round) {
            Availability a;
            a.startDate = kMonday.addDays(random.bounded(7));
            for (int &m : a.minutesPerWeekday)
                m = random.bounded(4) == 0 ? 0 : random.bounded(10, 240);
            if (a.weeklyMinutes() == 0)
                a.minutesPerWeekday[2] = 45;
            a.parallelCourses = 1 + random.bounded(3);
            for (int b = random.bounded(3); b > 0; --b) {
                const QDate from = a.startDate.addDays(random.bounded(120));
                a.blocked.append({from, from.addDays(random.bounded(15)), QStringLiteral("Off")});
            }
            QList<ScheduleTask> tasks;
            const int count = 1 + random.bounded(40);
            for (int i = 0; i < count; ++i) {
                ScheduleTask t = task(i + 1, random.bounded(6) == 0 ? 0 : random.bounded(1, 900));
                if (i > 0 && random.bounded(5) == 0)
                    t.prerequisites.append(1 + random.bounded(i)); // earlier: never a cycle
                if (random.bounded(8) == 0)
                    t.pin = a.startDate.addDays(random.bounded(60));
                tasks.append(t);
            }
            const QDate today = a.startDate.addDays(random.bounded(-3, 3));
            auto result = Scheduler::plan(tasks, a, today);
            QVERIFY2(result.ok(), qPrintable(result.error()));
            const Schedule &s = result.value();
            QCOMPARE(s.tasks.size(), tasks.size());

            QHash<qint64, int> allotted;
            for (const DayPlan &day : s.days) {
                int used = 0;
                for (const auto &slice : day.minutes) {
                    QVERIFY(slice.second > 0);
                    allotted[slice.first] += slice.second;
                    used += slice.second;
                    const ScheduledTask *t = s.task(slice.first);
                    QVERIFY(day.date >= t->start && day.date <= t->end);
                }
                QVERIFY2(used <= a.minutesOn(day.date), qPrintable(day.date.toString()));
            }
            for (const ScheduleTask &t : std::as_const(tasks)) {
                const ScheduledTask *st = s.task(t.id);
                // Every minute of remaining effort is scheduled exactly once.
                QCOMPARE(allotted.value(t.id), t.remainingMinutes);
                QCOMPARE(st->minutes, t.remainingMinutes);
                QVERIFY(st->start.isValid() && st->end >= st->start);
                QVERIFY(st->start >= std::max(a.startDate, today));
                if (t.pin.isValid())
                    QVERIFY(st->start >= t.pin);
                for (qint64 p : t.prerequisites)
                    QVERIFY(st->start >= s.task(p)->end);
                QVERIFY(s.finish >= st->end);
            }
            // Determinism.
            auto again = Scheduler::plan(tasks, a, today);
            QCOMPARE(again->tasks, s.tasks);
        }
    }

    void orderIsKeptWithOneLane()
    {
        QRandomGenerator random(7);
        QList<ScheduleTask> tasks;
        for (int i = 0; i < 50; ++i)
            tasks.append(task(i + 1, random.bounded(1, 300)));
        Availability a = weekdays(75);
        auto s = Scheduler::plan(tasks, a, kMonday);
        QVERIFY(s.ok());
        for (int i = 1; i < s->tasks.size(); ++i)
            QVERIFY(s->tasks.at(i).start >= s->tasks.at(i - 1).end);
        // Every study day before the last is used completely.
        for (const DayPlan &day : s->days) {
            if (day.date == s->finish)
                continue;
            int used = 0;
            for (const auto &slice : day.minutes)
                used += slice.second;
            QCOMPARE(used, a.minutesOn(day.date));
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
