// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "gantt/ganttpage.h"
#include "gantt/ganttrowmodel.h"
#include "gantt/gantttimeline.h"
#include "gantt/gantttreeview.h"
#include "roadmap/roadmappage.h"
#include "treeexpansion.h"
#include "uitestfixture.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
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
        GanttTreeView *tree = o.page->treeView();
        QCOMPARE(rows.constFirst().id, tree->idAt(QPoint(1, 1)));
        // Collapsing in the tree removes those rows from the timeline.
        const qint64 first = o.f.document->treeModel()->childIds(0).constFirst();
        tree->setExpanded(first, false);
        QCOMPARE(o.timeline->visibleRows().at(1).id, o.f.document->treeModel()->childIds(0).at(1));
        // Scrolling the tree scrolls the timeline's rows.
        tree->expandAll();
        tree->verticalScrollBar()->setValue(10);
        QCOMPARE(o.timeline->visibleRows().constFirst().id, tree->idAt(QPoint(1, 1)));
        QCOMPARE(o.timeline->visibleRows().at(1).top - o.timeline->visibleRows().at(0).top,
                 tree->rowHeight(0));
    }

    /// The rows an outline of the tree shows with the row model's expansion: (id, depth).
    static QList<QPair<qint64, int>> outline(const RoadmapTreeModel *tree,
                                             const GanttRowModel *rows, qint64 parent = 0,
                                             int depth = 0)
    {
        QList<QPair<qint64, int>> out;
        for (qint64 id : tree->childIds(parent)) {
            out.append({id, depth});
            if (rows->isExpanded(id))
                out += outline(tree, rows, id, depth + 1);
        }
        return out;
    }

    static QList<QPair<qint64, int>> shown(const GanttRowModel *rows)
    {
        QList<QPair<qint64, int>> out;
        for (int row = 0; row < rows->rowCount(); ++row)
            out.append({rows->idAt(row), rows->depthAt(row)});
        return out;
    }

    void rowsAreTheTreesOutlineThroughEdits()
    {
        Open o;
        QVERIFY(open(o));
        PlannerDocument *document = o.f.document.get();
        const RoadmapTreeModel *tree = document->treeModel();
        GanttTreeView *view = o.page->treeView();
        GanttRowModel *rows = view->rows();
        QAbstractItemModelTester tester(rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<qint64> top = tree->childIds(0);
        QVERIFY(top.size() >= 3);
        const qint64 a = top.at(0), b = top.at(1), c = top.at(2);
        QVERIFY(tree->childIds(a).size() >= 2 && tree->childIds(b).size() >= 2);
        view->expandToDepth(0);
        view->setExpanded(b, false);
        QCOMPARE(shown(rows), outline(tree, rows));
        const int before = rows->rowCount();

        // Into an expanded item, a collapsed one and the top level; undo takes each back.
        const qint64 inA = document->addNode(a, 1, RoadmapNode::Kind::Topic, QStringLiteral("A1"));
        QCOMPARE(rows->rowOf(inA), rows->rowOf(a) + 2);
        const qint64 inB = document->addNode(b, 0, RoadmapNode::Kind::Topic, QStringLiteral("B0"));
        QCOMPARE(rows->rowOf(inB), -1);
        const qint64 atTop = document->addNode(0, 1, RoadmapNode::Kind::Phase, QStringLiteral("T"));
        QCOMPARE(rows->depthAt(rows->rowOf(atTop)), 0);
        QCOMPARE(rows->rowCount(), before + 2);
        QCOMPARE(shown(rows), outline(tree, rows));
        // A first child gives its parent an expander, shown expanded once asked.
        const qint64 under =
            document->addNode(atTop, 0, RoadmapNode::Kind::Topic, QStringLiteral("U"));
        QVERIFY(rows->hasChildrenAt(rows->rowOf(atTop)));
        QCOMPARE(rows->rowOf(under), -1);
        view->setExpanded(atTop, true);
        QCOMPARE(rows->rowOf(under), rows->rowOf(atTop) + 1);
        QCOMPARE(shown(rows), outline(tree, rows));

        // Moves between shown and hidden places keep the current row where it can.
        const qint64 moved = tree->childIds(a).at(0);
        view->setCurrentId(moved);
        QVERIFY(document->moveNodes({moved}, c, 0));
        QCOMPARE(shown(rows), outline(tree, rows));
        QCOMPARE(view->currentId(), moved);
        QCOMPARE(rows->depthAt(rows->rowOf(moved)), 1);
        QVERIFY(document->moveNodes({moved}, 0, 0));
        QCOMPARE(shown(rows), outline(tree, rows));
        QCOMPARE(view->currentId(), moved);
        QCOMPARE(rows->rowOf(moved), 0);
        QVERIFY(document->moveNodes({moved}, b, 0)); // into the collapsed one: hidden
        QCOMPARE(rows->rowOf(moved), -1);
        QCOMPARE(shown(rows), outline(tree, rows));
        QVERIFY(document->moveNodes({a}, 0, tree->childIds(0).size())); // a whole subtree down
        QCOMPARE(shown(rows), outline(tree, rows));
        QVERIFY(document->moveUp(a));
        QCOMPARE(shown(rows), outline(tree, rows));

        // Removing a shown subtree, then bringing it back with its expansion.
        const int withA = rows->rowCount();
        QVERIFY(document->removeNodes({a}));
        QCOMPARE(rows->rowOf(a), -1);
        QCOMPARE(shown(rows), outline(tree, rows));
        QVERIFY(rows->rowCount() < withA - 1);
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        QCOMPARE(shown(rows), outline(tree, rows));
        QCOMPARE(rows->rowCount(), before);
        while (document->undoStack()->canRedo())
            document->undoStack()->redo();
        QCOMPARE(shown(rows), outline(tree, rows));

        // A new layout of the tree (the titles' language) keeps the rows and the current one.
        view->setCurrentId(c);
        document->treeModel()->setDisplayLanguage(QStringLiteral("ar"));
        QCOMPARE(shown(rows), outline(tree, rows));
        QCOMPARE(view->currentId(), c);
        document->treeModel()->setDisplayLanguage(QStringLiteral("en"));
    }

    void outlineWorksLikeATree()
    {
        Open o;
        QVERIFY(open(o));
        const RoadmapTreeModel *tree = o.f.document->treeModel();
        GanttTreeView *view = o.page->treeView();
        GanttRowModel *rows = view->rows();
        view->expandToDepth(-1); // the top level only
        const qint64 first = tree->childIds(0).constFirst();
        const qint64 child = tree->childIds(first).constFirst();
        QCOMPARE(rows->rowCount(), tree->childIds(0).size());
        view->setFocus();
        view->setCurrentId(first);
        // Right expands, then goes to the first child; Left goes to the parent, then collapses.
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(first));
        QCOMPARE(view->currentId(), first);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentId(), child);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentId(), first);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(!view->isExpanded(first));
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->isExpanded(first));
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(!view->isExpanded(first));
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentId(), tree->childIds(0).constLast());
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->currentId(), first);
        // Mirrored: in right-to-left, Left expands.
        view->setLayoutDirection(Qt::RightToLeft);
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(view->isExpanded(first));
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(!view->isExpanded(first));
        // A click on the indicator toggles; it sits at the leading edge of the title column.
        for (Qt::LayoutDirection direction : {Qt::RightToLeft, Qt::LeftToRight}) {
            view->setLayoutDirection(direction);
            const QRect indicator = view->indicatorRect(0);
            const QRect cell = view->visualRect(rows->index(0, 0));
            QVERIFY(cell.contains(indicator));
            QCOMPARE(direction == Qt::LeftToRight ? indicator.left() : indicator.right(),
                     direction == Qt::LeftToRight ? cell.left() : cell.right());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, indicator.center());
            QVERIFY(view->isExpanded(first));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, indicator.center());
            QVERIFY(!view->isExpanded(first));
        }
        // A title cut short shows in full as a tooltip; one that fits shows none.
        view->expandAll();
        const auto tooltipAt = [&](int row) {
            view->scrollTo(rows->index(row, 0));
            const QPoint at = view->visualRect(rows->index(row, 0)).center();
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view->viewport(), &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        int longRow = -1;
        int shortRow = -1;
        const int room = view->columnWidth(0) - view->indentation() * 4;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const int width =
                view->fontMetrics().horizontalAdvance(rows->index(row, 0).data().toString());
            if (longRow < 0 && width > view->columnWidth(0))
                longRow = row;
            if (shortRow < 0 && width < room / 2)
                shortRow = row;
        }
        QVERIFY(longRow >= 0 && shortRow >= 0);
        QCOMPARE(tooltipAt(longRow), rows->index(longRow, 0).data().toString());
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        QCOMPARE(tooltipAt(shortRow), QString());

        // A leaf is drawn indented by its depth: nothing in the indentation, its title after.
        view->expandAll();
        view->resize(400, 300);
        int leaf = 0;
        while (leaf < rows->rowCount() && (rows->depthAt(leaf) < 2 || rows->hasChildrenAt(leaf)))
            ++leaf;
        QVERIFY(leaf < rows->rowCount());
        view->scrollTo(rows->index(leaf, 0));
        view->setCurrentIndex({});
        const QImage image = view->viewport()->grab().toImage();
        const QRect cell = view->visualRect(rows->index(leaf, 0));
        const QColor base = image.pixelColor(cell.right() - 1, cell.center().y());
        int ink = -1;
        for (int x = cell.left(); x < cell.right() && ink < 0; ++x) {
            for (int y = cell.top() + 2; y < cell.bottom() - 1 && ink < 0; ++y)
                ink = image.pixelColor(x, y) != base ? x : -1;
        }
        QVERIFY2(ink >= view->indentation() * (rows->depthAt(leaf) + 1),
                 qPrintable(QString::number(ink)));
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

    void barsCarryTheirTitles()
    {
        // Inside a bar wide enough, from its start edge; else beside it, after its end edge;
        // mirrored in right-to-left. The text is black on light bars, white on dark ones.
        bool inside = false;
        const QRectF wide(100, 10, 200, 16);
        QCOMPARE(GanttScene::labelRect(wide, 80, false, &inside), QRectF(104, 10, 80, 16));
        QVERIFY(inside);
        QCOMPARE(GanttScene::labelRect(wide, 80, true, &inside), QRectF(216, 10, 80, 16));
        QVERIFY(inside);
        const QRectF narrow(100, 10, 40, 16);
        QCOMPARE(GanttScene::labelRect(narrow, 80, false, &inside), QRectF(144, 10, 80, 16));
        QVERIFY(!inside);
        QCOMPARE(GanttScene::labelRect(narrow, 80, true, &inside), QRectF(16, 10, 80, 16));
        QVERIFY(!inside);
        QCOMPARE(GanttScene::textOn(QColor(0x1f, 0x4e, 0x99)), QColor(Qt::white));
        QCOMPARE(GanttScene::textOn(QColor(0xf2, 0xd0, 0x60)), QColor(Qt::black));
        for (CompetencyArea area : CompetencyAreas::all()) {
            for (bool dark : {false, true}) {
                const QColor fill = GanttScene::areaColor(area, dark);
                const QColor text = GanttScene::textOn(fill);
                const double contrast = std::abs(fill.lightnessF() - text.lightnessF());
                QVERIFY2(contrast >= 0.35, qPrintable(fill.name()));
            }
        }
    }

    void hoverHighlightsTheBarAndItsRow()
    {
        Open o;
        QVERIFY(open(o));
        const GanttScene::Row row = leafRow(o);
        QVERIFY(row.id);
        const QRectF bar = o.timeline->scene().barRect(row, o.timeline->width(),
                                                       o.timeline->horizontalOffset(), false);
        // A point of the row outside the bar, and one on the bar's outline.
        const QPoint beside(int(bar.right()) + 60, row.top + row.height / 2);
        const QPoint edge(int(bar.center().x()), int(bar.top()) - 1);
        const QImage before = o.timeline->grab().toImage();
        QCOMPARE(o.timeline->hoveredId(), 0);
        const auto moveTo = [&o](const QPoint &at) {
            QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(o.timeline->mapToGlobal(at)),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(o.timeline, &move);
        };
        moveTo(bar.center().toPoint());
        QCOMPARE(o.timeline->hoveredId(), row.id);
        const QImage hovered = o.timeline->grab().toImage();
        QVERIFY(hovered.pixel(beside) != before.pixel(beside)); // the row
        // The bar's outline: the highlight colour itself, not the row's light band.
        const QColor outline(hovered.pixel(edge));
        const QColor highlight = o.timeline->palette().color(QPalette::Highlight);
        QVERIFY2(std::abs(outline.red() - highlight.red()) +
                         std::abs(outline.green() - highlight.green()) +
                         std::abs(outline.blue() - highlight.blue()) <
                     60,
                 qPrintable(outline.name()));
        // Another row, then away: the highlight follows, then goes.
        moveTo(QPoint(beside.x(), row.top + row.height + row.height / 2));
        QVERIFY(o.timeline->hoveredId() != row.id);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(o.timeline, &leave);
        QCOMPARE(o.timeline->hoveredId(), 0);
        QCOMPARE(o.timeline->grab().toImage().pixel(beside), before.pixel(beside));
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
        QMouseEvent move(QEvent::MouseMove, QPointF(to), QPointF(o.timeline->mapToGlobal(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
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
        s.start = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0));
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
