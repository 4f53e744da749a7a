// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinput.h"

#include <algorithm>

namespace Masar {

QList<ScheduleTask> PlanInput::tasks(const QList<RoadmapNode> &nodes,
                                     const QHash<qint64, QList<qint64>> &prerequisites,
                                     const QHash<qint64, int> &studiedMinutes)
{
    QHash<qint64, QList<const RoadmapNode *>> children;
    for (const RoadmapNode &n : nodes)
        children[n.parentId].append(&n);
    for (auto &list : children) {
        std::stable_sort(list.begin(), list.end(), [](const RoadmapNode *a, const RoadmapNode *b) {
            return a->position < b->position;
        });
    }
    QList<ScheduleTask> result;
    // Depth-first, in order, without recursion; skipped subtrees are not entered.
    QList<const RoadmapNode *> stack;
    const QList<const RoadmapNode *> top = children.value(0);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const RoadmapNode *n = stack.takeLast();
        if (n->optional || n->status == RoadmapNode::Status::Skipped)
            continue;
        const QList<const RoadmapNode *> kids = children.value(n->id);
        if (!kids.isEmpty()) {
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                stack.append(*it);
            continue;
        }
        if (n->status == RoadmapNode::Status::Done)
            continue;
        ScheduleTask task;
        task.id = n->id;
        task.title = n->title;
        task.remainingMinutes = std::max(0, n->effortMinutes - studiedMinutes.value(n->id));
        // Work that is studied through but not marked done still gets a day (a short review)
        // rather than disappearing: keep one quarter hour.
        if (task.remainingMinutes == 0 && n->effortMinutes > 0)
            task.remainingMinutes = 15;
        task.prerequisites = prerequisites.value(n->id);
        task.pin = n->pinnedStart;
        result.append(task);
    }
    return result;
}

} // namespace Masar
