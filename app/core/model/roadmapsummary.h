// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmapnode.h"

#include <QHash>
#include <QList>

namespace Masar {

/**
 * Effort totals and counts over a roadmap's nodes (given flat, in any order).
 *
 * A leaf's planned effort is its own; a parent's is the sum of its non-optional children, so an
 * optional node (an alternative, reference material) shows its own total but adds nothing to its
 * parent or to the roadmap. The roadmap's figures count leaves by LeafScope's rule: optional
 * work is left out, and skipped work is counted apart from the plan.
 */
struct RoadmapSummary
{
    int phases = 0;
    int courses = 0;
    int topics = 0;
    int resources = 0;
    int milestones = 0;
    int plannedMinutes = 0;    ///< leaves in the plan (LeafScope): to do and done
    int doneMinutes = 0;       ///< of those, the leaves marked done
    int skippedMinutes = 0;    ///< leaves skipped, or under a skipped item; not in plannedMinutes
    int mismatches = 0;        ///< parents whose stated duration differs from their children's sum
    QHash<qint64, int> totals; ///< per node: its planned effort (leaves) or subtree sum (parents)

    static RoadmapSummary compute(const QList<RoadmapNode> &nodes);

    /// True when `node` states a duration of its own that its children do not add up to.
    static bool hasMismatch(const RoadmapNode &node, int childrenTotal, bool hasChildren);
};

} // namespace Masar
