// SPDX-License-Identifier: GPL-3.0-or-later
#include "gantttimeline.h"
#include "displaycalendar.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "ganttrowmodel.h"
#include "gantttreeview.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace Masar {

GanttTimeline::GanttTimeline(PlannerDocument *document, GanttTreeView *tree, QScrollBar *horizontal,
                             QWidget *parent)
    : QWidget(parent), m_document(document), m_tree(tree), m_horizontal(horizontal),
      m_scene(document)
{
    setObjectName(QStringLiteral("ganttTimeline"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Tab reaches it after the tree: the keys move through time here, the rows stay the tree's.
    setFocusPolicy(Qt::StrongFocus);
    const auto repaint = [this] { update(); };
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_horizontal, &QScrollBar::valueChanged, this, repaint);
    QAbstractItemModel *model = m_tree->model();
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::rowsMoved, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(document, &PlannerDocument::planChanged, this, &GanttTimeline::planChanged);
    connect(document, &PlannerDocument::scheduleChanged, this, &GanttTimeline::planChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const GanttScene::Span span = m_scene.span(m_tree->rows()->idAt(current.row()));
                if (!span.isValid())
                    return;
                const double x1 = m_scene.xFor(span.start, offset(), width(), isRtl());
                const double x2 = m_scene.xFor(span.end.addDays(1), offset(), width(), isRtl());
                if (std::max(x1, x2) < 0 || std::min(x1, x2) > width())
                    scrollToDate(span.start);
                update();
            });
    planChanged();
    retranslateUi();
}

void GanttTimeline::retranslateUi()
{
    setAccessibleDescription(tr("The arrow keys move a week at a time, Home goes back to today, "
                                "and Enter opens the current item."));
}

int GanttTimeline::headerHeight() const
{
    return m_tree->horizontalHeader()->height();
}

int GanttTimeline::offset() const
{
    return m_horizontal->value();
}

void GanttTimeline::planChanged()
{
    m_scene.rebuild();
    updateScrollRange();
    update();
}

void GanttTimeline::updateScrollRange()
{
    m_horizontal->setRange(0, std::max(0, m_scene.totalWidth() - width()));
    m_horizontal->setPageStep(std::max(1, width()));
    m_horizontal->setSingleStep(std::max(1, int(m_scene.pixelsPerDay() * 7)));
}

void GanttTimeline::scrollByDays(int days)
{
    const double perDay = m_scene.pixelsPerDay();
    const double first = std::floor(offset() / perDay);
    m_horizontal->setValue(int(std::ceil((first + days) * perDay)));
}

void GanttTimeline::setScale(GanttScene::Scale scale)
{
    if (scale == m_scene.scale())
        return;
    // Keep the date in the middle of the view where it is.
    const QDate middle = m_scene.dateAt(width() / 2.0, offset(), width(), isRtl());
    m_scene.setScale(scale);
    updateScrollRange();
    m_horizontal->setValue(
        int(m_scene.firstDate().daysTo(middle) * m_scene.pixelsPerDay() - width() / 2.0));
    update();
    emit scaleChanged(scale);
}

void GanttTimeline::scrollToDate(const QDate &date)
{
    m_horizontal->setValue(
        int(m_scene.firstDate().daysTo(date) * m_scene.pixelsPerDay() - width() / 6.0));
}

QList<GanttScene::Row> GanttTimeline::visibleRows() const
{
    QList<GanttScene::Row> rows;
    const int top = headerHeight();
    const int viewportHeight = m_tree->viewport()->height();
    const GanttRowModel *model = m_tree->rows();
    const int count = model->rowCount();
    for (int row = std::max(0, m_tree->rowAt(0)); row < count; ++row) {
        const int y = m_tree->rowViewportPosition(row);
        if (y > viewportHeight)
            break;
        rows.append({model->idAt(row), top + y, m_tree->rowHeight(row)});
    }
    return rows;
}

void GanttTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool rtl = isRtl();
    const int header = headerHeight();
    const QRect body(0, header, width(), height() - header);
    p.setClipRect(body);
    m_scene.paintBackground(p, body, offset(), rtl, palette());
    QList<GanttScene::Row> rows = visibleRows();
    // The current row, highlighted as in the tree.
    const qint64 current = m_tree->currentId();
    // The current row, highlighted as in the tree; the row under the mouse, more lightly.
    const GanttScene::Row *hovered = nullptr;
    for (const GanttScene::Row &row : std::as_const(rows)) {
        if (row.id == m_hoveredId)
            hovered = &row;
        if (row.id == current || row.id == m_hoveredId) {
            QColor highlight = palette().color(QPalette::Highlight);
            highlight.setAlpha(row.id == current ? 40 : 22);
            p.fillRect(QRect(0, row.top, width(), row.height), highlight);
        }
    }
    if (m_dragId) {
        // While dragging, paint the dragged bar where it would go.
        for (GanttScene::Row &row : rows) {
            if (row.id != m_dragId)
                continue;
            const QRectF bar = m_scene.barRect(row, width(), offset(), rtl);
            const double shift = m_dragDays * m_scene.pixelsPerDay() * (rtl ? -1 : 1);
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.translated(shift, 0), 3, 3);
        }
    }
    m_scene.paintRows(p, rows, width(), offset(), rtl, palette());
    if (hovered && !m_dragId) {
        // The bar under the mouse, outlined.
        const QRectF bar = m_scene.barRect(*hovered, width(), offset(), rtl);
        if (bar.isValid()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 3, 3);
        }
    }
    m_scene.paintMarkers(p, body, offset(), rtl, palette());
    p.setClipping(false);
    m_scene.paintHeader(p, QRect(0, 0, width(), header), offset(), rtl, palette());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = body.adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void GanttTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollRange();
}

