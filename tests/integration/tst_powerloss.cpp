// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss, not only a killed process: a test VFS (powerlossvfs) is SQLite's default here, the
// learner's edits go through the document and its undo commands, and then the power is cut:
// every write not yet synced to disk is dropped, as a file system does when the machine loses
// power (a killed process keeps them: the page cache survives it, which tst_crashsafety cannot
// tell apart). Whatever the document acknowledged must be there when the file is opened again.
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "powerlossvfs.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Masar;

namespace {

/// What the learner sees of a roadmap, in an order that does not depend on storage.
struct Snapshot
{
    QList<RoadmapNode> nodes;
    QList<Note> notes;
    QList<StudySession> sessions;
    Availability availability;
};

Snapshot snapshot(PlannerDocument &doc)
{
    Snapshot s;
    s.nodes = doc.treeModel()->nodes();
    std::sort(s.nodes.begin(), s.nodes.end(),
              [](const RoadmapNode &a, const RoadmapNode &b) { return a.id < b.id; });
    s.notes = doc.noteBook()->notes();
    std::sort(s.notes.begin(), s.notes.end(),
              [](const Note &a, const Note &b) { return a.id < b.id; });
    s.sessions = doc.studyLog()->sessions();
    std::sort(s.sessions.begin(), s.sessions.end(),
              [](const StudySession &a, const StudySession &b) { return a.id < b.id; });
    s.availability = doc.availability();
    return s;
}

qint64 findLeaf(PlannerDocument &doc, int skip)
{
    for (const RoadmapNode &n : doc.treeModel()->nodes()) {
        if (doc.treeModel()->childCount(n.id) == 0 && n.effortMinutes > 0 && skip-- == 0)
            return n.id;
    }
    return 0;
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::currentPath() + QStringLiteral("/powerloss-XXXXXX")};
    int m_files = 0;

    /// A database with the default roadmap, closed cleanly: on disk before the edits begin.
    QString preparedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("masar%1.sqlite").arg(++m_files));
        Database db(path);
        if (!db.open())
            return {};
        PlannerDocument doc(db, nullptr);
        if (!doc.openInitialRoadmap())
            return {};
        return path;
    }

    /// The learner's edits, each acknowledged by the document; the last state acknowledged.
    void edit(PlannerDocument &doc, Snapshot &acknowledged)
    {
        const qint64 first = findLeaf(doc, 0);
        const qint64 second = findLeaf(doc, 1);
        const qint64 third = findLeaf(doc, 2);
        QVERIFY(first && second && third);
        QVERIFY(doc.setNodeField({first}, PlannerDocument::Field::Title,
                                 QStringLiteral("Renamed before the power cut")));
        QVERIFY(doc.setStatus({second}, RoadmapNode::Status::Done));
        const qint64 parent = doc.treeModel()->node(first)->parentId;
        QVERIFY(doc.addNode(parent, 0, RoadmapNode::Kind::Topic, QStringLiteral("Added topic")));
        QVERIFY(doc.removeNodes({third}));
        doc.undoStack()->undo(); // the removal undone: the topic is back
        QVERIFY(doc.treeModel()->node(third));
        QVERIFY(doc.pinStart(second, doc.today().addDays(10)));
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        const qint64 note = doc.noteBook()->create(first, QStringLiteral("Power"));
        QVERIFY(note > 0);
        QVERIFY(doc.noteBook()->saveBody(note, QStringLiteral("Typed, then saved.")));
        StudySession session;
        session.nodeId = first;
        session.start = QDateTime::currentDateTime().addSecs(-3600);
        session.end = session.start.addSecs(2700);
        QVERIFY(doc.studyLog()->add(session));
        Availability availability = doc.availability();
        availability.minutesPerWeekday[0] = 95;
        QVERIFY(doc.setAvailability(availability));
        acknowledged = snapshot(doc);
    }

    /// Opens `path` after the cut and compares what it holds with what was acknowledged.
    void reopenAndCompare(const QString &path, const Snapshot &acknowledged, bool &same)
    {
        Database db(path);
        const Status opened = db.open();
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        PlannerDocument doc(db, nullptr);
        QVERIFY(doc.openInitialRoadmap());
        const Snapshot found = snapshot(doc);
        same = found.nodes == acknowledged.nodes && found.notes == acknowledged.notes &&
               found.sessions == acknowledged.sessions &&
               found.availability == acknowledged.availability;
        if (!same) {
            qInfo("after the cut: %d nodes (acknowledged %d), %d notes (%d), %d sessions (%d)",
                  int(found.nodes.size()), int(acknowledged.nodes.size()), int(found.notes.size()),
                  int(acknowledged.notes.size()), int(found.sessions.size()),
                  int(acknowledged.sessions.size()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(PowerLossVfs::install());
    }

    void cleanup() { PowerLossVfs::revive(); }

    void acknowledgedEditsSurviveAPowerCut()
    {
        const QString path = preparedDatabase();
        QVERIFY(!path.isEmpty());
        Snapshot acknowledged;
        {
            Database db(path);
            QVERIFY(db.open());
            PlannerDocument doc(db, nullptr);
            QVERIFY(doc.openInitialRoadmap());
            const Snapshot before = snapshot(doc);
            edit(doc, acknowledged);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(!(before.nodes == acknowledged.nodes));
            QVERIFY(PowerLossVfs::syncs() > 0);
            PowerLossVfs::cut(); // the document and the database close on a dead disk
        }
        PowerLossVfs::revive();
        bool same = false;
        reopenAndCompare(path, acknowledged, same);
        QVERIFY2(same, "an edit the document acknowledged was lost with the power");
    }

    void theCutDropsWhatWasNotSynced()
    {
        // The same edits on a connection told not to sync each commit (synchronous=NORMAL, which
        // survives a killed process): the cut loses them. This is what the test above guards
        // against, and shows that the VFS drops what a power loss drops.
        const QString path = preparedDatabase();
        QVERIFY(!path.isEmpty());
        Snapshot acknowledged;
        {
            Database db(path);
            QVERIFY(db.open());
            QSqlQuery pragma(db.connection());
            QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
            PlannerDocument doc(db, nullptr);
            QVERIFY(doc.openInitialRoadmap());
            edit(doc, acknowledged);
            if (QTest::currentTestFailed())
                return;
            PowerLossVfs::cut();
        }
        PowerLossVfs::revive();
        bool same = true;
        reopenAndCompare(path, acknowledged, same);
        QVERIFY2(!same, "synchronous=NORMAL kept every commit through a power cut");
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
