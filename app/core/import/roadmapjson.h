// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"
#include "result.h"

#include <QByteArray>

namespace Masar {

/**
 * Reads and writes the roadmap JSON format documented in resources/roadmaps/README.md (format
 * "masar-roadmap"; version 1: the roadmap, version 2: also the learner's progress — sessions,
 * notes, prerequisites, pinned starts and study time). Every malformed or unknown value is
 * refused with a translated message naming where it is; a newer format version is refused rather
 * than half-read.
 */
class RoadmapJson
{
public:
    static constexpr int kFormatVersion = 2;
    static constexpr int kMaxDepth = 64;

    struct WriteOptions
    {
        bool progress = true; ///< statuses, sessions, prerequisites, pins, study time
        bool notes = true;
    };

    /// Parses `json`; `origin` names the file in error messages.
    static Result<RoadmapDocumentData> parse(const QByteArray &json, const QString &origin);
    /// Writes `data` as format version 2 (indented, keys in a stable order).
    static QByteArray write(const RoadmapDocumentData &data, const WriteOptions &options);
    static QByteArray write(const RoadmapDocumentData &data) { return write(data, {}); }
};

} // namespace Masar
