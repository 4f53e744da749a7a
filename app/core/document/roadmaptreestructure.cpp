// SPDX-License-Identifier: GPL-3.0-or-later
// RoadmapTreeModel's derived structure: the outline it keeps (every item depth-first with its
// depth) and the effort totals of parents, both kept in step with each change of the tree.
#include "roadmaptreeitem.h"
#include "roadmaptreemodel.h"

#include "model/roadmapsummary.h"

#include <algorithm>
#include <utility>

namespace Masar {

// ---- Outline ---------------------------------------------------------------------------------

int RoadmapTreeModel::depthOf(const Item *item) const
{
    int depth = -1;
    for (; item && item != m_root.get(); item = item->parent)
        ++depth;
    return depth;
}

void RoadmapTreeModel::appendOutline(const Item *top, int depth,
                                     std::vector<OutlineEntry> &out) const
{
    std::vector<std::pair<const Item *, int>> stack;
    for (auto it = top->children.crbegin(); it != top->children.crend(); ++it)
        stack.emplace_back(it->get(), depth);
    while (!stack.empty()) {
        const auto [item, level] = stack.back();
        stack.pop_back();
        out.push_back({item->node.id, level});
        for (auto it = item->children.crbegin(); it != item->children.crend(); ++it)
            stack.emplace_back(it->get(), level + 1);
    }
}

int RoadmapTreeModel::outlineRow(qint64 id) const
{
    const auto it = std::find_if(m_outline.begin(), m_outline.end(),
                                 [id](const OutlineEntry &entry) { return entry.id == id; });
    return int(it - m_outline.begin());
}

int RoadmapTreeModel::outlineEnd(int row) const
{
    const int depth = m_outline[size_t(row)].depth;
    int end = row + 1;
    while (end < int(m_outline.size()) && m_outline[size_t(end)].depth > depth)
        ++end;
    return end;
}

int RoadmapTreeModel::outlineInsertRow(const Item *parent, int row) const
{
    if (row > 0)
        return outlineEnd(outlineRow(parent->children[size_t(row - 1)]->node.id));
    return parent == m_root.get() ? 0 : outlineRow(parent->node.id) + 1;
}

// ---- Totals ----------------------------------------------------------------------------------

bool RoadmapTreeModel::refreshTotal(Item *item, bool announce)
{
    const int previous = item->total;
    const bool previousMismatch = item->mismatch;
    if (item->children.empty()) {
        item->total = item->node.effortMinutes;
        item->mismatch = false;
    } else {
        int sum = 0;
        for (const auto &child : item->children) {
            if (!child->node.optional)
                sum += child->total;
        }
        item->total = sum;
        item->mismatch = RoadmapSummary::hasMismatch(item->node, sum, true);
    }
    const bool changed = previous != item->total || previousMismatch != item->mismatch;
    if (changed && announce && item != m_root.get())
        emitRowChanged(item);
    return changed;
}

void RoadmapTreeModel::refreshTotalsUpFrom(Item *item)
{
    // An item's total depends only on its children's totals (and whether they are optional):
    // going up stops at the first ancestor that stays the same.
    for (Item *current = item; current; current = current->parent) {
        if (!refreshTotal(current, true))
            break;
    }
}

void RoadmapTreeModel::recomputeTotals(Item *top, bool announce)
{
    // Post-order without recursion: totals of children before their parent.
    std::vector<Item *> order{top};
    for (size_t i = 0; i < order.size(); ++i) {
        for (const auto &child : order[i]->children)
            order.push_back(child.get());
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        refreshTotal(*it, announce);
}

} // namespace Masar
