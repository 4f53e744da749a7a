// SPDX-License-Identifier: GPL-3.0-or-later
// A learner's file in trouble: read-only, in a read-only folder, locked by another program,
// on a full disk, or damaged with backups beside it. Each case gives a clear message, never
// writes over the learner's data, and the newest good backup can be restored from the command
// line (the window's restore is in tests/ui/tst_restore.cpp).
//
// Permissions mean nothing to root, so when the test runs as root the read-only cases run the
// real masar executable as the unprivileged user "nobody" (setpriv).
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "import/builtinroadmaps.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/roadmaprepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Masar;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

/// A database holding the default built-in roadmap, closed again.
qint64 createPopulated(const QString &path)
{
    Database db(path);
    if (!db.open())
        return 0;
    RoadmapRepository roadmaps(db);
    auto data = BuiltinRoadmaps::load(BuiltinRoadmaps::defaultId());
    auto added = roadmaps.add(data.value());
    return added.ok() ? added.value() : 0;
}

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

/// The files a restore kept aside (without their journal files).
QStringList keptFiles(const QString &dir)
{
    QStringList kept =
        QDir(dir).entryList({QStringLiteral("masar.sqlite.replaced-*")}, QDir::Files);
    QStringList files;
    for (const QString &name : kept) {
        if (!name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm")))
            files.append(name);
    }
    return files;
}

void setMode(const QString &path, QFileDevice::Permissions permissions)
{
    QVERIFY(QFile::setPermissions(path, permissions));
}

constexpr QFileDevice::Permissions kReadOnly =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kOpen =
    kReadOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kAll =
    kOpen | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_masar; ///< a copy of the executable anyone may run

    /// Runs masar without a display; as "nobody" when the test runs as root.
    Run masar(const QStringList &arguments, bool unprivileged = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        if (unprivileged && geteuid() == 0) {
            process.start(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"), m_masar} +
                              arguments);
        } else {
            process.start(m_masar, arguments);
        }
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    /// A folder under the test's own, open to every user.
    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QDir().mkpath(path))
            return {};
        QFile::setPermissions(path, kAll);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setMode(m_dir.path(), kOpen | QFileDevice::WriteOwner);
        m_masar = m_dir.filePath(QStringLiteral("masar"));
        QVERIFY(QFile::copy(QStringLiteral(MASAR_BINARY), m_masar));
        setMode(m_masar, kOpen);
    }

    void readOnlyFileIsRefused()
    {
        const QString path = folder(QStringLiteral("rofile")) + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        setMode(path, kReadOnly);
        const QByteArray before = hashOf(path);
        const Run run =
            masar({QStringLiteral("--database"), path, QStringLiteral("summary")}, true);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is read-only")), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void readOnlyFolderIsRefused()
    {
        const QString dir = folder(QStringLiteral("rofolder"));
        const QString path = dir + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        setMode(path, kAll);
        setMode(dir, kOpen);
        const QByteArray before = hashOf(path);
        const Run run =
            masar({QStringLiteral("--database"), path, QStringLiteral("summary")}, true);
        setMode(dir, kAll);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("folder of the database")), qPrintable(run.err));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("masar.sqlite")});
    }

    void writeLockedDatabaseKeepsTheEdit()
    {
        // Another program is in the middle of a write: Masar opens and reads, a change waits for
        // the lock, then gives up with a message and leaves the document as it was; once the
        // other program is done, the same change goes through.
        const QString path = folder(QStringLiteral("writelock")) + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        Database db(path);
        const Status opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        PlannerDocument document(db, nullptr);
        const Status initial = document.openInitialRoadmap();
        QVERIFY2(initial.ok(), qPrintable(initial.error()));

        QProcess locker;
        locker.start(QStringLiteral(MASAR_DB_LOCKER), {path, QStringLiteral("write")});
        QVERIFY(locker.waitForReadyRead(10000));
        QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));
        const RoadmapTreeModel *model = document.treeModel();
        const QModelIndex first = model->index(0, 0);
        const qint64 id = model->idOf(first);
        const QString title = model->data(first).toString();
        QSignalSpy errors(&document, &PlannerDocument::errorOccurred);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!document.setNodeField({id}, PlannerDocument::Field::Title,
                                       QStringLiteral("Renamed while locked")));
        qInfo("the change waited %lld ms for the lock", waited.elapsed());
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("Another program is using the database")),
                 qPrintable(message));
        QCOMPARE(model->data(model->index(0, 0)).toString(), title);
        QCOMPARE(document.undoStack()->count(), 0);

        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
        QVERIFY(document.setNodeField({id}, PlannerDocument::Field::Title,
                                      QStringLiteral("Renamed after the lock")));
        QCOMPARE(model->data(model->index(0, 0)).toString(),
                 QStringLiteral("Renamed after the lock"));
        QCOMPARE(db.setting(QStringLiteral("locked-by")), QString()); // never committed
    }

    void exclusivelyLockedDatabaseIsRefused()
    {
        const QString path = folder(QStringLiteral("exclusive")) + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        QProcess locker;
        locker.start(QStringLiteral(MASAR_DB_LOCKER), {path, QStringLiteral("exclusive")});
        QVERIFY(locker.waitForReadyRead(10000));
        QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));
        const QByteArray before = hashOf(path);
        {
            Database db(path);
            const Status opened = db.open();
            QVERIFY(!opened.ok());
            QCOMPARE(db.openError(), Database::OpenError::Locked);
            QVERIFY2(opened.error().contains(QStringLiteral("locked by another program")),
                     qPrintable(opened.error()));
        }
        QCOMPARE(hashOf(path), before);
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(10000));
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM node")) > 100);
    }

    void fullDiskLosesNothing()
    {
        // The file may not grow by another page (PRAGMA max_page_count): adding nodes soon
        // fails with a message; everything written before stays, the document matches storage,
        // and with room again the next change works.
        const QString path = folder(QStringLiteral("full")) + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        Database db(path);
        QVERIFY(db.open().ok());
        PlannerDocument document(db, nullptr);
        QVERIFY(document.openInitialRoadmap().ok());
        const int pages = scalar(db, QStringLiteral("PRAGMA page_count"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 2)), pages + 2);
        QSignalSpy errors(&document, &PlannerDocument::errorOccurred);
        QStringList added;
        for (int i = 0; i < 5000 && errors.isEmpty(); ++i) {
            const QString title = QStringLiteral("Added %1 with a long title to fill pages %2")
                                      .arg(i)
                                      .arg(QString(200, QLatin1Char('x')));
            if (document.addNode(0, 0, RoadmapNode::Kind::Topic, title))
                added.append(title);
        }
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("The disk is full")), qPrintable(message));
        qInfo("%lld nodes were added before the disk was full", qint64(added.size()));
        QVERIFY(!added.isEmpty());
        QCOMPARE(document.undoStack()->count(), added.size());

        // Storage and document agree, and every acknowledged node is there.
        NodeRepository nodes(db);
        auto stored = nodes.nodes(document.currentRoadmap().id);
        QVERIFY(stored.ok());
        QSet<QString> titles;
        for (const RoadmapNode &node : stored.value())
            titles.insert(node.title);
        for (const QString &title : std::as_const(added))
            QVERIFY(titles.contains(title));
        QCOMPARE(qint64(stored.value().size()), qint64(document.treeModel()->nodes().size()));
        QSqlQuery integrity(db.connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        integrity.finish();

        QVERIFY(scalar(db, QStringLiteral("PRAGMA max_page_count=1000000")) > pages);
        QVERIFY(document.addNode(0, 0, RoadmapNode::Kind::Topic, QStringLiteral("With room")));
    }

    void commandLineRestoresTheNewestGoodBackup()
    {
        const QString dir = folder(QStringLiteral("restore"));
        const QString path = dir + QStringLiteral("/masar.sqlite");
        QVERIFY(createPopulated(path));
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QVERIFY(db.ensureDailyBackup(QDate(2026, 11, 1)).ok());
            QVERIFY(db.ensureDailyBackup(QDate(2026, 11, 2)).ok());
        }
        // The newest backup is itself damaged; the one before it is good.
        const QString damagedBackup = dir + QStringLiteral("/backups/masar-2026-11-02.sqlite");
        const QString goodBackup = dir + QStringLiteral("/backups/masar-2026-11-01.sqlite");
        {
            QFile file(damagedBackup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096);
            file.write(QByteArray(8192, '\x5a'));
        }
        // The database is cut short (a full disk while copying it, say).
        QVERIFY(QFile::resize(path, 3000));
        const QByteArray damaged = hashOf(path);

        Run run = masar({QStringLiteral("--database"), path, QStringLiteral("summary")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(goodBackup), qPrintable(run.err));
        QCOMPARE(hashOf(path), damaged);

        run = masar({QStringLiteral("--database"), path, QStringLiteral("backups")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(run.out));
        QVERIFY2(lines.at(1).contains(damagedBackup) &&
                     lines.at(1).contains(QStringLiteral("not usable")),
                 qPrintable(run.out));
        QVERIFY2(lines.at(2).contains(goodBackup) && lines.at(2).endsWith(QStringLiteral("good")),
                 qPrintable(run.out));

        run = masar({QStringLiteral("--database"), path, QStringLiteral("restore")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(goodBackup), qPrintable(run.out));
        // (Its journal files, if any, are kept with it under the same name.)
        const QStringList kept = keptFiles(dir);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(hashOf(dir + QLatin1Char('/') + kept.constFirst()), damaged);

        run = masar({QStringLiteral("--database"), path, QStringLiteral("summary")});
        QCOMPARE(run.exitCode, 0);

        // A healthy database is replaced only when asked to.
        const QByteArray healthy = hashOf(path);
        run = masar({QStringLiteral("--database"), path, QStringLiteral("restore")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
        QCOMPARE(hashOf(path), healthy);
        run = masar({QStringLiteral("--database"), path, QStringLiteral("restore"), damagedBackup,
                     QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 2); // a damaged backup is never restored
        QVERIFY2(run.err.contains(QStringLiteral("cannot be restored")), qPrintable(run.err));
        QCOMPARE(hashOf(path), healthy);
        run = masar({QStringLiteral("--database"), path, QStringLiteral("restore"), goodBackup,
                     QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(keptFiles(dir).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
