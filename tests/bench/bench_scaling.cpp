// SPDX-License-Identifier: GPL-3.0-or-later
// How the work grows with the size of the learner's data: the large profile (largeprofile.h) at
// 1x, 10x and 100x (2,000 to 200,000 topics, 20,000 to 2,000,000 sessions, 500 to 50,000 notes).
// For each size, medians of repeated runs of:
//   open        – opening the database and the roadmap (nodes, sessions, notes), until the plan
//                 is complete
//   re-plan     – the scheduler over the whole roadmap, from today, until the plan is complete
//   statistics  – the progress statistics over every session
//   search      – the notes' full-text search: a word in every note, and a rare one
//   gantt       – the Calendar page built and shown (full HD, offscreen) until its timeline has
//                 drawn its first frame
// A plan of more than PlannerDocument::kPlannedAtOnce tasks is worked out in slices between
// events after the change returns: the open and re-plan figures run the event loop until the
// document reports the complete plan (scheduleChanged), so every size times the whole plan.
// The x column is the figure over the 1x figure. At the end, the figures as the Markdown table
// the README carries.
#include "benchpaint.h"
#include "benchutil.h"
#include "largeprofile.h"

#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "schedule/progressstatistics.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Masar;

namespace {

struct Figures
{
    double write = 0, open = 0, replan = 0, statistics = 0, searchCommon = 0, searchRare = 0,
           gantt = 0;
    int plannedTasks = 0;
    bool sliced = false; ///< the re-plan was not complete when the change returned
};

/// Does `change` and runs the event loop until the document has the complete plan that follows
/// it. A small plan is complete when the change returns; a large one is worked out a slice at a
/// time between events, and scheduleChanged says when it is done. True when the plan was
/// worked out between events.
template <typename F> bool untilPlanned(PlannerDocument &document, F &&change)
{
    bool planned = false;
    const auto connection = QObject::connect(&document, &PlannerDocument::scheduleChanged,
                                             [&planned] { planned = true; });
    change();
    const bool sliced = !planned;
    QElapsedTimer waited;
    waited.start();
    while (!planned) {
        if (waited.elapsed() > 600000) {
            std::fprintf(stderr, "the plan was not complete after 10 minutes\n");
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    QObject::disconnect(connection);
    if (!document.isPlanComplete()) {
        std::fprintf(stderr, "scheduleChanged came before the plan was complete\n");
        std::exit(1);
    }
    return sliced;
}

Figures measure(int scale)
{
    Figures f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    QElapsedTimer clock;
    clock.start();
    if (!LargeProfile::write(path, scale))
        std::exit(1);
    f.write = double(clock.nsecsElapsed()) / 1e6;
    const int runs = scale >= 100 ? 3 : 7;

    const QDate today(2026, 11, 2);
    f.open = Bench::medianMs(runs, [&] {
        Database db(path);
        PlannerDocument document(db, nullptr);
        document.setToday(today);
        untilPlanned(document, [&] {
            if (!db.open() || !document.openInitialRoadmap())
                std::exit(1);
        });
    });
    Database db(path);
    PlannerDocument document(db, nullptr);
    document.setToday(today);
    untilPlanned(document, [&] {
        if (!db.open() || !document.openInitialRoadmap())
            std::exit(1);
    });
    f.replan = Bench::medianMs(
        runs, [&] { f.sliced = untilPlanned(document, [&] { document.setToday(today); }); });
    f.plannedTasks = int(document.schedule().tasks.size());

    ProgressStatistics::Input input;
    input.nodes = document.treeModel()->nodes();
    input.sessions = document.studyLog()->sessions();
    input.acceptedPlan = document.baseline();
    input.today = today;
    f.statistics = Bench::medianMs(runs, [&] { ProgressStatistics::compute(input); });

    bool searched = true;
    f.searchCommon = Bench::medianMs(
        runs, [&] { searched &= document.noteBook()->search(QStringLiteral("momentum")).ok(); });
    f.searchRare = Bench::medianMs(
        runs, [&] { searched &= document.noteBook()->search(QStringLiteral("1234")).ok(); });
    if (!searched)
        std::fprintf(stderr, "the search failed\n");

    // Closing the page is not timed.
    std::vector<double> paints;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = std::make_unique<GanttPage>(&document, nullptr);
        page->resize(1920, 1080);
        if (!Bench::showUntilPainted(*page, page->timeline()))
            std::fprintf(stderr, "the calendar drew nothing\n");
        paints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    f.gantt = Bench::median(paints);
    return f;
}

/// Milliseconds as the README writes them: three decimals below 0.1, two below 10, one below
/// 100, whole above with thousands separated by commas.
std::string milliseconds(double ms)
{
    char text[64];
    if (ms < 0.1)
        std::snprintf(text, sizeof text, "%.3f", ms);
    else if (ms < 10)
        std::snprintf(text, sizeof text, "%.2f", ms);
    else if (ms < 100)
        std::snprintf(text, sizeof text, "%.1f", ms);
    else
        return QLocale(QLocale::English).toString(qint64(ms + 0.5)).toStdString() + " ms";
    return std::string(text) + " ms";
}

std::string count(int n)
{
    return QLocale(QLocale::English).toString(n).toStdString();
}

/// The figures as the Markdown table in the README's Performance section.
void printTable(const std::map<int, Figures> &results)
{
    const Figures &base = results.at(1);
    std::printf("\nscaling as Markdown (Qt %s, offscreen; medians; in brackets the figure over "
                "the 1x one):\n\n",
                qVersion());
    std::printf("| Qt %s | 1× | 10× | 100× |\n|---|---|---|---|\n", qVersion());
    std::printf("| topics / sessions / notes |");
    for (const auto &[scale, f] : results) {
        const auto n = LargeProfile::counts(scale);
        std::printf(" %s / %s / %s |", count(n.topics).c_str(), count(n.sessions).c_str(),
                    count(n.notes).c_str());
    }
    std::printf("\n| tasks in the plan |");
    for (const auto &[scale, f] : results)
        std::printf(" %s%s |", count(f.plannedTasks).c_str(),
                    f.sliced ? " (worked out between events)" : "");
    std::printf("\n");
    const auto row = [&](const char *label, double Figures::*figure) {
        std::printf("| %s |", label);
        for (const auto &[scale, f] : results) {
            if (scale == 1)
                std::printf(" %s |", milliseconds(f.*figure).c_str());
            else
                std::printf(" %s (%.1f×) |", milliseconds(f.*figure).c_str(),
                            f.*figure / (base.*figure));
        }
        std::printf("\n");
    };
    row("open, until the plan is complete", &Figures::open);
    row("re-plan from today, until complete", &Figures::replan);
    row("progress statistics", &Figures::statistics);
    row("notes search, a word in every note", &Figures::searchCommon);
    row("notes search, a rare word", &Figures::searchRare);
    row("Calendar page, until first painted", &Figures::gantt);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::map<int, Figures> results;
    for (int scale : {1, 10, 100}) {
        results[scale] = measure(scale);
        const Figures &f = results.at(scale);
        const Figures &b = results.at(1);
        const auto n = LargeProfile::counts(scale);
        std::printf("scaling %3dx (%d topics, %d sessions, %d notes; written in %.0f ms):\n", scale,
                    n.topics, n.sessions, n.notes, f.write);
        std::printf("  open %9.2f ms (x%.1f)  re-plan %8.2f ms (x%.1f)  statistics %8.2f ms "
                    "(x%.1f)\n",
                    f.open, f.open / b.open, f.replan, f.replan / b.replan, f.statistics,
                    f.statistics / b.statistics);
        std::printf("  search, word in every note %7.2f ms (x%.1f)  rare word %6.2f ms (x%.1f)  "
                    "gantt first paint %8.2f ms (x%.1f)\n",
                    f.searchCommon, f.searchCommon / b.searchCommon, f.searchRare,
                    f.searchRare / b.searchRare, f.gantt, f.gantt / b.gantt);
        std::fflush(stdout);
    }
    printTable(results);
    return 0;
}
