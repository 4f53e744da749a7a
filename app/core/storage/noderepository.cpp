// SPDX-License-Identifier: GPL-3.0-or-later
#include "noderepository.h"

#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Masar {

namespace {

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant();
}

/// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindFields(QSqlQuery &query, const RoadmapNode &n)
{
    query.bindValue(QStringLiteral(":kind"), RoadmapNode::kindKey(n.kind));
    query.bindValue(QStringLiteral(":title"), text(n.title));
    query.bindValue(QStringLiteral(":title_ar"), text(n.titleAr));
    query.bindValue(QStringLiteral(":url"), text(n.url));
    query.bindValue(QStringLiteral(":language"), text(n.language));
    query.bindValue(QStringLiteral(":area"), text(CompetencyAreas::key(n.area)));
    query.bindValue(QStringLiteral(":effort"), n.effortMinutes);
    query.bindValue(QStringLiteral(":low"), n.effortLowMinutes);
    query.bindValue(QStringLiteral(":high"), n.effortHighMinutes);
    query.bindValue(QStringLiteral(":source"), RoadmapNode::effortSourceKey(n.effortSource));
    query.bindValue(QStringLiteral(":duration"), text(n.durationText));
    query.bindValue(QStringLiteral(":stated"), n.statedMinutes);
    query.bindValue(QStringLiteral(":optional"), n.optional ? 1 : 0);
    query.bindValue(QStringLiteral(":status"), RoadmapNode::statusKey(n.status));
    query.bindValue(QStringLiteral(":pinned"), n.pinnedStart.isValid()
                                                   ? n.pinnedStart.toString(Qt::ISODate)
                                                   : QStringLiteral(""));
}

} // namespace

Result<QList<RoadmapNode>> NodeRepository::nodes(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, parent_id, position, kind, title, title_ar, url, language, area, "
        "effort_minutes, effort_low_minutes, effort_high_minutes, effort_source, duration_text, "
        "stated_minutes, optional, status, pinned_start FROM node WHERE roadmap_id = ? "
        "ORDER BY parent_id IS NOT NULL, parent_id, position"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QList<RoadmapNode> result;
    while (query.next()) {
        RoadmapNode n;
        n.id = query.value(0).toLongLong();
        n.parentId = query.value(1).toLongLong();
        n.position = query.value(2).toInt();
        n.kind =
            RoadmapNode::kindFromKey(query.value(3).toString()).value_or(RoadmapNode::Kind::Topic);
        n.title = query.value(4).toString();
        n.titleAr = query.value(5).toString();
        n.url = query.value(6).toString();
        n.language = query.value(7).toString();
        n.area = CompetencyAreas::fromKey(query.value(8).toString());
        n.effortMinutes = query.value(9).toInt();
        n.effortLowMinutes = query.value(10).toInt();
        n.effortHighMinutes = query.value(11).toInt();
        n.effortSource = RoadmapNode::effortSourceFromKey(query.value(12).toString());
        n.durationText = query.value(13).toString();
        n.statedMinutes = query.value(14).toInt();
        n.optional = query.value(15).toInt() != 0;
        n.status = RoadmapNode::statusFromKey(query.value(16).toString())
                       .value_or(RoadmapNode::Status::NotStarted);
        n.pinnedStart = QDate::fromString(query.value(17).toString(), Qt::ISODate);
        result.append(n);
    }
    return result;
}

namespace {

/// Inserts `tree` with the statement prepared once for the whole tree (preparing it per node
/// took most of the time of a 22,000-node import).
Status insertWith(QSqlQuery &query, qint64 roadmapId, qint64 parentId, int position,
                  RoadmapNodeTree &tree)
{
    tree.node.parentId = parentId;
    tree.node.position = position;
    query.bindValue(QStringLiteral(":id"), tree.node.id > 0 ? QVariant(tree.node.id) : QVariant());
    query.bindValue(QStringLiteral(":roadmap"), roadmapId);
    query.bindValue(QStringLiteral(":parent"), parentValue(parentId));
    query.bindValue(QStringLiteral(":position"), position);
    bindFields(query, tree.node);
    if (!query.exec())
        return Database::refused(query);
    tree.node.id = query.lastInsertId().toLongLong();
    int childPosition = 0;
    for (RoadmapNodeTree &child : tree.children) {
        if (Status inserted = insertWith(query, roadmapId, tree.node.id, childPosition++, child);
            !inserted)
            return inserted;
    }
    return {};
}

} // namespace

Status NodeRepository::insertTree(QSqlDatabase db, qint64 roadmapId, qint64 parentId, int position,
                                  RoadmapNodeTree &tree)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO node (id, roadmap_id, parent_id, position, kind, title, title_ar, url, "
        "language, area, effort_minutes, effort_low_minutes, effort_high_minutes, effort_source, "
        "duration_text, stated_minutes, optional, status, pinned_start) VALUES (:id, :roadmap, "
        ":parent, :position, :kind, :title, :title_ar, :url, :language, :area, :effort, :low, "
        ":high, :source, :duration, :stated, :optional, :status, :pinned)"));
    return insertWith(query, roadmapId, parentId, position, tree);
}

Result<QList<qint64>> NodeRepository::childIds(qint64 roadmapId, qint64 parentId,
                                               bool *numbered) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, position FROM node WHERE roadmap_id = ? AND "
                                 "parent_id IS ? ORDER BY position"));
    query.addBindValue(roadmapId);
    query.addBindValue(parentValue(parentId));
    if (!query.exec())
        return Database::refused(query);
    QList<qint64> ids;
    bool inSequence = true;
    while (query.next()) {
        inSequence = inSequence && query.value(1).toInt() == ids.size();
        ids.append(query.value(0).toLongLong());
    }
    if (numbered)
        *numbered = inSequence;
    return ids;
}

