// SPDX-License-Identifier: GPL-3.0-or-later
#include "effortdistribution.h"

#include <QHash>

#include <algorithm>

namespace Masar {

namespace {

/// Minutes shared among the leaves of a stated node. Equal shares when they come out in whole
/// five minutes (80 h over three topics: 26 h 40 min each). Otherwise whole units of what the
/// shares are shown in: hours for shares of ten hours or more, quarter hours from two hours, five
/// minutes from half an hour, else minutes; the first `extra` leaves get one unit more, and the
/// first leaf also what is left below a unit, so that the shares add up to the stated total
/// (80 h over seven: 12 h, 12 h, 12 h, then 11 h, never 11 h 26 min and 11 h 25 min).
struct Pool
{
    int unit = 1;
    int perLeaf = 0; ///< units
    int extra = 0;
    int below = 0; ///< minutes left below one unit

    static Pool share(qint64 minutes, int leaves)
    {
        leaves = std::max(1, leaves);
        const qint64 each = minutes / leaves;
        if (minutes % leaves == 0 && each % 5 == 0)
            return {1, int(each), 0, 0};
        const int unit = each >= 600 ? 60 : each >= 120 ? 15 : each >= 30 ? 5 : 1;
        const qint64 units = minutes / unit;
        return {unit, int(units / leaves), int(units % leaves), int(minutes % unit)};
    }

