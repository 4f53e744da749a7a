// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "cli/commandline.h"
#include "compat.h"
#include "document/roadmaptreemodel.h"
#include "import/effortdistribution.h"
#include "import/markdownimporter.h"
#include "import/roadmapjson.h"
#include "import/roadmapshimporter.h"
#include "import/textdecoder.h"
#include "storage/database.h"
#include "storage/roadmaparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace Masar {

namespace {

QString effortText(const RoadmapNode &node)
{
    return RoadmapTreeModel::formatMinutes(node.effortMinutes);
}

/// `parent`: the node above, whose default its parts may share (lectures under a course).
QString sourceText(const ImportedNode &imported, const ImportedNode *parent)
{
    const RoadmapNode &n = imported.node;
    switch (n.effortSource) {
    case RoadmapNode::EffortSource::Stated:
        return ImportCommand::tr("from “%1”").arg(n.durationText);
    case RoadmapNode::EffortSource::Share:
        return ImportCommand::tr("share of a section above");
    case RoadmapNode::EffortSource::User:
        return ImportCommand::tr("set by hand");
    case RoadmapNode::EffortSource::Default:
        break;
    }
    const RoadmapNode::Kind kind =
        parent && EffortDistribution::sharesCourseEffort(*parent) ? parent->node.kind : n.kind;
    return ImportCommand::tr("default for a %1").arg(RoadmapNode::kindName(kind).toLower());
}

void printTree(QTextStream &out, const QVector<ImportedNode> &nodes, int depth,
               const ImportedNode *parent = nullptr)
{
    for (const ImportedNode &imported : nodes) {
        const RoadmapNode &n = imported.node;
        out << QString(depth * 2, QLatin1Char(' ')) << QStringLiteral("- [")
            << RoadmapNode::kindName(n.kind) << QStringLiteral("] ") << n.title;
        QStringList details;
        if (imported.children.isEmpty())
            details.append(
                QStringLiteral("%1, %2").arg(effortText(n), sourceText(imported, parent)));
        else if (imported.stated)
            details.append(
                ImportCommand::tr("states %1 in “%2”")
                    .arg(RoadmapTreeModel::formatMinutes(imported.statedMinutes), n.durationText));
        if (n.area != CompetencyArea::Unassigned)
            details.append(CompetencyAreas::displayName(n.area));
        if (n.optional)
            details.append(ImportCommand::tr("optional"));
        if (n.status == RoadmapNode::Status::Done)
            details.append(RoadmapNode::statusName(n.status));
        if (n.language == QLatin1String("ar"))
            details.append(ImportCommand::tr("Arabic content"));
        if (!details.isEmpty())
            out << QStringLiteral("  (") << details.join(QStringLiteral("; "))
                << QStringLiteral(")");
        out << Qt::endl;
        printTree(out, imported.children, depth + 1, &imported);
    }
}

void printReport(QTextStream &out, const QString &file, const ImportResult &result)
{
    out << ImportCommand::tr("Roadmap: %1").arg(result.roadmap.titleEn) << Qt::endl;
    out << ImportCommand::tr("File: %1 (%2)")
               .arg(QDir::toNativeSeparators(file),
                    result.encoding.isEmpty() ? QStringLiteral("UTF-8") : result.encoding)
        << Qt::endl;
    if (result.paceText.isEmpty())
        out << ImportCommand::tr("Pace: %1 h a week (the document states none)")
                   .arg(result.roadmap.hoursPerWeek)
            << Qt::endl;
    else
        out << ImportCommand::tr("Pace: %1 h a week, from “%2”")
                   .arg(result.roadmap.hoursPerWeek)
                   .arg(result.paceText.left(80))
            << Qt::endl;
    out << Qt::endl;
    printTree(out, result.nodes, 0);
    out << Qt::endl;
    // Remarks about the whole file first, then what was left out of the roadmap.
    QList<ImportNotice> aboutFile;
    QList<ImportNotice> leftOut;
    for (const ImportNotice &notice : result.notices)
        (notice.kind == ImportNotice::Kind::Document ? aboutFile : leftOut).append(notice);
    for (const ImportNotice &notice : std::as_const(aboutFile))
        out << ImportCommand::tr("Note: %1").arg(notice.reason) << Qt::endl;
    if (!leftOut.isEmpty()) {
        out << ImportCommand::tr("Left out:") << Qt::endl;
        for (const ImportNotice &notice : std::as_const(leftOut)) {
            out << QStringLiteral("  ");
            if (notice.line > 0)
                out << ImportCommand::tr("line %1: ").arg(notice.line);
            if (!notice.text.isEmpty())
                out << QStringLiteral("“") << notice.text << QStringLiteral("” — ");
            out << notice.reason << Qt::endl;
        }
    }
    if (!result.notices.isEmpty())
        out << Qt::endl;
    out << ImportCommand::tr("%1 items, %2 with a duration from the text; total planned effort %3.")
               .arg(result.nodeCount())
               .arg(result.statedCount())
               .arg(RoadmapTreeModel::formatMinutes(result.totalMinutes()))
        << Qt::endl;
}

bool isRoadmapJson(const QByteArray &head)
{
    const QByteArray trimmed = head.trimmed();
    return trimmed.startsWith('{') && trimmed.contains("\"masar-roadmap\"");
}

} // namespace

