// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

namespace Masar {

/**
 * Derives every node's planned effort from what the document states, by the rules in
 * resources/roadmaps/README.md ("Effort rules"): a leaf's own duration; else an equal share of the
 * nearest ancestor's stated duration, less what the nodes between state themselves; else the
 * default for its kind. Alternatives carry the effort of the option that is planned. Optional and
 * excluded subtrees take no share.
 */
class EffortDistribution
{
public:
    static void apply(QVector<ImportedNode> &nodes);
    /// apply() in two steps, so that separate trees can be done at the same time: applyBelow()
    /// on each top-level node, then applyAmong() on all of them (the alternatives among them).
    static void applyBelow(ImportedNode &root);
    static void applyAmong(QVector<ImportedNode> &roots);
    /// A course without a duration of its own whose planned children are titles only (the
    /// lectures of a video course): they are its parts and share its effort, a share of a
    /// stated section above or else the default for one course. Parts given a duration (in the
    /// preview) keep it, and the others share what is left.
    static bool sharesCourseEffort(const ImportedNode &node);
};

} // namespace Masar
