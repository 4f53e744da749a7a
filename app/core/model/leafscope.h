// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmapnode.h"

#include <QHash>

namespace Masar {

/**
 * Where a leaf stands in the plan: the one rule that the planner, the live plan, the progress
 * statistics, the roadmap summary and the Today page all follow.
 *
 * - A leaf marked done is done, whatever its parents say: the work was studied.
 * - Otherwise a leaf is skipped when it, or any item above it, is marked skipped: skipping a
 *   phase skips everything in it.
 * - A leaf is optional when it, or any item above it, is optional. Optional work is outside the
 *   plan and its figures, but it can still be studied.
 *
 * A leaf is planned when it is neither optional, done nor skipped.
 */
struct LeafScope
{
    enum class Standing
    {
        ToDo,
        Done,
        Skipped,
    };
    Standing standing = Standing::ToDo;
    bool optional = false;

    bool planned() const { return !optional && standing == Standing::ToDo; }

    /**
     * The scope of `leaf`, whose parents `parentOf` gives: a callable taking a node and returning
     * a pointer to its parent, or null at the top.
     */
    template <typename ParentOf> static LeafScope of(const RoadmapNode &leaf, ParentOf parentOf)
    {
        LeafScope scope;
        bool skipped = false;
        for (const RoadmapNode *n = &leaf; n; n = parentOf(*n)) {
            scope.optional = scope.optional || n->optional;
            skipped = skipped || n->status == RoadmapNode::Status::Skipped;
        }
        if (leaf.status == RoadmapNode::Status::Done)
            scope.standing = Standing::Done;
        else if (skipped)
            scope.standing = Standing::Skipped;
        return scope;
    }

    /// The same, with the parents looked up among nodes by id.
    static LeafScope of(const RoadmapNode &leaf, const QHash<qint64, const RoadmapNode *> &byId)
    {
        return of(leaf, [&byId](const RoadmapNode &n) { return byId.value(n.parentId, nullptr); });
    }
};

} // namespace Masar
