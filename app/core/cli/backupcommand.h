// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Masar {

/**
 * `masar backups`: the automatic backups of the database, newest first, each with its date, size
 * and whether it is a healthy Masar database.
 *
 * `masar restore [BACKUP] [--force]`: puts the newest good backup (or BACKUP, after checking it)
 * in place of the database. The file that was there is never deleted; it is kept beside it under
 * a new name. A database that is healthy is only replaced with --force, since the backup is
 * older than it.
 */
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    /// Both return a CommandLine exit code.
    static int list(const QString &databasePath, QTextStream &out, QTextStream &err);
    static int restore(const QString &databasePath, const QString &backup, bool force,
                       QTextStream &out, QTextStream &err);
};

} // namespace Masar
