// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "commandline.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace Masar {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int BackupCommand::list(const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const Database db(databasePath);
    const QStringList backups = db.backups();
    if (backups.isEmpty()) {
        err << tr("There are no backups of %1 in %2 yet (one is made each day Masar is used).")
                   .arg(native(db.path()), native(db.backupFolder()))
            << Qt::endl;
        return CommandLine::DatabaseError;
    }
    out << tr("Backups of %1, newest first:").arg(native(db.path())) << Qt::endl;
    const QLocale locale;
    for (const QString &backup : backups) {
        const QString problem = Database::checkHealth(backup);
        out << QStringLiteral("  ") << native(backup) << QStringLiteral("  ")
            << locale.formattedDataSize(QFileInfo(backup).size()) << QStringLiteral("  ")
            << (problem.isEmpty() ? tr("good") : tr("not usable: %1").arg(problem)) << Qt::endl;
    }
    return CommandLine::Success;
}

int BackupCommand::restore(const QString &databasePath, const QString &backup, bool force,
                           QTextStream &out, QTextStream &err)
{
    const Database db(databasePath);
    QString source = backup;
    if (source.isEmpty()) {
        source = db.newestGoodBackup();
        if (source.isEmpty()) {
            err << tr("There is no good backup of %1 to restore.").arg(native(db.path()))
                << Qt::endl;
            return CommandLine::DatabaseError;
        }
    } else if (const QString problem = Database::checkHealth(source); !problem.isEmpty()) {
        err << tr("%1 cannot be restored: %2").arg(native(source), problem) << Qt::endl;
        return CommandLine::DatabaseError;
    }
    if (QFileInfo::exists(db.path()) && Database::checkHealth(db.path()).isEmpty() && !force) {
        err << tr("The database %1 is healthy, and the backup is older than it. Nothing was "
                  "changed; add --force to restore the backup anyway (the database is kept "
                  "beside it).")
                   .arg(native(db.path()))
            << Qt::endl;
        return CommandLine::DatabaseError;
    }
    auto restored = Database::restoreBackup(source, db.path());
    if (!restored) {
        err << restored.error() << Qt::endl;
        return CommandLine::DatabaseError;
    }
    out << tr("Restored %1 from %2.").arg(native(db.path()), native(source)) << Qt::endl;
    if (!restored->isEmpty())
        out << tr("The file that was there is kept as %1.").arg(native(*restored)) << Qt::endl;
    return CommandLine::Success;
}

} // namespace Masar
