// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "schedule/studytime.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace Masar;

namespace {
QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

StudySession session(qint64 node, const QDateTime &start, int minutes, qint64 id = 0)
{
    StudySession s;
    s.id = id;
    s.nodeId = node;
    s.start = start;
    s.end = start.addSecs(60LL * minutes);
    return s;
}
} // namespace

class TestStudyLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlannerDocument> m_doc;

    void reopen()
    {
        m_doc.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(m_db->open().ok());
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
    }

    qint64 node(const QString &title) const
    {
        for (const RoadmapNode &n : m_doc->treeModel()->nodes()) {
            if (n.title == title)
                return n.id;
        }
        return 0;
    }

    StudyLog *log() const { return m_doc->studyLog(); }

private slots:
    void initTestCase()
    {
        // A zone with daylight saving time, for the clock-change case.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")));
        reopen();
    }

    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")) + QLatin1String(suffix));
    }

    void overlapsCountOnce()
    {
        const QList<StudySession> sessions{session(1, local(2026, 3, 2, 10, 0), 60, 1),
                                           session(1, local(2026, 3, 2, 10, 30), 60, 2),
                                           session(2, local(2026, 3, 2, 10, 45), 30, 3)};
        const QHash<qint64, int> perNode = StudyTime::minutesPerNode(sessions);
        QCOMPARE(perNode.value(1), 90);
        QCOMPARE(perNode.value(2), 30);
        // Per day, across nodes: 10:00–11:30.
        QCOMPARE(StudyTime::minutesPerDay(sessions).value(QDate(2026, 3, 2)), 90);
        QCOMPARE(StudyTime::overlapping(sessions, sessions.at(0)).size(), 2);
    }

    void daysSplitAtMidnightOrTheRolloverHour()
    {
        const QList<StudySession> late{session(1, local(2026, 3, 2, 23, 0), 120)};
        const QHash<QDate, int> midnight = StudyTime::minutesPerDay(late, 0);
        QCOMPARE(midnight.value(QDate(2026, 3, 2)), 60);
        QCOMPARE(midnight.value(QDate(2026, 3, 3)), 60);
        // With the day rolling over at 04:00, all of it belongs to the evening.
        const QHash<QDate, int> rollover = StudyTime::minutesPerDay(late, 4);
        QCOMPARE(rollover.value(QDate(2026, 3, 2)), 120);
        QCOMPARE(rollover.value(QDate(2026, 3, 3)), 0);
    }

    void clockChangesCountRealTime()
    {
        // 29 March 2026, 01:30 to 03:30 on the wall clock in Berlin: the clock jumps from 02:00
        // to 03:00, so one real hour was studied.
        StudySession s;
        s.nodeId = 1;
        s.start = local(2026, 3, 29, 1, 30);
        s.end = local(2026, 3, 29, 3, 30);
        QCOMPARE(s.minutes(), 60);
        QCOMPARE(StudyTime::minutesPerDay({s}).value(QDate(2026, 3, 29)), 60);
        // And back in October: 02:30 → 02:30 an hour later is not zero.
        StudySession autumn;
        autumn.nodeId = 1;
        autumn.start = QDateTime::fromSecsSinceEpoch(local(2026, 10, 25, 1, 30).toSecsSinceEpoch());
        autumn.end = autumn.start.addSecs(3 * 3600);
        QCOMPARE(StudyTime::minutesPerDay({autumn}).value(QDate(2026, 10, 25)), 180);
    }

    void dayAfterDayAcrossClockChanges()
    {
        // Study from 03:30 to 04:30 every morning through both clock changes, the day rolling over
        // at 04:00: each morning's first half counts for the day before, its second half for its
        // own day — also right after a 23- or 25-hour day (the boundary stays at 04:00 local).
        for (const QDate &first : {QDate(2026, 3, 26), QDate(2026, 10, 22)}) {
            QList<StudySession> mornings;
            for (int i = 0; i < 7; ++i) {
                const QDate day = first.addDays(i);
                mornings.append(session(1, local(day.year(), day.month(), day.day(), 3, 30), 60));
            }
            const QHash<QDate, int> perDay = StudyTime::minutesPerDay(mornings, 4);
            QCOMPARE(perDay.value(first.addDays(-1)), 30);
            for (int i = 0; i < 6; ++i)
                QCOMPARE(perDay.value(first.addDays(i)), 60);
            QCOMPARE(perDay.value(first.addDays(6)), 30);
        }
    }

    void loggedTimeReducesRemainingEffort()
    {
        m_doc->setToday(QDate::currentDate());
        const qint64 calculus = node(QStringLiteral("Calculus"));
        const int before = m_doc->schedule().task(calculus)->minutes;
        const QDateTime start = QDateTime::currentDateTime().addDays(-2);
        QVERIFY(log()->add(session(calculus, start, 90)));
        QCOMPARE(log()->studiedMinutes().value(calculus), 90);
        QCOMPARE(m_doc->schedule().task(calculus)->minutes, before - 90);
        m_doc->undoStack()->undo();
        QCOMPARE(log()->sessions().size(), 0);
        QCOMPARE(m_doc->schedule().task(calculus)->minutes, before);
        m_doc->undoStack()->redo();
        QCOMPARE(log()->sessions().size(), 1);
        const qint64 id = log()->sessions().constFirst().id;
        QVERIFY(id > 0);

        StudySession longer = log()->sessions().constFirst();
        longer.end = longer.start.addSecs(150 * 60);
        QVERIFY(log()->edit(longer));
        QCOMPARE(log()->studiedMinutes().value(calculus), 150);
        m_doc->undoStack()->undo();
        QCOMPARE(log()->studiedMinutes().value(calculus), 90);
        m_doc->undoStack()->redo();

        reopen();
        QCOMPARE(log()->sessions().size(), 1);
        QCOMPARE(log()->sessions().constFirst().id, id);
        QCOMPARE(log()->studiedMinutes().value(calculus), 150);
        QVERIFY(log()->remove(id));
        QVERIFY(log()->sessions().isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(log()->sessions().constFirst().id, id);
    }

    void badSessionsAreRefused_data()
    {
        QTest::addColumn<int>("startOffsetMinutes");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("message");
        QTest::newRow("longer than a day") << -3000 << 25 * 60 << QStringLiteral("24 hours");
        QTest::newRow("ends before it starts") << -600 << -30 << QStringLiteral("must end after");
        QTest::newRow("in the future") << 600 << 60 << QStringLiteral("future");
    }

    void badSessionsAreRefused()
    {
        QFETCH(int, startOffsetMinutes);
        QFETCH(int, minutes);
        QFETCH(QString, message);
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        const StudySession s =
            session(node(QStringLiteral("Calculus")),
                    QDateTime::currentDateTime().addSecs(60 * startOffsetMinutes), minutes);
        QVERIFY(!log()->add(s));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(message),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(log()->sessions().isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void overlappingSessionsWarn()
    {
        const qint64 calculus = node(QStringLiteral("Calculus"));
        const QDateTime start = QDateTime::currentDateTime().addDays(-1);
        QSignalSpy notices(log(), &StudyLog::notice);
        QVERIFY(log()->add(session(calculus, start, 60)));
        QVERIFY(log()->add(session(calculus, start.addSecs(1800), 60)));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(log()->studiedMinutes().value(calculus), 90);
    }

    void sessionsOfARemovedItemStay()
    {
        const qint64 calculus = node(QStringLiteral("Calculus"));
        QVERIFY(log()->add(session(calculus, QDateTime::currentDateTime().addDays(-1), 45)));
        QVERIFY(m_doc->removeNodes({calculus}));
        QCOMPARE(log()->sessions().size(), 1); // kept, unlinked
        QVERIFY(!m_doc->treeModel()->node(log()->sessions().constFirst().nodeId));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->treeModel()->node(log()->sessions().constFirst().nodeId)); // linked again
    }

    void focusTimerLogsStudyWithoutPauses()
    {
        const qint64 calculus = node(QStringLiteral("Calculus"));
        const QDateTime t0 = QDateTime::currentDateTime().addSecs(-3600);
        QVERIFY(log()->startTimer(calculus, 25, t0).ok());
        QVERIFY(log()->isTimerRunning());
        QVERIFY(log()->pauseTimer(t0.addSecs(20 * 60)).ok());
        QVERIFY(log()->isTimerPaused());
        QCOMPARE(log()->timerSeconds(t0.addSecs(30 * 60)), 20 * 60);
        QVERIFY(log()->resumeTimer(t0.addSecs(25 * 60)).ok());
        QCOMPARE(log()->timerSeconds(t0.addSecs(40 * 60)), 35 * 60);
        QVERIFY(log()->stopTimer(t0.addSecs(40 * 60)));
        QVERIFY(!log()->isTimerRunning());
        QCOMPARE(log()->sessions().size(), 1);
        const StudySession logged = log()->sessions().constFirst();
        QCOMPARE(logged.source, StudySession::Source::Timer);
        QCOMPARE(logged.start, t0);
        QCOMPARE(logged.minutes(), 35);
    }

    void aTimerSurvivesACrash()
    {
        const qint64 calculus = node(QStringLiteral("Calculus"));
        const QDateTime t0 = QDateTime::currentDateTime().addSecs(-7200);
        QVERIFY(log()->startTimer(calculus, 50, t0).ok());
        QVERIFY(log()->touchTimer(t0.addSecs(42 * 60)).ok());
        // The process goes away without stopping the timer.
        reopen();
        QVERIFY(log()->hasInterruptedTimer());
        QCOMPARE(log()->timer().nodeId, calculus);
        QCOMPARE(log()->timer().focusMinutes, 50);
        QVERIFY(log()->keepInterruptedTimer());
        QCOMPARE(log()->sessions().size(), 1);
        QCOMPARE(log()->sessions().constFirst().minutes(), 42);
        QVERIFY(!log()->isTimerRunning());
        reopen();
        QVERIFY(!log()->hasInterruptedTimer());

        // Or it is discarded, and nothing is logged.
        QVERIFY(log()->startTimer(calculus, 25, t0).ok());
        reopen();
        QVERIFY(log()->hasInterruptedTimer());
        QVERIFY(log()->discardTimer().ok());
        reopen();
        QVERIFY(!log()->isTimerRunning());
        QCOMPARE(log()->sessions().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStudyLog)
#include "tst_studylog.moc"
