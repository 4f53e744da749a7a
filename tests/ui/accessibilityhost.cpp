// SPDX-License-Identifier: GPL-3.0-or-later
// The application side of the accessibility test (tests/ui/accessibilitycheck.py): the real main
// window over a fresh database, in the language named on the command line (or switched to it at
// run time), showing each page and each dialog in turn. For each it prints "STATE <name>
// <charts>" (charts: how many charts are on screen) and waits for a line on its standard input
// before it moves on, so the checker can walk the accessibility tree of that state over AT-SPI
// while the event loop answers. "DONE" ends it.
#include "calendar/calendaraccountdialog.h"
#include "charts/progresspage.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/databaseerrordialog.h"
#include "dialogs/newroadmapdialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/studytimedialog.h"
#include "dialogs/welcomedialog.h"
#include "document/notebook.h"
#include "import/importpreviewdialog.h"
#include "import/markdownimporter.h"
#include "notes/notespage.h"
#include "roadmap/roadmappage.h"
#include "uitestfixture.h"

#include <QDialog>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>
#include <functional>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Masar;

namespace {

struct State
{
    QString name;
    /// Shows the state; returns the window to wait for, and how many charts it shows.
    std::function<QWidget *(int *charts)> show;
};

qint64 firstCourse(PlannerDocument *document)
{
    for (const RoadmapNode &node : document->treeModel()->nodes()) {
        if (node.kind == RoadmapNode::Kind::Course && !node.url.isEmpty())
            return node.id;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir settings;
    UiTestFixture::isolateSettings(settings.path());
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // "en", "ar", or "en:ar": opened in English, then switched to Arabic at run time.
    const QStringList languages = args.value(1, QStringLiteral("en")).split(QLatin1Char(':'));
    const QString lang = languages.constLast();
    UiTestFixture f;
    if (!f.open(languages.constFirst())) {
        std::fprintf(stderr, "the main window could not be opened\n");
        return 2;
    }
    f.language->setLanguage(lang);
    f.generateHistory(6);
    MainWindow *window = f.window.get();
    window->resize(1280, 800);
    const qint64 course = firstCourse(f.document.get());

    std::unique_ptr<QDialog> dialog;
    const auto page = [&](MainWindow::Page p) {
        return [&, p](int *charts) -> QWidget * {
            window->show();
            window->showPage(p);
            if (p == MainWindow::Page::Progress)
                *charts = int(window->progressPage()->charts().size()) + 1; // and the heatmap
            return window;
        };
    };
    const auto modal = [&](QDialog *made) {
        window->hide();
        dialog.reset(made);
        dialog->show();
        return made;
    };
    const QString sample = QStringLiteral(MASAR_SOURCE_DIR "/tests/data/sample-roadmap.md");
    const QString backup = f.dir.filePath(QStringLiteral("masar-2026-01-04.sqlite"));
    {
        QFile file(backup);
        if (file.open(QIODevice::WriteOnly))
            file.write("backup");
    }

    const std::vector<State> states{
        {QStringLiteral("today"), page(MainWindow::Page::Today)},
        {QStringLiteral("roadmap"),
         [&](int *charts) {
             QWidget *shown = page(MainWindow::Page::Roadmap)(charts);
             window->roadmapPage()->treeView()->expandToDepth(0);
             window->roadmapPage()->selectNode(course);
             return shown;
         }},
        {QStringLiteral("calendar"), page(MainWindow::Page::Calendar)},
        {QStringLiteral("progress"), page(MainWindow::Page::Progress)},
        {QStringLiteral("notes"),
         [&](int *charts) {
             QWidget *shown = page(MainWindow::Page::Notes)(charts);
             const qint64 note = f.document->noteBook()->create(
                 course, QStringLiteral("Gradient descent"),
                 QStringLiteral("# Gradient descent\n\n```python\nw = w - lr * grad\n```\n"));
             window->notesPage()->openNote(note);
             return shown;
         }},
        {QStringLiteral("welcome"),
         [&](int *) {
             Availability defaults;
             defaults.startDate = QDate(2026, 1, 5);
             return modal(new WelcomeDialog(f.language, defaults, nullptr));
         }},
        {QStringLiteral("study-time"),
         [&](int *) { return modal(new StudyTimeDialog(f.document->availability(), nullptr)); }},
        {QStringLiteral("log-session"),
         [&](int *) {
             StudySession session;
             session.nodeId = course;
             session.start = QDateTime(QDate(2026, 1, 5), QTime(19, 0));
             session.end = session.start.addSecs(50 * 60);
             return modal(new SessionDialog(f.document.get(), session, nullptr));
         }},
        {QStringLiteral("new-roadmap"),
         [&](int *) { return modal(new NewRoadmapDialog(lang, nullptr)); }},
        {QStringLiteral("import-preview"),
         [&](int *) -> QWidget * {
             auto result = MarkdownImporter::importFile(sample);
             if (!result)
                 return nullptr;
             auto *preview = new ImportPreviewDialog(sample, result.value(), nullptr);
             preview->resize(1100, 760);
             modal(preview);
             preview->tree()->expandAll();
             return preview;
         }},
        {QStringLiteral("calendar-account"),
         [&](int *) { return modal(new CalendarAccountDialog(window->calendarSync(), nullptr)); }},
        {QStringLiteral("about"), [&](int *) { return modal(new AboutDialog(nullptr)); }},
        {QStringLiteral("database-error"),
         [&](int *) {
             const QString damaged = f.dir.filePath(QStringLiteral("notes.txt"));
             return modal(new DatabaseErrorDialog(
                 QCoreApplication::translate("Database", "The file %1 is not a Masar database (it "
                                                         "is not an SQLite file).")
                     .arg(damaged),
                 damaged, backup, nullptr));
         }},
    };

    size_t next = 0;
    const auto advance = [&] {
        if (next == states.size()) {
            std::printf("DONE\n");
            std::fflush(stdout);
            dialog.reset();
            QCoreApplication::quit();
            return;
        }
        const State &state = states.at(next++);
        int charts = 0;
        QWidget *shown = state.show(&charts);
        if (!shown || !QTest::qWaitForWindowExposed(shown)) {
            std::fprintf(stderr, "%s could not be shown\n", qPrintable(state.name));
            QCoreApplication::exit(2);
            return;
        }
        shown->activateWindow();
        QCoreApplication::processEvents();
        std::printf("STATE %s %d\n", qPrintable(state.name), charts);
        std::fflush(stdout);
    };

    // One line on the standard input: the checker is done with this state. Read on a thread of
    // its own, so the event loop keeps answering the checker meanwhile, and with read() rather
    // than stdio: exit() flushes every stdio stream and would wait for the lock a blocked
    // std::cin holds.
    std::thread([&app, &advance] {
        char c = 0;
        while (::read(STDIN_FILENO, &c, 1) == 1) {
            if (c == '\n')
                QMetaObject::invokeMethod(&app, advance, Qt::QueuedConnection);
        }
        // The checker went away.
        const auto quit = [] { QCoreApplication::exit(3); };
        QMetaObject::invokeMethod(&app, quit, Qt::QueuedConnection);
    }).detach();
    QTimer::singleShot(0, &app, advance);
    const int code = QCoreApplication::exec();
    dialog.reset();
    f.close();
    return code;
}
