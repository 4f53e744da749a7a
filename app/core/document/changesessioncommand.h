// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat.h"
#include "model/studysession.h"
#include "wordedcommand.h"

#include <optional>

namespace Masar {

class StudyLog;

/// Adds (no before), edits, or removes (no after) one study session.
class ChangeSessionCommand : public WordedCommand
{
public:
    ChangeSessionCommand(StudyLog *log, std::optional<StudySession> before,
                         std::optional<StudySession> after, Wording wording);

    void undo() override;
    void redo() override;

private:
    StudyLog *m_log;
    std::optional<StudySession> m_before;
    std::optional<StudySession> m_after;
};

} // namespace Masar
