// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/availability.h"
#include "model/roadmap.h"
#include "result.h"
#include "schedule/scheduler.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <memory>

namespace Masar {

class CalDavClient;
class CalendarSync;
struct CalendarSyncResult;
struct CalendarSyncSettings;
class Database;
class LivePlan;
class NodeRepository;
class PlanRepository;
class StudyLog;
class NoteBook;
class RoadmapRepository;
class RoadmapTreeModel;

/**
 * The open planner: the database, the current roadmap, its item models and the undo stack.
 *
 * Views read the models and call the edit functions; every edit becomes an undo command that
 * applies the change through apply*(), which writes storage first (one transaction) and updates
 * the model only when storage accepted it. A refused write leaves data and views as they were
 * and is reported through errorOccurred().
 */
class PlannerDocument : public QObject
{
    Q_OBJECT

public:
    /// Fields a view can edit; see setNodeField().
    enum class Field
    {
        Title,
        TitleAr,
        Kind,
        Url,
        Language,
        Area,
        Effort,
        DurationText,
        Optional,
        Status,
        PinnedStart,
    };

    /// Undo steps kept; older ones are dropped.
    static constexpr int kUndoLimit = 500;
    /// Plans of up to this many tasks are complete when a change returns; larger ones are worked
    /// out in slices of about kPlanningSliceMs between events.
    static constexpr int kPlannedAtOnce = 2000;
    static constexpr int kPlanningSliceMs = 8;

    PlannerDocument(Database &database, QObject *parent);
    ~PlannerDocument() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    RoadmapTreeModel *treeModel() const { return m_treeModel; }
    StudyLog *studyLog() const { return m_studyLog; }
    NoteBook *noteBook() const { return m_noteBook; }
    /// Runs the command (redo) and keeps it for undo; false when storage refused it (reported).
    bool pushCommand(QUndoCommand *command);
    /// Words the undo history again in the current language, on a language switch; views
    /// that show "Undo …" read undoText() again as they re-word themselves.
    void retranslateHistory();
    /// Reports a refused change (errorOccurred), also to the pushCommand() under way.
    void reportError(const QString &message) { report(Error{message}); }

    // Roadmaps ---------------------------------------------------------------------------------
    QList<Roadmap> roadmaps() const;
    /// The roadmaps in the database, or why they could not be read.
    Result<QList<Roadmap>> storedRoadmaps() const;
    const Roadmap &currentRoadmap() const { return m_current; }
    bool hasRoadmap() const { return m_current.id != 0; }
    /// Opens the roadmap the learner used last, adding the default built-in one to an empty
    /// database.
    Status openInitialRoadmap();
    /// Opens a roadmap. Its undo history starts afresh unless `keepHistory` (an undo command
    /// that switches roadmaps itself).
    Status openRoadmap(qint64 id, bool keepHistory = false);
    /// Adds a built-in roadmap to the database and opens it.
    Result<qint64> addBuiltinRoadmap(const QString &builtinId);
    /// Adds an imported roadmap (with any progress it carries) and opens it, as one undo
    /// command: undo removes it again and returns to the roadmap that was open. `storedId`: the
    /// roadmap was already stored from `data` (RoadmapArchive::storeAlongside() on another
    /// thread) under that id, and is only opened; a redo after an undo stores it again.
    bool importRoadmap(const RoadmapDocumentData &data, qint64 storedId = 0);
    /// Work that stores `data` as a new roadmap through a connection of its own, to be run on
    /// another thread (a large roadmap takes a while); its id then goes to importRoadmap().
    /// Empty when the database is not a file a second connection can open: importRoadmap()
    /// then stores the roadmap itself.
    std::function<Result<qint64>()> storingAside(const RoadmapDocumentData &data) const;
    /// The current roadmap with the learner's progress, for export.
    Result<RoadmapDocumentData> exportCurrentRoadmap() const;
    void setDisplayLanguage(const QString &language);

    // The plan ------------------------------------------------------------------------------
    const Availability &availability() const { return m_availability; }

    /// The calendar account and the outcome of the last sync, as stored.
    CalendarSyncSettings calendarSyncSettings() const;
    /// Stores the account (not the last result).
    Status saveCalendarSyncSettings(const CalendarSyncSettings &settings);
    /// Stores the outcome of a sync that ended at `when`.
    Status saveCalendarSyncResult(const QDateTime &when, const CalendarSyncResult &result);
    /// A sync of the plan to the calendar `client` reaches, keeping what it sent in the
    /// document's storage; owned by `parent`.
    CalendarSync *createCalendarSync(CalDavClient *client, QObject *parent) const;
    /// The current plan, from today, of the planned work still to do (see scheduleError()).
    /// A large plan is worked out a part at a time after each change (scheduleChanged() says
    /// when it is complete); asking for it before that works out the rest at once.
    const Schedule &schedule() const;
    /// Why no plan could be made (empty when schedule() is valid).
    QString scheduleError() const;
    /// Whether the plan since the last change is worked out (schedule() costs nothing).
    bool isPlanComplete() const;
    /// The planned dates of one item, planning only as far as that item: what a view of a few
    /// rows needs right after a change. Null dates for items not planned.
    ScheduledTask plannedDates(qint64 id) const;
    /// The last day planned so far (the finish once the plan is complete).
    QDate plannedUntil() const;
    /// The plan the learner accepted last (start/end per node), to show drift.
    const QHash<qint64, ScheduledTask> &baseline() const { return m_baseline; }
    QDate baselineStart() const { return m_baselineStart; }
    QDate baselineFinish() const { return m_baselineFinish; }
    /// "Re-plan from today": the current plan becomes the accepted one.
    Status acceptPlan();
    QDate today() const;
    /// Tests and benchmarks fix "today"; a null date follows the clock.
    void setToday(const QDate &today);
    /// The moment figures are worked out for: today() at the wall clock's time, or at the time
    /// setTimeOfDay() gave.
    QDateTime now() const;
    void setTimeOfDay(const QTime &time) { m_timeOfDay = time; }
    /// Whether today's planned study is due yet: its study time has passed (see
    /// ProgressStatistics::todayIsDue()). Before that nobody is behind for today.
    bool isTodaysStudyDue() const;

