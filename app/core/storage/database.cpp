// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "schema.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace Masar {

namespace {

// Each commit is synced to disk before it is acknowledged. In WAL mode NORMAL syncs only at
// checkpoints: it survives a killed process, but a power loss can take back every commit since
// the last checkpoint (tst_powerloss: all of a session's edits). FULL costs one fsync a commit
// (bench_durability).
constexpr const char *kSynchronous = "PRAGMA synchronous=FULL";

/// A file path inside a message: always left to right, also in an Arabic sentence (without the
/// embedding, "/home/x/masar.sqlite" shows as "home/x/masar.sqlite/").
QString shownPath(const QString &path)
{
    return QChar(0x202A) + QDir::toNativeSeparators(path) + QChar(0x202C);
}

constexpr char kSqliteHeader[] = "SQLite format 3";
// SQLite's primary result codes (sqlite3.h).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

int nativeCode(const QSqlError &error)
{
    // The primary result code is the low byte of an extended code.
    return error.nativeErrorCode().toInt() & 0xff;
}

/// Runs one statement, returning the first column of the first row (or an error).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    if (!query.next())
        return QVariant();
    return query.value(0);
}

QString backupBaseName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace

Database::Database(QString path)
    : m_path(QFileInfo(path).absoluteFilePath()),
      m_connectionName(QStringLiteral("masar-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("masar.sqlite"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::fail(OpenError error, const QString &message)
{
    m_openError = error;
    return Error{message};
}

QString Database::checkFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("The file %1 cannot be read.").arg(shownPath(path));
    const QByteArray header = file.read(16);
    if (file.size() < 512 || !header.startsWith(kSqliteHeader))
        return tr("The file %1 is not a Masar database (it is not an SQLite file).")
            .arg(shownPath(path));
    return {};
}

Status Database::open()
{
    m_openError = OpenError::None;
    Status opened = openChecked();
    if (!opened)
        close(); // after openChecked() let go of every query on the connection
    return opened;
}

Status Database::openAlongside()
{
    const QString nativePath = shownPath(m_path);
    if (!QFileInfo(m_path).isFile())
        return Error{tr("The database %1 is not open.").arg(nativePath)};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    Status opened;
    if (!db.open()) {
        opened = Error{
            tr("The database %1 cannot be opened: %2").arg(nativePath, db.lastError().text())};
    }
    for (const char *pragma : {"PRAGMA foreign_keys=ON", kSynchronous}) {
        QSqlQuery query(db);
        if (opened && !query.exec(QString::fromLatin1(pragma)))
            opened = Error{describe(query.lastError())};
    }
    if (!opened)
        close();
    return opened;
}

Status Database::openChecked()
{
    const QString nativePath = shownPath(m_path);
    const QFileInfo info(m_path);

    if (!QDir().mkpath(info.absolutePath())) {
        return fail(OpenError::NotWritable,
                    tr("The folder for the database %1 cannot be created.").arg(nativePath));
    }
    if (info.exists() && !info.isFile())
        return fail(OpenError::NotWritable, tr("%1 is not a file.").arg(nativePath));
    if (const QString problem = checkFile(m_path); !problem.isEmpty())
        return fail(OpenError::NotSqlite, problem);
    if (info.exists() && !info.isWritable()) {
        return fail(
            OpenError::NotWritable,
            tr("The database %1 is read-only. Masar needs to write to it.").arg(nativePath));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite writes its journal (-wal, -shm) beside the file, and backups go there too.
        return fail(OpenError::NotWritable,
                    info.exists()
                        ? tr("The folder of the database %1 is read-only. Masar needs to write "
                             "beside the database (its journal and backups). Nothing was "
                             "changed.")
                              .arg(nativePath)
                        : tr("The database %1 cannot be created: the folder is not writable.")
                              .arg(nativePath));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            return fail(
                OpenError::NotWritable,
                tr("The database %1 cannot be opened: %2").arg(nativePath, db.lastError().text()));
        }
    }
    QSqlDatabase db = connection();

    // The first read of the file tells whether SQLite accepts it at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA application_id"))) {
        const QSqlError probeError = probe.lastError();
        const int code = nativeCode(probeError);
        if (code == kSqliteBusy || code == kSqliteLocked) {
            return fail(OpenError::Locked,
                        tr("The database %1 is locked by another program. Close that program "
                           "and try again; nothing was changed.")
                            .arg(nativePath));
        }
        if (code == kSqliteNotADb) {
            return fail(OpenError::NotSqlite,
                        tr("The file %1 is not a Masar database (it is not an SQLite file).")
                            .arg(nativePath));
        }
        return fail(code == kSqliteCorrupt ? OpenError::Damaged : OpenError::NotWritable,
                    tr("The database %1 cannot be read: %2").arg(nativePath, probeError.text()));
    }
    probe.next();
    const qint32 applicationId = probe.value(0).toInt();
    probe.finish();

    const auto check = scalar(db, QStringLiteral("PRAGMA quick_check"));
    if (!check.ok() || check.value().toString() != QLatin1String("ok")) {
        return fail(OpenError::Damaged,
                    tr("The database %1 is damaged (%2). It was not changed.")
                        .arg(nativePath, check.ok() ? check.value().toString() : check.error()));
    }

    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    const auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!version.ok() || !tables.ok()) {
        return fail(OpenError::Damaged,
                    tr("The database %1 cannot be read: %2")
                        .arg(nativePath, version.ok() ? tables.error() : version.error()));
    }
    const bool fresh = applicationId == 0 && tables.value().toInt() == 0;
    if (!fresh && applicationId != kApplicationId) {
        return fail(OpenError::ForeignDatabase,
                    tr("The file %1 is an SQLite database of another program, not a Masar "
                       "database. It was not changed.")
                        .arg(nativePath));
    }
    const int userVersion = version.value().toInt();
    if (userVersion > kSchemaVersion) {
        return fail(OpenError::NewerSchema,
                    tr("The database %1 was written by a newer version of Masar (schema %2; this "
                       "version knows up to %3). It was not changed; please update Masar.")
                        .arg(nativePath)
                        .arg(userVersion)
                        .arg(kSchemaVersion));
    }

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", kSynchronous}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            return fail(OpenError::NotWritable, tr("The database %1 cannot be prepared: %2")
                                                    .arg(nativePath, query.lastError().text()));
        }
    }
    if (fresh) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))) {
            return fail(OpenError::NotWritable, tr("The database %1 cannot be written: %2")
                                                    .arg(nativePath, query.lastError().text()));
        }
    }
    if (userVersion < kSchemaVersion) {
        if (Status migrated = migrate(userVersion); !migrated)
            return fail(OpenError::NotWritable, migrated.error());
    }
    return {};
}

