// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar page on large plans, offscreen, in a full-HD window. For each plan size:
//   first paint  – a new calendar page over the loaded document, shown, until the timeline has
//                  drawn its first frame (events run until it has; closing the page is not timed)
//   scroll       – one page down in the tree, until the timeline has repainted
//   change       – pin one task's start (stored, re-planned) until repainted
//   add          – add one task (stored, re-planned) until repainted
// Each figure checks that the timeline did paint; a run where it did not says so.
// Medians of repeated runs. The ratio column compares each size with the 1,000-task figure.
// Where KDE's KGantt is available (Qt 5), its figures for plans of the same sizes (a flat list of
// tasks: see bench_kgantt), measured in the same run, follow with how many times faster Masar is.
#include "benchpaint.h"
#include "benchutil.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "gantt/gantttreeview.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace Masar;

namespace {

RoadmapDocumentData generated(int tasks)
{
    RoadmapDocumentData data;
    data.roadmap.titleEn = QStringLiteral("Generated %1").arg(tasks);
    data.roadmap.hoursPerWeek = 10;
    const int perPhase = 100;
    for (int p = 0; p * perPhase < tasks; ++p) {
        RoadmapNodeTree phase;
        phase.node.kind = RoadmapNode::Kind::Phase;
        phase.node.title = QStringLiteral("Phase %1").arg(p + 1);
        phase.node.area = CompetencyArea(1 + p % 9);
        for (int t = 0; t < perPhase && p * perPhase + t < tasks; ++t) {
            RoadmapNodeTree topic;
            topic.node.kind = RoadmapNode::Kind::Topic;
            topic.node.title = QStringLiteral("Topic %1").arg(p * perPhase + t + 1);
            topic.node.area = phase.node.area;
            topic.node.effortMinutes = 30 + (t * 37) % 90;
            phase.children.append(topic);
        }
        data.nodes.append(phase);
    }
    return data;
}

struct Figures
{
    double firstPaint = 0, scroll = 0, change = 0, add = 0, replan = 0, repaint = 0;
};

/// MASAR_BENCH_FIGURE=first|scroll|change|add measures only that figure (for profiling it).
bool wanted(const char *figure)
{
    const QByteArray only = qgetenv("MASAR_BENCH_FIGURE");
    return only.isEmpty() || only == figure;
}

Figures measure(int tasks)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open the database\n");
        std::exit(1);
    }
    if (!RoadmapRepository(db).add(generated(tasks))) {
        std::fprintf(stderr, "cannot store the roadmap\n");
        std::exit(1);
    }
    PlannerDocument document(db, nullptr);
    document.setToday(QDate(2026, 1, 5));
    Availability a;
    a.startDate = QDate(2026, 1, 5);
    a.minutesPerWeekday = {600, 600, 600, 600, 600, 600, 600}; // keeps 100,000 tasks in the horizon
    if (!document.openInitialRoadmap()) {
        std::fprintf(stderr, "cannot open the roadmap\n");
        std::exit(1);
    }
    document.setAvailability(a, QStringLiteral("bench"));

    Figures f;
    // MASAR_BENCH_REPEAT=N measures first paints, scrolls, changes and adds N times (profiling).
    const int repeat = qEnvironmentVariableIntValue("MASAR_BENCH_REPEAT");
    const auto repeatOr = [repeat](int runs) { return repeat > 0 ? repeat : runs; };
    // The whole plan worked out again (a view asks only for its rows: see LivePlan).
    f.replan = Bench::medianMs(5, [&](int) {
        document.setToday(QDate(2026, 1, 5));
        document.schedule();
    });
    bool painted = true; // every timed paint drew a frame
    std::vector<double> firstPaints;
    for (int i = 0; i < (wanted("first") ? repeatOr(5) : 0); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = std::make_unique<GanttPage>(&document, nullptr);
        page->resize(1920, 1080);
        painted &= Bench::showUntilPainted(*page, page->timeline());
        firstPaints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    f.firstPaint = Bench::median(firstPaints);
    GanttPage page(&document, nullptr);
    page.resize(1920, 1080);
    painted &= Bench::showUntilPainted(page, page.timeline());
    page.treeView()->expandToDepth(0);
    painted &= Bench::repaintNow(page.timeline());
    QScrollBar *vertical = page.treeView()->verticalScrollBar();
    f.scroll = Bench::medianMs(wanted("scroll") ? repeatOr(21) : 0, [&](int i) {
        vertical->setValue((i % 2 == 0) ? vertical->value() + vertical->pageStep() : 0);
        painted &= Bench::repaintNow(page.timeline());
    });
    vertical->setValue(0);
    f.repaint = Bench::medianMs(21, [&] {
        page.timeline()->update();
        painted &= Bench::repaintNow(page.timeline());
    });
    const qint64 first =
        document.treeModel()->childIds(document.treeModel()->childIds(0).value(0)).value(3);
    f.change = Bench::medianMs(wanted("change") ? repeatOr(11) : 0, [&](int i) {
        document.pinStart(first, QDate(2026, 2, 1).addDays(i));
        painted &= Bench::repaintNow(page.timeline());
    });
    const qint64 phase = document.treeModel()->childIds(0).value(0);
    f.add = Bench::medianMs(wanted("add") ? repeatOr(11) : 0, [&](int) {
        document.addNode(phase, 1, RoadmapNode::Kind::Topic, QStringLiteral("Added"));
        painted &= Bench::repaintNow(page.timeline());
    });
    if (!painted)
        std::printf("gantt %d tasks: a timed paint drew nothing; the figures are wrong\n", tasks);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // MASAR_BENCH_SIZES=10000,100000 measures only those sizes (for profiling one of them).
    QList<int> sizes{1000, 10000, 100000};
    if (const QByteArray chosen = qgetenv("MASAR_BENCH_SIZES"); !chosen.isEmpty()) {
        sizes.clear();
        for (const QByteArray &size : chosen.split(','))
            sizes.append(size.toInt());
    }
    measure(sizes.constFirst()); // warm-up (fonts, style, caches), not counted
    std::map<int, Figures> results;
    for (int tasks : sizes)
        results[tasks] = measure(tasks);
    const Figures &base = results.begin()->second;
    for (const auto &[tasks, f] : results) {
        std::printf(
            "gantt %6d tasks: first paint %7.2f ms (x%.2f)  scroll %6.2f ms (x%.2f)  "
            "change %7.2f ms (x%.2f)  add %7.2f ms (x%.2f)  [whole re-plan %7.2f ms, repaint "
            "alone %5.2f ms]\n",
            tasks, f.firstPaint, f.firstPaint / base.firstPaint, f.scroll, f.scroll / base.scroll,
            f.change, f.change / base.change, f.add, f.add / base.add, f.replan, f.repaint);
    }
    std::fflush(stdout);
#ifdef MASAR_KGANTT_BENCH
    if (!qEnvironmentVariableIsEmpty("MASAR_BENCH_SIZES"))
        return 0; // the comparison needs all three sizes
    QProcess kgantt;
    kgantt.start(QStringLiteral(MASAR_KGANTT_BENCH), QStringList());
    if (!kgantt.waitForFinished(600000) || kgantt.exitCode() != 0) {
        std::printf("gantt vs KGantt: bench_kgantt did not run\n");
        return 1;
    }
    // "kgantt N: first paint A ms, scroll B ms, change C ms, add D ms"
    static const QRegularExpression line(
        QStringLiteral("^kgantt (\\d+): first paint ([\\d.]+) ms, scroll ([\\d.]+) ms, change "
                       "([\\d.]+) ms, add ([\\d.]+) ms$"));
    for (const QString &text :
         QString::fromUtf8(kgantt.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = line.match(text.trimmed());
        if (!match.hasMatch()) {
            if (!text.trimmed().isEmpty()) // e.g. that a paint drew nothing
                std::printf("%s\n", qPrintable(text.trimmed()));
            continue;
        }
        const int tasks = match.captured(1).toInt();
        if (!results.count(tasks))
            continue;
        const Figures &m = results.at(tasks);
        const Figures k{match.captured(2).toDouble(), match.captured(3).toDouble(),
                        match.captured(4).toDouble(), match.captured(5).toDouble(), 0};
        std::printf("gantt vs KGantt %6d tasks: first paint %.2f / %.2f ms = %.1fx faster%s  "
                    "scroll %.2f / %.2f ms = %.1fx%s  change %.2f / %.2f ms = %.1fx%s  add %.2f / "
                    "%.2f ms = %.1fx\n",
                    tasks, m.firstPaint, k.firstPaint, k.firstPaint / m.firstPaint,
                    tasks == 10000 ? " (target 20x)" : "", m.scroll, k.scroll, k.scroll / m.scroll,
                    tasks == 10000 ? " (target 8x)" : "", m.change, k.change, k.change / m.change,
                    tasks == 10000 ? " (target 14x)" : "", m.add, k.add, k.add / m.add);
    }
#endif
    return 0;
}
