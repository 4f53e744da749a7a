// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinput.h"

#include "model/leafscope.h"

#include <algorithm>

namespace Masar {

ScheduleTask PlanInput::task(const RoadmapNode &leaf, int studiedMinutes)
{
    ScheduleTask task;
    task.id = leaf.id;
    task.title = leaf.title;
    task.remainingMinutes = std::max(0, leaf.effortMinutes - studiedMinutes);
    // Work that is studied through but not marked done still gets a day (a short review)
    // rather than disappearing: keep one quarter hour.
    if (task.remainingMinutes == 0 && leaf.effortMinutes > 0)
        task.remainingMinutes = 15;
    task.pin = leaf.pinnedStart;
    return task;
}

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
    QHash<qint64, const RoadmapNode *> byId;
    for (const RoadmapNode &n : nodes)
        byId.insert(n.id, &n);
    // Leaves under a node (itself when it is a leaf), in order.
    QHash<qint64, QList<qint64>> leavesCache;
    const auto leavesUnder = [&](qint64 id) {
        if (const auto it = leavesCache.constFind(id); it != leavesCache.cend())
            return *it;
        QList<qint64> leaves;
        QList<qint64> stack{id};
        while (!stack.isEmpty()) {
            const qint64 current = stack.takeLast();
            const QList<const RoadmapNode *> kids = children.value(current);
            if (kids.isEmpty())
                leaves.append(current);
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                stack.append((*it)->id);
        }
        leavesCache.insert(id, leaves);
        return leaves;
    };
    const auto effectivePrerequisites = [&](const RoadmapNode *leaf) {
        QList<qint64> result;
        for (const RoadmapNode *n = leaf; n; n = byId.value(n->parentId, nullptr)) {
            for (qint64 p : prerequisites.value(n->id)) {
                for (qint64 l : leavesUnder(p)) {
                    if (!result.contains(l))
                        result.append(l);
                }
            }
        }
        return result;
    };

    QList<ScheduleTask> result;
    // Depth-first, in order, without recursion; which leaves are planned is LeafScope's rule.
    QList<const RoadmapNode *> stack;
    const QList<const RoadmapNode *> top = children.value(0);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const RoadmapNode *n = stack.takeLast();
        const QList<const RoadmapNode *> kids = children.value(n->id);
        if (!kids.isEmpty()) {
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                stack.append(*it);
            continue;
        }
        if (!LeafScope::of(*n, byId).planned())
            continue;
        ScheduleTask planned = task(*n, studiedMinutes.value(n->id));
        if (!prerequisites.isEmpty())
            planned.prerequisites = effectivePrerequisites(n);
        result.append(planned);
    }
    return result;
}

} // namespace Masar
