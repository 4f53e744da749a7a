// SPDX-License-Identifier: GPL-3.0-or-later
#include "editnodescommand.h"

#include "plannerdocument.h"

namespace Masar {

EditNodesCommand::EditNodesCommand(PlannerDocument *document, QList<RoadmapNode> before,
                                   QList<RoadmapNode> after, Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void EditNodesCommand::undo()
{
    if (!m_document->applyNodes(m_before))
        setObsolete(true);
}

void EditNodesCommand::redo()
{
    if (!m_document->applyNodes(m_after))
        setObsolete(true);
}

} // namespace Masar
