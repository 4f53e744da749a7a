// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cli/backupcommand.h"
#include "cli/icscommand.h"
#include "cli/importcommand.h"
#include "cli/planprinter.h"
#include "compat.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "import/builtinroadmaps.h"
#include "model/roadmapsummary.h"
#include "schedule/planinput.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/roadmaprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <vector>

namespace Masar {

namespace {

const QStringList kCommands{QStringLiteral("roadmaps"),   QStringLiteral("summary"),
                            QStringLiteral("plan"),       QStringLiteral("import"),
                            QStringLiteral("export-ics"), QStringLiteral("backups"),
                            QStringLiteral("restore")};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Masar — a study planner for AI/ML-engineering roadmaps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      CommandLine::tr("Use the database file PATH instead of the default one."),
                      CommandLine::tr("PATH")});
    parser.addOption({QStringLiteral("from"),
                      CommandLine::tr("Plan from DATE (YYYY-MM-DD) instead of today."),
                      CommandLine::tr("DATE")});
    parser.addOption({QStringLiteral("format"),
                      CommandLine::tr("Output of \"plan\": table, csv or json; of \"import\": "
                                      "text or json."),
                      CommandLine::tr("FORMAT")});
    parser.addOption({QStringLiteral("dry-run"),
                      CommandLine::tr("\"import\": show what the file holds, add nothing.")});
    parser.addOption({QStringLiteral("roadmap"),
                      CommandLine::tr("The roadmap to use (its number)."), CommandLine::tr("ID")});
    parser.addOption({QStringLiteral("weeks"),
                      CommandLine::tr("\"export-ics\": only the next N weeks (0: the whole plan)."),
                      CommandLine::tr("N")});
    parser.addOption({QStringLiteral("force"),
                      CommandLine::tr("\"restore\": replace the database even when it is "
                                      "healthy.")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CommandLine::tr(
            "roadmaps: list the roadmaps; summary: summarize a roadmap; plan: print "
            "the study plan; import FILE: add a Markdown or JSON roadmap; export-ics "
            "FILE: write the study plan as a calendar file; backups: list the automatic "
            "backups; restore [BACKUP]: put the newest good backup (or BACKUP) in "
            "place of the database. Without a command the window opens."));
}

QString hours(int minutes)
{
    return RoadmapTreeModel::formatMinutes(minutes);
}

QString databaseOption(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : Database::defaultPath();
}

/// The --roadmap value (0 when not given); false, with the reason printed, when it is no id.
bool roadmapOption(const QCommandLineParser &parser, qint64 &roadmapId, QTextStream &err)
{
    roadmapId = 0;
    if (!parser.isSet(QStringLiteral("roadmap")))
        return true;
    bool ok = false;
    roadmapId = parser.value(QStringLiteral("roadmap")).toLongLong(&ok);
    if (!ok || roadmapId <= 0) {
        err << CommandLine::tr("--roadmap needs the number of a roadmap (see \"masar roadmaps\").")
            << Qt::endl;
        return false;
    }
    return true;
}

/// `masar export-ics FILE [--weeks N]`.
int exportIcs(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << CommandLine::tr("\"export-ics\" needs one file: masar export-ics FILE [--weeks N] "
                               "[--roadmap ID].")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    int weeks = 0;
    if (parser.isSet(QStringLiteral("weeks"))) {
        bool ok = false;
        weeks = parser.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok || weeks < 0) {
            err << CommandLine::tr("--weeks needs a number of weeks (0: the whole plan).")
                << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    qint64 roadmapId = 0;
    if (!roadmapOption(parser, roadmapId, err))
        return CommandLine::UsageError;
    return IcsCommand::run(positional.at(1), weeks, databaseOption(parser), roadmapId, out, err);
}

} // namespace

bool CommandLine::openPlanner(Database &db, PlannerDocument &doc, QTextStream &err)
{
    if (Status opened = db.open(); !opened) {
        err << opened.error() << Qt::endl;
        const QString backup = db.newestGoodBackup();
        if (!backup.isEmpty()) {
            err << tr("The newest good backup is %1.").arg(QDir::toNativeSeparators(backup))
                << Qt::endl;
        }
        return false;
    }
    if (Status initial = doc.openInitialRoadmap(); !initial) {
        err << initial.error() << Qt::endl;
        return false;
    }
    return true;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (kCommands.contains(arg) || arg == QLatin1String("--version") ||
            arg == QLatin1String("-v") || arg == QLatin1String("--help") ||
            arg == QLatin1String("-h"))
            return true;
    }
    // A first word that is no file and reads like a command ("masar reviews") is a mistyped
    // command: it is refused with a suggestion rather than opening the window.
    const QStringList files = filesToOpen(arguments);
    if (files.isEmpty() || QFileInfo::exists(files.constFirst()))
        return false;
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z-]*$"));
    return word.match(files.constFirst()).hasMatch();
}

