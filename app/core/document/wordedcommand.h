// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"

#include <QString>

#include <functional>
#include <utility>

namespace Masar {

/// Makes the words an undo step is shown with, in the interface's current language.
using Wording = std::function<QString()>;

/**
 * An undo command whose text ("Undo Rename note") is made by a function instead of being kept,
 * so that the Edit menu speaks the current language after a switch (PlannerDocument::
 * retranslateHistory()), not the one the step was made in.
 */
class WordedCommand : public QUndoCommand
{
public:
    explicit WordedCommand(Wording wording) : QUndoCommand(wording()), m_wording(std::move(wording))
    {}

    void retranslate() { setText(m_wording()); }

private:
    Wording m_wording;
};

} // namespace Masar
