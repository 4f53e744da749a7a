// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_quitsaves: starts Masar as the executable does (GuiApplication::run, the real
// main window over a real database), opens a new note, types into it with key events, and leaves
// at once the way it is told: "close" (the window's close button), "quit" (File → Quit, Ctrl+Q),
// "appquit" (the application quitting with the window open, as when the session ends) or
// "sigterm" (kill). Prints "note ID" and "typed TEXT" first. Not a test by itself.
#include "document/plannerdocument.h"
#include "guiapplication.h"
#include "mainwindow.h"
#include "notes/noteeditor.h"
#include "notes/notespage.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Masar;

namespace {

MainWindow *mainWindow()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

void typeAndLeave(const QString &mode)
{
    MainWindow *window = mainWindow();
    if (!window) {
        QTimer::singleShot(20, qApp, [mode] { typeAndLeave(mode); });
        return;
    }
    window->showPage(MainWindow::Page::Notes);
    NotesPage *page = window->notesPage();
    page->newNote(0);
    QPlainTextEdit *edit = page->editor()->textEdit();
    edit->setFocus();
    const QString text = QStringLiteral("Gradient descent: step against the slope. التدرج");
    // Key events with their text, one character at a time (QTest::keyClicks takes ASCII only).
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    std::printf("note %lld\ntyped %s\n", page->editor()->noteId(), text.toUtf8().constData());
    std::fflush(stdout);
    // At once: well within the editor's own save delay.
    if (mode == QLatin1String("close"))
        window->close();
    else if (mode == QLatin1String("quit")) {
        // File → Quit, the action Ctrl+Q triggers (offscreen windows get no shortcut events).
        const auto actions = window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->menuRole() == QAction::QuitRole) {
                action->trigger();
                break;
            }
        }
    } else if (mode == QLatin1String("appquit"))
        // The application told to quit with the window still open, as at the end of a desktop
        // session.
        QApplication::quit();
    else if (mode == QLatin1String("sigterm"))
        std::raise(SIGTERM);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    GuiApplication::configure(app);
    if (argc < 3)
        return 1;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString mode = QString::fromLocal8Bit(argv[2]);
    {
        // A learner who has used Masar before: a roadmap, and no welcome dialog.
        Database database(path);
        if (!database.open())
            return 2;
        PlannerDocument document(database, nullptr);
        if (!document.openInitialRoadmap())
            return 3;
    }
    QSettings().setValue(QStringLiteral("ui/welcomeShown"), true);
    QTimer::singleShot(0, &app, [mode] { typeAndLeave(mode); });
    return GuiApplication::run(app, path);
}