QString CommandLine::nearestCommand(const QString &word)
{
    // Levenshtein distance, case-insensitive; the first of the closest commands.
    const auto distance = [](const QString &a, const QString &b) {
        std::vector<int> row(std::size_t(b.size()) + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                const bool same = a.at(i - 1).toLower() == b.at(j - 1).toLower();
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &command : kCommands) {
        const int d = distance(word, command);
        if (d < bestDistance) {
            bestDistance = d;
            best = command;
        }
    }
    return best;
}

QString CommandLine::databasePath(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--database") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--database=")))
            return arg.mid(11);
    }
    return Database::defaultPath();
}

QStringList CommandLine::filesToOpen(const QStringList &arguments)
{
    QStringList files;
    bool optionsEnded = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && arg == QLatin1String("--database")) {
            ++i; // its value
        } else if (optionsEnded || !arg.startsWith(QLatin1Char('-'))) {
            files.append(arg);
        }
    }
    return files;
}

int CommandLine::printSummary(const QString &databasePath, QTextStream &out, QTextStream &err,
                              qint64 roadmapId)
{
    Database db(databasePath);
    PlannerDocument doc(db, nullptr);
    if (!openPlanner(db, doc, err))
        return DatabaseError;
    if (roadmapId > 0) {
        if (Status opened = doc.openRoadmap(roadmapId); !opened) {
            err << opened.error() << Qt::endl;
            return UsageError;
        }
    }
    const Roadmap &roadmap = doc.currentRoadmap();
    const RoadmapSummary summary = RoadmapSummary::compute(doc.treeModel()->nodes());
    out << roadmap.titleEn << Qt::endl;
    out << tr("Database: %1").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
    out << tr("Phases: %1, courses: %2, topics: %3, resources: %4")
               .arg(summary.phases)
               .arg(summary.courses)
               .arg(summary.topics)
               .arg(summary.resources)
        << Qt::endl;
    out << tr("Total planned effort: %1 (at %2 h/week that is about %3 weeks)")
               .arg(hours(summary.plannedMinutes))
               .arg(roadmap.hoursPerWeek)
               .arg(qRound(summary.plannedMinutes / 60.0 / roadmap.hoursPerWeek))
        << Qt::endl;
    for (qint64 phaseId : doc.treeModel()->childIds(0)) {
        const RoadmapNode *phase = doc.treeModel()->node(phaseId);
        out << QStringLiteral("  - ") << phase->title << QStringLiteral(" — ")
            << (phase->optional ? tr("optional, %1").arg(hours(summary.totals.value(phaseId)))
                                : hours(summary.totals.value(phaseId)))
            << Qt::endl;
    }
    return Success;
}

