// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/roadmapnode.h"
#include "schedule/scheduler.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

namespace Masar {

class RoadmapTreeModel;

/**
 * The plan of the open roadmap, kept in step with it and worked out only as far as asked.
 *
 * It holds the scheduler's input (PlanInput's tasks) and follows small edits in place — a leaf's
 * effort, status or pin, one new leaf — instead of reading the whole roadmap again; anything else
 * rebuilds it. Each change starts a new PlanRun. Asking for a task's dates runs the plan only
 * until that task has ended, so a calendar showing the first rows of a 100,000-item plan does
 * not wait for the last ones; schedule() works out the rest.
 */
class LivePlan
{
public:
    explicit LivePlan(const RoadmapTreeModel *model);
    ~LivePlan();

    /// Reads every task from the model again.
    void rebuild(const QHash<qint64, QList<qint64>> &prerequisites,
                 const QHash<qint64, int> &studiedMinutes);
    /// Follows changed nodes (already in the model); false when that needs a rebuild().
    bool follow(const QList<RoadmapNode> &changed, bool anyPrerequisites,
                const QHash<qint64, int> &studiedMinutes);
    /// Follows a new leaf (already in the model); false when that needs a rebuild().
    bool followInsert(qint64 id, bool anyPrerequisites, const QHash<qint64, int> &studiedMinutes);

    /// Plans the tasks afresh (after any of the above or a change of study time or today).
    void restart(const Availability &availability, const QDate &today);

    int taskCount() const { return int(m_order.size()); }
    bool isComplete() const;
    /// Plans up to `days` more days; false once complete.
    bool advance(int days);
    /// The complete plan (worked out now if need be) and why there is none.
    const Schedule &schedule();
    QString error();
    /// The planned dates of one item, planning as far as needed: a null start and end when the
    /// item is not planned (done, skipped, optional, a parent) or no plan can be made.
    ScheduledTask dates(qint64 id);
    /// The last day planned so far (the finish, once complete).
    QDate plannedUntil() const;

private:
    bool isPlannedLeaf(qint64 id) const;
    int position(qint64 id) const;
    qint64 previousInTreeOrder(qint64 id) const;
    void collectEnded();
    /// Keeps the facts a run starts from (pins, prerequisites) in step with the tasks.
    void noteFacts(const ScheduleTask &task);
    void forgetFacts(qint64 id);
    /// Drops the tasks no longer planned from m_tasks once they are many.
    void compact();

    const RoadmapTreeModel *m_model;
    /// The tasks in the order they were read or added; m_order gives the plan's order, so that
    /// a new task is appended here instead of moving every task after it.
    QList<ScheduleTask> m_tasks;
    std::vector<int> m_order;         ///< plan position → position in m_tasks
    std::vector<qint64> m_ids;        ///< the planned tasks' ids in plan order
    QHash<qint64, QDate> m_pins;      ///< the pinned tasks' pins
    QSet<qint64> m_withPrerequisites; ///< the tasks with prerequisites
    std::unique_ptr<PlanRun> m_run;
    QHash<qint64, int> m_ended; ///< id → position, for the tasks the run has ended so far
    int m_endedSeen = 0;        ///< how much of the run's end order m_ended holds
    bool m_completed = false;
    Schedule m_schedule;
    QString m_error;
};

} // namespace Masar
