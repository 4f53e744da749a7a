// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/roadmapnode.h"
#include "wordedcommand.h"

namespace Masar {

class PlannerDocument;

/// Inserts node trees under a parent. Redo after undo restores the same ids.
class AddNodesCommand : public WordedCommand
{
public:
    AddNodesCommand(PlannerDocument *document, qint64 parentId, int row,
                    QList<RoadmapNodeTree> trees, Wording wording);

    void undo() override;
    void redo() override;

    /// Ids of the inserted top nodes (valid after the first redo).
    QList<qint64> insertedIds() const;

private:
    PlannerDocument *m_document;
    qint64 m_parentId;
    int m_row;
    QList<RoadmapNodeTree> m_trees;
};

} // namespace Masar