    int take()
    {
        int minutes = perLeaf * unit + below;
        below = 0;
        if (extra > 0) {
            --extra;
            minutes += unit;
        }
        return minutes;
    }
};

bool isLeaf(const ImportedNode &node)
{
    for (const ImportedNode &child : node.children) {
        if (child.included)
            return false;
    }
    return true;
}

bool takesNoShare(const ImportedNode &node)
{
    return !node.included || node.node.optional;
}

/// The planned parts of a course (see sharesCourseEffort()) without a duration of their own,
/// and what those with one state.
int freePartsOf(const ImportedNode &course, qint64 &statedParts)
{
    int parts = 0;
    for (const ImportedNode &child : course.children) {
        if (takesNoShare(child))
            continue;
        if (child.stated)
            statedParts += child.statedMinutes;
        else
            ++parts;
    }
    return parts;
}

/// What the stated nodes nearest below `node` state, and how many leaves they leave uncovered.
void survey(const ImportedNode &node, qint64 &statedBelow, int &freeLeaves)
{
    for (const ImportedNode &child : node.children) {
        if (takesNoShare(child))
            continue;
        if (child.stated)
            statedBelow += child.statedMinutes;
        else if (isLeaf(child) || EffortDistribution::sharesCourseEffort(child))
            ++freeLeaves; // a course with parts takes one share, which its parts then share
        else
            survey(child, statedBelow, freeLeaves);
    }
}

void setLeafEffort(ImportedNode &leaf, Pool *pool)
{
    RoadmapNode &n = leaf.node;
    n.statedMinutes = 0;
    if (leaf.stated) {
        n.effortMinutes = leaf.statedMinutes;
        n.effortLowMinutes = leaf.statedLowMinutes;
        n.effortHighMinutes = leaf.statedHighMinutes;
        if (n.effortSource != RoadmapNode::EffortSource::User)
            n.effortSource = leaf.defaultEffort ? RoadmapNode::EffortSource::Default
                                                : RoadmapNode::EffortSource::Stated;
        return;
    }
    n.effortLowMinutes = 0;
    n.effortHighMinutes = 0;
    if (pool && !takesNoShare(leaf)) {
        n.effortMinutes = pool->take();
        n.effortSource = RoadmapNode::EffortSource::Share;
    } else {
        n.effortMinutes = RoadmapNode::defaultEffortMinutes(n.kind);
        n.effortSource = RoadmapNode::EffortSource::Default;
    }
}

qint64 totalEffort(const ImportedNode &node)
{
    if (isLeaf(node))
        return node.node.effortMinutes;
    qint64 total = 0;
    for (const ImportedNode &child : node.children) {
        if (!takesNoShare(child))
            total += totalEffort(child);
    }
    return total;
}

void distribute(ImportedNode &node, Pool *inherited);

void shareAmongAlternatives(QVector<ImportedNode> &children);

void distributeChildren(QVector<ImportedNode> &children, Pool *pool)
{
    for (ImportedNode &child : children) {
        // Optional subtrees are not planned, so they take nothing from the pool.
        distribute(child, takesNoShare(child) ? nullptr : pool);
    }
    shareAmongAlternatives(children);
}

/// Alternatives: each option that is not planned carries the planned option's effort, as if it
/// were the one chosen — unless it states its own.
void shareAmongAlternatives(QVector<ImportedNode> &children)
{
    if (std::none_of(children.cbegin(), children.cend(),
                     [](const ImportedNode &child) { return child.alternativeGroup != 0; }))
        return;
    QHash<int, qint64> chosen;
    for (const ImportedNode &child : children) {
        if (child.alternativeGroup && child.included && !child.node.optional)
            chosen.insert(child.alternativeGroup, totalEffort(child));
    }
    for (ImportedNode &child : children) {
        if (!child.alternativeGroup || !child.node.optional || child.stated ||
            !chosen.contains(child.alternativeGroup))
            continue;
        const qint64 effort = chosen.value(child.alternativeGroup);
        if (isLeaf(child)) {
            child.node.effortMinutes = int(effort);
            child.node.effortSource = RoadmapNode::EffortSource::Share;
            continue;
        }
        qint64 statedBelow = 0;
        int leaves = 0;
        ImportedNode planned = child;
        planned.node.optional = false; // survey it as if chosen
        survey(planned, statedBelow, leaves);
        if (leaves > 0 && effort > statedBelow) {
            Pool pool = Pool::share(effort - statedBelow, leaves);
            for (ImportedNode &grandchild : child.children)
                distribute(grandchild, grandchild.included ? &pool : nullptr);
        }
    }
}

/// A course's parts share its effort: a share of a stated section above, else the default
/// for a course (and then each part's effort is still a default).
void shareCourseEffort(ImportedNode &course, Pool *inherited)
{
    const bool shared = inherited != nullptr;
    const qint64 minutes =
        shared ? inherited->take() : RoadmapNode::defaultEffortMinutes(RoadmapNode::Kind::Course);
    // Parts given a duration (by the learner in the preview) keep it; the others share the rest.
    qint64 statedParts = 0;
    const int freeParts = freePartsOf(course, statedParts);
    const qint64 rest = minutes - statedParts;
    Pool parts = Pool::share(std::max<qint64>(rest, 0), freeParts);
    for (ImportedNode &part : course.children) {
        if (takesNoShare(part) || part.stated || rest < freeParts) {
            setLeafEffort(part, nullptr); // nothing left to share: the mismatch shows
            continue;
        }
        RoadmapNode &n = part.node;
        n.statedMinutes = 0;
        n.effortLowMinutes = 0;
        n.effortHighMinutes = 0;
        n.effortMinutes = parts.take();
        n.effortSource =
            shared ? RoadmapNode::EffortSource::Share : RoadmapNode::EffortSource::Default;
    }
}

void distribute(ImportedNode &node, Pool *inherited)
{
    if (isLeaf(node)) {
        setLeafEffort(node, inherited);
        return;
    }
    RoadmapNode &n = node.node;
    n.effortMinutes = 0;
    n.effortLowMinutes = 0;
    n.effortHighMinutes = 0;
    n.statedMinutes = node.stated ? node.statedMinutes : 0;
    if (EffortDistribution::sharesCourseEffort(node)) {
        shareCourseEffort(node, inherited);
        return;
    }
    if (!node.stated) {
        distributeChildren(node.children, inherited);
        return;
    }
    qint64 statedBelow = 0;
    int freeLeaves = 0;
    survey(node, statedBelow, freeLeaves);
    const qint64 rest = node.statedMinutes - statedBelow;
    // The stated duration wins over the leaves' defaults, however small each share ("1 day"
    // over six topics and articles). Only when nothing is left to share (not a minute each) do
    // the leaves without a duration get their kind's default, and the section shows the mismatch.
    if (freeLeaves == 0 || rest < freeLeaves) {
        distributeChildren(node.children, nullptr);
        return;
    }
    Pool pool = Pool::share(rest, freeLeaves);
    distributeChildren(node.children, &pool);
}

} // namespace

bool EffortDistribution::sharesCourseEffort(const ImportedNode &node)
{
    if (node.node.kind != RoadmapNode::Kind::Course || node.stated || isLeaf(node))
        return false;
    int freeParts = 0;
    for (const ImportedNode &child : node.children) {
        if (takesNoShare(child))
            continue;
        if (!isLeaf(child) || !child.node.url.isEmpty() ||
            child.node.kind != RoadmapNode::Kind::Topic)
            return false;
        freeParts += child.stated ? 0 : 1;
    }
    return freeParts > 0;
}

void EffortDistribution::apply(QVector<ImportedNode> &nodes)
{
    distributeChildren(nodes, nullptr);
}

void EffortDistribution::applyBelow(ImportedNode &root)
{
    distribute(root, nullptr);
}

void EffortDistribution::applyAmong(QVector<ImportedNode> &roots)
{
    shareAmongAlternatives(roots);
}

} // namespace Masar