int ImportCommand::run(const QString &file, bool dryRun, Format format, const QString &databasePath,
                       QTextStream &out, QTextStream &err)
{
    // A roadmap.sh roadmap: its folder, or the graph file in it.
    if (QFileInfo(file).isDir() || RoadmapShImporter::isRoadmapSh(file)) {
        auto result = RoadmapShImporter::importFolder(file);
        if (!result) {
            err << result.error() << Qt::endl;
            return CommandLine::ImportError;
        }
        if (format == Format::Text)
            printReport(out, file, result.value());
        return storeImport(result->toDocument(), dryRun, format, databasePath, out, err);
    }
    QFile input(file);
    if (!input.exists()) {
        err << tr("The file %1 does not exist.").arg(file) << Qt::endl;
        return CommandLine::UsageError;
    }
    if (input.size() > TextDecoder::kMaxBytes || !input.open(QIODevice::ReadOnly)) {
        // The importer words these cases best.
        auto refused = MarkdownImporter::importFile(file);
        err << (refused ? tr("%1 could not be read.").arg(file) : refused.error()) << Qt::endl;
        return CommandLine::ImportError;
    }
    const QByteArray bytes = input.readAll();
    const QString name = QFileInfo(file).fileName();
    RoadmapDocumentData data;
    if (isRoadmapJson(bytes.left(4096))) {
        auto parsed = RoadmapJson::parse(bytes, name);
        if (!parsed) {
            err << parsed.error() << Qt::endl;
            return CommandLine::ImportError;
        }
        data = parsed.value();
        if (format == Format::Text) {
            out << tr("Roadmap: %1").arg(data.roadmap.titleEn) << Qt::endl
                << tr("A Masar roadmap file with %1 study sessions and %2 notes.")
                       .arg(data.sessions.size())
                       .arg(data.notes.size())
                << Qt::endl;
        }
    } else {
        auto result = MarkdownImporter::importBytes(bytes, name);
        if (!result) {
            err << result.error() << Qt::endl;
            return CommandLine::ImportError;
        }
        if (format == Format::Text)
            printReport(out, file, result.value());
        data = result->toDocument();
    }
    return storeImport(data, dryRun, format, databasePath, out, err);
}

int ImportCommand::storeImport(const RoadmapDocumentData &data, bool dryRun, Format format,
                               const QString &databasePath, QTextStream &out, QTextStream &err)
{
    if (format == Format::Json)
        out << QString::fromUtf8(RoadmapJson::write(data));
    if (dryRun)
        return CommandLine::Success;

    Database db(databasePath);
    if (Status opened = db.open(); !opened) {
        err << opened.error() << Qt::endl;
        return CommandLine::DatabaseError;
    }
    auto id = RoadmapArchive(db).store(data);
    if (!id) {
        err << id.error() << Qt::endl;
        return CommandLine::DatabaseError;
    }
    // On stderr with --format json, so that the JSON output stays valid.
    QTextStream &status = format == Format::Json ? err : out;
    status
        << tr("Added as roadmap %1 to %2.").arg(id.value()).arg(QDir::toNativeSeparators(db.path()))
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace Masar
