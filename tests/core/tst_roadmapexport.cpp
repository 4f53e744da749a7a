// SPDX-License-Identifier: GPL-3.0-or-later
#include "compat.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "import/roadmapjson.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/roadmaparchive.h"
#include "storage/roadmaprepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Masar;

class TestRoadmapExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        if (!db->open())
            return nullptr;
        return db;
    }

    qint64 nodeId(PlannerDocument &doc, const QString &title)
    {
        for (const RoadmapNode &n : doc.treeModel()->nodes()) {
            if (n.title == title)
                return n.id;
        }
        return 0;
    }

    /// A roadmap with progress of every kind the format carries.
    void addProgress(PlannerDocument &doc)
    {
        const qint64 calculus = nodeId(doc, QStringLiteral("Calculus"));
        const qint64 spark = nodeId(doc, QStringLiteral("Spark"));
        QVERIFY(calculus && spark);
        QVERIFY(doc.setStatus({calculus}, RoadmapNode::Status::Done));
        QVERIFY(doc.setStatus({spark}, RoadmapNode::Status::InProgress));
        QVERIFY(doc.pinStart(spark, QDate(2027, 3, 1)));
        QVERIFY(doc.setPrerequisites(spark, {calculus}));
        StudySession session;
        session.nodeId = calculus;
        session.start = Compat::utcDateTime(QDate(2026, 11, 2), QTime(18, 0));
        session.end = session.start.addSecs(5400);
        session.source = StudySession::Source::Timer;
        session.note = QStringLiteral("chain rule");
        QVERIFY(doc.studyLog()->add(session));
        StudySession free = session;
        free.nodeId = spark;
        free.start = session.start.addDays(1);
        free.end = free.start.addSecs(600);
        free.source = StudySession::Source::Manual;
        free.note.clear();
        QVERIFY(doc.studyLog()->add(free));
        QVERIFY(doc.noteBook()->create(calculus, QStringLiteral("Derivatives"),
                                       QStringLiteral("# d/dx\n\nملاحظة بالعربية")) > 0);
        QVERIFY(doc.noteBook()->create(0, QStringLiteral("Free"), QStringLiteral("text")) > 0);
        Availability a = doc.availability();
        a.minutesPerWeekday = {30, 45, 60, 0, 90, 120, 0};
        a.blocked.append({QDate(2026, 12, 24), QDate(2027, 1, 2), QStringLiteral("holidays")});
        a.targetDate = QDate(2028, 6, 30);
        a.parallelCourses = 2;
        QVERIFY(doc.setAvailability(a, QStringLiteral("study time")));
    }

    /// A roadmap in which every field the format carries differs from its default.
    static RoadmapDocumentData everyField()
    {
        RoadmapDocumentData data;
        data.roadmap.builtinId = QStringLiteral("own-roadmap");
        data.roadmap.titleEn = QStringLiteral("Signals");
        data.roadmap.titleAr = QStringLiteral("الإشارات");
        data.roadmap.descriptionEn = QStringLiteral("From sampling to filters.");
        data.roadmap.descriptionAr = QStringLiteral("من أخذ العينات إلى المرشحات.");
        data.roadmap.source = QStringLiteral("https://example.org/signals.md");
        data.roadmap.hoursPerWeek = 7.5;
        RoadmapNodeTree phase;
        phase.node.kind = RoadmapNode::Kind::Phase;
        phase.node.title = QStringLiteral("Phase 1");
        phase.node.titleAr = QStringLiteral("المرحلة 1");
        phase.node.area = CompetencyArea::Mathematics;
        phase.node.durationText = QStringLiteral("3 weeks");
        phase.node.statedMinutes = 1260;
        phase.node.effortLowMinutes = 1200;
        phase.node.effortHighMinutes = 1320;
        phase.node.status = RoadmapNode::Status::InProgress;
        RoadmapNodeTree leaf;
        leaf.node.kind = RoadmapNode::Kind::Resource;
        leaf.node.title = QStringLiteral("Sampling");
        leaf.node.url = QStringLiteral("https://example.org/sampling");
        leaf.node.language = QStringLiteral("ar");
        leaf.node.area = CompetencyArea::Programming;
        leaf.node.effortMinutes = 840;
        leaf.node.effortLowMinutes = 600;
        leaf.node.effortHighMinutes = 900;
        leaf.node.effortSource = RoadmapNode::EffortSource::Stated;
        leaf.node.durationText = QStringLiteral("about 14 days at one hour a day");
        leaf.node.statedMinutes = 840;
        leaf.node.status = RoadmapNode::Status::Done;
        RoadmapNodeTree extra;
        extra.node.kind = RoadmapNode::Kind::Milestone;
        extra.node.title = QStringLiteral("Filters");
        extra.node.effortMinutes = 420;
        extra.node.effortSource = RoadmapNode::EffortSource::User;
        extra.node.optional = true;
        extra.node.status = RoadmapNode::Status::Skipped;
        extra.node.pinnedStart = QDate(2027, 2, 1);
        phase.children = {leaf, extra};
        data.nodes = {phase};
        StudySession session;
        session.nodeId = 1; // depth-first place of "Sampling"
        session.start = Compat::utcDateTime(QDate(2026, 5, 6), QTime(19, 0));
        session.end = session.start.addSecs(3000);
        session.source = StudySession::Source::Timer;
        session.note = QStringLiteral("aliasing");
        data.sessions = {session};
        Note note;
        note.nodeId = 1;
        note.title = QStringLiteral("Nyquist");
        note.body = QStringLiteral("# Rate\n\nضعف أعلى تردد");
        note.created = Compat::utcDateTime(QDate(2026, 5, 6), QTime(20, 0));
        note.modified = Compat::utcDateTime(QDate(2026, 5, 7), QTime(9, 15));
        data.notes = {note};
        data.prerequisites = {{2, 1}};
        Availability a;
        a.startDate = QDate(2026, 5, 4);
        a.minutesPerWeekday = {15, 30, 45, 0, 75, 90, 5};
        a.blocked.append({QDate(2026, 8, 1), QDate(2026, 8, 14), QStringLiteral("travel")});
        a.parallelCourses = 3;
        a.targetDate = QDate(2027, 6, 1);
        a.preferredTime = QTime(6, 45);
        data.availability = a;
        return data;
    }

    /// `actual` carries every value of `expected`, compared field by field. What the database
    /// gives (the ids of the roadmap, nodes, sessions and notes, and when the roadmap was added to
    /// it) is not part of the format.
    static void compareFieldByField(const RoadmapDocumentData &actual,
                                    const RoadmapDocumentData &expected)
    {
        Roadmap roadmap = actual.roadmap;
        roadmap.id = expected.roadmap.id;
        roadmap.createdAt = expected.roadmap.createdAt;
        QCOMPARE(roadmap.builtinId, expected.roadmap.builtinId);
        QCOMPARE(roadmap.titleEn, expected.roadmap.titleEn);
        QCOMPARE(roadmap.titleAr, expected.roadmap.titleAr);
        QCOMPARE(roadmap.descriptionEn, expected.roadmap.descriptionEn);
        QCOMPARE(roadmap.descriptionAr, expected.roadmap.descriptionAr);
        QCOMPARE(roadmap.source, expected.roadmap.source);
        QCOMPARE(roadmap.hoursPerWeek, expected.roadmap.hoursPerWeek);
        QVERIFY(roadmap == expected.roadmap); // and any field added later

        QList<const RoadmapNode *> a;
        QList<const RoadmapNode *> b;
        std::function<void(const QList<RoadmapNodeTree> &, QList<const RoadmapNode *> &)> walk =
            [&walk](const QList<RoadmapNodeTree> &trees, QList<const RoadmapNode *> &out) {
                for (const RoadmapNodeTree &t : trees) {
                    out.append(&t.node);
                    walk(t.children, out);
                }
            };
        walk(actual.nodes, a);
        walk(expected.nodes, b);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            const RoadmapNode &x = *a.at(i);
            const RoadmapNode &y = *b.at(i);
            const QByteArray where = QByteArray::number(i) + ' ' + y.title.toUtf8();
            QVERIFY2(x.kind == y.kind, where.constData());
            QCOMPARE(x.title, y.title);
            QCOMPARE(x.titleAr, y.titleAr);
            QCOMPARE(x.url, y.url);
            QCOMPARE(x.language, y.language);
            QVERIFY2(x.area == y.area, where.constData());
            QCOMPARE(x.effortMinutes, y.effortMinutes);
            QCOMPARE(x.effortLowMinutes, y.effortLowMinutes);
            QCOMPARE(x.effortHighMinutes, y.effortHighMinutes);
            QVERIFY2(x.effortSource == y.effortSource, where.constData());
            QCOMPARE(x.durationText, y.durationText);
            QCOMPARE(x.statedMinutes, y.statedMinutes);
            QCOMPARE(x.optional, y.optional);
            QVERIFY2(x.status == y.status, where.constData());
            QCOMPARE(x.pinnedStart, y.pinnedStart);
            RoadmapNode withIds = x;
            withIds.id = y.id;
            withIds.parentId = y.parentId;
            withIds.position = y.position;
            QVERIFY2(withIds == y, where.constData()); // and any field added later
        }

        QCOMPARE(actual.sessions.size(), expected.sessions.size());
        for (int i = 0; i < actual.sessions.size(); ++i) {
            const StudySession &x = actual.sessions.at(i);
            const StudySession &y = expected.sessions.at(i);
            QCOMPARE(x.nodeId, y.nodeId);
            QCOMPARE(x.start, y.start);
            QCOMPARE(x.end, y.end);
            QVERIFY(x.source == y.source);
            QCOMPARE(x.note, y.note);
        }
        QCOMPARE(actual.notes.size(), expected.notes.size());
        for (int i = 0; i < actual.notes.size(); ++i) {
            const Note &x = actual.notes.at(i);
            const Note &y = expected.notes.at(i);
            QCOMPARE(x.nodeId, y.nodeId);
            QCOMPARE(x.title, y.title);
            QCOMPARE(x.body, y.body);
            QCOMPARE(x.created, y.created);
            QCOMPARE(x.modified, y.modified);
        }
        QCOMPARE(actual.prerequisites, expected.prerequisites);
        QCOMPARE(actual.availability.has_value(), expected.availability.has_value());
        if (expected.availability) {
            const Availability &x = *actual.availability;
            const Availability &y = *expected.availability;
            QCOMPARE(x.startDate, y.startDate);
            QVERIFY(x.minutesPerWeekday == y.minutesPerWeekday);
            QVERIFY(x.blocked == y.blocked);
            QCOMPARE(x.parallelCourses, y.parallelCourses);
            QCOMPARE(x.targetDate, y.targetDate);
            QCOMPARE(x.preferredTime, y.preferredTime);
            QVERIFY(x == y); // and any field added later
        }
    }

