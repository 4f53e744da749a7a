// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesessioncommand.h"

#include "studylog.h"

namespace Masar {

ChangeSessionCommand::ChangeSessionCommand(StudyLog *log, std::optional<StudySession> before,
                                           std::optional<StudySession> after, Wording wording)
    : WordedCommand(std::move(wording)), m_log(log), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ChangeSessionCommand::undo()
{
    if (!m_log->apply(m_after, m_before))
        setObsolete(true);
}

void ChangeSessionCommand::redo()
{
    // The first redo of an added session gives it its id; later redos reuse it.
    if (!m_log->apply(m_before, m_after))
        setObsolete(true);
}

} // namespace Masar
