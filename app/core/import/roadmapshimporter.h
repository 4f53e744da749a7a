// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Masar {

/**
 * Imports one roadmap folder of the learner's own copy of the developer-roadmap repository
 * (roadmap.sh): `<id>/<id>.json`, the graph, and `<id>/content/<slug>@<nodeId>.md`, one file per
 * topic. Nothing of roadmap.sh is shipped with Masar; only the learner's copy is read.
 *
 * The graph gives the order (RoadmapShGraph); each content file gives its node's links and
 * description (RoadmapShContent). A topic with subtopics becomes a course with the subtopics as
 * topics under it. With no durations in the source, every leaf gets a default effort from its
 * kind and its links, marked as a default. Files are matched to nodes by the id after the last
 * `@`; a content file whose id is no node is reported. A circle of solid edges, a topic without
 * a content file or a label, or a file that is too large refuses the whole import.
 *
 * The rules are written down in resources/roadmaps/README.md ("Importing a roadmap.sh roadmap").
 */
class RoadmapShImporter
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapShImporter)

public:
    /// Largest graph file read.
    static constexpr qint64 kMaxGraphBytes = 16 * 1024 * 1024;
    /// Largest content file read.
    static constexpr qint64 kMaxContentBytes = 1024 * 1024;
    /// Most content files a folder may hold.
    static constexpr int kMaxContentFiles = 10000;

    /// Imports the roadmap folder `path`, or the folder of `path` when it is the `<id>.json` in
    /// it.
    static Result<ImportResult> importFolder(const QString &path);

    /// Whether `path` is a roadmap.sh roadmap folder or the graph file in one: a folder with
    /// `<its name>.json`, or a `.json` file beside a `content` folder whose JSON has nodes and
    /// edges. Reads no more than the start of the file.
    static bool isRoadmapSh(const QString &path);
};

} // namespace Masar
