// SPDX-License-Identifier: GPL-3.0-or-later
#include "removenodescommand.h"

#include "plannerdocument.h"
#include "roadmaptreemodel.h"

#include <algorithm>

namespace Masar {

RemoveNodesCommand::RemoveNodesCommand(PlannerDocument *document, const QList<qint64> &ids,
                                       const QString &text)
    : QUndoCommand(text), m_document(document), m_ids(ids)
{
    const RoadmapTreeModel *model = document->treeModel();
    for (qint64 id : ids) {
        const RoadmapNode *node = model->node(id);
        if (!node)
            continue;
        m_removed.append({node->parentId, node->position, model->subtree(id)});
    }
    // Putting back in ascending row order per parent restores every row exactly.
    std::stable_sort(m_removed.begin(), m_removed.end(), [](const Removed &a, const Removed &b) {
        return a.parentId != b.parentId ? a.parentId < b.parentId : a.row < b.row;
    });
}

void RemoveNodesCommand::undo()
{
    for (const Removed &removed : std::as_const(m_removed)) {
        if (!m_document->applyInsert(removed.parentId, removed.row, {removed.tree})) {
            setObsolete(true);
            return;
        }
    }
}

void RemoveNodesCommand::redo()
{
    if (!m_document->applyRemove(m_ids))
        setObsolete(true);
}

} // namespace Masar
