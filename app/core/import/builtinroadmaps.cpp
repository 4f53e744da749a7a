// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinroadmaps.h"

#include "import/roadmapjson.h"

#include <QCoreApplication>
#include <QFile>

static void initRoadmapResources()
{
    Q_INIT_RESOURCE(roadmaps);
}

namespace Masar {

QStringList BuiltinRoadmaps::ids()
{
    // The default first: the most complete of the five (see resources/roadmaps/README.md).
    return {QStringLiteral("ai-ml-career"), QStringLiteral("ai-engineer-arabic"),
            QStringLiteral("ai-engineering-foundations"), QStringLiteral("ai-ml-12-weeks"),
            QStringLiteral("ai-engineer-skills")};
}

QString BuiltinRoadmaps::defaultId()
{
    return ids().constFirst();
}

QString BuiltinRoadmaps::resourcePath(const QString &id)
{
    return QStringLiteral(":/roadmaps/%1.json").arg(id);
}

Result<RoadmapDocumentData> BuiltinRoadmaps::load(const QString &id)
{
    static const bool initialised = (initRoadmapResources(), true);
    Q_UNUSED(initialised);
    if (!ids().contains(id)) {
        return Error{
            QCoreApplication::translate("BuiltinRoadmaps", "There is no built-in roadmap \"%1\".")
                .arg(id)};
    }
    QFile file(resourcePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("BuiltinRoadmaps",
                                                 "The built-in roadmap \"%1\" could not be read.")
                         .arg(id)};
    }
    auto result = RoadmapJson::parse(file.readAll(), resourcePath(id));
    if (result.ok())
        result.value().roadmap.builtinId = id;
    return result;
}

} // namespace Masar
