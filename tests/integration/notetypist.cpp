// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_notekill: types into a real note editor at a steady pace and reports every
// keystroke on stdout ("typed N"), until it is killed. Not a test by itself.
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "notes/noteeditor.h"
#include "storage/database.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 1;
    Masar::Database db(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 2;
    Masar::PlannerDocument document(db, nullptr);
    if (!document.openInitialRoadmap())
        return 3;
    const qint64 id = document.noteBook()->create(0, QStringLiteral("Typing"));
    Masar::NoteEditor editor(&document, nullptr);
    editor.setNote(id);
    std::printf("note %lld\n", id);
    std::fflush(stdout);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    int typed = 0;
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, &editor, [&] {
        editor.textEdit()->insertPlainText(alphabet.at(typed % alphabet.size()));
        ++typed;
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    keys.start(15);
    QTimer::singleShot(15000, &app, &QApplication::quit);
    return app.exec();
}
