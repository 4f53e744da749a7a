// SPDX-License-Identifier: GPL-3.0-or-later
#include "importroadmapcommand.h"

#include "plannerdocument.h"

#include <utility>

namespace Masar {

ImportRoadmapCommand::ImportRoadmapCommand(PlannerDocument *document, RoadmapDocumentData data,
                                           qint64 storedId, qint64 previous, Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_data(std::move(data)),
      m_previous(previous), m_stored(storedId)
{}

void ImportRoadmapCommand::undo()
{
    if (!m_document->applyUnimport(m_id, m_previous, int(m_data.sessions.size()),
                                   int(m_data.notes.size())))
        setObsolete(true);
}

void ImportRoadmapCommand::redo()
{
    auto id = m_document->applyImport(m_data, std::exchange(m_stored, 0));
    if (!id) {
        setObsolete(true);
        return;
    }
    m_id = id.value();
}

} // namespace Masar
