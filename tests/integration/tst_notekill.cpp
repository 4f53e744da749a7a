// SPDX-License-Identifier: GPL-3.0-or-later
// A note survives kill -9: a child types into the real editor and is killed at a random moment;
// what is in the database must be what was typed, losing at most about the last second.
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Masar;

class TestNoteKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileTyping_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QRandomGenerator random(4242);
        for (int i = 0; i < 3; ++i)
            QTest::newRow(qPrintable(QStringLiteral("run %1").arg(i + 1)))
                << random.bounded(1500, 3500);
    }

    void killedWhileTyping()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
        QProcess typist;
        typist.start(QStringLiteral(MASAR_TYPIST), {path});
        QVERIFY(typist.waitForStarted());
        // The kill is timed from when the editor is up (a slow start, as under the sanitizers,
        // must not eat the typing time).
        qint64 noteId = 0;
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        while (!pending.contains('\n') && clock.elapsed() < 60000) {
            typist.waitForReadyRead(100);
            pending += typist.readAllStandardOutput();
        }
        clock.start();
        // (time received, keystrokes reported)
        QList<QPair<qint64, int>> reports;
        while (clock.elapsed() < killAfterMs) {
            typist.waitForReadyRead(20);
            pending += typist.readAllStandardOutput();
            int newline;
            while ((newline = int(pending.indexOf('\n'))) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("note "))
                    noteId = line.mid(5).toLongLong();
                else if (line.startsWith("typed "))
                    reports.append({clock.elapsed(), line.mid(6).toInt()});
            }
        }
        const qint64 killedAt = clock.elapsed();
        ::kill(pid_t(typist.processId()), SIGKILL);
        QVERIFY(typist.waitForFinished(5000));
        QVERIFY(noteId > 0);
        QVERIFY(!reports.isEmpty());
        // Keystrokes reported at least a second (and a margin for the pipe) before the kill.
        int mustSurvive = 0;
        for (const auto &[at, count] : std::as_const(reports)) {
            if (at <= killedAt - 1150)
                mustSurvive = count;
        }
        Database db(path);
        QVERIFY2(db.open().ok(), "the database must open after the kill");
        PlannerDocument document(db, nullptr);
        QVERIFY(document.openInitialRoadmap().ok());
        auto note = document.noteBook()->note(noteId);
        QVERIFY(note.ok());
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
        QString expected;
        for (int i = 0; i < reports.constLast().second + 100; ++i)
            expected += alphabet.at(i % alphabet.size());
        QVERIFY2(expected.startsWith(note->body), "the saved text must be what was typed");
        QVERIFY2(note->body.size() >= mustSurvive,
                 qPrintable(QStringLiteral("saved %1 of %2 keystrokes typed a second before the "
                                           "kill (%3 typed in all)")
                                .arg(note->body.size())
                                .arg(mustSurvive)
                                .arg(reports.constLast().second)));
    }
};

QTEST_GUILESS_MAIN(TestNoteKill)
#include "tst_notekill.moc"
