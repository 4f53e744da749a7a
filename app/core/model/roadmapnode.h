// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "competencyarea.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Masar {

/**
 * One node of a roadmap tree: a phase, course, topic, resource or milestone.
 *
 * Effort is planned on leaves only; a parent's effort is the sum of its non-optional children.
 * `statedMinutes` keeps what a parent's own duration text amounts to, so a mismatch with its
 * children can be shown. `durationText` is the roadmap's original wording, kept verbatim.
 */
struct RoadmapNode
{
    enum class Kind
    {
        Phase,
        Course,
        Topic,
        Resource,
        Milestone
    };
    enum class Status
    {
        NotStarted,
        InProgress,
        Done,
        Skipped
    };
    enum class EffortSource
    {
        Default,
        Stated,
        Share,
        User
    };

    qint64 id = 0;
    qint64 parentId = 0; ///< 0: top level
    int position = 0;    ///< order among siblings
    Kind kind = Kind::Topic;
    QString title;
    QString titleAr; ///< Arabic title of generic headings (empty: use title)
    QString url;
    QString language = QStringLiteral("en"); ///< content language: "en" or "ar"
    CompetencyArea area = CompetencyArea::Unassigned;
    int effortMinutes = 0;
    int effortLowMinutes = 0;  ///< 0: not a range
    int effortHighMinutes = 0; ///< 0: not a range
    EffortSource effortSource = EffortSource::Default;
    QString durationText;
    int statedMinutes = 0; ///< what this node's own duration text amounts to (parents)
    bool optional = false;
    Status status = Status::NotStarted;
    QDate pinnedStart; ///< the learner pinned the start here (null: planned freely)

    bool operator==(const RoadmapNode &other) const = default;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind); ///< translated
    static QList<Kind> allKinds();

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status); ///< translated
    static QList<Status> allStatuses();

    static QString effortSourceKey(EffortSource source);
    static EffortSource effortSourceFromKey(const QString &key);

    /// Default effort for a node of `kind` whose roadmap states no duration.
    static int defaultEffortMinutes(Kind kind);
};

/// A node together with its subtree, as read from a roadmap file or captured for undo.
struct RoadmapNodeTree
{
    RoadmapNode node;
    QList<RoadmapNodeTree> children;

    /// The trees' nodes depth-first, numbered 1, 2, … with their parents set (as a roadmap not
    /// yet stored is summed up and planned).
    static QList<RoadmapNode> flatten(const QList<RoadmapNodeTree> &trees);
};

/// The order of a parent's children (parent 0: the top level), for moves and their undo.
struct ChildOrder
{
    qint64 parentId = 0;
    QList<qint64> children;
    bool operator==(const ChildOrder &other) const = default;
};

} // namespace Masar
