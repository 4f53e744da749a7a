// SPDX-License-Identifier: GPL-3.0-or-later
// How the work grows with the size of the learner's data: the large profile (largeprofile.h) at
// 1x, 10x and 100x (2,000 to 200,000 topics, 20,000 to 2,000,000 sessions, 500 to 50,000 notes).
// For each size, medians of repeated runs of:
//   open        – opening the database and the roadmap (nodes, sessions, notes, the plan)
//   re-plan     – the scheduler over the whole roadmap, from today
//   statistics  – the progress statistics over every session
//   search      – the notes' full-text search: a word in every note, and a rare one
//   gantt       – the Calendar page built and painted (full HD, offscreen)
// The x column is the figure over the 1x figure.
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
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace Masar;

namespace {

struct Figures
{
    double write = 0, open = 0, replan = 0, statistics = 0, searchCommon = 0, searchRare = 0,
           gantt = 0;
};

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
        if (!db.open() || !document.openInitialRoadmap())
            std::exit(1);
    });
    Database db(path);
    PlannerDocument document(db, nullptr);
    document.setToday(today);
    if (!db.open() || !document.openInitialRoadmap())
        return f;
    f.replan = Bench::medianMs(runs, [&] { document.setToday(today); });

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

    f.gantt = Bench::medianMs(runs, [&] {
        GanttPage page(&document, nullptr);
        page.resize(1920, 1080);
        page.show();
        page.timeline()->repaint();
    });
    return f;
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
    return 0;
}
