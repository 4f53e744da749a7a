// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "roadmap/roadmappage.h"
#include "treeexpansion.h"
#include "uitestfixture.h"

#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Masar;

class TestGantt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    struct Open
    {
        UiTestFixture f;
        GanttPage *page = nullptr;
        GanttTimeline *timeline = nullptr;
    };

    bool open(Open &o)
    {
        if (!o.f.open())
            return false;
        o.f.document->setToday(QDate(2026, 1, 5));
        Availability a = o.f.document->availability();
        a.startDate = QDate(2026, 1, 5);
        o.f.document->setAvailability(a, QStringLiteral("t"));
        o.f.window->resize(1280, 760);
        o.f.window->show();
        o.f.window->showPage(MainWindow::Page::Calendar);
        if (!QTest::qWaitForWindowExposed(o.f.window.get()))
            return false;
        o.page = o.f.window->ganttPage();
        o.timeline = o.page->timeline();
        o.page->treeView()->expandAll();
        o.timeline->setScale(GanttScene::Scale::Day);
        o.timeline->scrollToDate(QDate(2026, 1, 5));
        QCoreApplication::processEvents();
        return true;
    }

    /// The first visible leaf row with a bar that is fully on screen.
    GanttScene::Row leafRow(Open &o)
    {
        for (const GanttScene::Row &row : o.timeline->visibleRows()) {
            const QRectF bar = o.timeline->scene().barRect(row, o.timeline->width(),
                                                           o.timeline->horizontalOffset(), false);
            if (o.f.document->treeModel()->childIds(row.id).isEmpty() && !bar.isEmpty() &&
                bar.left() > 0 && bar.right() < o.timeline->width() - 200)
                return row;
        }
        return {};
    }

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void rowsFollowTheTree()
    {
        Open o;
        QVERIFY(open(o));
        const QList<GanttScene::Row> rows = o.timeline->visibleRows();
        QVERIFY(rows.size() > 10);
        QTreeView *tree = o.page->treeView();
        QCOMPARE(rows.constFirst().id,
                 o.f.document->treeModel()->idOf(tree->indexAt(QPoint(1, 1))));
        // Collapsing in the tree removes those rows from the timeline.
        const qint64 first = o.f.document->treeModel()->childIds(0).constFirst();
        tree->collapse(o.f.document->treeModel()->indexOf(first));
        QCOMPARE(o.timeline->visibleRows().at(1).id, o.f.document->treeModel()->childIds(0).at(1));
        // Scrolling the tree scrolls the timeline's rows.
        tree->expandAll();
        tree->verticalScrollBar()->setValue(10);
        QCOMPARE(o.timeline->visibleRows().constFirst().id,
                 o.f.document->treeModel()->idOf(tree->indexAt(QPoint(1, 1))));
    }

    void expandingToADepthMatchesQt()
    {
        // The single-layout expansion leaves the same items expanded as QTreeView's own, also
        // after a different expansion before it.
        Open o;
        QVERIFY(open(o));
        const RoadmapTreeModel *model = o.f.document->treeModel();
        QTreeView ours;
        QTreeView qt;
        ours.setModel(o.f.document->treeModel());
        qt.setModel(o.f.document->treeModel());
        for (int depth : {1, 0, 2, 5, 0}) {
            TreeExpansion::expandToDepth(&ours, depth);
            qt.expandToDepth(depth);
            int expanded = 0;
            for (const RoadmapNode &n : model->nodes()) {
                const QModelIndex index = model->indexOf(n.id);
                if (model->childIds(n.id).isEmpty())
                    continue; // Qt also notes leaves as expanded, which shows nothing
                QCOMPARE(ours.isExpanded(index), qt.isExpanded(index));
                expanded += ours.isExpanded(index) ? 1 : 0;
            }
            QVERIFY(expanded > 0);
            // Laid out: the rows below the first are where Qt's view has them.
            ours.resize(400, 600);
            qt.resize(400, 600);
            QCOMPARE(ours.indexAt(QPoint(5, 300)), qt.indexAt(QPoint(5, 300)));
        }
    }

    void draggingABarPinsItsStart()
    {
        Open o;
        QVERIFY(open(o));
        const GanttScene::Row row = leafRow(o);
        QVERIFY(row.id);
        const GanttScene::Span before = o.timeline->scene().span(row.id);
        const QRectF bar = o.timeline->scene().barRect(row, o.timeline->width(),
                                                       o.timeline->horizontalOffset(), false);
        const QPoint from = bar.center().toPoint();
        const int days = 3;
        const QPoint to = from + QPoint(int(days * o.timeline->scene().pixelsPerDay()), 0);
        QTest::mousePress(o.timeline, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(o.timeline, &move);
        QTest::mouseRelease(o.timeline, Qt::LeftButton, {}, to);
        const RoadmapNode *node = o.f.document->treeModel()->node(row.id);
        QCOMPARE(node->pinnedStart, before.start.addDays(days));
        QVERIFY(o.timeline->scene().span(row.id).start >= before.start.addDays(days));
        o.f.document->undoStack()->undo();
        QVERIFY(!o.f.document->treeModel()->node(row.id)->pinnedStart.isValid());
    }

    void doubleClickOpensTheDetails()
    {
        Open o;
        QVERIFY(open(o));
        const GanttScene::Row row = leafRow(o);
        QSignalSpy activated(o.timeline, &GanttTimeline::nodeActivated);
        QTest::mouseDClick(o.timeline, Qt::LeftButton, {}, QPoint(5, row.top + row.height / 2));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), row.id);
        // The window switches to the roadmap page with that item selected.
        QCOMPARE(o.f.window->roadmapPage()->selectedIds(), QList<qint64>{row.id});
        QVERIFY(o.f.window->roadmapPage()->isVisible());
    }

    void studiedTimeFillsTheBar()
    {
        Open o;
        QVERIFY(open(o));
        const GanttScene::Row row = leafRow(o);
        QVERIFY(row.id);
        const RoadmapNode *node = o.f.document->treeModel()->node(row.id);
        StudySession s;
        s.nodeId = row.id;
        s.start = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0), Qt::LocalTime);
        s.end = s.start.addSecs(60LL * node->effortMinutes / 2); // half of it studied
        QVERIFY(o.f.document->studyLog()->add(s));
        const GanttScene::Row again = [&] {
            for (const GanttScene::Row &r : o.timeline->visibleRows()) {
                if (r.id == row.id)
                    return r;
            }
            return GanttScene::Row();
        }();
        const QRectF bar = o.timeline->scene().barRect(again, o.timeline->width(),
                                                       o.timeline->horizontalOffset(), false);
        const QImage image = o.timeline->grab().toImage();
        const int y = int(bar.center().y());
        const QColor start = image.pixelColor(int(bar.left() + bar.width() * 0.1), y);
        const QColor end = image.pixelColor(int(bar.left() + bar.width() * 0.9), y);
        QVERIFY2(start.lightness() < end.lightness(),
                 qPrintable(start.name() + QLatin1Char(' ') + end.name()));
    }

    void ctrlWheelZooms()
    {
        Open o;
        QVERIFY(open(o));
        QCOMPARE(o.timeline->scene().scale(), GanttScene::Scale::Day);
        const QPoint centre(o.timeline->width() / 2, o.timeline->height() / 2);
        QWheelEvent out(centre, o.timeline->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(o.timeline, &out);
        QCOMPARE(o.timeline->scene().scale(), GanttScene::Scale::Week);
        QWheelEvent in(centre, o.timeline->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                       Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(o.timeline, &in);
        QCOMPARE(o.timeline->scene().scale(), GanttScene::Scale::Day);
    }

    void summarySaysWhenNoPlanCanBeMade()
    {
        Open o;
        QVERIFY(open(o));
        Availability none = o.f.document->availability();
        none.minutesPerWeekday.fill(0);
        QVERIFY(o.f.document->setAvailability(none, QStringLiteral("t")));
        bool found = false;
        for (QLabel *label : o.page->findChildren<QLabel *>())
            found = found || label->text().contains(QStringLiteral("No plan can be made"));
        QVERIFY(found);
        QVERIFY(o.timeline->visibleRows().size() > 0); // the tree still shows; bars are gone
        QVERIFY(!o.timeline->scene().span(o.timeline->visibleRows().constFirst().id).isValid());
    }
};

QTEST_MAIN(TestGantt)
#include "tst_gantt.moc"
