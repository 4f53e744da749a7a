// SPDX-License-Identifier: GPL-3.0-or-later
#include "setprerequisitescommand.h"

#include "plannerdocument.h"

namespace Masar {

SetPrerequisitesCommand::SetPrerequisitesCommand(PlannerDocument *document,
                                                 QHash<qint64, QList<qint64>> before,
                                                 QHash<qint64, QList<qint64>> after,
                                                 Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void SetPrerequisitesCommand::undo()
{
    if (!m_document->applyPrerequisites(m_before))
        setObsolete(true);
}

void SetPrerequisitesCommand::redo()
{
    if (!m_document->applyPrerequisites(m_after))
        setObsolete(true);
}

} // namespace Masar
