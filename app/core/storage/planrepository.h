// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "result.h"
#include "schedule/scheduler.h"

#include <QHash>

namespace Masar {

class Database;

/// A roadmap's study time (availability, blocked days) and the plan the learner last accepted.
class PlanRepository
{
public:
    explicit PlanRepository(Database &database) : m_db(database) {}

    /// The stored availability, or the defaults (starting `defaultStart`) when none is stored.
    Result<Availability> availability(qint64 roadmapId, const QDate &defaultStart) const;
    Status saveAvailability(qint64 roadmapId, const Availability &availability);

    /// Accepted start and end per node.
    Result<QHash<qint64, ScheduledTask>> baseline(qint64 roadmapId) const;
    Status saveBaseline(qint64 roadmapId, const QList<ScheduledTask> &tasks);

    /// "60,60,60,60,60,120,120" ↔ minutes per weekday, Monday first.
    static QString weekdayText(const std::array<int, 7> &minutes);
    static bool parseWeekdays(const QString &text, std::array<int, 7> &minutes);

private:
    Database &m_db;
};

} // namespace Masar