Status NodeRepository::writeOrder(const ChildOrder &order)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE node SET parent_id = ?, position = ? WHERE id = ?"));
    for (int i = 0; i < order.children.size(); ++i) {
        query.addBindValue(parentValue(order.parentId));
        query.addBindValue(i);
        query.addBindValue(order.children.at(i));
        if (!query.exec())
            return Database::refused(query);
    }
    return {};
}

Result<QList<RoadmapNodeTree>> NodeRepository::insert(qint64 roadmapId, qint64 parentId, int row,
                                                      const QList<RoadmapNodeTree> &trees)
{
    Transaction transaction(m_db.connection());
    bool numbered = false; // positions 0, 1, 2… as every write leaves them
    auto siblings = childIds(roadmapId, parentId, &numbered);
    if (!siblings)
        return Error{siblings.error()};
    ChildOrder order{parentId, siblings.value()};
    row = std::clamp(row, 0, int(order.children.size()));
    const int count = int(trees.size());
    if (numbered && row < order.children.size()) {
        // The siblings from `row` on make room, in one statement.
        QSqlQuery shift(m_db.connection());
        shift.prepare(QStringLiteral("UPDATE node SET position = position + ? WHERE roadmap_id = ? "
                                     "AND parent_id IS ? AND position >= ?"));
        shift.addBindValue(count);
        shift.addBindValue(roadmapId);
        shift.addBindValue(parentValue(parentId));
        shift.addBindValue(row);
        if (!shift.exec())
            return Database::refused(shift);
    }
    QList<RoadmapNodeTree> stored = trees;
    for (int i = 0; i < count; ++i) {
        if (Status inserted =
                insertTree(m_db.connection(), roadmapId, parentId, row + i, stored[i]);
            !inserted)
            return Error{inserted.error()};
        order.children.insert(row + i, stored[i].node.id);
    }
    if (!numbered) {
        if (Status written = writeOrder(order); !written)
            return Error{written.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return stored;
}

Status NodeRepository::update(const QList<RoadmapNode> &nodes)
{
    Transaction transaction(m_db.connection());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE node SET kind = :kind, title = :title, title_ar = :title_ar, url = :url, "
        "language = :language, area = :area, effort_minutes = :effort, "
        "effort_low_minutes = :low, effort_high_minutes = :high, effort_source = :source, "
        "duration_text = :duration, stated_minutes = :stated, optional = :optional, "
        "status = :status, pinned_start = :pinned WHERE id = :id"));
    for (const RoadmapNode &n : nodes) {
        bindFields(query, n);
        query.bindValue(QStringLiteral(":id"), n.id);
        if (!query.exec())
            return Database::refused(query);
        if (query.numRowsAffected() != 1)
            return Error{
                Database::tr("The item \"%1\" is no longer in the database.").arg(n.title)};
    }
    return transaction.commit();
}

Status NodeRepository::remove(qint64 roadmapId, const QList<qint64> &ids)
{
    Transaction transaction(m_db.connection());
    QList<qint64> parents;
    QSqlQuery parentQuery(m_db.connection());
    parentQuery.prepare(QStringLiteral("SELECT parent_id FROM node WHERE id = ?"));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM node WHERE id = ?"));
    for (qint64 id : ids) {
        parentQuery.addBindValue(id);
        if (!parentQuery.exec())
            return Database::refused(parentQuery);
        if (parentQuery.next() && !parents.contains(parentQuery.value(0).toLongLong()))
            parents.append(parentQuery.value(0).toLongLong());
        parentQuery.finish();
        query.addBindValue(id);
        if (!query.exec())
            return Database::refused(query);
    }
    for (qint64 parentId : std::as_const(parents)) {
        auto remaining = childIds(roadmapId, parentId);
        if (!remaining)
            return Error{remaining.error()};
        if (Status written = writeOrder({parentId, remaining.value()}); !written)
            return written;
    }
    return transaction.commit();
}

Status NodeRepository::setOrders(qint64, const QList<ChildOrder> &orders)
{
    Transaction transaction(m_db.connection());
    for (const ChildOrder &order : orders) {
        if (Status written = writeOrder(order); !written)
            return written;
    }
    return transaction.commit();
}

Result<QHash<qint64, QList<qint64>>> NodeRepository::prerequisites(qint64 roadmapId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT p.node_id, p.prerequisite_id FROM node_prerequisite p "
                                 "JOIN node n ON n.id = p.node_id WHERE n.roadmap_id = ? "
                                 "ORDER BY p.rowid"));
    query.addBindValue(roadmapId);
    if (!query.exec())
        return Database::refused(query);
    QHash<qint64, QList<qint64>> result;
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    return result;
}

Status NodeRepository::setPrerequisites(const QHash<qint64, QList<qint64>> &prerequisites)
{
    Transaction transaction(m_db.connection());
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM node_prerequisite WHERE node_id = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO node_prerequisite (node_id, prerequisite_id) VALUES (?, ?)"));
    for (auto it = prerequisites.cbegin(); it != prerequisites.cend(); ++it) {
        clear.addBindValue(it.key());
        if (!clear.exec())
            return Database::refused(clear);
        for (qint64 prerequisite : it.value()) {
            insert.addBindValue(it.key());
            insert.addBindValue(prerequisite);
            if (!insert.exec())
                return Database::refused(insert);
        }
    }
    return transaction.commit();
}

} // namespace Masar
