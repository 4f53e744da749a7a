// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window stops answering during everyday operations on the large profile
// (largeprofile.h), offscreen, full HD. A heartbeat timer runs all the time; for each operation
// the longest gap between two heartbeats — from starting the operation until everything it
// caused has run — is the longest time the learner could not type or click. Target: 100 ms.
//   switch to each page the first time (it is built) and again; re-plan from today; accept the
//   plan; a search typed into the notes page; a session logged (the charts refresh); a 1 MB
//   Markdown roadmap read (on a thread of its own, as the app does) and then stored and opened.
// Medians of 5 runs where an operation can be repeated.
#include "backgroundwork.h"
#include "benchutil.h"
#include "compat.h"
#include "largeprofile.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "guiapplication.h"
#include "import/markdownimporter.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "notes/notespage.h"
#include "storage/database.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace Masar;

namespace {

/// The longest gap between heartbeats while `operation` and what it set off run.
double longestBlockMs(const std::function<void()> &operation)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    heartbeat.start();
    qint64 doneAt = -1;
    QTimer::singleShot(1, [&] { // from inside the event loop, as a click would
        operation();
        doneAt = clock.elapsed();
    });
    // Then let everything it posted run too, and the heartbeat beat after it.
    while (doneAt < 0 || clock.elapsed() < doneAt + 300)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    heartbeat.stop();
    return double(longest) / 1e6;
}

void report(const char *what, double ms)
{
    std::printf("responsiveness %-44s %8.1f ms  %s\n", what, ms,
                ms <= 100.0 ? "(within 100 ms)" : "(over 100 ms)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    GuiApplication::configure(app);
    const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
    if (!LargeProfile::write(path))
        return 1;
    Database db(path);
    if (!db.open())
        return 1;
    PlannerDocument document(db, nullptr);
    if (!document.openInitialRoadmap())
        return 1;
    auto *language = new LanguageController(&app);
    auto *theme = new Theme(&app);
    MainWindow window(&document, language, theme);
    window.resize(1920, 1080);
    window.show();
    longestBlockMs([] {}); // settle

    using Page = MainWindow::Page;
    const std::pair<Page, const char *> pages[] = {{Page::Calendar, "Calendar"},
                                                   {Page::Progress, "Progress"},
                                                   {Page::Notes, "Notes"},
                                                   {Page::Roadmap, "Roadmap"}};
    for (const auto &[page, name] : pages) {
        const double first = longestBlockMs([&, page = page] { window.showPage(page); });
        longestBlockMs([&] { window.showPage(Page::Today); });
        std::vector<double> again;
        for (int i = 0; i < 5; ++i) {
            again.push_back(longestBlockMs([&, page = page] { window.showPage(page); }));
            longestBlockMs([&] { window.showPage(Page::Today); });
        }
        report(qPrintable(QStringLiteral("page switch to %1, first time").arg(QLatin1String(name))),
               first);
        report(qPrintable(QStringLiteral("page switch to %1, again").arg(QLatin1String(name))),
               Bench::median(again));
    }

    window.showPage(Page::Calendar);
    std::vector<double> replan, accept, search, logged;
    for (int i = 0; i < 5; ++i) {
        replan.push_back(longestBlockMs([&] { document.setToday(QDate(2026, 11, 2)); }));
        accept.push_back(longestBlockMs([&] { (void)document.acceptPlan(); }));
    }
    report("re-plan from today (Calendar page shown)", Bench::median(replan));
    report("accept the plan", Bench::median(accept));

    window.showPage(Page::Notes);
    QLineEdit *field = window.notesPage()->searchField();
    for (const QString &text :
         {QStringLiteral("momentum"), QStringLiteral("gradient"), QStringLiteral("chapter"),
          QStringLiteral("epoch"), QStringLiteral("train")}) {
        search.push_back(longestBlockMs([&] { field->setText(text); }));
        longestBlockMs([&] { field->clear(); });
    }
    report("notes search typed (Notes page shown)", Bench::median(search));

    window.showPage(Page::Progress);
    for (int i = 0; i < 5; ++i) {
        logged.push_back(longestBlockMs([&] {
            StudySession session;
            session.nodeId = document.treeModel()->nodes().value(60).id;
            session.start = Compat::utcDateTime(QDate(2026, 10, 1 + i), QTime(7, 0));
            session.end = session.start.addSecs(1800);
            document.studyLog()->add(session);
        }));
    }
    report("session logged (Progress page shown)", Bench::median(logged));

    QTemporaryDir importDir;
    const QString roadmap = importDir.filePath(QStringLiteral("big.md"));
    QFile file(roadmap);
    if (!file.open(QIODevice::WriteOnly) || file.write(Bench::repeatedSampleRoadmap(1 << 20)) < 0)
        return 1;
    file.close();
    // As the app does it: read in the background (the window keeps answering, a progress dialog
    // after 250 ms), then stored and opened.
    QString failed;
    std::optional<ImportResult> imported;
    qint64 storedId = 0;
    const double read = longestBlockMs([&] {
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading big.md"), [&roadmap] {
            return MarkdownImporter::importFile(roadmap);
        });
        if (!result || !*result)
            failed = result ? result->error() : QStringLiteral("cancelled");
        else
            imported = std::move(*result).value();
    });
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "the import failed: %s\n", qPrintable(failed));
        return 1;
    }
    // Stored on a connection and a thread of their own, then opened (RoadmapFiles::addRoadmap).
    const RoadmapDocumentData data = imported->toDocument();
    const double stored = longestBlockMs([&] {
        auto id =
            BackgroundWork::run(&window, QStringLiteral("Adding"), document.storingAside(data),
                                BackgroundWork::Cancel::NotAllowed);
        if (!id->ok())
            failed = id->error();
        else
            storedId = id->value();
    });
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "the import failed: %s\n", qPrintable(failed));
        return 1;
    }
    const double opened = longestBlockMs([&] {
        if (!document.importRoadmap(data, storedId))
            failed = QStringLiteral("the document refused it");
    });
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "the import failed: %s\n", qPrintable(failed));
        return 1;
    }
    report("1 MB Markdown roadmap read (in the background)", read);
    report("the same roadmap stored (in the background)", stored);
    report("the same roadmap opened, pages refreshed", opened);
    return 0;
}
