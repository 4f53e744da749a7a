// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmaprepository.h"

#include "database.h"
#include "noderepository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Masar {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, builtin_id, title_en, title_ar, description_en, description_ar, source, "
    "hours_per_week, created_at FROM roadmap");

Roadmap readRoadmap(const QSqlQuery &query)
{
    Roadmap r;
    r.id = query.value(0).toLongLong();
    r.builtinId = query.value(1).toString();
    r.titleEn = query.value(2).toString();
    r.titleAr = query.value(3).toString();
    r.descriptionEn = query.value(4).toString();
    r.descriptionAr = query.value(5).toString();
    r.source = query.value(6).toString();
    r.hoursPerWeek = query.value(7).toDouble();
    r.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    return r;
}
} // namespace

Result<QList<Roadmap>> RoadmapRepository::all() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY id")))
        return Database::refused(query);
    QList<Roadmap> result;
    while (query.next())
        result.append(readRoadmap(query));
    return result;
}

Result<Roadmap> RoadmapRepository::find(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::refused(query);
    if (!query.next()) {
        return Error{
            QCoreApplication::translate("Database", "There is no roadmap with id %1.").arg(id)};
    }
    return readRoadmap(query);
}

Result<qint64> RoadmapRepository::add(const RoadmapDocumentData &data)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO roadmap (builtin_id, title_en, title_ar, description_en, description_ar, "
        "source, hours_per_week, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const Roadmap &r = data.roadmap;
    query.addBindValue(r.builtinId.isNull() ? QStringLiteral("") : r.builtinId);
    query.addBindValue(r.titleEn.isNull() ? QStringLiteral("") : r.titleEn);
    query.addBindValue(r.titleAr.isNull() ? QStringLiteral("") : r.titleAr);
    query.addBindValue(r.descriptionEn.isNull() ? QStringLiteral("") : r.descriptionEn);
    query.addBindValue(r.descriptionAr.isNull() ? QStringLiteral("") : r.descriptionAr);
    query.addBindValue(r.source.isNull() ? QStringLiteral("") : r.source);
    query.addBindValue(r.hoursPerWeek);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return Database::refused(query);
    const qint64 id = query.lastInsertId().toLongLong();
    int position = 0;
    for (RoadmapNodeTree tree : data.nodes) {
        if (Status inserted = NodeRepository::insertTree(db, id, 0, position++, tree); !inserted)
            return Error{inserted.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Status RoadmapRepository::remove(qint64 id)
{
    Transaction transaction(m_db.connection());
    // The full-text index is not bound to the notes by a foreign key: clear it first.
    QSqlQuery index(m_db.connection());
    index.prepare(QStringLiteral(
        "DELETE FROM note_fts WHERE rowid IN (SELECT id FROM note WHERE roadmap_id = ?)"));
    index.addBindValue(id);
    if (!index.exec())
        return Database::refused(index);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM roadmap WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::refused(query);
    return transaction.commit();
}

} // namespace Masar
