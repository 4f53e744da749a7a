// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/roadmap.h"
#include "wordedcommand.h"

namespace Masar {

class PlannerDocument;

/**
 * Adds an imported roadmap and opens it; undo removes it and reopens the roadmap that was open
 * before. The undo history is kept across the switch, so earlier edits stay undoable. Undo is
 * refused (and the command dropped) once study sessions or notes were added to the imported
 * roadmap: undoing an import must not discard work done since.
 */
class ImportRoadmapCommand : public WordedCommand
{
public:
    /// `storedId`: the roadmap is already stored under this id (the first redo only opens it).
    ImportRoadmapCommand(PlannerDocument *document, RoadmapDocumentData data, qint64 storedId,
                         qint64 previous, Wording wording);

    void undo() override;
    void redo() override;

    qint64 roadmapId() const { return m_id; }

private:
    PlannerDocument *m_document;
    RoadmapDocumentData m_data;
    qint64 m_previous;
    qint64 m_id = 0;
    qint64 m_stored = 0;
};

} // namespace Masar