    // Edits (each one undo command) -----------------------------------------------------------
    /// `text`: the undo step's words; empty for the document's own ("Change study time", in the
    /// current language).
    bool setAvailability(const Availability &availability, const QString &text = {});
    /// Pins the node's start (null date: unpin); the rest is planned around it.
    bool pinStart(qint64 id, const QDate &date);
    /// The nodes that must end before `id` starts (beyond the roadmap's order).
    QList<qint64> prerequisites(qint64 id) const { return m_prerequisites.value(id); }
    const QHash<qint64, QList<qint64>> &allPrerequisites() const { return m_prerequisites; }
    /// A prerequisite may be any other node that is neither an ancestor nor a descendant.
    bool setPrerequisites(qint64 id, const QList<qint64> &prerequisites);
    bool setNodeField(const QList<qint64> &ids, Field field, const QVariant &value);
    bool setStatus(const QList<qint64> &ids, RoadmapNode::Status status);
    /// Adds a new node under `parentId` at `row`; returns its id (0 on failure).
    qint64 addNode(qint64 parentId, int row, RoadmapNode::Kind kind, const QString &title);
    bool removeNodes(const QList<qint64> &ids);
    /// Moves the nodes (in tree order) under `parentId`, before the child now at `row`.
    bool moveNodes(const QList<qint64> &ids, qint64 parentId, int row);
    bool moveUp(qint64 id);
    bool moveDown(qint64 id);
    bool indent(qint64 id);  ///< becomes the last child of its previous sibling
    bool outdent(qint64 id); ///< becomes the next sibling of its parent

    // Applied by undo commands ----------------------------------------------------------------
    Status applyNodes(const QList<RoadmapNode> &nodes);
    Result<QList<RoadmapNodeTree>> applyInsert(qint64 parentId, int row,
                                               const QList<RoadmapNodeTree> &trees);
    Status applyRemove(const QList<qint64> &ids);
    /// A subtree to put back under `parentId` at `row`, with its ids.
    struct Restored
    {
        qint64 parentId;
        int row;
        RoadmapNodeTree tree;
    };
    /**
     * Puts removed subtrees back, in the order given, and their prerequisite lists as they were:
     * all of it in one transaction, and the model follows only once it is stored, so a refusal
     * halfway leaves the document and the file as they were.
     */
    Status applyRestore(const QList<Restored> &trees,
                        const QHash<qint64, QList<qint64>> &prerequisites);
    Status applyChildOrders(const QList<ChildOrder> &orders);
    Status applyAvailability(const Availability &availability);
    Status applyPrerequisites(const QHash<qint64, QList<qint64>> &changes);
    /// Stores a roadmap (unless `storedId` says it is stored) and opens it, keeping the undo
    /// history; returns its id.
    Result<qint64> applyImport(const RoadmapDocumentData &data, qint64 storedId = 0);
    /// Removes an imported roadmap and opens `reopen`, keeping the undo history. Refused when
    /// the roadmap holds more study sessions or notes than `sessions` and `notes` (what came
    /// with the import), so that undo never discards work done since.
    Status applyUnimport(qint64 id, qint64 reopen, int sessions, int notes);

    /// Keeps the topmost of the given nodes (drops any whose ancestor is also given), in tree
    /// order.
    QList<qint64> topmost(const QList<qint64> &ids) const;

signals:
    void currentRoadmapChanged();
    /// The roadmap, the study time or today changed: planned dates are being worked out again
    /// (plannedDates() gives them as far as asked).
    void planChanged();
    /// A new plan is complete: schedule() holds it.
    void scheduleChanged();
    void roadmapsChanged();
    void errorOccurred(const QString &message);

private:
    void report(const Status &status);
    static bool applyField(RoadmapNode &node, Field field, const QVariant &value);
    /// Plans from the whole roadmap read again.
    void replan();
    /// Plans again from the tasks as they are (after LivePlan followed a change).
    void startPlanning();
    void continuePlanning();
    void setBaseline(const QHash<qint64, ScheduledTask> &baseline);

    Database &m_database;
    std::unique_ptr<RoadmapRepository> m_roadmaps;
    std::unique_ptr<NodeRepository> m_nodes;
    std::unique_ptr<PlanRepository> m_plans;
    QUndoStack *m_undoStack;
    RoadmapTreeModel *m_treeModel;
    StudyLog *m_studyLog;
    NoteBook *m_noteBook;
    Roadmap m_current;
    Availability m_availability;
    std::unique_ptr<LivePlan> m_plan;
    QTimer *m_planning;
    QHash<qint64, ScheduledTask> m_baseline;
    QDate m_baselineStart;
    QDate m_baselineFinish;
    QHash<qint64, QList<qint64>> m_prerequisites;
    QDate m_today;
    QTime m_timeOfDay;
    QString m_lastError;
};

} // namespace Masar
