// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/icsreader.h"
#include "cli/commandline.h"
#include "document/plannerdocument.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real masar executable without any display.
Run masar(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MASAR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run run = masar({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("masar " MASAR_VERSION)), qPrintable(run.out));
    }

    void listsRoadmaps()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run run = masar({QStringLiteral("roadmaps"), QStringLiteral("--database"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("* 1  AI/ML Engineer Career Roadmap")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("ai-engineer-arabic")));
        QVERIFY(QFile::exists(db));
    }

    void summaryWithoutDisplay()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run run = masar({QStringLiteral("--database"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("AI/ML Engineer Career Roadmap")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Phases: ")));
        QVERIFY(run.out.contains(QStringLiteral("Total planned effort: ")));
        QVERIFY(run.out.contains(QStringLiteral("No display is available")));
        // The same database: a second run finds the roadmap already there.
        const Run again = masar({QStringLiteral("roadmaps"), QStringLiteral("--database=") + db});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.count(QStringLiteral("AI/ML Engineer Career Roadmap  (")), 1);
    }

    void summaryOfAChosenRoadmap()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run first = masar({QStringLiteral("summary"), QStringLiteral("--database"), db,
                                 QStringLiteral("--roadmap"), QStringLiteral("1")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.startsWith(QStringLiteral("AI/ML Engineer Career Roadmap")));
        const Run missing = masar({QStringLiteral("summary"), QStringLiteral("--database"), db,
                                   QStringLiteral("--roadmap"), QStringLiteral("7")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no roadmap with id 7")));
        const Run bad = masar({QStringLiteral("summary"), QStringLiteral("--database"), db,
                               QStringLiteral("--roadmap"), QStringLiteral("x")});
        QCOMPARE(bad.exitCode, 1);
    }

    void planAsCsvJsonAndTable()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QStringList base{QStringLiteral("plan"), QStringLiteral("--database"), db,
                               QStringLiteral("--from"), QStringLiteral("2026-01-05")};
        const Run csv =
            masar(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), QStringLiteral("id,title,start,end,minutes"));
        QVERIFY(lines.size() > 50);
        QVERIFY2(lines.constFirst().contains(QStringLiteral(",2026-01-05,")),
                 qPrintable(lines.constFirst()));
        int total = 0;
        for (const QString &line : std::as_const(lines))
            total += line.section(QLatin1Char(','), -1).toInt();
        QCOMPARE(total, 902 * 60); // every planned minute of the default roadmap, once

        const Run json =
            masar(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("tasks")).toArray().size(), lines.size());
        QVERIFY(QDate::fromString(root.value(QStringLiteral("finish")).toString(), Qt::ISODate) >
                QDate(2027, 1, 1));

        const Run table = masar(base);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Finish: ") +
                                   root.value(QStringLiteral("finish")).toString()));
    }

    void planRefusesBadInput()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run format = masar({QStringLiteral("plan"), QStringLiteral("--database"), db,
                                  QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 1);
        QVERIFY(format.err.contains(QStringLiteral("xml")));
        const Run date = masar({QStringLiteral("plan"), QStringLiteral("--database"), db,
                                QStringLiteral("--from"), QStringLiteral("31/12/2026")});
        QCOMPARE(date.exitCode, 1);
        // No study time at all: a clear reason and exit code 3.
        QCOMPARE(masar({QStringLiteral("roadmaps"), QStringLiteral("--database"), db}).exitCode, 0);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(
                QStringLiteral("INSERT OR REPLACE INTO availability (roadmap_id, start_date, "
                               "weekday_minutes) VALUES (1, '2026-01-05', '0,0,0,0,0,0,0')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run impossible = masar({QStringLiteral("plan"), QStringLiteral("--database"), db});
        QCOMPARE(impossible.exitCode, 3);
        QVERIFY2(impossible.err.contains(QStringLiteral("no study time")),
                 qPrintable(impossible.err));
    }

    void unwritableDatabaseExitsWithTwo()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = masar({QStringLiteral("roadmaps"), QStringLiteral("--database"),
                               dir.filePath(QStringLiteral("file/m.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("cannot be created")));
        QVERIFY(run.out.isEmpty());
    }

    void foreignFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thesis.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'T'));
        file.close();
        const QByteArray before = hashOf(path);
        const Run run = masar({QStringLiteral("summary"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("thesis.sqlite")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("not a Masar database")));
        QCOMPARE(hashOf(path), before);
    }

    void importDryRunShowsWhatItFound()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.md"));
        QFile md(file);
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Plan\n\n## Career Tips\n- network\n\n## Python (3 weeks)\n- Syntax\n- "
                 "[Course](https://example.org/c) - about 14 days (one hour a day)\n");
        md.close();
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run text = masar({QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                                QStringLiteral("--database"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("- [Phase] Python  (states 30 h in “(3 weeks)”")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(
            QStringLiteral("[Course] Course  (14 h, from “about 14 days (one hour a day)”")));
        QVERIFY(text.out.contains(QStringLiteral("line 3: “Career Tips”")));
        QVERIFY(!QFile::exists(db)); // a dry run touches no database

        const Run json = masar({QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("masar-roadmap"));
        QCOMPARE(root.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")),
                 QJsonValue(QStringLiteral("Plan")));
        QCOMPARE(root.value(QStringLiteral("nodes")).toArray().size(), 1);
    }

    void importAddsTheRoadmap()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.md"));
        QFile md(file);
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Imported Plan\n\n## Week 1\n- [x] Vectors\n- Matrices\n");
        md.close();
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run run = masar({QStringLiteral("import"), file, QStringLiteral("--database"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Added as roadmap 1")), qPrintable(run.out));
        const Run list = masar({QStringLiteral("roadmaps"), QStringLiteral("--database"), db});
        QVERIFY2(list.out.contains(QStringLiteral("1  Imported Plan  (3 items")),
                 qPrintable(list.out));
        // Its JSON export imports back in the same way.
        const Run json = masar({QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        const QString jsonFile = dir.filePath(QStringLiteral("plan.json"));
        QFile out(jsonFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json.out.toUtf8());
        out.close();
        const Run again =
            masar({QStringLiteral("import"), jsonFile, QStringLiteral("--database"), db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Added as roadmap 2")), qPrintable(again.out));
    }

    void importRefusesBadFiles()
    {
        QTemporaryDir dir;
        const Run missing =
            masar({QStringLiteral("import"), dir.filePath(QStringLiteral("no.md"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
        const QString empty = dir.filePath(QStringLiteral("empty.md"));
        QFile(empty).open(QIODevice::WriteOnly);
        const Run run = masar({QStringLiteral("import"), empty, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("empty")), qPrintable(run.err));
        const QString newer = dir.filePath(QStringLiteral("newer.json"));
        QFile json(newer);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"format":"masar-roadmap","version":7,"title":{"en":"T"},"nodes":[]})");
        json.close();
        const Run refused = masar({QStringLiteral("import"), newer, QStringLiteral("--dry-run")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("version 7")), qPrintable(refused.err));
        const Run usage = masar({QStringLiteral("import")});
        QCOMPARE(usage.exitCode, 1);
    }

    void importReadsARoadmapShFolder()
    {
        const QString folder =
            QStringLiteral(MASAR_SOURCE_DIR "/tests/data/roadmapsh/mini-roadmap");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run text = masar({QStringLiteral("import"), folder, QStringLiteral("--dry-run"),
                                QStringLiteral("--database"), db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Roadmap: Mini Roadmap")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("  - [Topic] HTTP  (1 h, default for a topic")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("ghostNode99")));
        QVERIFY(text.out.contains(QStringLiteral("zzUnknown13")));
        QVERIFY(!QFile::exists(db));

        // The graph file stands for its folder; the links go into the notes.
        const Run json = masar(
            {QStringLiteral("import"), folder + QStringLiteral("/mini-roadmap.json"),
             QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("nodes")).toArray().size(), 6);
        QCOMPARE(root.value(QStringLiteral("notes")).toArray().size(), 10);

        const Run added =
            masar({QStringLiteral("import"), folder, QStringLiteral("--database"), db});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QStringLiteral("Added as roadmap 1")), qPrintable(added.out));

        // A folder that is no roadmap.sh roadmap is refused with the reason.
        const Run refused =
            masar({QStringLiteral("import"), dir.path(), QStringLiteral("--dry-run")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("not a roadmap.sh roadmap")),
                 qPrintable(refused.err));
    }

    void exportIcsWritesTheComingWeeks()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QString file = dir.filePath(QStringLiteral("plan.ics"));
        const QDate today = QDate::currentDate();
        const Run run = masar({QStringLiteral("export-ics"), file, QStringLiteral("--weeks"),
                               QStringLiteral("2"), QStringLiteral("--database"), db});
        QCOMPARE(run.exitCode, 0);
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        auto entries = Masar::IcsReader::entries(ics.readAll(), file);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QVERIFY(entries->size() >= 14);
        QCOMPARE(run.out,
                 QStringLiteral("Wrote %1 events to %2.\n").arg(entries->size()).arg(file));

        // Every minute of study time in the next two weeks is in the calendar, and nothing
        // after them (the default roadmap takes far longer than two weeks).
        Masar::Availability availability;
        {
            Masar::Database database(db);
            Masar::PlannerDocument doc(database, nullptr);
            QVERIFY(database.open().ok());
            QVERIFY(doc.openInitialRoadmap().ok());
            availability = doc.availability();
        }
        QHash<QDate, qint64> minutesPerDay;
        for (const Masar::CalendarEntry &entry : entries.value()) {
            QVERIFY2(entry.start.date() >= today && entry.start.date() < today.addDays(14),
                     qPrintable(entry.start.toString(Qt::ISODate)));
            QVERIFY(entry.summary.startsWith(QStringLiteral("Study: ")));
            minutesPerDay[entry.start.date()] += entry.start.secsTo(entry.end) / 60;
        }
        for (int i = 0; i < 14; ++i) {
            const QDate date = today.addDays(i);
            QCOMPARE(minutesPerDay.value(date), qint64(availability.minutesOn(date)));
        }

        // Without --weeks: the whole plan.
        const Run all =
            masar({QStringLiteral("export-ics"), file, QStringLiteral("--database"), db});
        QCOMPARE(all.exitCode, 0);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        auto whole = Masar::IcsReader::entries(again.readAll(), file);
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        QVERIFY(whole->size() > entries->size() * 20);
    }

    void exportIcsRefusesBadInput()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const Run noFile = masar({QStringLiteral("export-ics"), QStringLiteral("--database"), db});
        QCOMPARE(noFile.exitCode, 1);
        QVERIFY2(noFile.err.contains(QStringLiteral("needs one file")), qPrintable(noFile.err));
        const Run weeks = masar({QStringLiteral("export-ics"),
                                 dir.filePath(QStringLiteral("a.ics")), QStringLiteral("--weeks"),
                                 QStringLiteral("two"), QStringLiteral("--database"), db});
        QCOMPARE(weeks.exitCode, 1);
        QVERIFY2(weeks.err.contains(QStringLiteral("--weeks")), qPrintable(weeks.err));
        const QString unwritable = dir.filePath(QStringLiteral("missing/folder/plan.ics"));
        const Run run =
            masar({QStringLiteral("export-ics"), unwritable, QStringLiteral("--database"), db});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("could not be written")), qPrintable(run.err));
        QVERIFY(!QFile::exists(unwritable));
        const Run roadmap = masar(
            {QStringLiteral("export-ics"), dir.filePath(QStringLiteral("a.ics")),
             QStringLiteral("--database"), db, QStringLiteral("--roadmap"), QStringLiteral("9")});
        QCOMPARE(roadmap.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.ics"))));
    }

    void unknownCommand()
    {
        const Run run = masar({QStringLiteral("roadmaps"), QStringLiteral("extra")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command")));
        const Run bad = masar({QStringLiteral("roadmaps"), QStringLiteral("--no-such-option")});
        QCOMPARE(bad.exitCode, 1);
        // A mistyped command is refused with the nearest one, not taken for a file to open.
        const Run typo = masar({QStringLiteral("plna")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("Unknown command \"plna\"")),
                 qPrintable(typo.err));
        QVERIFY2(typo.err.contains(QStringLiteral("Did you mean \"plan\"?")), qPrintable(typo.err));
        QVERIFY(typo.out.isEmpty()); // no summary printed instead
        const Run other = masar({QStringLiteral("reviews")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.err.contains(QStringLiteral("Did you mean \"")));
        QCOMPARE(Masar::CommandLine::nearestCommand(QStringLiteral("exprot-ics")),
                 QStringLiteral("export-ics"));
        QCOMPARE(Masar::CommandLine::nearestCommand(QStringLiteral("Roadmap")),
                 QStringLiteral("roadmaps"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
