// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace Masar {

class Database;
class PlannerDocument;

/**
 * The command-line interface: `masar --version`, `masar roadmaps`, `masar summary`, `masar plan`,
 * `masar import`, `masar export-ics`, `masar backups`, `masar restore`, with the global
 * `--database PATH`. Runs on QCoreApplication
 * (no display). Exit codes: 0 success, 1 usage error, 2 the database could not be used, 3 no plan
 * can be made, 4 the file could not be imported or written (the reason is printed).
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        DatabaseError = 2,
        PlanError = 3,
        ImportError = 4
    };

    /// True when the arguments ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    /// The command spelled most like `word` (for "Did you mean …?").
    static QString nearestCommand(const QString &word);
    /// Runs the command; `arguments` includes the program name. Needs a QCoreApplication.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// Prints the current roadmap's summary (used when the window cannot be shown).
    static int printSummary(const QString &databasePath, QTextStream &out, QTextStream &err,
                            qint64 roadmapId = 0);
    /// `masar plan`: the schedule as a table, CSV or JSON.
    static int printPlan(const QCommandLineParser &parser, const QString &databasePath,
                         qint64 roadmapId, QTextStream &out, QTextStream &err);
    /// The --database value from the arguments, or the default path.
    static QString databasePath(const QStringList &arguments);
    /// Opens the database and the roadmap used last; on failure prints why (and the newest good
    /// backup) to `err` and returns false.
    static bool openPlanner(Database &db, PlannerDocument &doc, QTextStream &err);
    /// Files named on a window launch (`masar [--database PATH] [FILE…]`), in order.
    static QStringList filesToOpen(const QStringList &arguments);
};

} // namespace Masar
