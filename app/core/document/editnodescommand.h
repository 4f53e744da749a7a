// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/roadmapnode.h"
#include "wordedcommand.h"

namespace Masar {

class PlannerDocument;

/// Changes fields of one or more nodes (title, area, effort, status …) in one undoable step.
class EditNodesCommand : public WordedCommand
{
public:
    EditNodesCommand(PlannerDocument *document, QList<RoadmapNode> before, QList<RoadmapNode> after,
                     Wording wording);

    void undo() override;
    void redo() override;

private:
    PlannerDocument *m_document;
    QList<RoadmapNode> m_before;
    QList<RoadmapNode> m_after;
};

} // namespace Masar
