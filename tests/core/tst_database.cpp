// SPDX-License-Identifier: GPL-3.0-or-later
#include "compat.h"
#include "import/builtinroadmaps.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/roadmaprepository.h"
#include "storage/utctime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

/// Opening `path` fails with one of `allowed`, names the file (or `fragment`) in the message, and
/// leaves the file byte for byte as it was.
void verifyRefused(const QString &path, const QList<Database::OpenError> &allowed,
                   const QString &fragment)
{
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    Database db(path);
    const Status opened = db.open();
    QVERIFY(!opened.ok());
    QVERIFY2(allowed.contains(db.openError()), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(fragment), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), before);
}

/// A database with the default built-in roadmap in it, closed again.
void createPopulated(const QString &path)
{
    Database db(path);
    QVERIFY(db.open().ok());
    RoadmapRepository roadmaps(db);
    auto data = BuiltinRoadmaps::load(BuiltinRoadmaps::defaultId());
    QVERIFY(data.ok());
    QVERIFY(roadmaps.add(data.value()).ok());
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/masar.sqlite"));
        Database db(path);
        const Status opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), Database::kSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")), Database::kApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                           "type = 'table' AND name IN ('roadmap', 'node')")),
                 2);
    }

    void reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM roadmap")), 1);
    }

    void migratesAnOlderSchema()
    {
        // A Masar file at schema 0 (created, stamped, nothing else) is brought to the current one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA application_id=%1").arg(Database::kApplicationId)));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE placeholder (x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db(path);
        const Status opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), Database::kSchemaVersion);
    }

    void roundTripsNodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        Database db(path);
        QVERIFY(db.open().ok());
        RoadmapDocumentData data;
        data.roadmap.titleEn = QStringLiteral("Test");
        data.roadmap.titleAr = QStringLiteral("اختبار");
        data.roadmap.hoursPerWeek = 7.5;
        RoadmapNodeTree phase;
        phase.node.kind = RoadmapNode::Kind::Phase;
        phase.node.title = QStringLiteral("'); DROP TABLE node;--");
        phase.node.statedMinutes = 600;
        phase.node.durationText = QStringLiteral("(1 week)");
        RoadmapNodeTree course;
        course.node.kind = RoadmapNode::Kind::Course;
        course.node.title = QStringLiteral("الرياضيات");
        course.node.language = QStringLiteral("ar");
        course.node.url = QStringLiteral("https://example.org/a?b=1&c=2");
        course.node.area = CompetencyArea::Mathematics;
        course.node.effortMinutes = 840;
        course.node.effortLowMinutes = 600;
        course.node.effortHighMinutes = 1080;
        course.node.effortSource = RoadmapNode::EffortSource::Stated;
        course.node.optional = true;
        course.node.status = RoadmapNode::Status::InProgress;
        phase.children.append(course);
        data.nodes.append(phase);

        RoadmapRepository roadmaps(db);
        auto id = roadmaps.add(data);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto stored = roadmaps.find(id.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored->titleAr, data.roadmap.titleAr);
        QCOMPARE(stored->hoursPerWeek, 7.5);

        NodeRepository nodes(db);
        auto list = nodes.nodes(id.value());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        const RoadmapNode &p = list->at(0);
        const RoadmapNode &c = list->at(1);
        QCOMPARE(p.title, phase.node.title);
        QCOMPARE(c.parentId, p.id);
        RoadmapNode expected = course.node;
        expected.id = c.id;
        expected.parentId = p.id;
        QCOMPARE(c, expected);
        // The hostile title was stored as text, and the table is still there.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM node")), 2);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        verifyRefused(path, {Database::OpenError::NotSqlite}, QStringLiteral("notes.sqlite"));
    }

    void refusesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        // Overwrite the middle of the file (b-tree pages) with garbage, keeping the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), char(0x5a)));
        file.close();
        verifyRefused(path, {Database::OpenError::Damaged, Database::OpenError::NotSqlite},
                      QStringLiteral("masar.sqlite"));
    }

    void refusesATruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 3));
        verifyRefused(path, {Database::OpenError::Damaged, Database::OpenError::NotSqlite},
                      QStringLiteral("masar.sqlite"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)));
        }
        verifyRefused(path, {Database::OpenError::NewerSchema}, QStringLiteral("newer version"));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER, url TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO moz_places VALUES (1, 'x')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        verifyRefused(path, {Database::OpenError::ForeignDatabase},
                      QStringLiteral("another program"));
    }

    void refusesAPathThatCannotBeWritten()
    {
        // A regular file where a folder should be: no privilege can create the database there.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database db(dir.filePath(QStringLiteral("blocker/masar.sqlite")));
        const Status opened = db.open();
        QVERIFY(!opened.ok());
        QCOMPARE(db.openError(), Database::OpenError::NotWritable);
        QVERIFY(opened.error().contains(QStringLiteral("blocker")));
    }

    void makesRotatesAndRestoresBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        {
            Database db(path);
            QVERIFY(db.open().ok());
            const QDate start(2026, 1, 1);
            for (int day = 0; day < 10; ++day) {
                auto backup = db.ensureDailyBackup(start.addDays(day));
                QVERIFY2(backup.ok(), qPrintable(backup.error()));
                QVERIFY(QFile::exists(backup.value()));
            }
            // A second call on the same day keeps the one backup.
            QVERIFY(db.ensureDailyBackup(start.addDays(9)).ok());
            const QStringList backups = db.backups();
            QCOMPARE(backups.size(), Database::kBackupsKept);
            QVERIFY(backups.constFirst().endsWith(QStringLiteral("masar-2026-01-10.sqlite")));
            QVERIFY(backups.constLast().endsWith(QStringLiteral("masar-2026-01-04.sqlite")));
            QCOMPARE(db.newestGoodBackup(), backups.constFirst());
        }
        // Damage the database: the newest good backup is offered and restores everything, and
        // the damaged file is kept aside.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'z'));
        file.close();
        Database broken(path);
        QVERIFY(!broken.open().ok());
        const QString backup = broken.newestGoodBackup();
        QVERIFY(backup.endsWith(QStringLiteral("masar-2026-01-10.sqlite")));
        auto restored = Database::restoreBackup(backup, path);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(QFile::exists(restored.value()));
        QCOMPARE(QFile(restored.value()).size(), 8192);
        Database healed(path);
        QVERIFY(healed.open().ok());
        QCOMPARE(scalar(healed, QStringLiteral("SELECT count(*) FROM roadmap")), 1);
        QVERIFY(scalar(healed, QStringLiteral("SELECT count(*) FROM node")) > 100);
    }

    void aFailedRestoreLeavesTheDatabaseAndItsLogInPlace()
    {
        // A database whose latest commits are still in its write-ahead log (as after a crash):
        // copied while the writer holds it open, before any checkpoint.
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            QSqlDatabase writer =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walwriter"));
            writer.setDatabaseName(live);
            QVERIFY(writer.open());
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            for (int i = 0; i < 50; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(i)));
            QVERIFY(QFile::copy(live, path));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            QVERIFY(QFile(path + QStringLiteral("-wal")).size() > 0);
            q.finish();
            writer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("walwriter"));
        const QByteArray mainBefore = fileHash(path);
        const QByteArray walBefore = fileHash(path + QStringLiteral("-wal"));

        // The backup cannot be copied (here it is a folder): nothing may change.
        const QString notAFile = dir.filePath(QStringLiteral("backup-folder"));
        QVERIFY(QDir().mkpath(notAFile));
        auto restored = Database::restoreBackup(notAFile, path);
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().contains(QStringLiteral("could not be copied")));
        QCOMPARE(fileHash(path), mainBefore);
        QCOMPARE(fileHash(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files),
                 QStringList());
        {
            QSqlDatabase reader =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("walreader"));
            reader.setDatabaseName(path);
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 50); // the commits in the log are all there
            q.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("walreader"));
    }

    void skipsDamagedBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        createPopulated(path);
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(db.ensureDailyBackup(QDate(2026, 3, 1)).ok());
        QVERIFY(db.ensureDailyBackup(QDate(2026, 3, 2)).ok());
        QFile newest(db.backups().constFirst());
        QVERIFY(newest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        newest.write(QByteArray(2048, 'q'));
        newest.close();
        QVERIFY(db.newestGoodBackup().endsWith(QStringLiteral("masar-2026-03-01.sqlite")));
    }

    void utcTimesRoundTrip()
    {
        const QList<QDateTime> times{
            Compat::utcDateTime(QDate(2026, 1, 5), QTime(18, 0)),
            Compat::utcDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999)),
            QDateTime(QDate(2026, 3, 29), QTime(2, 30)),
            Compat::offsetDateTime(QDate(2030, 2, 28), QTime(7, 5, 9, 40), 3 * 3600)};
        for (const QDateTime &time : times) {
            const QString text = UtcTime::toText(time);
            QCOMPARE(text, time.toUTC().toString(Qt::ISODateWithMs));
            const QDateTime back = UtcTime::fromText(text);
            QCOMPARE(back, time);
            QCOMPARE(back.timeSpec(), Qt::UTC);
        }
        // Other ISO forms go through Qt's parser; what is not a time stays invalid.
        QCOMPARE(UtcTime::fromText(u"2026-01-05T18:00:00+03:00"),
                 Compat::utcDateTime(QDate(2026, 1, 5), QTime(15, 0)));
        QCOMPARE(UtcTime::fromText(u"2026-01-05T18:00:00"),
                 Compat::utcDateTime(QDate(2026, 1, 5), QTime(18, 0)));
        for (const char16_t *bad :
             {u"", u"2026-13-05T18:00:00.000Z", u"2026-01-05T25:00:00Z", u"2026-01-05X18:00:00Z",
              u"yesterday", u"abcd-01-05T18:00:00Z", u"20x6-01-05T18:00:00.000Z"})
            QVERIFY2(!UtcTime::fromText(bad).isValid(), qPrintable(QString::fromUtf16(bad)));
        QCOMPARE(UtcTime::toText(QDateTime()), QStringLiteral(""));
        QVERIFY(!UtcTime::toText(QDateTime()).isNull()); // NOT NULL columns
    }

    void settingsPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v1")).ok());
            QVERIFY(db.setSetting(QStringLiteral("k"), QStringLiteral("v2")).ok());
        }
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(db.setting(QStringLiteral("k")), QStringLiteral("v2"));
        QCOMPARE(db.setting(QStringLiteral("missing"), QStringLiteral("d")), QStringLiteral("d"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
