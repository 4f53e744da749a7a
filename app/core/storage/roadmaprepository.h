// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"
#include "result.h"

#include <QList>

namespace Masar {

class Database;

/// Roadmaps in the database: list, add (with their whole node tree), remove.
class RoadmapRepository
{
public:
    explicit RoadmapRepository(Database &database) : m_db(database) {}

    Result<QList<Roadmap>> all() const;
    Result<Roadmap> find(qint64 id) const;
    /// Stores the roadmap and every node in one transaction; returns the new roadmap id.
    Result<qint64> add(const RoadmapDocumentData &data);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace Masar
