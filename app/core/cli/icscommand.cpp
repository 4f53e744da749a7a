// SPDX-License-Identifier: GPL-3.0-or-later
#include "icscommand.h"

#include "calendar/icswriter.h"
#include "calendar/studyevents.h"
#include "cli/commandline.h"
#include "document/plannerdocument.h"
#include "storage/database.h"

#include <QDir>
#include <QTextStream>

namespace Masar {

int IcsCommand::run(const QString &file, int weeks, const QString &databasePath, qint64 roadmapId,
                    QTextStream &out, QTextStream &err)
{
    Database db(databasePath);
    PlannerDocument doc(db, nullptr);
    if (!CommandLine::openPlanner(db, doc, err))
        return CommandLine::DatabaseError;
    if (roadmapId > 0) {
        if (Status opened = doc.openRoadmap(roadmapId); !opened) {
            err << opened.error() << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    // The document plans from today with the roadmap's availability, prerequisites and the
    // time already studied: the same plan the window shows.
    if (!doc.scheduleError().isEmpty()) {
        err << doc.scheduleError() << Qt::endl;
        return CommandLine::PlanError;
    }
    const QList<StudyEvent> events = StudyEvents::planned(doc, weeks);
    if (const Status written = IcsWriter::writeFile(file, events); !written) {
        err << written.error() << Qt::endl;
        return CommandLine::ImportError;
    }
    out << tr("Wrote %Ln event(s) to %1.", nullptr, int(events.size()))
               .arg(QDir::toNativeSeparators(file))
        << Qt::endl;
    return CommandLine::Success;
}

} // namespace Masar
