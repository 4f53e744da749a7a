// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrepository.h"

#include "database.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Masar {

namespace {
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}
} // namespace

QString PlanRepository::weekdayText(const std::array<int, 7> &minutes)
{
    QStringList parts;
    for (int m : minutes)
        parts.append(QString::number(m));
    return parts.join(QLatin1Char(','));
}

bool PlanRepository::parseWeekdays(const QString &text, std::array<int, 7> &minutes)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 7)
        return false;
    std::array<int, 7> parsed{};
    for (int i = 0; i < 7; ++i) {
        bool ok = false;
        parsed[size_t(i)] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || parsed[size_t(i)] < 0 || parsed[size_t(i)] > 24 * 60)
            return false;
    }
    minutes = parsed;
    return true;
}

Result<Availability> PlanRepository::availability(qint64 roadmapId, const QDate &defaultStart) const
{
    Availability a;
    a.startDate = defaultStart;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT start_date, weekday_minutes, parallel_courses, "
                                 "target_date, preferred_time FROM availability "
                                 "WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    if (!query.next())
        return a;
    a.startDate = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    if (!a.startDate.isValid())
        a.startDate = defaultStart;
    parseWeekdays(query.value(1).toString(), a.minutesPerWeekday);
    a.parallelCourses = std::max(1, query.value(2).toInt());
    a.targetDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    const QTime time = QTime::fromString(query.value(4).toString(), QStringLiteral("HH:mm"));
    if (time.isValid())
        a.preferredTime = time;
    query.finish();

    QSqlQuery blocked(m_db.connection());
    blocked.prepare(QStringLiteral("SELECT date_from, date_to, reason FROM blocked_range "
                                   "WHERE roadmap_id = ? ORDER BY date_from, id"));
    blocked.addBindValue(roadmapId);
    if (!blocked.exec())
        return Database::refused(blocked);
    while (blocked.next()) {
        const QDate from = QDate::fromString(blocked.value(0).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(blocked.value(1).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid())
            a.blocked.append({from, to, blocked.value(2).toString()});
    }
    return a;
}

Status PlanRepository::saveAvailability(qint64 roadmapId, const Availability &a)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO availability (roadmap_id, start_date, weekday_minutes, parallel_courses, "
        "target_date, preferred_time) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(roadmap_id) DO UPDATE "
        "SET start_date = excluded.start_date, weekday_minutes = excluded.weekday_minutes, "
        "parallel_courses = excluded.parallel_courses, target_date = excluded.target_date, "
        "preferred_time = excluded.preferred_time"));
    query.addBindValue(roadmapId);
    query.addBindValue(isoDate(a.startDate));
    query.addBindValue(weekdayText(a.minutesPerWeekday));
    query.addBindValue(std::max(1, a.parallelCourses));
    query.addBindValue(isoDate(a.targetDate));
    query.addBindValue(a.preferredTime.toString(QStringLiteral("HH:mm")));
    if (!query.exec())
        return Database::refused(query);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM blocked_range WHERE roadmap_id = ?"));
    clear.addBindValue(roadmapId);
    if (!clear.exec())
        return Database::refused(clear);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO blocked_range (roadmap_id, date_from, date_to, "
                                  "reason) VALUES (?, ?, ?, ?)"));
    for (const BlockedRange &range : a.blocked) {
        insert.addBindValue(roadmapId);
        insert.addBindValue(isoDate(range.from));
        insert.addBindValue(isoDate(range.to));
        insert.addBindValue(range.reason.isNull() ? QStringLiteral("") : range.reason);
        if (!insert.exec())
            return Database::refused(insert);
    }
    return transaction.commit();
}

Result<QHash<qint64, ScheduledTask>> PlanRepository::baseline(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT node_id, start_date, end_date, minutes FROM "
                                 "plan_baseline WHERE roadmap_id = ?"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QHash<qint64, ScheduledTask> result;
    while (query.next()) {
        ScheduledTask t;
        t.id = query.value(0).toLongLong();
        t.start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        t.end = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        t.minutes = query.value(3).toInt();
        result.insert(t.id, t);
    }
    return result;
}

Status PlanRepository::saveBaseline(qint64 roadmapId, const QList<ScheduledTask> &tasks)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM plan_baseline WHERE roadmap_id = ?"));
    clear.addBindValue(roadmapId);
    if (!clear.exec())
        return Database::refused(clear);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO plan_baseline (roadmap_id, node_id, start_date, "
                                  "end_date, minutes) VALUES (?, ?, ?, ?, ?)"));
    for (const ScheduledTask &t : tasks) {
        insert.addBindValue(roadmapId);
        insert.addBindValue(t.id);
        insert.addBindValue(isoDate(t.start));
        insert.addBindValue(isoDate(t.end));
        insert.addBindValue(t.minutes);
        if (!insert.exec())
            return Database::refused(insert);
    }
    return transaction.commit();
}

} // namespace Masar
