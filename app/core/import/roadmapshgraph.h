// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Masar {

/**
 * The study order of a roadmap.sh graph (the `<id>.json` of a roadmap folder of the
 * developer-roadmap repository: React Flow nodes with positions, and edges).
 *
 * Topics are put in a topological order of the solid edges between them, ties broken by position
 * (top to bottom, then leading to trailing as drawn). A subtopic hangs under the topic it is
 * joined to by an edge, else under the topic joined to a section box it lies in, else under the
 * topic in the same box; one joined to no topic stands on its own, placed by its position.
 * Titles, sections and drawing aids (lines, labels, paragraphs, buttons) are not studied.
 * Edges to ids that are no node are reported, not fatal; a circle of solid edges is refused.
 */
class RoadmapShGraph
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapShGraph)

public:
    /// A topic, or a subtopic standing on its own, with the subtopics under it in order.
    struct Item
    {
        QString id;
        QString label;
        bool subtopic = false;
        /// (id, label) of the subtopics under it, top to bottom.
        QVector<QPair<QString, QString>> children;
    };

    struct Order
    {
        QString title; ///< the label of the graph's topmost title node (empty: none)
        QVector<Item> items;
        QStringList studyIds; ///< every topic and subtopic id
        QList<ImportNotice> notices;
    };

    /// Reads the graph in `json`; `fileName` names it in messages.
    static Result<Order> read(const QByteArray &json, const QString &fileName);
};

} // namespace Masar
