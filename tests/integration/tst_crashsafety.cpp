// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process (crashwriter) writes through the storage layer as fast as it can
// and reports each write it starts and each write that committed; the test kills it with SIGKILL
// at a random moment, many times over the same file. After every kill the file must pass
// PRAGMA integrity_check, open as a Masar database, and hold every acknowledged write. The one
// write in flight at the kill may or may not have landed, but never half.
//
// MASAR_CRASH_ITERATIONS sets the number of kills (25 by default; the "long" test runs 200),
// MASAR_CRASH_SEED replays a run.
#include "import/builtinroadmaps.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/noterepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/sessionrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Masar;

namespace {

/// What the file must hold: every acknowledged write, folded in order.
struct Expected
{
    QSet<QString> nodeTitles;        ///< each added subtree, by its root's title
    QHash<qint64, QString> status;   ///< node id → status key
    QHash<qint64, QString> sessions; ///< session id → its note
    /// Sessions whose removal was acknowledged: id → note (SQLite may give the id to a new row).
    QHash<qint64, QString> removedSessions;
    QHash<qint64, QString> seenSessions; ///< every session the file held at the last check
    QHash<qint64, QString> noteBodies;   ///< note id → body
    QSet<QString> noteTitles;
    std::optional<int> mondayMinutes;
};

/// One write as the child announced it ("do SEQ WHAT ARGS…").
struct Write
{
    qint64 seq = 0;
    QString what;
    QStringList args;
};

/// What the file actually holds.
struct Actual
{
    QSet<QString> nodeTitles;
    QHash<qint64, QString> status;
    QHash<qint64, QString> sessions;
    QHash<qint64, QString> noteBodies;
    QSet<QString> noteTitles;
    int mondayMinutes = 0;
};

QString noteBody(qint64 seq)
{
    return QStringLiteral("# t%1\n\nBody of note %1, written before the kill.").arg(seq);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_roadmapId = 0;
    Expected m_expected;

    static Actual fail(const QString &why)
    {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return {};
    }

    Actual read(Database &db)
    {
        Actual actual;
        NodeRepository nodes(db);
        auto list = nodes.nodes(m_roadmapId);
        if (!list.ok())
            return fail(list.error());
        for (const RoadmapNode &node : list.value()) {
            actual.nodeTitles.insert(node.title);
            actual.status.insert(node.id, RoadmapNode::statusKey(node.status));
        }
        SessionRepository sessions(db);
        auto logged = sessions.sessions(m_roadmapId);
        if (!logged.ok())
            return fail(logged.error());
        for (const StudySession &session : logged.value())
            actual.sessions.insert(session.id, session.note);
        NoteRepository notes(db);
        auto written = notes.list(m_roadmapId);
        if (!written.ok())
            return fail(written.error());
        for (const Note &listed : written.value()) {
            auto note = notes.find(listed.id); // the list leaves bodies out
            if (!note.ok())
                return fail(note.error());
            actual.noteBodies.insert(note->id, note->body);
            actual.noteTitles.insert(note->title);
        }
        PlanRepository plans(db);
        auto availability = plans.availability(m_roadmapId, QDate(2026, 1, 5));
        if (!availability.ok())
            return fail(availability.error());
        actual.mondayMinutes = availability.value().minutesPerWeekday[0];
        return actual;
    }

    /// Applies an acknowledged write to what is expected.
    void acknowledge(const Write &write, qint64 id)
    {
        const QString s = QString::number(write.seq);
        if (write.what == QLatin1String("node")) {
            m_expected.nodeTitles.insert(QStringLiteral("n") + s);
        } else if (write.what == QLatin1String("status")) {
            m_expected.status.insert(write.args.value(0).toLongLong(), write.args.value(1));
        } else if (write.what == QLatin1String("session")) {
            m_expected.sessions.insert(id, QStringLiteral("s") + s);
        } else if (write.what == QLatin1String("unsession")) {
            const QString note = m_expected.sessions.value(id, m_expected.seenSessions.value(id));
            m_expected.sessions.remove(id);
            m_expected.removedSessions.insert(id, note);
        } else if (write.what == QLatin1String("note")) {
            m_expected.noteBodies.insert(id, noteBody(write.seq));
            m_expected.noteTitles.insert(QStringLiteral("t") + s);
        } else if (write.what == QLatin1String("edit")) {
            m_expected.noteBodies.insert(id, QStringLiteral("e") + s);
        } else if (write.what == QLatin1String("plan")) {
            m_expected.mondayMinutes = 1 + int(write.seq % 600);
        }
    }

    /// Whether the write in flight landed (true/false) — checking it landed whole or not at all.
    bool landed(const Write &write, const Actual &actual)
    {
        const QString s = QString::number(write.seq);
        if (write.what == QLatin1String("node")) {
            const bool root = actual.nodeTitles.contains(QStringLiteral("n") + s);
            const bool children = actual.nodeTitles.contains(QStringLiteral("n%1-0").arg(s)) &&
                                  actual.nodeTitles.contains(QStringLiteral("n%1-1").arg(s));
            if (root != children)
                QTest::qFail("a subtree was written in part", __FILE__, __LINE__);
            return root;
        }
        if (write.what == QLatin1String("status")) {
            return actual.status.value(write.args.value(0).toLongLong()) == write.args.value(1);
        }
        if (write.what == QLatin1String("session")) {
            for (const QString &note : actual.sessions)
                if (note == QStringLiteral("s") + s)
                    return true;
            return false;
        }
        if (write.what == QLatin1String("unsession")) {
            const qint64 id = write.args.value(0).toLongLong();
            const QString note = m_expected.sessions.value(id, m_expected.seenSessions.value(id));
            return actual.sessions.value(id) != note;
        }
        if (write.what == QLatin1String("note"))
            return actual.noteTitles.contains(QStringLiteral("t") + s);
        if (write.what == QLatin1String("edit"))
            return actual.noteBodies.value(write.args.value(0).toLongLong()) ==
                   QStringLiteral("e") + s;
        if (write.what == QLatin1String("plan"))
            return actual.mondayMinutes == 1 + int(write.seq % 600);
        return false;
    }

    /// The file holds everything acknowledged; the write in flight is either absent or whole.
    void verify(const std::optional<Write> &inFlight)
    {
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

        Database db(m_path);
        const Status opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Actual actual = read(db);
        if (QTest::currentTestFailed())
            return;

        // The write in flight: whole or absent, and if it landed it now counts as written.
        std::optional<qint64> touchedNode, touchedSession, touchedNote;
        bool touchedPlan = false;
        if (inFlight) {
            const bool in = landed(*inFlight, actual);
            if (QTest::currentTestFailed())
                return;
            ++(in ? m_inFlightLanded : m_inFlightLost);
            const Write &w = *inFlight;
            if (w.what == QLatin1String("status"))
                touchedNode = w.args.value(0).toLongLong();
            else if (w.what == QLatin1String("unsession"))
                touchedSession = w.args.value(0).toLongLong();
            else if (w.what == QLatin1String("edit"))
                touchedNote = w.args.value(0).toLongLong();
            else if (w.what == QLatin1String("plan"))
                touchedPlan = true;
            if (in && w.what == QLatin1String("note"))
                m_expected.noteTitles.insert(QStringLiteral("t%1").arg(w.seq));
        }

        for (const QString &title : std::as_const(m_expected.nodeTitles)) {
            QVERIFY2(actual.nodeTitles.contains(title) &&
                         actual.nodeTitles.contains(title + QStringLiteral("-0")) &&
                         actual.nodeTitles.contains(title + QStringLiteral("-1")),
                     qPrintable(QStringLiteral("acknowledged node %1 is missing").arg(title)));
        }
        for (auto it = m_expected.status.cbegin(); it != m_expected.status.cend(); ++it) {
            if (touchedNode == it.key())
                continue;
            QVERIFY2(actual.status.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("node %1: status %2, acknowledged %3")
                                    .arg(it.key())
                                    .arg(actual.status.value(it.key()), it.value())));
        }
        for (auto it = m_expected.sessions.cbegin(); it != m_expected.sessions.cend(); ++it) {
            if (touchedSession == it.key())
                continue;
            QVERIFY2(
                actual.sessions.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("acknowledged session %1 is missing").arg(it.key())));
        }
        for (auto it = m_expected.removedSessions.cbegin(); it != m_expected.removedSessions.cend();
             ++it) {
            if (touchedSession == it.key())
                continue;
            QVERIFY2(actual.sessions.value(it.key()) != it.value(),
                     qPrintable(QStringLiteral("removed session %1 is back").arg(it.value())));
        }
        for (const QString &title : std::as_const(m_expected.noteTitles))
            QVERIFY2(actual.noteTitles.contains(title),
                     qPrintable(QStringLiteral("acknowledged note %1 is missing").arg(title)));
        for (auto it = m_expected.noteBodies.cbegin(); it != m_expected.noteBodies.cend(); ++it) {
            if (touchedNote == it.key())
                continue;
            QVERIFY2(actual.noteBodies.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("note %1 lost an acknowledged edit").arg(it.key())));
        }
        if (m_expected.mondayMinutes && !touchedPlan)
            QCOMPARE(actual.mondayMinutes, *m_expected.mondayMinutes);

        // Whatever the write in flight left is the truth from here on.
        if (touchedNode)
            m_expected.status.insert(*touchedNode, actual.status.value(*touchedNode));
        if (touchedSession) {
            m_expected.sessions.remove(*touchedSession);
            m_expected.removedSessions.remove(*touchedSession);
            if (actual.sessions.contains(*touchedSession))
                m_expected.sessions.insert(*touchedSession, actual.sessions.value(*touchedSession));
        }
        m_expected.seenSessions = actual.sessions;
        if (touchedNote)
            m_expected.noteBodies.insert(*touchedNote, actual.noteBodies.value(*touchedNote));
        if (touchedPlan)
            m_expected.mondayMinutes = actual.mondayMinutes;
    }

    int m_inFlightLanded = 0;
    int m_inFlightLost = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("masar.sqlite"));
        Database db(m_path);
        QVERIFY(db.open().ok());
        RoadmapRepository roadmaps(db);
        auto data = BuiltinRoadmaps::load(BuiltinRoadmaps::defaultId());
        QVERIFY(data.ok());
        auto added = roadmaps.add(data.value());
        QVERIFY(added.ok());
        m_roadmapId = added.value();
    }

    void survivesKills()
    {
        const int iterations = qEnvironmentVariableIsSet("MASAR_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("MASAR_CRASH_ITERATIONS")
                                   : 25;
        const quint32 seed = qEnvironmentVariableIsSet("MASAR_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("MASAR_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (MASAR_CRASH_SEED replays this run), %d kills", seed, iterations);
        QRandomGenerator random(seed);

        qint64 nextSeq = 1;
        int acknowledged = 0, killedBeforeReady = 0, killedWhileWriting = 0;
        QElapsedTimer total;
        total.start();
        for (int iteration = 0; iteration < iterations; ++iteration) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(MASAR_CRASH_WRITER),
                        {m_path, QString::number(nextSeq), QString::number(random.generate())});
            QVERIFY(child.waitForStarted());
            // A random moment: from during the open (migration checks, WAL recovery) to deep
            // into a run of writes.
            const int killAfter = 5 + int(random.bounded(300));
            QElapsedTimer clock;
            clock.start();
            QByteArray output;
            while (clock.elapsed() < killAfter) {
                child.waitForReadyRead(int(std::max<qint64>(1, killAfter - clock.elapsed())));
                output += child.readAllStandardOutput();
                QVERIFY2(child.state() == QProcess::Running,
                         qPrintable(QStringLiteral("the writer stopped by itself: ") +
                                    QString::fromUtf8(output.right(300))));
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            output += child.readAllStandardOutput();

            // Only whole lines count: a line cut by the kill was never acknowledged.
            std::optional<Write> inFlight;
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            bool ready = false;
            for (const QByteArray &raw : lines) {
                const QStringList parts = QString::fromUtf8(raw).split(QLatin1Char(' '));
                if (parts.constFirst() == QLatin1String("ready")) {
                    ready = true;
                } else if (parts.constFirst() == QLatin1String("error")) {
                    QFAIL(qPrintable(QString::fromUtf8(raw)));
                } else if (parts.constFirst() == QLatin1String("do") && parts.size() >= 3) {
                    inFlight = Write{parts.at(1).toLongLong(), parts.at(2), parts.mid(3)};
                    nextSeq = std::max(nextSeq, inFlight->seq + 1);
                } else if (parts.constFirst() == QLatin1String("ok") && parts.size() == 3) {
                    QVERIFY(inFlight && inFlight->seq == parts.at(1).toLongLong());
                    acknowledge(*inFlight, parts.at(2).toLongLong());
                    inFlight.reset();
                    ++acknowledged;
                }
            }
            ++(ready ? killedWhileWriting : killedBeforeReady);
            verify(inFlight);
            if (QTest::currentTestFailed()) {
                qWarning("failed after kill %d (seed %u)", iteration + 1, seed);
                return;
            }
        }
        qInfo("kills survived: %d of %d (%d while opening, %d while writing) in %.1f s", iterations,
              iterations, killedBeforeReady, killedWhileWriting, total.elapsed() / 1000.0);
        qInfo("acknowledged writes: %d, all present; writes in flight at the kill: %d landed "
              "whole, %d absent",
              acknowledged, m_inFlightLanded, m_inFlightLost);
        qInfo("expected at the end: %lld subtrees, %lld sessions (%lld removed), %lld notes; "
              "file %.1f MB",
              qint64(m_expected.nodeTitles.size()), qint64(m_expected.sessions.size()),
              qint64(m_expected.removedSessions.size()), qint64(m_expected.noteTitles.size()),
              QFileInfo(m_path).size() / 1048576.0);
        QVERIFY(acknowledged > iterations); // the kills did land amid real work
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
