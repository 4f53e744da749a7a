// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/availability.h"
#include "wordedcommand.h"

namespace Masar {

class PlannerDocument;

/// Changes the study time of the current roadmap (weekday minutes, blocked days, dates …).
class SetAvailabilityCommand : public WordedCommand
{
public:
    SetAvailabilityCommand(PlannerDocument *document, Availability before, Availability after,
                           Wording wording);

    void undo() override;
    void redo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlannerDocument *m_document;
    Availability m_before;
    Availability m_after;
};

} // namespace Masar
