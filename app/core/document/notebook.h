// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "result.h"
#include "storage/noterepository.h"

#include <QObject>

#include <optional>

namespace Masar {

class Database;
class PlannerDocument;

/**
 * The notes of the open roadmap. Creating, renaming, linking and deleting notes are undo
 * commands; the text itself is saved as the learner types (the editor keeps its own undo for
 * typing), and a refused save leaves the text in the editor with a message.
 */
class NoteBook : public QObject
{
    Q_OBJECT

public:
    NoteBook(Database &database, PlannerDocument *document);

    /// The notes of a roadmap as stored, read apart from adopt(): a roadmap is read whole before
    /// anything is replaced.
    Result<QList<Note>> read(qint64 roadmapId) const;
    void adopt(qint64 roadmapId, QList<Note> notes);
    Status load(qint64 roadmapId);
    /// The notes without bodies, most recently changed first.
    const QList<Note> &notes() const { return m_notes; }
    QList<Note> notesOf(qint64 nodeId) const;
    Result<Note> note(qint64 id) const;

    // Undoable ----------------------------------------------------------------------------------
    /// Creates a note (attached to `nodeId`, or free with 0); returns its id, 0 on failure.
    qint64 create(qint64 nodeId, const QString &title, const QString &body = {});
    bool rename(qint64 id, const QString &title);
    bool link(qint64 id, qint64 nodeId);
    bool remove(qint64 id);
    /// Applied by the undo command: replaces `before` by `after` (either may be empty); a new note
    /// gets its id written back into `after`, and a removed one is read back into `before` first,
    /// so that bringing it back restores everything typed into it.
    Status apply(std::optional<Note> &before, std::optional<Note> &after);

    // Typing ------------------------------------------------------------------------------------
    /// Saves the text of a note now (the editor calls this about a second after typing stops).
    Status saveBody(qint64 id, const QString &body);

    /// Full-text search over titles and bodies, Arabic spelling variants folded.
    Result<QList<NoteRepository::Hit>> search(const QString &query, int limit = 20) const;

signals:
    void notesChanged();
    void noteSaved(qint64 id);

private:
    PlannerDocument *m_document;
    NoteRepository m_repository;
    qint64 m_roadmapId = 0;
    QList<Note> m_notes;
};

} // namespace Masar
