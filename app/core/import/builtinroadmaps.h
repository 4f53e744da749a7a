// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"
#include "result.h"

#include <QStringList>

namespace Masar {

/// The roadmaps compiled into the application (resources/roadmaps/*.json).
class BuiltinRoadmaps
{
public:
    /// Ids in display order; the first is the default roadmap of a new database.
    static QStringList ids();
    static QString defaultId();
    static QString resourcePath(const QString &id);
    static Result<RoadmapDocumentData> load(const QString &id);
};

} // namespace Masar
