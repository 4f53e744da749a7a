// SPDX-License-Identifier: GPL-3.0-or-later
// The peer for bench_gantt: KDE's KGantt (Qt 5) with plans of the same size — each topic a task
// after the one before — in a view of the same size (full HD, offscreen). The tasks are top-level
// rows: expanding 100 summary rows of 100 tasks each takes KGantt tens of seconds at 10,000 tasks
// (measured here), so the flat list is its best case. For 1,000 and 10,000 tasks it prints:
//   kgantt N: first paint A ms, scroll B ms, change C ms, add D ms
//   first paint – a new view given the model, shown, until its chart has drawn its first frame
//                 (events run until it has; closing the view is not timed)
//   scroll      – one page down in the tree, until the chart has repainted
//   change      – new dates for one task, until repainted
//   add         – one task added to the first phase, until repainted
// Medians of repeated runs. Each figure checks that the chart did paint; a run where it did not
// says so. bench_gantt runs this program and sets Masar's figures beside these.
#include "benchpaint.h"
#include "benchutil.h"

#include <KGanttDateTimeGrid>
#include <KGanttGlobal>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardItemModel>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QDateTime kStart(QDate(2026, 1, 5), QTime(0, 0));

QList<QStandardItem *> taskRow(const QString &title, const QDateTime &start, const QDateTime &end)
{
    auto *type = new QStandardItem;
    type->setData(int(KGantt::TypeTask), Qt::DisplayRole);
    auto *from = new QStandardItem;
    from->setData(start, KGantt::StartTimeRole);
    auto *to = new QStandardItem;
    to->setData(end, KGantt::EndTimeRole);
    auto *done = new QStandardItem;
    done->setData(0, Qt::DisplayRole);
    return {new QStandardItem(title), type, from, to, done};
}

/// One task after another; each takes one to two days.
void fill(QStandardItemModel &model, int tasks)
{
    model.clear();
    model.setColumnCount(5);
    QDateTime at = kStart;
    for (int t = 0; t < tasks; ++t) {
        const QDateTime end = at.addSecs(3600 * (24 + (t * 37) % 24));
        model.appendRow(taskRow(QStringLiteral("Topic %1").arg(t + 1), at, end));
        at = end;
    }
}

/// Gives the view the model and shows it until its chart has drawn a frame; false if it drew none.
bool show(KGantt::View &view, QStandardItemModel &model)
{
    auto *grid = new KGantt::DateTimeGrid;
    grid->setStartDateTime(kStart);
    grid->setDayWidth(16);
    view.setGrid(grid);
    view.setModel(&model);
    view.resize(1920, 1080);
    return Masar::Bench::showUntilPainted(view, view.graphicsView()->viewport());
}

struct Figures
{
    double firstPaint = 0, scroll = 0, change = 0, add = 0;
};

Figures measure(int tasks)
{
    Figures f;
    QStandardItemModel model;
    fill(model, tasks);
    bool painted = true; // every timed paint drew a frame
    std::vector<double> firstPaints;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<KGantt::View>();
        painted &= show(*view, model);
        firstPaints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    f.firstPaint = Masar::Bench::median(firstPaints);

    KGantt::View view;
    painted &= show(view, model);
    QWidget *chart = view.graphicsView()->viewport();
    QScrollBar *vertical = view.graphicsView()->verticalScrollBar();
    f.scroll = Masar::Bench::medianMs(21, [&](int i) {
        vertical->setValue((i % 2 == 0) ? vertical->value() + vertical->pageStep() : 0);
        painted &= Masar::Bench::repaintNow(chart);
    });
    vertical->setValue(0);
    f.change = Masar::Bench::medianMs(11, [&](int i) {
        const QDateTime start = kStart.addDays(27 + i);
        model.item(3, 2)->setData(start, KGantt::StartTimeRole);
        model.item(3, 3)->setData(start.addDays(2), KGantt::EndTimeRole);
        painted &= Masar::Bench::repaintNow(chart);
    });
    f.add = Masar::Bench::medianMs(11, [&](int i) {
        const QDateTime start = kStart.addDays(3 + i);
        model.insertRow(1, taskRow(QStringLiteral("Added"), start, start.addDays(1)));
        painted &= Masar::Bench::repaintNow(chart);
    });
    if (!painted)
        std::printf("kgantt %d: a timed paint drew nothing; the figures are wrong\n", tasks);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int tasks : {1000, 10000}) {
        const Figures f = measure(tasks);
        std::printf("kgantt %d: first paint %.2f ms, scroll %.2f ms, change %.2f ms, add %.2f ms\n",
                    tasks, f.firstPaint, f.scroll, f.change, f.add);
        std::fflush(stdout);
    }
    return 0;
}
