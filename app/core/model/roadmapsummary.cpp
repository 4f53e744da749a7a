// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapsummary.h"

#include "leafscope.h"

namespace Masar {

bool RoadmapSummary::hasMismatch(const RoadmapNode &node, int childrenTotal, bool hasChildren)
{
    if (!hasChildren || node.statedMinutes <= 0)
        return false;
    if (node.effortLowMinutes > 0 && node.effortHighMinutes > 0) {
        return childrenTotal < node.effortLowMinutes || childrenTotal > node.effortHighMinutes;
    }
    return childrenTotal != node.statedMinutes;
}

RoadmapSummary RoadmapSummary::compute(const QList<RoadmapNode> &nodes)
{
    RoadmapSummary s;
    QHash<qint64, QList<int>> children; // parent id → indexes into nodes
    for (int i = 0; i < nodes.size(); ++i)
        children[nodes.at(i).parentId].append(i);

    // Iterative post-order walk: deep trees (imported files) must not exhaust the stack.
    struct Frame
    {
        int index;
        bool expanded;
    };
    QList<Frame> stack;
    for (int index : children.value(0))
        stack.append({index, false});
    while (!stack.isEmpty()) {
        Frame frame = stack.takeLast();
        const RoadmapNode &node = nodes.at(frame.index);
        const QList<int> kids = children.value(node.id);
        if (!frame.expanded && !kids.isEmpty()) {
            stack.append({frame.index, true});
            for (int kid : kids)
                stack.append({kid, false});
            continue;
        }
        int total = 0;
        if (kids.isEmpty()) {
            total = node.effortMinutes;
        } else {
            for (int kid : kids) {
                if (!nodes.at(kid).optional)
                    total += s.totals.value(nodes.at(kid).id);
            }
            if (hasMismatch(node, total, true))
                ++s.mismatches;
        }
        s.totals.insert(node.id, total);
    }

    // Counts and roadmap totals: which leaves count towards the plan is LeafScope's rule.
    QHash<qint64, const RoadmapNode *> byId;
    for (const RoadmapNode &n : nodes)
        byId.insert(n.id, &n);
    for (const RoadmapNode &n : nodes) {
        switch (n.kind) {
        case RoadmapNode::Kind::Phase:
            ++s.phases;
            break;
        case RoadmapNode::Kind::Course:
            ++s.courses;
            break;
        case RoadmapNode::Kind::Topic:
            ++s.topics;
            break;
        case RoadmapNode::Kind::Resource:
            ++s.resources;
            break;
        case RoadmapNode::Kind::Milestone:
            ++s.milestones;
            break;
        }
        if (children.contains(n.id))
            continue;
        const LeafScope scope = LeafScope::of(n, byId);
        if (scope.optional)
            continue;
        switch (scope.standing) {
        case LeafScope::Standing::Done:
            s.plannedMinutes += n.effortMinutes;
            s.doneMinutes += n.effortMinutes;
            break;
        case LeafScope::Standing::Skipped:
            s.skippedMinutes += n.effortMinutes;
            break;
        case LeafScope::Standing::ToDo:
            s.plannedMinutes += n.effortMinutes;
            break;
        }
    }
    return s;
}

} // namespace Masar
