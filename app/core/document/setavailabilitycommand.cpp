// SPDX-License-Identifier: GPL-3.0-or-later
#include "setavailabilitycommand.h"

#include "plannerdocument.h"

namespace Masar {

SetAvailabilityCommand::SetAvailabilityCommand(PlannerDocument *document, Availability before,
                                               Availability after, Wording wording)
    : WordedCommand(std::move(wording)), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void SetAvailabilityCommand::undo()
{
    if (!m_document->applyAvailability(m_before))
        setObsolete(true);
}

void SetAvailabilityCommand::redo()
{
    if (!m_document->applyAvailability(m_after))
        setObsolete(true);
}

bool SetAvailabilityCommand::mergeWith(const QUndoCommand *other)
{
    // Steps of one spin box or one edit session become one undo step.
    const auto *next = static_cast<const SetAvailabilityCommand *>(other);
    if (next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Masar
