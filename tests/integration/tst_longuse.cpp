// SPDX-License-Identifier: GPL-3.0-or-later
// A year of daily use, simulated: every week Masar is started, used for seven days (study
// sessions logged, a note written and edited, items finished, the plan accepted again, the study
// time changed now and then, another roadmap tried and removed, a long text pasted into a note
// and deleted) and closed, with the daily
// backup and compaction it runs. Memory must level off rather than grow with the days, the
// file must stay compact and the backups rotated.
//
// MASAR_LONGUSE_DAYS shortens or lengthens the year.
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Masar;

namespace {

/// Resident memory of this process, in KiB (VmRSS), after the allocator has given back the free
/// memory it keeps: what is measured is what the program holds, not when glibc trims its heap
/// (one run in many kept the freed 3 MB transcript's pages and read as growth).
qint64 residentKiB()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

qint64 pragma(const Database &db, const char *name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestLongUse : public QObject
{
    Q_OBJECT

private slots:
    void aYearOfDailyUse()
    {
        const int days = qEnvironmentVariableIsSet("MASAR_LONGUSE_DAYS")
                             ? qEnvironmentVariableIntValue("MASAR_LONGUSE_DAYS")
                             : 364;
        QVERIFY(days >= 56);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        // The year ends before today: sessions cannot be logged in the future.
        QDate first = QDate::currentDate().addDays(-days - 7);
        first = first.addDays(1 - first.dayOfWeek()); // a Monday
        QRandomGenerator random(20260105);
        int sessions = 0, notes = 0, edits = 0, finished = 0, replans = 0, compactions = 0,
            undoSteps = 0;
        qint64 rssAfterWarmUp = 0, rssPeak = 0;
        qint64 largestFile = 0;
        qint64 pasted = 0;
        QElapsedTimer clock;
        clock.start();

        for (int week = 0; week * 7 < days; ++week) {
            Database db(path);
            const Status opened = db.open();
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            PlannerDocument document(db, nullptr);
            QVERIFY(document.openInitialRoadmap().ok());
            const qint64 roadmapId = document.currentRoadmap().id;

            for (int weekday = 0; weekday < 7 && week * 7 + weekday < days; ++weekday) {
                const QDate today = first.addDays(week * 7 + weekday);
                document.setToday(today);
                QVERIFY(db.ensureDailyBackup(today).ok());
                auto compacted = db.compactIfUseful();
                QVERIFY2(compacted.ok(), qPrintable(compacted.error()));
                compactions += compacted.value() ? 1 : 0;

                // Study what the plan gives today (or the first open item).
                const Schedule &plan = document.schedule();
                qint64 task = 0;
                for (const DayPlan &day : plan.days) {
                    if (day.date >= today && !day.minutes.isEmpty()) {
                        task = day.minutes.constFirst().first;
                        break;
                    }
                }
                if (task == 0) // the roadmap is finished: reviewing the last item
                    task = document.treeModel()->nodes().constLast().id;
                const int count = 1 + int(random.bounded(2));
                for (int i = 0; i < count; ++i) {
                    StudySession session;
                    session.nodeId = task;
                    session.start = QDateTime(today, QTime(7 + 11 * i, 0));
                    session.end = session.start.addSecs(60 * (30 + random.bounded(60)));
                    session.note = QStringLiteral("day %1").arg(week * 7 + weekday);
                    QVERIFY(document.studyLog()->add(session));
                    ++sessions;
                }
                // A note per item studied, edited as the learner goes.
                const QList<Note> existing = document.noteBook()->notesOf(task);
                if (existing.isEmpty()) {
                    QVERIFY(document.noteBook()->create(task, QStringLiteral("Notes"),
                                                        QStringLiteral("# Notes\n")));
                    ++notes;
                } else {
                    auto note = document.noteBook()->note(existing.constFirst().id);
                    QVERIFY(note.ok());
                    QVERIFY(
                        document.noteBook()
                            ->saveBody(note->id, note->body + QStringLiteral("\n- %1: learned %2\n")
                                                                  .arg(today.toString(Qt::ISODate))
                                                                  .arg(random.generate()))
                            .ok());
                    ++edits;
                }
                if (random.bounded(4) == 0) {
                    QVERIFY(document.setStatus({task}, RoadmapNode::Status::Done));
                    ++finished;
                }
            }
            // The weekly review: accept the plan again; monthly, change the study time.
            QVERIFY(document.acceptPlan().ok());
            ++replans;
            if (week % 4 == 3) {
                Availability availability = document.availability();
                availability.minutesPerWeekday[week % 7] = 30 + 15 * int(random.bounded(6));
                QVERIFY(document.setAvailability(availability, QStringLiteral("Study time")));
                ++replans;
            }
            // Twice a year another roadmap is tried for a week and removed again.
            if (week % 26 == 10) {
                auto added = document.addBuiltinRoadmap(QStringLiteral("ai-ml-12-weeks"));
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error()));
                QVERIFY(document.openRoadmap(roadmapId).ok());
                RoadmapRepository roadmaps(db);
                QVERIFY(roadmaps.remove(added.value()).ok());
            }
            // Once, a long text pasted into a note (a lecture transcript) and deleted again the
            // week after: the file has megabytes of free pages to give back.
            if (week == 20) {
                QString transcript;
                for (int i = 0; transcript.size() < 3'000'000; ++i)
                    transcript += QStringLiteral("Line %1 of the lecture transcript.\n").arg(i);
                pasted = document.noteBook()->create(0, QStringLiteral("Transcript"), transcript);
                QVERIFY(pasted);
            } else if (week == 21) {
                QVERIFY(document.noteBook()->remove(pasted));
            }
            undoSteps = std::max(undoSteps, document.undoStack()->count());
            largestFile = std::max(largestFile, QFileInfo(path).size());
            const qint64 rss = residentKiB();
            rssPeak = std::max(rssPeak, rss);
            if (week == 7)
                rssAfterWarmUp = rss;
        }
        const qint64 rssEnd = residentKiB();

        Database db(path);
        QVERIFY(db.open().ok());
        const qint64 pages = pragma(db, "page_count");
        const qint64 freePages = pragma(db, "freelist_count");
        const qint64 pageSize = pragma(db, "page_size");
        const int backups = int(db.backups().size());
        qInfo("%d days in %.1f s: %d sessions, %d notes (%d edits), %d items finished, %d plan "
              "changes, %d compactions",
              days, clock.elapsed() / 1000.0, sessions, notes, edits, finished, replans,
              compactions);
        qInfo("memory: %.1f MB after 8 weeks, %.1f MB at the end (peak %.1f MB); undo steps at "
              "most %d",
              rssAfterWarmUp / 1024.0, rssEnd / 1024.0, rssPeak / 1024.0, undoSteps);
        qInfo("file: %.2f MB (largest %.2f MB), %lld of %lld pages free; %d backups kept",
              pages * pageSize / 1048576.0, largestFile / 1048576.0, freePages, pages, backups);

        QCOMPARE(backups, Database::kBackupsKept);
        QVERIFY2(compactions >= 1, "removing a roadmap left free pages that were never reclaimed");
        QVERIFY2(freePages * 4 < pages || freePages < Database::kCompactMinFreePages,
                 "the file holds more free pages than the compaction rule allows");
        // A year of this learner's data is a few hundred kilobytes; the file stays small.
        QVERIFY2(pages * pageSize < 1024 * 1024, "the file grew beyond 1 MB");
        // Memory levels off: what the process holds after 8 weeks grows by less than 20 % (and
        // less than 24 MB) over the rest of the year. (AddressSanitizer holds freed memory back
        // in quarantine, so there resident memory says nothing about leaks; LeakSanitizer does.)
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(
            rssEnd - rssAfterWarmUp < std::min<qint64>(rssAfterWarmUp / 5, 24 * 1024),
            qPrintable(
                QStringLiteral("memory grew from %1 to %2 KiB").arg(rssAfterWarmUp).arg(rssEnd)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestLongUse)
#include "tst_longuse.moc"
