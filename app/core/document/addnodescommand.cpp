// SPDX-License-Identifier: GPL-3.0-or-later
#include "addnodescommand.h"

#include "plannerdocument.h"

namespace Masar {

AddNodesCommand::AddNodesCommand(PlannerDocument *document, qint64 parentId, int row,
                                 QList<RoadmapNodeTree> trees, Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_parentId(parentId), m_row(row),
      m_trees(std::move(trees))
{}

void AddNodesCommand::undo()
{
    if (!m_document->applyRemove(insertedIds()))
        setObsolete(true);
}

void AddNodesCommand::redo()
{
    auto inserted = m_document->applyInsert(m_parentId, m_row, m_trees);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_trees = std::move(inserted).value(); // keep the ids for the next redo
}

QList<qint64> AddNodesCommand::insertedIds() const
{
    QList<qint64> ids;
    for (const RoadmapNodeTree &tree : m_trees)
        ids.append(tree.node.id);
    return ids;
}

} // namespace Masar
