// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "wordedcommand.h"

#include <QHash>
#include <QList>

namespace Masar {

class PlannerDocument;

/// Changes which nodes must end before others start (node → its prerequisites).
class SetPrerequisitesCommand : public WordedCommand
{
public:
    SetPrerequisitesCommand(PlannerDocument *document, QHash<qint64, QList<qint64>> before,
                            QHash<qint64, QList<qint64>> after, Wording wording);

    void undo() override;
    void redo() override;

private:
    PlannerDocument *m_document;
    QHash<qint64, QList<qint64>> m_before;
    QHash<qint64, QList<qint64>> m_after;
};

} // namespace Masar
