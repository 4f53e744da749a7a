// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Masar {

/**
 * The one SQLite file that holds everything. Opening it checks that it is a Masar database in
 * good health, migrates older schemas forward (each step in a transaction, tracked by
 * PRAGMA user_version) and refuses — without writing a byte — files that are not SQLite, are
 * damaged, belong to another program, or come from a newer Masar. Daily backups are made with
 * VACUUM INTO into a "backups" folder beside the file; the newest good one is offered when the
 * file cannot be opened.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kSchemaVersion = 5;
    static constexpr qint32 kApplicationId = 0x4D534152; // "MSAR"
    static constexpr int kBackupsKept = 7;

    enum class OpenError
    {
        None,
        NotWritable,
        Locked,
        NotSqlite,
        Damaged,
        NewerSchema,
        ForeignDatabase
    };

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The platform's default location: <app data>/masar.sqlite.
    static QString defaultPath();

    Status open();
    /**
     * Opens another connection to a database this process has already opened with open(), for
     * work on another thread (a connection belongs to the thread that opened it): WAL, foreign
     * keys and the busy timeout as open() sets them, without its checks and upgrades.
     */
    Status openAlongside();
    bool isOpen() const;
    void close();
    OpenError openError() const { return m_openError; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    /// Key/value settings stored in the database (they belong to the learner's data).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // Backups --------------------------------------------------------------------------------
    QString backupFolder() const;
    QStringList backups() const; ///< newest first
    /// Makes today's backup unless one exists; keeps the newest kBackupsKept.
    Result<QString> ensureDailyBackup(const QDate &today = QDate::currentDate());
    Status backupTo(const QString &target);
    /**
     * Reads `path` without writing to it: empty when it is a healthy Masar database (SQLite,
     * quick_check ok, Masar's application id), else why not, translated and without the path
     * ("it is damaged (…)").
     */
    static QString checkHealth(const QString &path);
    /**
     * Merges the notes' full-text index (dropping what removed notes left in it), then rewrites
     * the file without its free pages (VACUUM) when at least a quarter of it, and at least
     * kCompactMinFreePages pages, is free — after a roadmap or long notes were removed. Returns
     * whether it rewrote the file.
     */
    Result<bool> compactIfUseful();
    static constexpr int kCompactMinFreePages = 256;
    /// Newest backup that is a healthy Masar database, or empty.
    QString newestGoodBackup() const;
    /**
     * Puts `backup` in place of the database file at `path`. The file being replaced is never
     * deleted: it is renamed to "<name>.replaced-<timestamp>" beside it.
     */
    static Result<QString> restoreBackup(const QString &backup, const QString &path);

    /// Checks a file without opening it for writing: empty string when healthy, else why not.
    static QString checkFile(const QString &path);
    /**
     * What a failed statement means for the learner, translated: another program holding the
     * file locked, a full disk, a read-only file, a disk error, damage — each says that nothing
     * was changed and what to do. Other errors keep SQLite's own text.
     */
    static QString describe(const QSqlError &error);
    /// describe() of the query's error, as an Error.
    static Error refused(const QSqlQuery &query);
    /// How long a statement waits for another program's lock before giving up.
    static constexpr int kBusyTimeoutMs = 2000;

    /// The version of the SQLite library Qt Sql uses ("3.40.1"); empty if it cannot be asked.
    static QString sqliteVersion();

private:
    Status openChecked();
    Status fail(OpenError error, const QString &message);
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    OpenError m_openError = OpenError::None;
};

} // namespace Masar
