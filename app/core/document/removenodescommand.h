// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/roadmapnode.h"
#include "plannerdocument.h"
#include "wordedcommand.h"

#include <QHash>

namespace Masar {

/// Removes nodes with their subtrees; undo puts them back where they were, with their ids.
class RemoveNodesCommand : public WordedCommand
{
public:
    /// `ids` must be topmost (no node below another of the list).
    RemoveNodesCommand(PlannerDocument *document, const QList<qint64> &ids, Wording wording);

    void undo() override;
    void redo() override;

private:
    PlannerDocument *m_document;
    QList<qint64> m_ids;
    QList<PlannerDocument::Restored> m_removed;   ///< in the order they are put back
    QHash<qint64, QList<qint64>> m_prerequisites; ///< lists that lose entries, as they were
    /// The last undo was refused and changed nothing: the nodes are still removed, so the redo
    /// that the stack offers next has nothing to do, and undo can be tried again after it.
    bool m_undoRefused = false;
};

} // namespace Masar