private slots:
    void everyFieldSurvivesTheRoundTrip()
    {
        // Stored, read back, written, parsed, stored elsewhere and read again: every value is the
        // one the learner had. A field that the writer or the reader dropped fails here.
        auto db = freshDatabase();
        QVERIFY(db);
        const RoadmapDocumentData original = everyField();
        auto stored = RoadmapArchive(*db).store(original);
        QVERIFY2(stored, qPrintable(stored.error()));
        auto read = RoadmapArchive(*db).read(stored.value());
        QVERIFY2(read, qPrintable(read.error()));
        compareFieldByField(read.value(), original);
        if (QTest::currentTestFailed())
            return;

        auto parsed =
            RoadmapJson::parse(RoadmapJson::write(read.value()), QStringLiteral("export.json"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        compareFieldByField(parsed.value(), original);
        if (QTest::currentTestFailed())
            return;
        auto other = freshDatabase();
        QVERIFY(other);
        auto again = RoadmapArchive(*other).store(parsed.value());
        QVERIFY2(again, qPrintable(again.error()));
        auto last = RoadmapArchive(*other).read(again.value());
        QVERIFY2(last, qPrintable(last.error()));
        compareFieldByField(last.value(), original);
    }

    void roundTripIsLossless()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PlannerDocument doc(*db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        addProgress(doc);
        auto exported = doc.exportCurrentRoadmap();
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(exported->sessions.size(), 2);
        QCOMPARE(exported->notes.size(), 2);
        QCOMPARE(exported->prerequisites.size(), 1);
        const QByteArray first = RoadmapJson::write(exported.value());

        auto parsed = RoadmapJson::parse(first, QStringLiteral("export.json"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        auto other = freshDatabase();
        QVERIFY(other);
        auto id = RoadmapArchive(*other).store(parsed.value());
        QVERIFY2(id, qPrintable(id.error()));
        auto again = RoadmapArchive(*other).read(id.value());
        QVERIFY(again);
        const QByteArray second = RoadmapJson::write(again.value());
        if (first != second) {
            const QList<QByteArray> a = first.split('\n');
            const QList<QByteArray> b = second.split('\n');
            for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i)) {
                    qWarning("line %d: %s | %s", i + 1, a.at(i).constData(), b.at(i).constData());
                    break;
                }
            }
        }
        QCOMPARE(second, first);
        // And the values themselves, not only their text.
        compareFieldByField(again.value(), exported.value());
        QCOMPARE(again->sessions, exported->sessions);
        QCOMPARE(again->availability, exported->availability);
        QCOMPARE(again->notes.at(0).body, QStringLiteral("# d/dx\n\nملاحظة بالعربية"));
    }

    void notesCanBeLeftOut()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PlannerDocument doc(*db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        addProgress(doc);
        auto exported = doc.exportCurrentRoadmap();
        QVERIFY(exported);
        RoadmapJson::WriteOptions options;
        options.notes = false;
        const QJsonObject root =
            QJsonDocument::fromJson(RoadmapJson::write(exported.value(), options)).object();
        QVERIFY(!root.contains(QStringLiteral("notes")));
        QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 2);
        options.progress = false;
        const QJsonObject bare =
            QJsonDocument::fromJson(RoadmapJson::write(exported.value(), options)).object();
        QVERIFY(!bare.contains(QStringLiteral("sessions")));
        QVERIFY(!QJsonDocument(bare).toJson().contains("\"status\""));
        QVERIFY(RoadmapJson::parse(QJsonDocument(bare).toJson(), QStringLiteral("b.json")));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format":"masar-roadmap","version":2,"title":{"en":"T"},)";
        const QByteArray nodes =
            R"("nodes":[{"kind":"topic","title":"A","effortMinutes":5,"ref":"n1"}])";
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"masar-roadmap","version":3,"title":{"en":"T"}})")
            << QStringLiteral("version 3");
        QTest::newRow("unknown reference")
            << head + nodes +
                   R"(,"sessions":[{"node":"n9","start":"2026-01-01T10:00:00Z","end":"2026-01-01T11:00:00Z"}]})"
            << QStringLiteral("\"n9\"");
        QTest::newRow("session ends before it starts")
            << head + nodes +
                   R"(,"sessions":[{"node":"n1","start":"2026-01-01T10:00:00Z","end":"2026-01-01T09:00:00Z"}]})"
            << QStringLiteral("invalid start or end");
        QTest::newRow("repeated reference")
            << head +
                   R"("nodes":[{"kind":"topic","title":"A","effortMinutes":5,"ref":"n1"},{"kind":"topic","title":"B","effortMinutes":5,"ref":"n1"}]})"
            << QStringLiteral("repeats the reference");
        QTest::newRow("six weekdays")
            << head + nodes + R"(,"plan":{"minutesPerWeekday":[1,2,3,4,5,6]}})"
            << QStringLiteral("7 weekdays");
        QTest::newRow("self prerequisite")
            << head + nodes + R"(,"prerequisites":[{"node":"n1","after":["n1"]}]})"
            << QStringLiteral("not between two nodes");
    }

    void badFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto parsed = RoadmapJson::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
    }

    void importIsUndoable()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PlannerDocument doc(*db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        const qint64 before = doc.currentRoadmap().id;
        const qint64 calculus = nodeId(doc, QStringLiteral("Calculus"));
        QVERIFY(doc.setStatus({calculus}, RoadmapNode::Status::Done)); // an earlier edit

        RoadmapDocumentData data;
        data.roadmap.titleEn = QStringLiteral("Imported");
        RoadmapNodeTree leaf;
        leaf.node.title = QStringLiteral("Only topic");
        leaf.node.effortMinutes = 90;
        data.nodes.append(leaf);
        QVERIFY(doc.importRoadmap(data));
        QCOMPARE(doc.currentRoadmap().titleEn, QStringLiteral("Imported"));
        QCOMPARE(doc.roadmaps().size(), 2);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Import “Imported”"));

        doc.undoStack()->undo();
        QCOMPARE(doc.currentRoadmap().id, before);
        QCOMPARE(doc.roadmaps().size(), 1);
        // The edit made before the import is still undoable.
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->redo();
        QCOMPARE(doc.roadmaps().size(), 2);
        QCOMPARE(doc.currentRoadmap().titleEn, QStringLiteral("Imported"));
    }

    void importStoredOnAnotherThreadIsUndoable()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PlannerDocument doc(*db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        const qint64 before = doc.currentRoadmap().id;

        RoadmapDocumentData data;
        data.roadmap.titleEn = QStringLiteral("Stored aside");
        for (int i = 0; i < 300; ++i) {
            RoadmapNodeTree leaf;
            leaf.node.title = QStringLiteral("Topic %1").arg(i);
            leaf.node.effortMinutes = 60;
            data.nodes.append(leaf);
        }
        // Stored through a connection of its own on a thread of its own, while this thread's
        // connection stays open.
        Result<qint64> stored = Error{QStringLiteral("not run")};
        const std::function<Result<qint64>()> store = doc.storingAside(data);
        QVERIFY(store);
        QThread *thread = QThread::create([&] { stored = store(); });
        thread->start();
        QVERIFY(thread->wait(20000));
        delete thread;
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(doc.roadmaps().size(), 2);        // in the file, through the other connection
        QCOMPARE(doc.currentRoadmap().id, before); // not opened yet

        QVERIFY(doc.importRoadmap(data, stored.value()));
        QCOMPARE(doc.currentRoadmap().id, stored.value());
        QCOMPARE(doc.roadmaps().size(), 2);
        QCOMPARE(doc.treeModel()->nodes().size(), 300);

        doc.undoStack()->undo();
        QCOMPARE(doc.currentRoadmap().id, before);
        QCOMPARE(doc.roadmaps().size(), 1);
        // Redo stores it again, here, from the same data.
        doc.undoStack()->redo();
        QCOMPARE(doc.roadmaps().size(), 2);
        QCOMPARE(doc.currentRoadmap().titleEn, QStringLiteral("Stored aside"));
        QCOMPARE(doc.treeModel()->nodes().size(), 300);

        // A file that is not there is refused with a message, not a crash.
        auto missing =
            RoadmapArchive::storeAlongside(m_dir.filePath(QStringLiteral("gone.sqlite")), data);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("gone.sqlite")));
    }

    void undoOfImportKeepsLaterWork()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        PlannerDocument doc(*db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        RoadmapDocumentData data;
        data.roadmap.titleEn = QStringLiteral("Imported");
        RoadmapNodeTree leaf;
        leaf.node.title = QStringLiteral("Only topic");
        leaf.node.effortMinutes = 90;
        data.nodes.append(leaf);
        QVERIFY(doc.importRoadmap(data));
        const qint64 imported = doc.currentRoadmap().id;
        // A note stored outside this window's undo history (another process on the same file).
        Note note;
        note.title = QStringLiteral("Mine");
        note.body = QStringLiteral("keep me");
        QVERIFY(NoteRepository(*db).add(imported, note));
        QSignalSpy errors(&doc, &PlannerDocument::errorOccurred);
        doc.undoStack()->undo(); // the import
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("not undone")));
        QCOMPARE(doc.currentRoadmap().id, imported);
        QVERIFY(RoadmapRepository(*db).find(imported));
        auto notes = NoteRepository(*db).list(imported);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
    }

    void innerTransactionFailureFailsTheOuter()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        {
            Transaction outer(db->connection());
            {
                Transaction inner(db->connection());
                QSqlQuery query(db->connection());
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO roadmap (builtin_id, title_en, title_ar, description_en, "
                    "description_ar, source, hours_per_week, created_at) VALUES ('', 'x', '', '', "
                    "'', '', 10, '')")));
                // Left without commit: a failed part.
            }
            const Status committed = outer.commit();
            QVERIFY(!committed);
        }
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM roadmap WHERE title_en = 'x'")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        // The next transaction starts clean.
        Transaction next(db->connection());
        QVERIFY(next.commit());
    }
};

QTEST_GUILESS_MAIN(TestRoadmapExport)
#include "tst_roadmapexport.moc"
