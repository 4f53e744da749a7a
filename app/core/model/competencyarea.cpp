// SPDX-License-Identifier: GPL-3.0-or-later
#include "competencyarea.h"

#include <QCoreApplication>

namespace Masar::CompetencyAreas {

namespace {
struct AreaInfo
{
    CompetencyArea area;
    const char *key;
    const char *name;
};

// The names are translated in the "CompetencyArea" context.
constexpr AreaInfo kAreas[] = {
    {CompetencyArea::Mathematics, "mathematics",
     QT_TRANSLATE_NOOP("CompetencyArea", "Mathematics")},
    {CompetencyArea::Programming, "programming",
     QT_TRANSLATE_NOOP("CompetencyArea", "Programming")},
    {CompetencyArea::Data, "data", QT_TRANSLATE_NOOP("CompetencyArea", "Data")},
    {CompetencyArea::MachineLearning, "machine_learning",
     QT_TRANSLATE_NOOP("CompetencyArea", "Machine Learning")},
    {CompetencyArea::DeepLearning, "deep_learning",
     QT_TRANSLATE_NOOP("CompetencyArea", "Deep Learning")},
    {CompetencyArea::MLOps, "mlops", QT_TRANSLATE_NOOP("CompetencyArea", "MLOps & Deployment")},
    {CompetencyArea::LLMs, "llms", QT_TRANSLATE_NOOP("CompetencyArea", "LLMs & Generative AI")},
    {CompetencyArea::SoftwareEngineering, "software_engineering",
     QT_TRANSLATE_NOOP("CompetencyArea", "Software Engineering")},
    {CompetencyArea::Professional, "professional",
     QT_TRANSLATE_NOOP("CompetencyArea", "Professional Skills")},
};
} // namespace

QList<CompetencyArea> all()
{
    QList<CompetencyArea> result;
    for (const auto &info : kAreas)
        result.append(info.area);
    return result;
}

QString key(CompetencyArea area)
{
    for (const auto &info : kAreas) {
        if (info.area == area)
            return QString::fromLatin1(info.key);
    }
    return {};
}

CompetencyArea fromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key.isEmpty())
        return CompetencyArea::Unassigned;
    for (const auto &info : kAreas) {
        if (key == QLatin1String(info.key))
            return info.area;
    }
    if (ok)
        *ok = false;
    return CompetencyArea::Unassigned;
}

QString displayName(CompetencyArea area)
{
    for (const auto &info : kAreas) {
        if (info.area == area)
            return QCoreApplication::translate("CompetencyArea", info.name);
    }
    return QCoreApplication::translate("CompetencyArea", "Unassigned");
}

} // namespace Masar::CompetencyAreas