Status Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        Transaction transaction(db);
        for (const QString &statement : Schema::migration(version)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                return Error{tr("The database %1 could not be upgraded to schema %2: %3")
                                 .arg(shownPath(m_path))
                                 .arg(version)
                                 .arg(query.lastError().text())};
            }
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
            return Error{query.lastError().text()};
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    Transaction transaction(connection());
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Error{tr("The setting could not be saved: %1").arg(query.lastError().text())};
    return transaction.commit();
}

QString Database::backupFolder() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Database::backups() const
{
    const QDir dir(backupFolder());
    const QString pattern = backupBaseName(m_path) +
                            QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite");
    QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

Status Database::backupTo(const QString &target)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        return Error{tr("The backup %1 could not be written: %2")
                         .arg(shownPath(target), query.lastError().text())};
    }
    return {};
}

Result<QString> Database::ensureDailyBackup(const QDate &today)
{
    if (!QDir().mkpath(backupFolder())) {
        return Error{tr("The backup folder %1 cannot be created.").arg(shownPath(backupFolder()))};
    }
    const QString target = QDir(backupFolder())
                               .filePath(backupBaseName(m_path) + QLatin1Char('-') +
                                         today.toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    if (!QFileInfo::exists(target)) {
        // VACUUM INTO refuses to overwrite; write to a temporary name and rename when complete.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        if (Status written = backupTo(partial); !written)
            return Error{written.error()};
        if (!QFile::rename(partial, target)) {
            QFile::remove(partial);
            return Error{tr("The backup %1 could not be written.").arg(shownPath(target))};
        }
    }
    const QStringList all = backups();
    for (int i = kBackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

QString Database::checkHealth(const QString &path)
{
    if (!QFileInfo::exists(path))
        return tr("the file does not exist");
    if (!checkFile(path).isEmpty())
        return tr("it is not an SQLite file");
    const QString name = QStringLiteral("masar-check-") + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = tr("it cannot be opened: %1").arg(db.lastError().text());
        } else {
            const auto check = scalar(db, QStringLiteral("PRAGMA quick_check"));
            const auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
            if (!check.ok() || check.value().toString() != QLatin1String("ok")) {
                // quick_check lists every bad page; the first line says enough.
                const QString detail = check.ok() ? check.value().toString() : check.error();
                problem = tr("it is damaged (%1)").arg(detail.section(QLatin1Char('\n'), 0, 0));
            } else if (!appId.ok() || appId.value().toInt() != kApplicationId) {
                problem = tr("it is not a Masar database");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Result<bool> Database::compactIfUseful()
{
    const QSqlDatabase db = connection();
    // The notes' full-text index records a removal as a marker until its segments are merged;
    // merging them first gives back the pages a long removed note held.
    {
        QSqlQuery optimize(db);
        if (!optimize.exec(QStringLiteral("INSERT INTO note_fts (note_fts) VALUES ('optimize')")))
            return refused(optimize);
    }
    const auto pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const auto free = scalar(db, QStringLiteral("PRAGMA freelist_count"));
    if (!pages.ok() || !free.ok())
        return Error{pages.ok() ? free.error() : pages.error()};
    const qint64 freePages = free.value().toLongLong();
    if (freePages < kCompactMinFreePages || freePages * 4 < pages.value().toLongLong())
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("VACUUM")))
        return refused(query);
    return true;
}

QString Database::newestGoodBackup() const
{
    for (const QString &backup : backups()) {
        if (checkHealth(backup).isEmpty())
            return backup;
    }
    return {};
}

Result<QString> Database::restoreBackup(const QString &backup, const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString keptAs;
    // The files moved aside so far (the database, then its write-ahead log and shared memory:
    // the log holds the latest commits and belongs with its database), to move back when the
    // restore cannot be finished.
    QList<QPair<QString, QString>> moved;
    const auto moveBack = [&moved] {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            QFile::rename(it->second, it->first);
    };
    if (QFileInfo::exists(path)) {
        keptAs = path + QStringLiteral(".replaced-") + stamp;
        for (int n = 2; QFileInfo::exists(keptAs); ++n) // a second restore within the second
            keptAs = path + QStringLiteral(".replaced-%1-%2").arg(stamp).arg(n);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = path + QLatin1String(suffix);
            const QString to = keptAs + QLatin1String(suffix);
            if (*suffix && !QFileInfo::exists(from))
                continue;
            if (!QFile::rename(from, to)) {
                moveBack();
                return Error{tr("The database %1 could not be moved aside; nothing was restored.")
                                 .arg(shownPath(from))};
            }
            moved.append({from, to});
        }
    }
    if (!QFile::copy(backup, path)) {
        QFile::remove(path); // what a failed copy may have left
        moveBack();
        return Error{
            tr("The backup %1 could not be copied to %2.").arg(shownPath(backup), shownPath(path))};
    }
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return keptAs;
}

QString Database::describe(const QSqlError &error)
{
    switch (nativeCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return tr("Another program is using the database and holds it locked, so nothing was "
                  "changed. Close that program and try again.");
    case kSqliteFull:
        return tr("The disk is full, so nothing was changed. Free some space and try again.");
    case kSqliteReadOnly:
        return tr("The database can only be read (its file or folder is read-only), so nothing "
                  "was changed.");
    case kSqliteIoError:
        return tr("The disk could not be read or written (%1), so nothing was changed.")
            .arg(error.databaseText());
    case kSqliteCorrupt:
        return tr("The database is damaged (%1), so nothing was changed. Restart Masar to "
                  "restore the newest good backup.")
            .arg(error.databaseText());
    default:
        return tr("The database refused the change: %1").arg(error.text());
    }
}

Error Database::refused(const QSqlQuery &query)
{
    return Error{describe(query.lastError())};
}

QString Database::sqliteVersion()
{
    const QString name = QStringLiteral("masar-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace Masar
