// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"
#include "result.h"

namespace Masar {

class Database;

/**
 * A whole roadmap with the learner's progress, read from the database for export and stored
 * from an imported file in one transaction (all of it or nothing). In RoadmapDocumentData nodes
 * are referred to by depth-first place; here those places are turned into ids and back.
 */
class RoadmapArchive
{
public:
    explicit RoadmapArchive(Database &database) : m_db(database) {}

    Result<RoadmapDocumentData> read(qint64 roadmapId) const;
    /// Adds the roadmap, its nodes and its progress; returns the new roadmap's id.
    Result<qint64> store(const RoadmapDocumentData &data);
    /// The same through a connection of its own to the database file at `databasePath`, for a
    /// thread other than the one that opened the database (a large roadmap takes a while).
    static Result<qint64> storeAlongside(const QString &databasePath,
                                         const RoadmapDocumentData &data);

    /// The node trees of a flat list (ordered by parent and position), in order.
    static QList<RoadmapNodeTree> trees(const QList<RoadmapNode> &nodes);
    /// Node ids in depth-first order: element i is the node at place i + 1.
    static QList<qint64> depthFirstIds(const QList<RoadmapNodeTree> &trees);

private:
    Database &m_db;
};

} // namespace Masar
