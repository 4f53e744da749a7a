// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "plannerdocument.h"

namespace Masar {

/// Reorders or reparents nodes: the children order of every affected parent before and after.
class MoveNodesCommand : public QUndoCommand
{
public:
    MoveNodesCommand(PlannerDocument *document, QList<ChildOrder> before, QList<ChildOrder> after,
                     const QString &text);

    void undo() override;
    void redo() override;

private:
    PlannerDocument *m_document;
    QList<ChildOrder> m_before;
    QList<ChildOrder> m_after;
};

} // namespace Masar
