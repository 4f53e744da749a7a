// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrepository.h"

#include "database.h"
#include "transaction.h"
#include "utctime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Masar {

namespace {

QString sourceKey(StudySession::Source source)
{
    return source == StudySession::Source::Timer ? QStringLiteral("timer")
                                                 : QStringLiteral("manual");
}
} // namespace

Result<QList<StudySession>> SessionRepository::sessions(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, node_id, start_utc, end_utc, source, note FROM "
                                 "study_session WHERE roadmap_id = ? ORDER BY start_utc, id"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QList<StudySession> result;
    while (query.next()) {
        StudySession s;
        s.id = query.value(0).toLongLong();
        s.nodeId = query.value(1).toLongLong();
        s.start = UtcTime::fromText(query.value(2).toString());
        s.end = UtcTime::fromText(query.value(3).toString());
        s.source = query.value(4).toString() == QLatin1String("timer")
                       ? StudySession::Source::Timer
                       : StudySession::Source::Manual;
        s.note = query.value(5).toString();
        result.append(s);
    }
    return result;
}

Result<StudySession> SessionRepository::add(qint64 roadmapId, const StudySession &session)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO study_session (id, roadmap_id, node_id, start_utc, "
                                 "end_utc, source, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(session.id > 0 ? QVariant(session.id) : QVariant());
    query.addBindValue(roadmapId);
    query.addBindValue(session.nodeId);
    query.addBindValue(UtcTime::toText(session.start));
    query.addBindValue(UtcTime::toText(session.end));
    query.addBindValue(sourceKey(session.source));
    query.addBindValue(session.note.isNull() ? QStringLiteral("") : session.note);
    if (!query.exec())
        return Database::refused(query);
    StudySession stored = session;
    stored.id = query.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return stored;
}

Status SessionRepository::update(const StudySession &session)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE study_session SET node_id = ?, start_utc = ?, "
                                 "end_utc = ?, source = ?, note = ? WHERE id = ?"));
    query.addBindValue(session.nodeId);
    query.addBindValue(UtcTime::toText(session.start));
    query.addBindValue(UtcTime::toText(session.end));
    query.addBindValue(sourceKey(session.source));
    query.addBindValue(session.note.isNull() ? QStringLiteral("") : session.note);
    query.addBindValue(session.id);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Status SessionRepository::remove(qint64 id)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM study_session WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Result<SessionRepository::RunningTimer> SessionRepository::runningTimer(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT node_id, started_utc, paused_seconds, paused_at_utc, "
                                 "focus_minutes, alive_utc FROM running_timer WHERE "
                                 "roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    RunningTimer timer;
    if (query.next()) {
        timer.nodeId = query.value(0).toLongLong();
        timer.started = UtcTime::fromText(query.value(1).toString());
        timer.pausedSeconds = query.value(2).toLongLong();
        timer.pausedAt = UtcTime::fromText(query.value(3).toString());
        timer.focusMinutes = query.value(4).toInt();
        timer.alive = UtcTime::fromText(query.value(5).toString());
    }
    return timer;
}

Status SessionRepository::saveRunningTimer(qint64 roadmapId, const RunningTimer &timer)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO running_timer (roadmap_id, node_id, started_utc, paused_seconds, "
        "paused_at_utc, focus_minutes, alive_utc) VALUES (?, ?, ?, ?, ?, ?, ?) ON "
        "CONFLICT(roadmap_id) DO UPDATE SET node_id = excluded.node_id, started_utc = "
        "excluded.started_utc, paused_seconds = excluded.paused_seconds, paused_at_utc = "
        "excluded.paused_at_utc, focus_minutes = excluded.focus_minutes, alive_utc = "
        "excluded.alive_utc"));
    query.addBindValue(roadmapId);
    query.addBindValue(timer.nodeId);
    query.addBindValue(UtcTime::toText(timer.started));
    query.addBindValue(timer.pausedSeconds);
    query.addBindValue(UtcTime::toText(timer.pausedAt));
    query.addBindValue(timer.focusMinutes);
    query.addBindValue(UtcTime::toText(timer.alive));
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

Status SessionRepository::clearRunningTimer(qint64 roadmapId)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM running_timer WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

} // namespace Masar
