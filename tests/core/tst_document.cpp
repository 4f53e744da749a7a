// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "import/builtinroadmaps.h"
#include "model/roadmapsummary.h"
#include "schedule/progressstatistics.h"
#include "storage/database.h"
#include "storage/noderepository.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Masar;

namespace {

QList<RoadmapNode> sortedById(QList<RoadmapNode> nodes)
{
    std::sort(nodes.begin(), nodes.end(),
              [](const RoadmapNode &a, const RoadmapNode &b) { return a.id < b.id; });
    return nodes;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlannerDocument> m_doc;

    RoadmapTreeModel *model() const { return m_doc->treeModel(); }

    /// The model and the database agree on every field of every node.
    void verifyStoredEqualsModel()
    {
        NodeRepository repo(*m_db);
        auto stored = repo.nodes(m_doc->currentRoadmap().id);
        QVERIFY(stored.ok());
        QCOMPARE(sortedById(stored.value()), sortedById(model()->nodes()));
        verifyOutline();
    }

    /// The kept outline is the tree depth-first, each item with its depth.
    void verifyOutline()
    {
        QList<QPair<qint64, int>> expected;
        std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
            for (qint64 id : model()->childIds(parent)) {
                expected.append({id, depth});
                visit(id, depth + 1);
            }
        };
        visit(0, 0);
        QList<QPair<qint64, int>> kept;
        for (const RoadmapTreeModel::OutlineEntry &entry : model()->outline())
            kept.append({entry.id, entry.depth});
        QCOMPARE(kept, expected);
    }

    /// Every node's effort total equals the sum worked out from scratch over the stored nodes.
    void verifyTotalsFromScratch()
    {
        const QList<RoadmapNode> nodes = model()->nodes();
        QHash<qint64, QList<const RoadmapNode *>> children;
        for (const RoadmapNode &n : nodes)
            children[n.parentId].append(&n);
        std::function<int(const RoadmapNode &)> total = [&](const RoadmapNode &n) {
            const auto kids = children.value(n.id);
            if (kids.isEmpty())
                return n.effortMinutes;
            int sum = 0;
            for (const RoadmapNode *k : kids)
                sum += k->optional ? 0 : total(*k);
            return sum;
        };
        for (const RoadmapNode &n : nodes)
            QCOMPARE(model()->totalMinutes(n.id), total(n));
    }

