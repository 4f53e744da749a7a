// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availability.h"
#include "note.h"
#include "roadmapnode.h"
#include "studysession.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Masar {

/// A roadmap: its titles, where it came from, and the pace its stated durations assume.
struct Roadmap
{
    qint64 id = 0;
    QString builtinId; ///< id of the built-in roadmap it was created from, else empty
    QString titleEn;
    QString titleAr;
    QString descriptionEn;
    QString descriptionAr;
    QString source;
    double hoursPerWeek = 10.0; ///< pace that the roadmap's calendar durations mean
    QDateTime createdAt;        ///< when it was added to this database (not exported)

    /// Title in the given UI language ("ar" falls back to English when no Arabic title exists).
    QString title(const QString &language) const;
    QString description(const QString &language) const;

    bool operator==(const Roadmap &other) const = default;
};

/**
 * A roadmap with its whole node tree, as read from JSON before it is stored or written to JSON.
 *
 * An exported roadmap also carries the learner's progress. Nodes are referred to by their place
 * in depth-first order (1 = the first node; 0 = none), since ids belong to one database.
 */
struct RoadmapDocumentData
{
    Roadmap roadmap;
    QList<RoadmapNodeTree> nodes;

    QList<StudySession> sessions; ///< nodeId: depth-first place
    QList<Note> notes;            ///< nodeId: depth-first place
    /// (node, prerequisite) pairs, both as depth-first places.
    QList<QPair<int, int>> prerequisites;
    std::optional<Availability> availability;
};

} // namespace Masar
