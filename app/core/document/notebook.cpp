// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebook.h"

#include "changenotecommand.h"
#include "plannerdocument.h"

namespace Masar {

NoteBook::NoteBook(Database &database, PlannerDocument *document)
    : QObject(document), m_document(document), m_repository(database)
{}

Result<QList<Note>> NoteBook::read(qint64 roadmapId) const
{
    return m_repository.list(roadmapId);
}

void NoteBook::adopt(qint64 roadmapId, QList<Note> notes)
{
    m_roadmapId = roadmapId;
    m_notes = std::move(notes);
    emit notesChanged();
}

Status NoteBook::load(qint64 roadmapId)
{
    auto notes = read(roadmapId);
    if (!notes)
        return Error{notes.error()};
    adopt(roadmapId, std::move(notes.value()));
    return {};
}

QList<Note> NoteBook::notesOf(qint64 nodeId) const
{
    QList<Note> result;
    for (const Note &n : m_notes) {
        if (n.nodeId == nodeId)
            result.append(n);
    }
    return result;
}

Result<Note> NoteBook::note(qint64 id) const
{
    return m_repository.find(id);
}

qint64 NoteBook::create(qint64 nodeId, const QString &title, const QString &body)
{
    Note note;
    note.nodeId = nodeId;
    note.title = title.trimmed().isEmpty() ? tr("Untitled note") : title.trimmed();
    note.body = body;
    auto *command = new ChangeNoteCommand(this, std::nullopt, note, [] { return tr("New note"); });
    if (!m_document->pushCommand(command))
        return 0;
    return command->noteId();
}

bool NoteBook::rename(qint64 id, const QString &title)
{
    auto current = m_repository.find(id);
    if (!current || title.trimmed().isEmpty() || current->title == title.trimmed())
        return false;
    Note after = current.value();
    after.title = title.trimmed();
    return m_document->pushCommand(
        new ChangeNoteCommand(this, current.value(), after, [] { return tr("Rename note"); }));
}

bool NoteBook::link(qint64 id, qint64 nodeId)
{
    auto current = m_repository.find(id);
    if (!current || current->nodeId == nodeId)
        return false;
    Note after = current.value();
    after.nodeId = nodeId;
    return m_document->pushCommand(new ChangeNoteCommand(this, current.value(), after, [nodeId] {
        return nodeId ? tr("Attach note") : tr("Detach note");
    }));
}

bool NoteBook::remove(qint64 id)
{
    auto current = m_repository.find(id);
    if (!current)
        return false;
    return m_document->pushCommand(
        new ChangeNoteCommand(this, current.value(), std::nullopt, [title = current->title] {
            return tr("Delete note \"%1\"").arg(title);
        }));
}

Status NoteBook::apply(std::optional<Note> &before, std::optional<Note> &after)
{
    Status stored;
    if (before && after) {
        stored = m_repository.updateMeta(*after);
    } else if (before) {
        // Typing is saved straight to the file, not through commands: what the note holds now
        // is what a redo (or the undo of this deletion) must bring back.
        if (auto current = m_repository.find(before->id))
            before = current.value();
        stored = m_repository.remove(before->id);
    } else if (after) {
        auto added = m_repository.add(m_roadmapId, *after);
        if (added)
            after = added.value();
        else
            stored = Error{added.error()};
    }
    if (!stored) {
        m_document->reportError(stored.error());
        return stored;
    }
    if (Status reloaded = load(m_roadmapId); !reloaded)
        return reloaded;
    return {};
}

Status NoteBook::saveBody(qint64 id, const QString &body)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status saved = m_repository.updateBody(id, body, now);
    if (!saved)
        return Error{
            tr("The note could not be saved; its text stays in the editor. %1").arg(saved.error())};
    for (Note &n : m_notes) {
        if (n.id == id)
            n.modified = now;
    }
    emit noteSaved(id);
    return {};
}

Result<QList<NoteRepository::Hit>> NoteBook::search(const QString &query, int limit) const
{
    return m_repository.search(m_roadmapId, query, limit);
}

} // namespace Masar
