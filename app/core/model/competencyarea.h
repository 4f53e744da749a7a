// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Masar {

/// The competency areas every node can belong to. Stored by key (stable), shown by name.
enum class CompetencyArea
{
    Unassigned,
    Mathematics,
    Programming,
    Data,
    MachineLearning,
    DeepLearning,
    MLOps,
    LLMs,
    SoftwareEngineering,
    Professional,
};

/// Stable storage/JSON keys and translated names of the competency areas.
namespace CompetencyAreas {
QList<CompetencyArea> all(); ///< every assignable area, Unassigned excluded
QString key(CompetencyArea area);
CompetencyArea fromKey(const QString &key, bool *ok = nullptr);
QString displayName(CompetencyArea area); ///< translated
} // namespace CompetencyAreas

} // namespace Masar
