// SPDX-License-Identifier: GPL-3.0-or-later
// A roadmap import stored on a thread of its own while the window's thread keeps writing: the
// note being typed is saved and the focus timer's heartbeat is recorded from timers that fire in
// the nested event loop of BackgroundWork::run(). Both threads open transactions at the same
// time, each on its own connection. packaging/dev tsan runs this under ThreadSanitizer.
#include "backgroundwork.h"
#include "compat.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/sessionrepository.h"

#include <QApplication>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

using namespace Masar;

namespace {

struct Size
{
    int courses;
    int topics;
    int sessions;
    int notes;
};

/// An imported roadmap: topics, logged sessions and notes.
RoadmapDocumentData importedRoadmap(int round, const Size &size)
{
    RoadmapDocumentData data;
    data.roadmap.titleEn = QStringLiteral("Imported while typing %1").arg(round);
    for (int c = 0; c < size.courses; ++c) {
        RoadmapNodeTree course;
        course.node.title = QStringLiteral("Course %1").arg(c);
        for (int t = 0; t < size.topics; ++t) {
            RoadmapNodeTree topic;
            topic.node.title = QStringLiteral("Topic %1.%2").arg(c).arg(t);
            topic.node.effortMinutes = 90;
            course.children.append(topic);
        }
        data.nodes.append(course);
    }
    const int places = size.courses * (size.topics + 1);
    const QDateTime start = Compat::utcDateTime(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < size.sessions; ++i) {
        StudySession session;
        session.nodeId = 1 + i % places;
        session.start = start.addSecs(qint64(i) * 3 * 3600);
        session.end = session.start.addSecs(45 * 60);
        session.note = QStringLiteral("Session %1").arg(i);
        data.sessions.append(session);
    }
    for (int i = 0; i < size.notes; ++i) {
        Note note;
        note.nodeId = 1 + (i * 7) % places;
        note.title = QStringLiteral("Imported note %1").arg(i);
        note.body =
            QStringLiteral("Worked through the derivation, then the exercises.\n").repeated(20);
        data.notes.append(note);
    }
    return data;
}

} // namespace

Q_DECLARE_METATYPE(Size)

class TestImportWhileTyping : public QObject
{
    Q_OBJECT

private slots:
    void importStoredAsideWhileTheWindowWrites_data()
    {
        QTest::addColumn<int>("rounds");
        QTest::addColumn<Size>("size");
        // Each store takes a while: the window's thread writes several times meanwhile.
        QTest::newRow("large roadmaps") << 3 << Size{20, 15, 400, 40};
        // Many storing threads, each with a connection of its own, one after the other while
        // the window's thread keeps the same connection: state kept per connection grows and
        // moves in memory while the window's thread uses its own.
        QTest::newRow("many small roadmaps") << 70 << Size{1, 4, 5, 1};
    }

    void importStoredAsideWhileTheWindowWrites()
    {
        QFETCH(int, rounds);
        QFETCH(Size, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        Database database(path);
        QVERIFY(database.open().ok());
        PlannerDocument document(database, nullptr);
        QVERIFY(document.openInitialRoadmap().ok());
        NoteBook *notes = document.noteBook();
        StudyLog *log = document.studyLog();
        // What the test reads back, through a connection of its own.
        Database reader(path);
        QVERIFY(reader.openAlongside().ok());

        QWidget window;
        window.resize(400, 300);
        window.show();

        qint64 noteId = 0;
        QString typed;
        QDateTime lastTouch;
        int saves = 0;
        QStringList failures;
        std::atomic<bool> storing = false;
        int savesWhileStoring = 0;
        // Released by a save made while an import is being stored: each round's storing thread
        // waits for one before it says it is done, so that every round has the window writing
        // while the import writes, however quick the import is.
        QSemaphore savedWhileStoring;

        // What the window's thread does while it waits: the editor saves the open note as the
        // learner types, and the focus timer records that the app is alive.
        QTimer typing;
        typing.setInterval(10);
        connect(&typing, &QTimer::timeout, this, [&] {
            const bool during = storing.load();
            typed += QStringLiteral("%1 ").arg(saves);
            if (Status saved = notes->saveBody(noteId, typed); !saved)
                failures.append(saved.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (Status touched = log->touchTimer(now); !touched)
                failures.append(touched.error());
            lastTouch = now;
            ++saves;
            if (during) {
                ++savesWhileStoring;
                savedWhileStoring.release();
            }
        });

        // Each round the learner works in the roadmap imported last: a note open, the focus
        // timer running, while the next roadmap is imported.
        for (int round = 1; round <= rounds; ++round) {
            const qint64 working = document.currentRoadmap().id;
            QVERIFY(!document.treeModel()->nodes().isEmpty());
            const qint64 topic = document.treeModel()->nodes().constLast().id;
            // A quick import may end before the first keystroke: the heartbeat is then the start.
            lastTouch = QDateTime::currentDateTimeUtc();
            QVERIFY(log->startTimer(topic, 25, lastTouch).ok());
            noteId = notes->create(topic, QStringLiteral("Typed during import %1").arg(round));
            QVERIFY(noteId);
            typed.clear();

            const RoadmapDocumentData data = importedRoadmap(round, size);
            const std::function<Result<qint64>()> store = document.storingAside(data);
            QVERIFY(store);
            const Qt::HANDLE windowThread = QThread::currentThreadId();
            std::atomic<bool> otherThread = false;
            typing.start();
            // As RoadmapFiles::addRoadmap() stores an import.
            auto stored = BackgroundWork::run(
                &window, QStringLiteral("Adding…"),
                [&] {
                    otherThread = QThread::currentThreadId() != windowThread;
                    storing = true;
                    Result<qint64> id = store();
                    // Still "storing" until the window has saved once more: that save and the
                    // import's writes are then ordered by nothing but the code under test.
                    if (!savedWhileStoring.tryAcquire(1, 30000))
                        id = Error{QStringLiteral("the window saved nothing")};
                    storing = false;
                    return id;
                },
                BackgroundWork::Cancel::NotAllowed);
            typing.stop();
            QVERIFY(otherThread.load());
            QVERIFY(stored.has_value());
            QVERIFY2(stored->ok(), qPrintable(stored->error()));
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

            // Every typed save is in the file: the note holds all that was typed, and the
            // timer's last heartbeat.
            auto note = NoteRepository(reader).find(noteId);
            QVERIFY2(note.ok(), qPrintable(note.error()));
            QCOMPARE(note->body, typed);
            auto timer = SessionRepository(reader).runningTimer(working);
            QVERIFY2(timer.ok(), qPrintable(timer.error()));
            QVERIFY(timer->isValid());
            QCOMPARE(timer->alive.toSecsSinceEpoch(), lastTouch.toSecsSinceEpoch());

            // The import landed whole, and opens.
            QVERIFY(document.importRoadmap(data, stored->value()));
            QCOMPARE(document.currentRoadmap().id, stored->value());
            QCOMPARE(document.currentRoadmap().titleEn, data.roadmap.titleEn);
            QCOMPARE(document.treeModel()->nodes().size(), size.courses * (size.topics + 1));
            QCOMPARE(log->sessions().size(), data.sessions.size());
            QCOMPARE(notes->notes().size(), data.notes.size());
        }
        QCOMPARE(document.roadmaps().size(), rounds + 1);
        // The window's thread wrote while the other thread stored, not only before or after.
        qInfo("%d saves, %d of them while an import was stored", saves, savesWhileStoring);
        QVERIFY(savesWhileStoring > 0);
    }
};

QTEST_MAIN(TestImportWhileTyping)
#include "tst_importwhiletyping.moc"
