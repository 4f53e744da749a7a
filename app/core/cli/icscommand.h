// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Masar {

/**
 * `masar export-ics FILE [--weeks N] [--database PATH] [--roadmap ID]`: plans the roadmap from
 * today with its availability, as the window shows it, and writes the study blocks (all of them,
 * or those of the next N weeks) as an iCalendar file in the system's time zone.
 */
class IcsCommand
{
    Q_DECLARE_TR_FUNCTIONS(IcsCommand)

public:
    /// Returns a CommandLine exit code. `weeks` 0: the whole plan; `roadmapId` 0: the current
    /// roadmap.
    static int run(const QString &file, int weeks, const QString &databasePath, qint64 roadmapId,
                   QTextStream &out, QTextStream &err);
};

} // namespace Masar
