// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/studyevent.h"
#include "model/availability.h"
#include "model/roadmapnode.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QList>

namespace Masar {

class PlannerDocument;

/**
 * Turns a plan into calendar events: one event per node per study day.
 *
 * A day's blocks follow each other, in the plan's order, from the learner's preferred time of
 * day; when they would run past midnight the day's study starts early enough to end by then.
 */
class StudyEvents
{
    Q_DECLARE_TR_FUNCTIONS(StudyEvents)

public:
    /// One event per planned study block per day: the day's blocks follow each other from the
    /// preferred time of day. `weeks` > 0: only days in [from, from + 7 * weeks); 0: all days
    /// from `from` (a null `from`: every day of the plan). `nodes` gives titles, links and
    /// phases (the nearest ancestor of kind Phase).
    static QList<StudyEvent> fromSchedule(const Schedule &schedule, const QList<RoadmapNode> &nodes,
                                          const Availability &availability, qint64 roadmapId,
                                          const QDate &from, int weeks);

    /// The document's current plan from its today: every block, or those of the next `weeks`.
    static QList<StudyEvent> planned(const PlannerDocument &document, int weeks);

    /// The stable UID of a block: derived from roadmap, node and date only, so a re-plan that
    /// keeps a block keeps its UID ("masar-<roadmap>-<node>-<yyyyMMdd>@masar.local").
    static QString uid(qint64 roadmapId, qint64 nodeId, const QDate &date);
    /// The date a UID made by uid() names; a null date for any other UID.
    static QDate dateOfUid(const QString &uid);
};

} // namespace Masar
