// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_damagedfiles: another program holding a lock on a database file.
//   dblocker FILE write      — a write transaction is open (BEGIN IMMEDIATE): others can read
//   dblocker FILE exclusive  — the file is held exclusively: others cannot even read
// Prints "locked" once it holds the lock and keeps it until its standard input closes; it never
// commits. Not a test by itself.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    const bool exclusive = qstrcmp(argv[2], "exclusive") == 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 2;
    QSqlQuery query(db);
    const QStringList statements =
        exclusive ? QStringList{QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"),
                                QStringLiteral("BEGIN EXCLUSIVE"),
                                QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                               "('locked-by', 'dblocker')")}
                  : QStringList{QStringLiteral("BEGIN IMMEDIATE"),
                                QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                               "('locked-by', 'dblocker')")};
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 3;
        }
    }
    std::puts("locked");
    std::fflush(stdout);
    char buffer[64];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}
