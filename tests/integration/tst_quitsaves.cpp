// SPDX-License-Identifier: GPL-3.0-or-later
// What was typed into a note survives every way out, however soon after the typing: a real
// process (quittingtypist: the real main window over a real database) types into a new note and
// leaves at once by the close button, Ctrl+Q, the application quitting, or SIGTERM. The note's
// text must then be in the file, and the process must have ended normally.
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "storage/database.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;

class TestQuitSaves : public QObject
{
    Q_OBJECT

private slots:
    void typedNoteIsSaved_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : {"close", "quit", "appquit", "sigterm"})
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }

    void typedNoteIsSaved()
    {
        QFETCH(QString, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("quit.sqlite"));
        QProcess typist;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Settings and data of its own: no window geometry, language or welcome from elsewhere.
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("c")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("d")));
        typist.setProcessEnvironment(environment);
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.start(QStringLiteral(MASAR_QUITTING_TYPIST), {path, mode});
        QVERIFY(typist.waitForStarted());
        QVERIFY2(typist.waitForFinished(60000), "the process must end by itself");
        QCOMPARE(typist.exitStatus(), QProcess::NormalExit);
        QCOMPARE(typist.exitCode(), 0);

        qint64 noteId = 0;
        QString typed;
        const QList<QByteArray> lines = typist.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("note "))
                noteId = line.mid(5).toLongLong();
            else if (line.startsWith("typed "))
                typed = QString::fromUtf8(line.mid(6));
        }
        QVERIFY(noteId > 0);
        QVERIFY(!typed.isEmpty());

        Database db(path);
        QVERIFY(db.open().ok());
        PlannerDocument document(db, nullptr);
        QVERIFY(document.openInitialRoadmap().ok());
        auto note = document.noteBook()->note(noteId);
        QVERIFY(note.ok());
        QCOMPARE(note->body, typed);
    }
};

QTEST_GUILESS_MAIN(TestQuitSaves)
#include "tst_quitsaves.moc"
