// SPDX-License-Identifier: GPL-3.0-or-later
#include "changenotecommand.h"

#include "notebook.h"

namespace Masar {

ChangeNoteCommand::ChangeNoteCommand(NoteBook *notes, std::optional<Note> before,
                                     std::optional<Note> after, Wording wording)
    : WordedCommand(std::move(wording)), m_notes(notes), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ChangeNoteCommand::undo()
{
    // Undoing a deletion puts the note back with the text it had when it was deleted.
    if (!m_notes->apply(m_after, m_before))
        setObsolete(true);
}

void ChangeNoteCommand::redo()
{
    if (!m_notes->apply(m_before, m_after))
        setObsolete(true);
}

} // namespace Masar
