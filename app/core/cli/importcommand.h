// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Masar {

struct RoadmapDocumentData;

/**
 * `masar import FILE [--dry-run] [--format text|json]`: reads a Markdown roadmap, a Masar JSON
 * file or a roadmap.sh roadmap folder (or the graph file in it), prints what it found (the tree,
 * each duration with the phrase it came from, what was left out, the total effort; or the roadmap
 * JSON) and, without --dry-run, adds it to the database.
 */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    enum class Format
    {
        Text,
        Json
    };

    /// Returns a CommandLine exit code.
    static int run(const QString &file, bool dryRun, Format format, const QString &databasePath,
                   QTextStream &out, QTextStream &err);

private:
    /// Prints `data` as JSON when asked, then adds it to the database unless `dryRun`.
    static int storeImport(const RoadmapDocumentData &data, bool dryRun, Format format,
                           const QString &databasePath, QTextStream &out, QTextStream &err);
};

} // namespace Masar
