// SPDX-License-Identifier: GPL-3.0-or-later
#include "movenodescommand.h"

namespace Masar {

MoveNodesCommand::MoveNodesCommand(PlannerDocument *document, QList<ChildOrder> before,
                                   QList<ChildOrder> after, Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void MoveNodesCommand::undo()
{
    if (!m_document->applyChildOrders(m_before))
        setObsolete(true);
}

void MoveNodesCommand::redo()
{
    if (!m_document->applyChildOrders(m_after))
        setObsolete(true);
}

} // namespace Masar
