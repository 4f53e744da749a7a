// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapshimporter.h"

#include "areaclassifier.h"
#include "effortdistribution.h"
#include "roadmapshcontent.h"
#include "roadmapshgraph.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Masar {

namespace {

/// The content files of a folder by node id.
struct ContentFiles
{
    QHash<QString, QString> byId; ///< node id → file path
    QList<ImportNotice> notices;
};

ContentFiles listContent(const QDir &folder, const QSet<QString> &studyIds)
{
    ContentFiles files;
    const QFileInfoList entries =
        folder.entryInfoList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString base = entry.completeBaseName();
        const qsizetype at = base.lastIndexOf(u'@');
        const QString id = at < 0 ? QString() : base.mid(at + 1);
        if (id.isEmpty()) {
            files.notices.append(
                {ImportNotice::Kind::Document, 0, entry.fileName(),
                 RoadmapShImporter::tr("The content file %1 is not named SLUG@ID.md, so it "
                                       "belongs to no node.")
                     .arg(entry.fileName())});
        } else if (!studyIds.contains(id)) {
            files.notices.append(
                {ImportNotice::Kind::Document, 0, entry.fileName(),
                 RoadmapShImporter::tr("The content file %1 is for the id %2, which is no topic "
                                       "of the roadmap; it is left out.")
                     .arg(entry.fileName(), id)});
        } else if (files.byId.contains(id)) {
            files.notices.append(
                {ImportNotice::Kind::Document, 0, entry.fileName(),
                 RoadmapShImporter::tr("%1 and %2 are both for the id %3; the first is read.")
                     .arg(QFileInfo(files.byId.value(id)).fileName(), entry.fileName(), id)});
        } else {
            files.byId.insert(id, entry.absoluteFilePath());
        }
    }
    return files;
}

Result<RoadmapShContent> readContent(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (file.size() > RoadmapShImporter::kMaxContentBytes) {
        return Error{RoadmapShImporter::tr("The content file %1 is larger than %2 KB; nothing was "
                                           "imported.")
                         .arg(name)
                         .arg(RoadmapShImporter::kMaxContentBytes / 1024)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            RoadmapShImporter::tr("%1 could not be read: %2").arg(name, file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return RoadmapShContent{};
    auto decoded = TextDecoder::decode(bytes, name);
    if (!decoded)
        return Error{decoded.error()};
    return RoadmapShContent::parse(decoded->text);
}

ImportedNode leafOrParent(const QString &label, const RoadmapShContent &content, bool subtopic,
                          CompetencyArea inherited)
{
    ImportedNode imported;
    RoadmapNode &node = imported.node;
    node.kind = RoadmapNode::Kind::Topic;
    node.title = label;
    node.url = content.mainUrl();
    node.language = AreaClassifier::contentLanguage(label);
    node.area = AreaClassifier::classify(label);
    if (node.area == CompetencyArea::Unassigned)
        node.area = inherited;
    node.effortSource = RoadmapNode::EffortSource::Default;
    imported.stated = true;
    imported.defaultEffort = true;
    imported.statedMinutes = content.defaultMinutes(subtopic);
    node.effortMinutes = imported.statedMinutes;
    imported.note = content.noteBody();
    return imported;
}

} // namespace

bool RoadmapShImporter::isRoadmapSh(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo(QDir(info.absoluteFilePath())
                             .filePath(info.fileName() + QStringLiteral(".json")))
            .isFile();
    if (!info.isFile() || info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0 ||
        !QFileInfo(info.absoluteDir().filePath(QStringLiteral("content"))).isDir())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return head.trimmed().startsWith('{') && head.contains("\"nodes\"") &&
           !head.contains("\"masar-roadmap\"");
}

Result<ImportResult> RoadmapShImporter::importFolder(const QString &path)
{
    const QFileInfo info(path);
    QDir folder;
    QString graphPath;
    if (info.isDir()) {
        folder = QDir(info.absoluteFilePath());
        graphPath = folder.filePath(folder.dirName() + QStringLiteral(".json"));
        if (!QFileInfo(graphPath).isFile()) {
            return Error{tr("The folder %1 is not a roadmap.sh roadmap: it has no %2.")
                             .arg(QDir::toNativeSeparators(folder.absolutePath()),
                                  folder.dirName() + QStringLiteral(".json"))};
        }
    } else if (info.isFile()) {
        folder = info.absoluteDir();
        graphPath = info.absoluteFilePath();
    } else {
        return Error{tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    }
    const QString id = QFileInfo(graphPath).completeBaseName();
    const QString graphName = QFileInfo(graphPath).fileName();

    QFile graphFile(graphPath);
    if (graphFile.size() > kMaxGraphBytes) {
        return Error{tr("%1 is larger than %2 MB: it is not a roadmap graph, and nothing was "
                        "imported.")
                         .arg(graphName)
                         .arg(kMaxGraphBytes / (1024 * 1024))};
    }
    if (!graphFile.open(QIODevice::ReadOnly))
        return Error{tr("%1 could not be read: %2").arg(graphName, graphFile.errorString())};
    auto order = RoadmapShGraph::read(graphFile.readAll(), graphName);
    if (!order)
        return Error{order.error()};

    const QDir contentFolder(folder.filePath(QStringLiteral("content")));
    if (!contentFolder.exists()) {
        return Error{tr("%1 has no content folder, which holds the topics' descriptions and "
                        "links; nothing was imported.")
                         .arg(QDir::toNativeSeparators(folder.absolutePath()))};
    }
    if (contentFolder.entryList(QDir::Files).size() > kMaxContentFiles) {
        return Error{tr("The content folder holds more than %1 files: it is not a roadmap's, and "
                        "nothing was imported.")
                         .arg(kMaxContentFiles)};
    }
    const QStringList studyIds = order->studyIds;
    const ContentFiles files =
        listContent(contentFolder, QSet<QString>(studyIds.cbegin(), studyIds.cend()));

    auto contentOf = [&](const QString &nodeId, const QString &label) -> Result<RoadmapShContent> {
        const QString file = files.byId.value(nodeId);
        if (file.isEmpty()) {
            return Error{tr("“%1” (id %2) has no content file: content/…@%2.md is missing, so "
                            "nothing was imported.")
                             .arg(label, nodeId)};
        }
        return readContent(file);
    };

    ImportResult result;
    for (const RoadmapShGraph::Item &item : std::as_const(order->items)) {
        auto content = contentOf(item.id, item.label);
        if (!content)
            return Error{content.error()};
        ImportedNode top =
            leafOrParent(item.label, content.value(), item.subtopic, CompetencyArea::Unassigned);
        for (const auto &child : item.children) {
            auto childContent = contentOf(child.first, child.second);
            if (!childContent)
                return Error{childContent.error()};
            top.children.append(
                leafOrParent(child.second, childContent.value(), true, top.node.area));
        }
        if (!top.children.isEmpty()) {
            // Its effort is its subtopics'; its own links stay in its note and url.
            top.node.kind = RoadmapNode::Kind::Course;
            top.stated = false;
            top.defaultEffort = false;
            top.statedMinutes = 0;
        }
        result.nodes.append(top);
    }
    EffortDistribution::apply(result.nodes);

    result.roadmap.titleEn = order->title.isEmpty() ? id : order->title;
    result.roadmap.source = QStringLiteral("roadmap.sh: ") + id;
    result.roadmap.hoursPerWeek = 10.0;
    result.notices = order->notices + files.notices;
    return result;
}

} // namespace Masar
