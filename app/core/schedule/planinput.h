// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"
#include "schedule/scheduler.h"

#include <QHash>
#include <QList>

namespace Masar {

/**
 * Turns a roadmap's nodes into scheduler tasks: every leaf in tree order that is planned (not
 * optional, not under an optional node, not done or skipped) with the effort it still needs
 * (effort less the minutes already studied), its pin, and its explicit prerequisites. A
 * prerequisite set on a phase or course applies to every leaf under it, and a phase or course as
 * prerequisite means every leaf under it.
 */
class PlanInput
{
public:
    /// `nodes` parents before children, siblings in order (as the tree model gives them).
    static QList<ScheduleTask> tasks(const QList<RoadmapNode> &nodes,
                                     const QHash<qint64, QList<qint64>> &prerequisites = {},
                                     const QHash<qint64, int> &studiedMinutes = {});
    /// The task for one planned leaf, without its prerequisites.
    static ScheduleTask task(const RoadmapNode &leaf, int studiedMinutes);
};

} // namespace Masar
