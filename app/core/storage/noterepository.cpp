// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "database.h"
#include "textnormalizer.h"
#include "transaction.h"
#include "utctime.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Masar {

namespace {
/// Arabic words often carry the article (ال) and a joined preposition or conjunction before it
/// (وال بال فال كال، لل). So that "مصفوفة" finds "المصفوفة", such words are also indexed without
/// it.
const QStringList &articles()
{
    static const QStringList prefixes{QStringLiteral("وال"), QStringLiteral("بال"),
                                      QStringLiteral("فال"), QStringLiteral("كال"),
                                      QStringLiteral("ال"),  QStringLiteral("لل")};
    return prefixes;
}

int articleLength(const QString &folded, int wordStart)
{
    for (const QString &prefix : articles()) {
        if (folded.mid(wordStart, prefix.size()) == prefix)
            return int(prefix.size());
    }
    return 0;
}

/// `folded` with the article taken off every word that has one: what is indexed, and what is
/// searched for, so that "المصفوفة" and "مصفوفة" find each other.
QString withoutArticles(const QString &folded)
{
    QString result;
    result.reserve(folded.size());
    int i = 0;
    while (i < folded.size()) {
        const int start = i;
        while (i < folded.size() && !folded.at(i).isLetterOrNumber())
            ++i;
        result += QStringView(folded).mid(start, i - start);
        const int wordStart = i;
        while (i < folded.size() && folded.at(i).isLetterOrNumber())
            ++i;
        const int length = articleLength(folded, wordStart);
        const int skip = (length > 0 && i - wordStart - length >= 2) ? length : 0;
        result += QStringView(folded).mid(wordStart + skip, i - wordStart - skip);
    }
    return result;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

Result<QList<Note>> NoteRepository::list(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, node_id, title, created_utc, modified_utc FROM note "
                                 "WHERE roadmap_id = ? ORDER BY modified_utc DESC, id DESC"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QList<Note> result;
    while (query.next()) {
        Note n;
        n.id = query.value(0).toLongLong();
        n.nodeId = query.value(1).toLongLong();
        n.title = query.value(2).toString();
        n.created = UtcTime::fromText(query.value(3).toString());
        n.modified = UtcTime::fromText(query.value(4).toString());
        result.append(n);
    }
    return result;
}

Result<Note> NoteRepository::find(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, node_id, title, body, created_utc, modified_utc "
                                 "FROM note WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::refused(query);
    if (!query.next())
        return Error{Database::tr("The note is no longer in the database.")};
    Note n;
    n.id = query.value(0).toLongLong();
    n.nodeId = query.value(1).toLongLong();
    n.title = query.value(2).toString();
    n.body = query.value(3).toString();
    n.created = UtcTime::fromText(query.value(4).toString());
    n.modified = UtcTime::fromText(query.value(5).toString());
    return n;
}

Status NoteRepository::index(qint64 id, const QString &title, const QString &body)
{
    QSqlQuery roadmap(m_db.connection());
    roadmap.prepare(QStringLiteral("SELECT roadmap_id FROM note WHERE id = ?"));
    roadmap.addBindValue(id);
    if (!roadmap.exec() || !roadmap.next())
        return Database::refused(roadmap);
    const qint64 roadmapId = roadmap.value(0).toLongLong();
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM note_fts WHERE rowid = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return Database::refused(remove);
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO note_fts (rowid, title, body, roadmap) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(id);
    const QString foldedTitle = TextNormalizer::normalize(title);
    const QString foldedBody = TextNormalizer::normalize(body);
    insert.addBindValue(withoutArticles(foldedTitle));
    insert.addBindValue(withoutArticles(foldedBody));
    insert.addBindValue(roadmapId);
    if (!insert.exec())
        return Database::refused(insert);
    return {};
}

Result<Note> NoteRepository::add(qint64 roadmapId, const Note &note)
{
    Transaction transaction(m_db.connection());
    Note stored = note;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    if (!stored.modified.isValid())
        stored.modified = now;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO note (id, roadmap_id, node_id, title, body, "
                                 "created_utc, modified_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(stored.id > 0 ? QVariant(stored.id) : QVariant());
    query.addBindValue(roadmapId);
    query.addBindValue(stored.nodeId);
    query.addBindValue(text(stored.title));
    query.addBindValue(text(stored.body));
    query.addBindValue(UtcTime::toText(stored.created));
    query.addBindValue(UtcTime::toText(stored.modified));
    if (!query.exec())
        return Database::refused(query);
    stored.id = query.lastInsertId().toLongLong();
    if (Status indexed = index(stored.id, stored.title, stored.body); !indexed)
        return Error{indexed.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return stored;
}

Status NoteRepository::updateMeta(const Note &note)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE note SET node_id = ?, title = ? WHERE id = ?"));
    query.addBindValue(note.nodeId);
    query.addBindValue(text(note.title));
    query.addBindValue(note.id);
    if (!query.exec())
        return Database::refused(query);
    QSqlQuery body(m_db.connection());
    body.prepare(QStringLiteral("SELECT body FROM note WHERE id = ?"));
    body.addBindValue(note.id);
    if (!body.exec() || !body.next())
        return Database::refused(body);
    if (Status indexed = index(note.id, note.title, body.value(0).toString()); !indexed)
        return indexed;
    return transaction.commit();
}

Status NoteRepository::updateBody(qint64 id, const QString &body, const QDateTime &modified)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE note SET body = ?, modified_utc = ? WHERE id = ?"));
    query.addBindValue(text(body));
    query.addBindValue(UtcTime::toText(modified));
    query.addBindValue(id);
    if (!query.exec())
        return Database::refused(query);
    if (query.numRowsAffected() != 1)
        return Error{Database::tr("The note is no longer in the database.")};
    QSqlQuery title(m_db.connection());
    title.prepare(QStringLiteral("SELECT title FROM note WHERE id = ?"));
    title.addBindValue(id);
    if (!title.exec() || !title.next())
        return Database::refused(title);
    if (Status indexed = index(id, title.value(0).toString(), body); !indexed)
        return indexed;
    return transaction.commit();
}

Status NoteRepository::remove(qint64 id)
{
    Transaction transaction(m_db.connection());
    for (const char *sql :
         {"DELETE FROM note_fts WHERE rowid = ?", "DELETE FROM note WHERE id = ?"}) {
        QSqlQuery query(m_db.connection());
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(id);
        if (!query.exec())
            return Database::refused(query);
    }
    return transaction.commit();
}

QString NoteRepository::matchExpression(const QString &query, QStringList *terms)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words =
        withoutArticles(TextNormalizer::normalize(query)).split(separators, Qt::SkipEmptyParts);
    QStringList parts;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        parts.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    if (terms)
        *terms = words;
    return parts.join(QLatin1Char(' '));
}

QString NoteRepository::snippet(const QString &text, const QStringList &terms, int *offset)
{
    // The text is folded a window at a time: the match is usually near the start, and folding a
    // long note whole, for each of the hits shown, is what a search would spend most on. Windows
    // end at a space, so no word is cut between two of them.
    constexpr qsizetype kWindow = 512;
    std::vector<int> origin;
    QString folded;
    int best = -1;
    int bestLength = 0;
    qsizetype base = 0;
    for (qsizetype windowStart = 0;;) {
        qsizetype windowEnd = std::min<qsizetype>(text.size(), windowStart + kWindow);
        while (windowEnd < text.size() && !text.at(windowEnd).isSpace())
            ++windowEnd;
        origin.clear();
        folded = TextNormalizer::normalize(text.mid(windowStart, windowEnd - windowStart), origin);
        // The first place where a word starts with one of the terms.
        for (const QString &term : terms) {
            for (int at = int(folded.indexOf(term)); at >= 0;
                 at = int(folded.indexOf(term, at + 1))) {
                // A match starts a word, or follows an article at the start of one.
                int wordStart = at;
                while (wordStart > 0 && folded.at(wordStart - 1).isLetterOrNumber())
                    --wordStart;
                if (wordStart == at || articleLength(folded, wordStart) == at - wordStart) {
                    if (best < 0 || wordStart < best) {
                        best = wordStart;
                        bestLength = at - wordStart + int(term.size());
                    }
                    break;
                }
            }
        }
        if (best >= 0) {
            base = windowStart;
            break;
        }
        if (windowEnd >= text.size())
            break;
        windowStart = windowEnd;
    }
    if (offset)
        *offset = best < 0 ? -1 : int(base) + origin.at(best);
    if (best < 0)
        return text.left(120).toHtmlEscaped();
    // Extend the match to the end of its word, then map both ends back to the original.
    int end = best + bestLength;
    while (end < folded.size() && folded.at(end).isLetterOrNumber())
        ++end;
    const int from = int(base) + origin.at(best);
    const int to =
        end < int(origin.size()) ? int(base) + origin.at(std::size_t(end)) : int(text.size());
    const int start = std::max(0, from - 50);
    const int stop = std::min(int(text.size()), to + 90);
    QString result;
    if (start > 0)
        result += QStringLiteral("…");
    result += text.mid(start, from - start).toHtmlEscaped();
    result +=
        QStringLiteral("<b>") + text.mid(from, to - from).toHtmlEscaped() + QStringLiteral("</b>");
    result += text.mid(to, stop - to).toHtmlEscaped();
    if (stop < text.size())
        result += QStringLiteral("…");
    return result.simplified();
}

Result<QList<NoteRepository::Hit>> NoteRepository::search(qint64 roadmapId, const QString &query,
                                                          int limit) const
{
    QStringList terms;
    const QString match = matchExpression(query, &terms);
    if (match.isEmpty())
        return QList<Hit>();
    // Rank in the index alone, exactly as a plain FTS5 query would, then read the few notes shown
    // and keep those of this roadmap. Usually one database holds one roadmap's notes, so the
    // first round is enough; otherwise ask the index for more.
    QList<qint64> ids;
    QHash<qint64, QPair<QString, QString>> texts; // id → title, body
    if (!m_rank) {
        // Prepared once: at a few hundredths of a millisecond a search, preparing is noticeable.
        m_rank.emplace(m_db.connection());
        m_rank->prepare(QStringLiteral("SELECT rowid FROM note_fts WHERE note_fts MATCH ? "
                                       "ORDER BY bm25(note_fts, 5.0, 1.0) LIMIT ?"));
    }
    for (int fetch = limit; ids.size() < limit; fetch *= 4) {
        m_rank->addBindValue(match);
        m_rank->addBindValue(fetch);
        if (!m_rank->exec())
            return Database::refused(*m_rank);
        QList<qint64> candidates;
        while (m_rank->next())
            candidates.append(m_rank->value(0).toLongLong());
        m_rank->finish();
        if (!candidates.isEmpty()) {
            auto read = m_reads.find(int(candidates.size()));
            if (read == m_reads.end()) {
                QStringList marks;
                for (int i = 0; i < candidates.size(); ++i)
                    marks.append(QStringLiteral("?"));
                read = m_reads.insert(int(candidates.size()), QSqlQuery(m_db.connection()));
                // "+roadmap_id": look the few notes up by id; with the roadmap's index SQLite
                // would walk every note of the roadmap instead (measured: 1 ms at 10,000 notes).
                read->prepare(QStringLiteral("SELECT id, title, body FROM note WHERE "
                                             "+roadmap_id = ? AND id IN (%1)")
                                  .arg(marks.join(QLatin1Char(','))));
            }
            read->addBindValue(roadmapId);
            for (qint64 id : std::as_const(candidates))
                read->addBindValue(id);
            if (!read->exec())
                return Database::refused(*read);
            while (read->next())
                texts.insert(read->value(0).toLongLong(),
                             {read->value(1).toString(), read->value(2).toString()});
            read->finish();
        }
        ids.clear();
        for (qint64 id : std::as_const(candidates)) {
            if (ids.size() < limit && texts.contains(id))
                ids.append(id);
        }
        if (candidates.size() < fetch)
            break; // the index has nothing more
    }
    QList<Hit> hits; // in rank order
    for (qint64 id : std::as_const(ids)) {
        Hit hit;
        hit.id = id;
        hit.title = texts.value(id).first;
        const QString &body = texts.value(id).second;
        hit.snippet = snippet(body, terms, &hit.bodyOffset);
        if (hit.bodyOffset < 0)
            hit.snippet =
                snippet(hit.title, terms) + QStringLiteral(" — ") + body.left(100).toHtmlEscaped();
        hits.append(hit);
    }
    return hits;
}

} // namespace Masar
