// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roadmapnode.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
    QDateTime createdAt;

    /// Title in the given UI language ("ar" falls back to English when no Arabic title exists).
    QString title(const QString &language) const;
    QString description(const QString &language) const;

    bool operator==(const Roadmap &other) const = default;
};

/// A roadmap with its whole node tree, as read from JSON before it is stored.
struct RoadmapDocumentData
{
    Roadmap roadmap;
    QList<RoadmapNodeTree> nodes;
};

} // namespace Masar
