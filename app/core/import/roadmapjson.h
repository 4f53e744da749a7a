// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"
#include "result.h"

#include <QByteArray>

namespace Masar {

/**
 * Reads the roadmap JSON format documented in resources/roadmaps/README.md (format
 * "masar-roadmap", version 1). Every malformed or unknown value is refused with a translated
 * message naming where it is; a newer format version is refused rather than half-read.
 */
class RoadmapJson
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxDepth = 64;

    /// Parses `json`; `origin` names the file in error messages.
    static Result<RoadmapDocumentData> parse(const QByteArray &json, const QString &origin);
};

} // namespace Masar
