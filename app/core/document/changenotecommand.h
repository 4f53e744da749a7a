// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/note.h"
#include "wordedcommand.h"

#include <optional>

namespace Masar {

class NoteBook;

/// Creates (no before), renames or relinks, or deletes (no after) one note.
class ChangeNoteCommand : public WordedCommand
{
public:
    ChangeNoteCommand(NoteBook *notes, std::optional<Note> before, std::optional<Note> after,
                      Wording wording);

    void undo() override;
    void redo() override;
    /// The note this command creates or changes (its id is known after the first redo).
    qint64 noteId() const { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

private:
    NoteBook *m_notes;
    std::optional<Note> m_before;
    std::optional<Note> m_after;
};

} // namespace Masar