    qint64 findByTitle(const QString &title) const
    {
        for (const RoadmapNode &n : model()->nodes()) {
            if (n.title == title)
                return n.id;
        }
        return 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_doc.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("masar.sqlite")));
        QFile::remove(m_db->path());
        QVERIFY(m_db->open().ok());
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
        QCOMPARE(m_doc->currentRoadmap().builtinId, BuiltinRoadmaps::defaultId());
    }

    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("masar.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("masar.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("masar.sqlite-shm")));
    }

    void skippingAPhaseLeavesItOutOfEveryFigure()
    {
        // The planner, the statistics and the summary count the same leaves: after skipping a
        // phase, what the plan schedules is what the statistics call remaining and what the
        // summary calls planned and not done. A leaf done before the skip stays done.
        struct Figures
        {
            ProgressStatistics stats;
            RoadmapSummary summary;
            int scheduled = 0;
        };
        const auto figures = [this](Figures &f) {
            ProgressStatistics::Input input;
            input.nodes = model()->nodes();
            input.today = m_doc->today();
            f.stats = ProgressStatistics::compute(input);
            f.summary = RoadmapSummary::compute(input.nodes);
            f.scheduled = 0;
            for (const ScheduledTask &t : m_doc->schedule().tasks)
                f.scheduled += t.minutes;
            QCOMPARE(f.stats.remainingMinutes, f.scheduled);
            QCOMPARE(f.summary.plannedMinutes - f.summary.doneMinutes, f.scheduled);
            QCOMPARE(f.summary.skippedMinutes, f.stats.skippedMinutes);
            QCOMPARE(f.summary.doneMinutes, f.stats.doneMinutes);
        };
        qint64 phase = 0;
        QList<qint64> leaves;
        for (qint64 top : model()->childIds(0)) {
            leaves.clear();
            std::function<void(qint64)> collect = [&](qint64 id) {
                const QList<qint64> kids = model()->childIds(id);
                if (kids.isEmpty() && model()->node(id)->effortMinutes > 0)
                    leaves.append(id);
                for (qint64 kid : kids)
                    collect(kid);
            };
            collect(top);
            if (!model()->node(top)->optional && leaves.size() >= 2) {
                phase = top;
                break;
            }
        }
        QVERIFY(phase);
        const qint64 doneLeaf = leaves.takeFirst();
        QVERIFY(m_doc->setStatus({doneLeaf}, RoadmapNode::Status::Done));
        const int done = model()->node(doneLeaf)->effortMinutes;
        int skipped = 0;
        for (qint64 leaf : std::as_const(leaves)) {
            QVERIFY(m_doc->schedule().task(leaf));
            skipped += model()->node(leaf)->effortMinutes;
        }
        QVERIFY(skipped > 0);
        Figures before;
        figures(before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(before.summary.skippedMinutes, 0);

        QVERIFY(m_doc->setStatus({phase}, RoadmapNode::Status::Skipped));
        Figures after;
        figures(after);
        if (QTest::currentTestFailed())
            return;
        for (qint64 leaf : std::as_const(leaves))
            QVERIFY(!m_doc->schedule().task(leaf));
        QCOMPARE(after.scheduled, before.scheduled - skipped);
        QCOMPARE(after.stats.remainingMinutes, before.stats.remainingMinutes - skipped);
        QCOMPARE(after.stats.skippedMinutes, skipped);
        QCOMPARE(after.stats.doneMinutes, done);
        QCOMPARE(after.stats.plannedMinutes, before.stats.plannedMinutes); // skipped stays shown
        QCOMPARE(after.summary.plannedMinutes, before.summary.plannedMinutes - skipped);
        QCOMPARE(after.summary.skippedMinutes, skipped);
        QCOMPARE(after.summary.doneMinutes, done);

        m_doc->undoStack()->undo();
        Figures undone;
        figures(undone);
        QCOMPARE(undone.scheduled, before.scheduled);
        QCOMPARE(undone.stats.remainingMinutes, before.stats.remainingMinutes);
        QCOMPARE(undone.summary.skippedMinutes, 0);
    }

    void renameUndoRedo()
    {
        const qint64 id = findByTitle(QStringLiteral("Linear Algebra"));
        QVERIFY(id);
        QVERIFY(
            m_doc->setNodeField({id}, PlannerDocument::Field::Title, QStringLiteral("Vectors")));
        QCOMPARE(model()->node(id)->title, QStringLiteral("Vectors"));
        QCOMPARE(model()->data(model()->indexOf(id)).toString(), QStringLiteral("Vectors"));
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QCOMPARE(model()->node(id)->title, QStringLiteral("Linear Algebra"));
        verifyStoredEqualsModel();
        m_doc->undoStack()->redo();
        QCOMPARE(model()->node(id)->title, QStringLiteral("Vectors"));
        verifyStoredEqualsModel();
    }

    void editThroughTheModelIsUndoable()
    {
        const qint64 id = findByTitle(QStringLiteral("Calculus"));
        QVERIFY(model()->setData(model()->indexOf(id), QStringLiteral("Calculus I")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(model()->node(id)->title, QStringLiteral("Calculus I"));
        // An empty title is refused and changes nothing.
        QVERIFY(!model()->setData(model()->indexOf(id), QStringLiteral("   ")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(model()->node(id)->title, QStringLiteral("Calculus"));
    }

    void multiSelectStatusIsOneStep()
    {
        const QList<qint64> ids{findByTitle(QStringLiteral("Linear Algebra")),
                                findByTitle(QStringLiteral("Calculus")),
                                findByTitle(QStringLiteral("Probability"))};
        QVERIFY(!ids.contains(0));
        m_doc->setStatus({ids.at(0)}, RoadmapNode::Status::InProgress);
        QVERIFY(m_doc->setStatus(ids, RoadmapNode::Status::Done));
        for (qint64 id : ids)
            QCOMPARE(model()->node(id)->status, RoadmapNode::Status::Done);
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QCOMPARE(model()->node(ids.at(0))->status, RoadmapNode::Status::InProgress);
        QCOMPARE(model()->node(ids.at(1))->status, RoadmapNode::Status::NotStarted);
        QCOMPARE(model()->node(ids.at(2))->status, RoadmapNode::Status::NotStarted);
        verifyStoredEqualsModel();
    }

    void effortChangeUpdatesParentTotals()
    {
        const qint64 id = findByTitle(QStringLiteral("Linear Algebra"));
        const qint64 parent = model()->node(id)->parentId;
        const int before = model()->totalMinutes(parent);
        const int old = model()->node(id)->effortMinutes;
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_doc->setNodeField({id}, PlannerDocument::Field::Effort, old + 60));
        QCOMPARE(model()->totalMinutes(parent), before + 60);
        QCOMPARE(model()->node(id)->effortSource, RoadmapNode::EffortSource::User);
        QVERIFY(changed.count() >= 2); // the node and its ancestors
        m_doc->undoStack()->undo();
        QCOMPARE(model()->totalMinutes(parent), before);
        verifyStoredEqualsModel();
    }

    void totalsFollowAddMoveAndRemoveUpTheWholeTree()
    {
        const qint64 course =
            model()->node(findByTitle(QStringLiteral("Linear Algebra")))->parentId;
        const qint64 phase = model()->node(course)->parentId;
        const qint64 otherPhase = model()->childIds(0).constLast();
        QVERIFY(phase && otherPhase && otherPhase != phase);
        const qint64 added =
            m_doc->addNode(course, 0, RoadmapNode::Kind::Topic, QStringLiteral("Extra practice"));
        QVERIFY(added);
        QVERIFY(m_doc->setNodeField({added}, PlannerDocument::Field::Effort, 500));
        verifyTotalsFromScratch();
        QVERIFY(m_doc->moveNodes({added}, otherPhase, 0));
        verifyTotalsFromScratch();
        QVERIFY(m_doc->moveNodes({course}, otherPhase, 1)); // a whole subtree
        verifyTotalsFromScratch();
        QVERIFY(m_doc->removeNodes({added}));
        verifyTotalsFromScratch();
        while (m_doc->undoStack()->canUndo()) {
            m_doc->undoStack()->undo();
            verifyTotalsFromScratch();
        }
        QCOMPARE(model()->node(added), nullptr);
    }

    void insertingKeepsStoredPositionsInStep()
    {
        const qint64 course =
            model()->node(findByTitle(QStringLiteral("Linear Algebra")))->parentId;
        QVERIFY(model()->childIds(course).size() >= 2);
        const qint64 middle =
            m_doc->addNode(course, 1, RoadmapNode::Kind::Topic, QStringLiteral("Middle"));
        QVERIFY(middle);
        QCOMPARE(model()->childIds(course).at(1), middle);
        verifyStoredEqualsModel();
        // Positions with gaps (as an older file might hold) are numbered afresh by an insert.
        QSqlQuery gaps(m_db->connection());
        QVERIFY(gaps.exec(QStringLiteral("UPDATE node SET position = position * 10 + 3 WHERE "
                                         "parent_id = %1")
                              .arg(course)));
        const qint64 second =
            m_doc->addNode(course, 2, RoadmapNode::Kind::Topic, QStringLiteral("Second"));
        QVERIFY(second);
        QCOMPARE(model()->childIds(course).at(2), second);
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        verifyStoredEqualsModel();
        QCOMPARE(model()->node(middle), nullptr);
    }

    void optionalFlagExcludesFromParentTotal()
    {
        const qint64 id = findByTitle(QStringLiteral("Linear Algebra"));
        const qint64 parent = model()->node(id)->parentId;
        const int before = model()->totalMinutes(parent);
        QVERIFY(m_doc->setNodeField({id}, PlannerDocument::Field::Optional, true));
        QCOMPARE(model()->totalMinutes(parent), before - model()->node(id)->effortMinutes);
        m_doc->undoStack()->undo();
        QCOMPARE(model()->totalMinutes(parent), before);
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        const qint64 id = findByTitle(QStringLiteral("Calculus"));
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        QVERIFY(!m_doc->setNodeField({id}, PlannerDocument::Field::Url,
                                     QStringLiteral("javascript:alert(1)")));
        QVERIFY(!m_doc->setNodeField({id}, PlannerDocument::Field::Effort, -5));
        QCOMPARE(errors.count(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        verifyStoredEqualsModel();
    }

    void addUndoRedoKeepsTheId()
    {
        const qint64 parent = findByTitle(QStringLiteral("Foundation Phase"));
        const int children = int(model()->childIds(parent).size());
        const qint64 id =
            m_doc->addNode(parent, 0, RoadmapNode::Kind::Topic, QStringLiteral("Warm-up"));
        QVERIFY(id);
        QCOMPARE(model()->childIds(parent).constFirst(), id);
        QCOMPARE(model()->node(id)->effortMinutes,
                 RoadmapNode::defaultEffortMinutes(RoadmapNode::Kind::Topic));
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QVERIFY(!model()->node(id));
        QCOMPARE(int(model()->childIds(parent).size()), children);
        verifyStoredEqualsModel();
        m_doc->undoStack()->redo();
        QVERIFY(model()->node(id));
        QCOMPARE(model()->childIds(parent).constFirst(), id);
        verifyStoredEqualsModel();
    }

    void removeSubtreeUndoRestoresEverything()
    {
        const QList<RoadmapNode> before = sortedById(model()->nodes());
        const qint64 phase = findByTitle(QStringLiteral("Phase 1: Core Mathematics & Programming"));
        const qint64 topic = findByTitle(QStringLiteral("Linear Algebra")); // inside the phase
        const qint64 other = findByTitle(QStringLiteral("Ethical awareness"));
        QVERIFY(phase && topic && other);
        QVERIFY(m_doc->removeNodes({topic, phase, other}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(!model()->node(phase));
        QVERIFY(!model()->node(topic));
        QVERIFY(!model()->node(other));
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QCOMPARE(sortedById(model()->nodes()), before);
        verifyStoredEqualsModel();
        m_doc->undoStack()->redo();
        QVERIFY(!model()->node(phase));
        verifyStoredEqualsModel();
    }

    void moveIndentOutdentAndUndo()
    {
        const QList<RoadmapNode> before = sortedById(model()->nodes());
        const qint64 calculus = findByTitle(QStringLiteral("Calculus"));
        const qint64 parent = model()->node(calculus)->parentId;
        const int position = model()->node(calculus)->position;

        QVERIFY(m_doc->moveUp(calculus));
        QCOMPARE(model()->node(calculus)->position, position - 1);
        verifyStoredEqualsModel();
        QVERIFY(m_doc->moveDown(calculus));
        QCOMPARE(model()->node(calculus)->position, position);
        QVERIFY(m_doc->indent(calculus));
        QCOMPARE(model()->node(calculus)->parentId, model()->childIds(parent).at(position - 1));
        verifyStoredEqualsModel();
        QVERIFY(m_doc->outdent(calculus));
        QCOMPARE(model()->node(calculus)->parentId, parent);
        verifyStoredEqualsModel();

        // Drag several nodes to the top level, before the first phase.
        const qint64 probability = findByTitle(QStringLiteral("Probability"));
        QVERIFY(m_doc->moveNodes({probability, calculus}, 0, 0));
        QCOMPARE(model()->childIds(0).mid(0, 2), (QList<qint64>{calculus, probability}));
        verifyStoredEqualsModel();

        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(sortedById(model()->nodes()), before);
        verifyStoredEqualsModel();
        while (m_doc->undoStack()->canRedo())
            m_doc->undoStack()->redo();
        QCOMPARE(model()->childIds(0).mid(0, 2), (QList<qint64>{calculus, probability}));
        verifyStoredEqualsModel();
    }

    void dragAndDropMovesThroughTheUndoStack()
    {
        const qint64 calculus = findByTitle(QStringLiteral("Calculus"));
        const qint64 target = findByTitle(QStringLiteral("Foundation Phase"));
        const std::unique_ptr<QMimeData> mime(model()->mimeData({model()->indexOf(calculus)}));
        QVERIFY(mime);
        // The model performs the move itself and answers false, so that the view does not
        // remove the dragged rows a second time.
        QVERIFY(!model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model()->indexOf(target)));
        QCOMPARE(model()->node(calculus)->parentId, target);
        QCOMPARE(model()->childIds(target).constFirst(), calculus);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QVERIFY(model()->node(calculus)->parentId != target);
        verifyStoredEqualsModel();
    }

    void cannotMoveIntoItself()
    {
        const qint64 phase = findByTitle(QStringLiteral("Phase 1: Core Mathematics & Programming"));
        const qint64 inside = findByTitle(QStringLiteral("Calculus"));
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        QVERIFY(!m_doc->moveNodes({phase}, inside, 0));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void editsPersistAcrossReopen()
    {
        const qint64 id = findByTitle(QStringLiteral("Calculus"));
        QVERIFY(m_doc->setStatus({id}, RoadmapNode::Status::Skipped));
        const qint64 added =
            m_doc->addNode(0, 0, RoadmapNode::Kind::Milestone, QStringLiteral("Start"));
        const QList<RoadmapNode> before = sortedById(model()->nodes());
        const qint64 roadmap = m_doc->currentRoadmap().id;
        m_doc.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("masar.sqlite")));
        QVERIFY(m_db->open().ok());
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
        QCOMPARE(m_doc->currentRoadmap().id, roadmap);
        QCOMPARE(sortedById(model()->nodes()), before);
        QCOMPARE(model()->childIds(0).constFirst(), added);
    }

    void planFollowsAvailabilityWithUndo()
    {
        m_doc->setToday(QDate(2026, 1, 5));
        QVERIFY2(m_doc->scheduleError().isEmpty(), qPrintable(m_doc->scheduleError()));
        QVERIFY(!m_doc->baseline().isEmpty()); // the first plan was accepted when opened
        const QDate finish = m_doc->schedule().finish;
        QVERIFY(finish > QDate(2026, 1, 5));
        QSignalSpy replanned(m_doc.get(), &PlannerDocument::scheduleChanged);

        Availability faster = m_doc->availability();
        for (int &minutes : faster.minutesPerWeekday)
            minutes *= 2;
        QVERIFY(m_doc->setAvailability(faster, QStringLiteral("Study time")));
        QVERIFY(replanned.count() >= 1);
        QVERIFY(m_doc->schedule().finish < finish);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->schedule().finish, finish);
        m_doc->undoStack()->redo();

        // Stored with the roadmap.
        const Availability stored = m_doc->availability();
        m_doc.reset();
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
        QCOMPARE(m_doc->availability(), stored);
    }

    void impossiblePlansSayWhy()
    {
        Availability none = m_doc->availability();
        none.minutesPerWeekday.fill(0);
        QVERIFY(m_doc->setAvailability(none, QStringLiteral("Study time")));
        QVERIFY(m_doc->scheduleError().contains(QStringLiteral("no study time")));
        QVERIFY(m_doc->schedule().tasks.isEmpty());
        QVERIFY(!m_doc->acceptPlan().ok());
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scheduleError().isEmpty());

        Availability backwards = m_doc->availability();
        backwards.blocked.append({QDate(2026, 3, 10), QDate(2026, 3, 1), QStringLiteral("x")});
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        QVERIFY(!m_doc->setAvailability(backwards, QStringLiteral("Study time")));
        QCOMPARE(errors.count(), 1);
    }

    void pinsDoneWorkAndAcceptingThePlan()
    {
        m_doc->setToday(QDate(2026, 1, 5));
        const qint64 id = findByTitle(QStringLiteral("Calculus"));
        const QDate pin = m_doc->availability().startDate.addDays(200);
        QVERIFY(m_doc->pinStart(id, pin));
        QVERIFY2(m_doc->schedule().task(id), qPrintable(m_doc->scheduleError()));
        QVERIFY(m_doc->schedule().task(id)->start >= pin);
        QCOMPARE(model()->node(id)->pinnedStart, pin);
        verifyStoredEqualsModel();
        m_doc->undoStack()->undo();
        QVERIFY(!model()->node(id)->pinnedStart.isValid());

        QVERIFY(m_doc->schedule().task(id));
        QVERIFY(m_doc->setStatus({id}, RoadmapNode::Status::Done));
        QVERIFY(!m_doc->schedule().task(id)); // nothing left to plan for it

        const QDate before = m_doc->baselineFinish();
        QVERIFY(m_doc->acceptPlan().ok());
        QCOMPARE(m_doc->baselineFinish(), m_doc->schedule().finish);
        QVERIFY(m_doc->baselineFinish() <= before);
        QCOMPARE(m_doc->baseline().size(), m_doc->schedule().tasks.size());
    }

    void prerequisitesShapeThePlanAndSurviveUndo()
    {
        m_doc->setToday(QDate(2026, 1, 5));
        const qint64 calculus = findByTitle(QStringLiteral("Calculus"));
        const qint64 spark = findByTitle(QStringLiteral("Spark"));
        QVERIFY(m_doc->schedule().task(calculus)->start < m_doc->schedule().task(spark)->start);
        // Calculus waits for Spark, which comes later in the roadmap.
        QVERIFY(m_doc->setPrerequisites(calculus, {spark}));
        QVERIFY(m_doc->schedule().task(calculus)->start >= m_doc->schedule().task(spark)->end);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->prerequisites(calculus).isEmpty());
        m_doc->undoStack()->redo();

        // A whole phase as prerequisite: every leaf of it ends first.
        const qint64 phase3 = findByTitle(QStringLiteral("Phase 3: Production & Deployment"));
        QVERIFY(m_doc->setPrerequisites(spark, {phase3}));
        for (const ScheduledTask &t : m_doc->schedule().tasks) {
            if (model()->isAncestor(phase3, t.id))
                QVERIFY(m_doc->schedule().task(spark)->start >= t.end);
        }

        // A cycle is named in the reason the plan cannot be made.
        const qint64 lifecycle = findByTitle(QStringLiteral("ML project lifecycle"));
        QVERIFY(m_doc->setPrerequisites(lifecycle, {calculus}));
        QVERIFY(m_doc->setPrerequisites(spark, {lifecycle}));
        QVERIFY2(m_doc->scheduleError().contains(QStringLiteral("Calculus")) &&
                     m_doc->scheduleError().contains(QStringLiteral("Spark")),
                 qPrintable(m_doc->scheduleError()));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->scheduleError().isEmpty());

        // Removing Spark takes its prerequisite links along; undo brings them back.
        QVERIFY(m_doc->removeNodes({spark}));
        QVERIFY(m_doc->prerequisites(calculus).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->prerequisites(calculus), QList<qint64>{spark});
        QCOMPARE(m_doc->prerequisites(spark), QList<qint64>{phase3});

        // Stored.
        m_doc.reset();
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap().ok());
        QCOMPARE(m_doc->prerequisites(calculus), QList<qint64>{spark});

        // Not on an ancestor or descendant.
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        QVERIFY(!m_doc->setPrerequisites(calculus, {model()->node(calculus)->parentId}));
        QCOMPARE(errors.count(), 1);
    }

    void severalRoadmapsAndSwitching()
    {
        const qint64 first = m_doc->currentRoadmap().id;
        QSignalSpy switched(m_doc.get(), &PlannerDocument::currentRoadmapChanged);
        auto added = m_doc->addBuiltinRoadmap(QStringLiteral("ai-engineer-arabic"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(m_doc->roadmaps().size(), 2);
        QCOMPARE(m_doc->currentRoadmap().id, added.value());
        QCOMPARE(switched.count(), 1);
        QVERIFY(findByTitle(QStringLiteral("C++ \"Arabic Content\"")));
        QVERIFY(m_doc->openRoadmap(first).ok());
        QVERIFY(!findByTitle(QStringLiteral("C++ \"Arabic Content\"")));
        QVERIFY(!m_doc->openRoadmap(99999).ok());
    }

    void anUndoOfRemoveRefusedHalfwayRestoresNothingAndCanBeRetried()
    {
        const qint64 calculus = findByTitle(QStringLiteral("Calculus"));
        const qint64 algebra = findByTitle(QStringLiteral("Linear Algebra"));
        QVERIFY(calculus && algebra);
        const QList<RoadmapNode> before = sortedById(model()->nodes());
        QVERIFY(m_doc->removeNodes({calculus, algebra}));
        const QList<RoadmapNode> removed = sortedById(model()->nodes());
        const int steps = m_doc->undoStack()->count();

        // The file refuses one of the two subtrees (a trigger of this connection's own), so the
        // undo can put back only one: it must put back none, and keep the command.
        QSqlQuery refuse(m_db->connection());
        QVERIFY(refuse.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_calculus BEFORE INSERT ON node "
            "WHEN NEW.title = 'Calculus' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QSignalSpy errors(m_doc.get(), &PlannerDocument::errorOccurred);
        m_doc->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(sortedById(model()->nodes()), removed);
        verifyStoredEqualsModel();
        QCOMPARE(m_doc->undoStack()->count(), steps);

        // Once the file accepts it again: the redo on offer changes nothing, the undo works.
        QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER temp.refuse_calculus")));
        m_doc->undoStack()->redo();
        QCOMPARE(sortedById(model()->nodes()), removed);
        m_doc->undoStack()->undo();
        QCOMPARE(sortedById(model()->nodes()), before);
        verifyStoredEqualsModel();
    }

    void aRoadmapThatCannotBeReadReplacesNothing()
    {
        const qint64 first = m_doc->currentRoadmap().id;
        auto added = m_doc->addBuiltinRoadmap(QStringLiteral("ai-engineer-arabic"));
        QVERIFY(added.ok());
        QVERIFY(m_doc->openRoadmap(first).ok());
        const qint64 calculus = findByTitle(QStringLiteral("Calculus"));
        QVERIFY(calculus);
        StudySession session;
        session.nodeId = calculus;
        session.start = QDateTime::currentDateTime().addDays(-1);
        session.end = session.start.addSecs(3600);
        QVERIFY(m_doc->studyLog()->add(session));
        QVERIFY(m_doc->noteBook()->create(calculus, QStringLiteral("Limits")));
        const QList<RoadmapNode> nodes = sortedById(model()->nodes());
        const int sessions = int(m_doc->studyLog()->sessions().size());
        const int notes = int(m_doc->noteBook()->notes().size());
        const int undoSteps = m_doc->undoStack()->count();
        QVERIFY(sessions == 1 && notes == 1 && undoSteps >= 2);

        // The other roadmap's notes cannot be read (a table of this connection's own hides the
        // stored one): its tree, study time and sessions could be, but none of it may replace
        // what is open.
        QSqlQuery hide(m_db->connection());
        QVERIFY(hide.exec(QStringLiteral("CREATE TEMP TABLE note(unrelated)")));
        QVERIFY(!m_doc->openRoadmap(added.value()).ok());
        QCOMPARE(m_doc->currentRoadmap().id, first);
        QCOMPARE(sortedById(model()->nodes()), nodes);
        QCOMPARE(int(m_doc->studyLog()->sessions().size()), sessions);
        QCOMPARE(int(m_doc->noteBook()->notes().size()), notes);
        QCOMPARE(m_doc->noteBook()->notes().constFirst().nodeId, calculus);
        QCOMPARE(m_doc->undoStack()->count(), undoSteps);
        QVERIFY(hide.exec(QStringLiteral("DROP TABLE temp.note")));
        QVERIFY(m_doc->openRoadmap(added.value()).ok());
        QVERIFY(m_doc->studyLog()->sessions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
