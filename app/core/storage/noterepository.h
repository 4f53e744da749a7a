// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Masar {

class Database;

/// Notes of a roadmap and their full-text index (SQLite FTS5 over normalized text).
class NoteRepository
{
public:
    explicit NoteRepository(Database &database) : m_db(database) {}

    /// All notes of the roadmap without their bodies (for lists), newest change first.
    Result<QList<Note>> list(qint64 roadmapId) const;
    Result<Note> find(qint64 id) const;
    /// Stores a new note (keeping its id when it has one); returns it with id and timestamps.
    Result<Note> add(qint64 roadmapId, const Note &note);
    /// Title and node only.
    Status updateMeta(const Note &note);
    /// The body, and the modification time.
    Status updateBody(qint64 id, const QString &body, const QDateTime &modified);
    Status remove(qint64 id);

    struct Hit
    {
        qint64 id = 0;
        QString title;
        QString snippet;     ///< HTML, the matched words in <b>
        int bodyOffset = -1; ///< where the first match is in the body (-1: in the title)
    };
    /// Ranked matches of every word of `query` (as a prefix), Arabic spelling variants folded.
    Result<QList<Hit>> search(qint64 roadmapId, const QString &query, int limit = 20) const;
    /// The FTS5 expression searched for `query` (empty when nothing is searchable).
    static QString matchExpression(const QString &query, QStringList *terms = nullptr);
    /// An HTML snippet of `text` around its first match of `terms`; `offset` gets its position.
    static QString snippet(const QString &text, const QStringList &terms, int *offset = nullptr);

private:
    Status index(qint64 id, const QString &title, const QString &body);

    Database &m_db;
    mutable std::optional<QSqlQuery> m_rank; ///< search: ranking in the index
    mutable QHash<int, QSqlQuery> m_reads;   ///< search: the notes shown, by how many
};

} // namespace Masar
