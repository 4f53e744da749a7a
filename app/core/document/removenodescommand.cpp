// SPDX-License-Identifier: GPL-3.0-or-later
#include "removenodescommand.h"

#include "plannerdocument.h"
#include "roadmaptreemodel.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Masar {

RemoveNodesCommand::RemoveNodesCommand(PlannerDocument *document, const QList<qint64> &ids,
                                       Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_ids(ids)
{
    const RoadmapTreeModel *model = document->treeModel();
    for (qint64 id : ids) {
        const RoadmapNode *node = model->node(id);
        if (!node)
            continue;
        m_removed.append({node->parentId, node->position, model->subtree(id)});
    }
    // Prerequisites that involve a removed node vanish with it; keep them for undo.
    QSet<qint64> gone;
    for (const PlannerDocument::Restored &removed : std::as_const(m_removed)) {
        QList<const RoadmapNodeTree *> stack{&removed.tree};
        while (!stack.isEmpty()) {
            const RoadmapNodeTree *tree = stack.takeLast();
            gone.insert(tree->node.id);
            for (const RoadmapNodeTree &child : tree->children)
                stack.append(&child);
        }
    }
    const auto &all = document->allPrerequisites();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const bool touched =
            gone.contains(it.key()) ||
            std::any_of(it->cbegin(), it->cend(), [&](qint64 p) { return gone.contains(p); });
        if (touched)
            m_prerequisites.insert(it.key(), it.value());
    }
    // Putting back in ascending row order per parent restores every row exactly.
    std::stable_sort(m_removed.begin(), m_removed.end(),
                     [](const PlannerDocument::Restored &a, const PlannerDocument::Restored &b) {
                         return a.parentId != b.parentId ? a.parentId < b.parentId : a.row < b.row;
                     });
}

void RemoveNodesCommand::undo()
{
    // All or nothing (the document says why when it is nothing); the command stays either way.
    m_undoRefused = !m_document->applyRestore(m_removed, m_prerequisites);
}

void RemoveNodesCommand::redo()
{
    if (std::exchange(m_undoRefused, false))
        return; // still removed
    if (!m_document->applyRemove(m_ids))
        setObsolete(true);
}

} // namespace Masar
