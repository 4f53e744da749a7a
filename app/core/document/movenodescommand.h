// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "plannerdocument.h"
#include "wordedcommand.h"

namespace Masar {

/// Reorders or reparents nodes: the children order of every affected parent before and after.
class MoveNodesCommand : public WordedCommand
{
public:
    MoveNodesCommand(PlannerDocument *document, QList<ChildOrder> before, QList<ChildOrder> after,
                     Wording wording);

    void undo() override;
    void redo() override;

private:
    PlannerDocument *m_document;
    QList<ChildOrder> m_before;
    QList<ChildOrder> m_after;
};

} // namespace Masar
