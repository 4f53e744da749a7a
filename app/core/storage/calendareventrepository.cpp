// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendareventrepository.h"

#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Masar {

Result<QHash<QString, SyncedEvent>> CalendarEventRepository::events(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT uid, href, etag, hash FROM calendar_event WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QHash<QString, SyncedEvent> result;
    while (query.next()) {
        result.insert(
            query.value(0).toString(),
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return result;
}

Result<QList<StoredCalendarEvent>> CalendarEventRepository::allEvents() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT roadmap_id, uid, href, etag, hash FROM calendar_event "
                                   "ORDER BY roadmap_id, uid")))
        return Database::refused(query);
    QList<StoredCalendarEvent> result;
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(),
             query.value(1).toString(),
             {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()}});
    }
    return result;
}

Status CalendarEventRepository::save(qint64 roadmapId, const QString &uid, const SyncedEvent &event)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO calendar_event (roadmap_id, uid, href, etag, hash) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(roadmap_id, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, "
        "hash = excluded.hash"));
    query.addBindValue(roadmapId);
    query.addBindValue(uid);
    query.addBindValue(event.href);
    query.addBindValue(event.etag.isNull() ? QStringLiteral("") : event.etag);
    query.addBindValue(event.hash);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Status CalendarEventRepository::remove(qint64 roadmapId, const QString &uid)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_event WHERE roadmap_id = ? AND uid = ?"));
    query.addBindValue(roadmapId);
    query.addBindValue(uid);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Status CalendarEventRepository::clear(qint64 roadmapId)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM calendar_event WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Status CalendarEventRepository::clearAll()
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM calendar_event")))
        return Database::refused(query);
    return transaction.commit();
}

} // namespace Masar