void GanttTimeline::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int step = event->angleDelta().y() > 0 ? -1 : 1; // up: zoom in
        const int scale = std::clamp(int(m_scene.scale()) + step, 0, 3);
        setScale(GanttScene::Scale(scale));
    } else if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        const int delta =
            event->angleDelta().x() != 0 ? event->angleDelta().x() : event->angleDelta().y();
        m_horizontal->setValue(m_horizontal->value() - delta * (isRtl() ? -1 : 1));
    } else {
        QScrollBar *vertical = m_tree->verticalScrollBar();
        vertical->setValue(vertical->value() - event->angleDelta().y() / 40);
    }
    event->accept();
}

GanttScene::Row GanttTimeline::rowAt(const QPoint &pos) const
{
    for (const GanttScene::Row &row : visibleRows()) {
        if (pos.y() >= row.top && pos.y() < row.top + row.height)
            return row;
    }
    return {};
}

void GanttTimeline::mousePressEvent(QMouseEvent *event)
{
    const GanttScene::Row row = rowAt(event->pos());
    if (!row.id)
        return;
    m_tree->setCurrentId(row.id);
    const bool leaf = m_document->treeModel()->childCount(row.id) == 0;
    if (event->button() == Qt::LeftButton && leaf &&
        m_scene.barRect(row, width(), offset(), isRtl()).contains(event->pos())) {
        m_dragId = row.id;
        m_dragFrom = event->pos();
        m_dragDays = 0;
    }
}

void GanttTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragId) {
        setHovered(rowAt(event->pos()).id);
        return;
    }
    const double dx = (event->pos().x() - m_dragFrom.x()) * (isRtl() ? -1 : 1);
    const int days = int(std::lround(dx / m_scene.pixelsPerDay()));
    if (days != m_dragDays) {
        m_dragDays = days;
        update();
    }
}

void GanttTimeline::leaveEvent(QEvent *event)
{
    setHovered(0);
    QWidget::leaveEvent(event);
}

void GanttTimeline::setHovered(qint64 id)
{
    if (id == m_hoveredId)
        return;
    m_hoveredId = id;
    update();
}

void GanttTimeline::mouseReleaseEvent(QMouseEvent *)
{
    const qint64 id = std::exchange(m_dragId, 0);
    if (!id || m_dragDays == 0) {
        update();
        return;
    }
    // Dropping a bar pins its start there; the rest of the plan moves around it.
    const QDate start = m_scene.span(id).start.addDays(m_dragDays);
    const QDate earliest = std::max(m_document->today(), m_document->availability().startDate);
    m_document->pinStart(id, std::max(start, earliest));
    update();
}

void GanttTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const GanttScene::Row row = rowAt(event->pos());
    if (row.id)
        emit nodeActivated(row.id);
}

void GanttTimeline::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
    } else if (key == Qt::Key_Left || key == Qt::Key_Right) {
        // Later is to the right of the calendar as drawn left to right, to its left mirrored.
        const bool later = (key == Qt::Key_Right) != isRtl();
        scrollByDays(later ? 7 : -7);
    } else if (key == Qt::Key_Home) {
        scrollToDate(m_document->today());
    } else if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
               key == Qt::Key_PageDown) {
        QCoreApplication::sendEvent(m_tree, event);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentId()) {
        emit nodeActivated(m_tree->currentId());
    } else {
        QWidget::keyPressEvent(event);
    }
}

bool GanttTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const GanttScene::Row row = rowAt(help->pos());
        const RoadmapNode *node = m_document->treeModel()->node(row.id);
        const GanttScene::Span span = m_scene.span(row.id);
        if (!node || !span.isValid()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const int effort = m_document->treeModel()->totalMinutes(row.id);
        QString text = tr("<b>%1</b><br>%2 – %3<br>Effort: %4<br>Still to study: %5")
                           .arg(m_document->treeModel()->displayTitle(*node).toHtmlEscaped(),
                                DisplayCalendar::date(span.start), DisplayCalendar::date(span.end),
                                RoadmapTreeModel::formatMinutes(effort),
                                RoadmapTreeModel::formatMinutes(span.minutes));
        if (node->pinnedStart.isValid())
            text += QStringLiteral("<br>") +
                    tr("Start pinned to %1").arg(DisplayCalendar::date(node->pinnedStart));
        if (DisplayCalendar::system() != DisplayCalendar::System::Gregorian) {
            // Hijri dates shown: the Gregorian ones beside them, as the learner's other calendar.
            text += QStringLiteral("<br>") +
                    tr("Gregorian: %1 – %2")
                        .arg(QLocale().toString(span.start, QLocale::ShortFormat),
                             QLocale().toString(span.end, QLocale::ShortFormat));
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange)
        update();
    return QWidget::event(event);
}

} // namespace Masar
