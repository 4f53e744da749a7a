// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Masar {

class Database;

/**
 * Nodes of a roadmap. Each public write is one transaction: it happens completely or not at all,
 * and sibling positions stay 0…n-1 after it. Node ids are stable: a subtree removed and inserted
 * again (undo) gets its old ids back.
 */
class NodeRepository
{
public:
    explicit NodeRepository(Database &database) : m_db(database) {}

    /// Every node of the roadmap, parents before children, siblings in order.
    Result<QList<RoadmapNode>> nodes(qint64 roadmapId) const;

    /**
     * Inserts the trees under `parentId` (0: top level) before the child now at `row`. Nodes with
     * id 0 get new ids; nodes with an id keep it. Returns the trees with every id filled in.
     */
    Result<QList<RoadmapNodeTree>> insert(qint64 roadmapId, qint64 parentId, int row,
                                          const QList<RoadmapNodeTree> &trees);
    /// Writes the fields of each node (matched by id); parent and position are left alone.
    Status update(const QList<RoadmapNode> &nodes);
    /// Removes the nodes with their descendants.
    Status remove(qint64 roadmapId, const QList<qint64> &ids);
    /// Gives each listed parent exactly the listed children, in that order.
    Status setOrders(qint64 roadmapId, const QList<ChildOrder> &orders);

    /// Explicit prerequisites of the roadmap's nodes: node → the nodes that must end first.
    Result<QHash<qint64, QList<qint64>>> prerequisites(qint64 roadmapId) const;
    /// Replaces the prerequisites of each listed node.
    Status setPrerequisites(const QHash<qint64, QList<qint64>> &prerequisites);

    /// Used inside an open transaction (by RoadmapRepository::add).
    static Status insertTree(QSqlDatabase db, qint64 roadmapId, qint64 parentId, int position,
                             RoadmapNodeTree &tree);

private:
    /// The children in order; `numbered`, when given, says whether their positions run 0, 1, 2…
    Result<QList<qint64>> childIds(qint64 roadmapId, qint64 parentId,
                                   bool *numbered = nullptr) const;
    Status writeOrder(const ChildOrder &order);

    Database &m_db;
};

} // namespace Masar