int CommandLine::printPlan(const QCommandLineParser &parser, const QString &databasePath,
                           qint64 roadmapId, QTextStream &out, QTextStream &err)
{
    PlanPrinter::Format format = PlanPrinter::Format::Table;
    const QString formatName = parser.isSet(QStringLiteral("format"))
                                   ? parser.value(QStringLiteral("format"))
                                   : QStringLiteral("table");
    if (!PlanPrinter::parseFormat(formatName, format)) {
        err << tr("Unknown format \"%1\": use table, csv or json.")
                   .arg(parser.value(QStringLiteral("format")))
            << Qt::endl;
        return UsageError;
    }
    QDate from;
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!from.isValid()) {
            err << tr("--from needs a date such as 2026-09-01.") << Qt::endl;
            return UsageError;
        }
    }
    Database db(databasePath);
    PlannerDocument doc(db, nullptr);
    if (!openPlanner(db, doc, err))
        return DatabaseError;
    if (roadmapId > 0) {
        if (Status opened = doc.openRoadmap(roadmapId); !opened) {
            err << opened.error() << Qt::endl;
            return UsageError;
        }
    }
    // --from plans as if the learner started (and it were) that day; nothing is stored.
    Availability availability = doc.availability();
    if (from.isValid())
        availability.startDate = from;
    const QList<RoadmapNode> all = doc.treeModel()->nodes();
    auto schedule =
        Scheduler::plan(PlanInput::tasks(all), availability, from.isValid() ? from : doc.today());
    if (!schedule) {
        err << schedule.error() << Qt::endl;
        return PlanError;
    }
    QHash<qint64, RoadmapNode> nodes;
    for (const RoadmapNode &n : all)
        nodes.insert(n.id, n);
    PlanPrinter::print(out, format, schedule.value(), nodes,
                       from.isValid() ? QDate() : doc.baselineFinish());
    return Success;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("masar %1 (Qt %2)")
                   .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
            << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("import")) {
        if (positional.size() != 2) {
            err << tr("\"import\" needs one file: masar import FILE [--dry-run] [--format "
                      "text|json].")
                << Qt::endl;
            return UsageError;
        }
        const QString format = parser.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("text") &&
            format != QLatin1String("json")) {
            err << tr("Unknown format \"%1\": use text or json.").arg(format) << Qt::endl;
            return UsageError;
        }
        return ImportCommand::run(positional.at(1), parser.isSet(QStringLiteral("dry-run")),
                                  format == QLatin1String("json") ? ImportCommand::Format::Json
                                                                  : ImportCommand::Format::Text,
                                  parser.isSet(QStringLiteral("database"))
                                      ? parser.value(QStringLiteral("database"))
                                      : Database::defaultPath(),
                                  out, err);
    }
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("export-ics"))
        return exportIcs(parser, out, err);
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("restore")) {
        if (positional.size() > 2) {
            err << tr("\"restore\" takes at most one file: masar restore [BACKUP] [--force].")
                << Qt::endl;
            return UsageError;
        }
        return BackupCommand::restore(databaseOption(parser), positional.value(1),
                                      parser.isSet(QStringLiteral("force")), out, err);
    }
    if (!positional.isEmpty() && !kCommands.contains(positional.constFirst())) {
        err << tr("Unknown command \"%1\". Did you mean \"%2\"? Try \"masar --help\".")
                   .arg(positional.constFirst(), nearestCommand(positional.constFirst()))
            << Qt::endl;
        return UsageError;
    }
    if (positional.size() != 1) {
        err << tr("Unknown command. Try \"masar --help\".") << Qt::endl;
        return UsageError;
    }
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : Database::defaultPath();
    const QString command = positional.constFirst();
    qint64 roadmapId = 0;
    if (!roadmapOption(parser, roadmapId, err))
        return UsageError;
    if (command == QLatin1String("summary"))
        return printSummary(path, out, err, roadmapId);
    if (command == QLatin1String("plan"))
        return printPlan(parser, path, roadmapId, out, err);
    if (command == QLatin1String("backups"))
        return BackupCommand::list(path, out, err);

    // roadmaps
    Database db(path);
    PlannerDocument doc(db, nullptr);
    if (!openPlanner(db, doc, err))
        return DatabaseError;
    NodeRepository nodes(db);
    out << tr("Roadmaps in %1:").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
    for (const Roadmap &roadmap : doc.roadmaps()) {
        auto list = nodes.nodes(roadmap.id);
        const RoadmapSummary summary =
            RoadmapSummary::compute(list.ok() ? list.value() : QList<RoadmapNode>());
        const bool current = roadmap.id == doc.currentRoadmap().id;
        out << (current ? QStringLiteral("* ") : QStringLiteral("  ")) << roadmap.id
            << QStringLiteral("  ") << roadmap.titleEn << QStringLiteral("  (")
            << tr("%1 items, %2")
                   .arg(list.ok() ? list.value().size() : 0)
                   .arg(hours(summary.plannedMinutes))
            << QStringLiteral(")") << Qt::endl;
    }
    out << tr("Built-in roadmaps:") << Qt::endl;
    for (const QString &id : BuiltinRoadmaps::ids()) {
        auto data = BuiltinRoadmaps::load(id);
        out << QStringLiteral("  ") << id << QStringLiteral("  ")
            << (data.ok() ? data.value().roadmap.titleEn : data.error()) << Qt::endl;
    }
    return Success;
}

} // namespace Masar
