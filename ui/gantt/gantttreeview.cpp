// SPDX-License-Identifier: GPL-3.0-or-later
#include "gantttreeview.h"
#include "bidi.h"
#include "ganttrowmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolTip>

#include <limits>

namespace Masar {

namespace {

/// Draws the title column as a tree does: indented by depth, with an expand/collapse indicator.
class OutlineDelegate : public QStyledItemDelegate
{
public:
    explicit OutlineDelegate(GanttTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // The row's background and selection, also behind the indentation as in a tree.
        QStyleOptionViewItem panel = option;
        panel.index = index;
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);
        const QRect textRect = cellTextRect(option, index);
        if (index.column() == 0 && index.data(GanttRowModel::HasChildrenRole).toBool()) {
            QStyleOption branch;
            branch.rect = indicatorRect(option, index.data(GanttRowModel::DepthRole).toInt(),
                                        m_view->indentation());
            branch.palette = option.palette;
            branch.direction = option.direction;
            branch.state = QStyle::State_Children | (option.state & QStyle::State_Enabled);
            if (index.data(GanttRowModel::ExpandedRole).toBool())
                branch.state |= QStyle::State_Open;
            style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, widget);
        }
        drawText(painter, option, index, textRect, style);
        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(option);
            focus.rect = textRect;
            focus.state |= QStyle::State_KeyboardFocusChange;
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
    }

    /// One line of text, elided, each in its own direction (an English title in the Arabic
    /// interface reads from the left and loses its end, not its start). Drawn directly: the
    /// item views' general text layout costs most of a repaint of the calendar.
    static void drawText(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index, const QRect &rect, const QStyle *style)
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return;
        const QRect inner = innerRect(rect, option, style);
        const QPalette::ColorGroup group =
            !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                    : QPalette::Inactive;
        painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected
                                                        ? QPalette::HighlightedText
                                                        : QPalette::Text));
        painter->setFont(option.font);
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        const Qt::Alignment align = alignment.isValid() ? Qt::Alignment(alignment.toInt())
                                                        : Qt::AlignLeading | Qt::AlignVCenter;
        const Qt::LayoutDirection own = Bidi::strongDirection(text);
        const int direction = own == Qt::RightToLeft   ? Qt::TextForceRightToLeft
                              : own == Qt::LeftToRight ? Qt::TextForceLeftToRight
                                                       : 0;
        painter->drawText(inner,
                          int(QStyle::visualAlignment(option.direction, align)) |
                              Qt::TextSingleLine | direction,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, inner.width()));
    }

    /// Where a cell's text goes: after the indentation and the indicator in the title column.
    QRect cellTextRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        if (index.column() != 0)
            return option.rect;
        const int depth = index.data(GanttRowModel::DepthRole).toInt();
        return QStyle::visualRect(
            option.direction, option.rect,
            option.rect.adjusted(m_view->indentation() * (depth + 1), 0, 0, 0));
    }

    static QRect innerRect(const QRect &rect, const QStyleOptionViewItem &option,
                           const QStyle *style)
    {
        const int margin =
            style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
        return rect.adjusted(margin, 0, -margin, 0);
    }

    /// A title cut short shows in full as the cell's tooltip.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid() &&
            index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect inner = innerRect(cellTextRect(option, index), option, view->style());
            if (option.fontMetrics.horizontalAdvance(text) > inner.width()) {
                QToolTip::showText(event->globalPos(), text, view->viewport(),
                                   view->visualRect(index));
                return true;
            }
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == 0)
            size.rwidth() +=
                m_view->indentation() * (index.data(GanttRowModel::DepthRole).toInt() + 1);
        return size;
    }

    static QRect indicatorRect(const QStyleOptionViewItem &option, int depth, int indent)
    {
        const QRect logical(option.rect.left() + indent * depth, option.rect.top(), indent,
                            option.rect.height());
        return QStyle::visualRect(option.direction, option.rect, logical);
    }

private:
    GanttTreeView *m_view;
};

} // namespace

GanttTreeView::GanttTreeView(RoadmapTreeModel *tree, int depth, QWidget *parent)
    : QTableView(parent), m_rows(new GanttRowModel(tree, depth, this))
{
    // The rows' header set up before it has rows: changing its sizes later visits every row.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    updateRowHeight();
    setModel(m_rows);
    setItemDelegate(new OutlineDelegate(this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setEditTriggers(NoEditTriggers);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
}

int GanttTreeView::indentation() const
{
    return style()->pixelMetric(QStyle::PM_TreeViewIndentation, nullptr, this);
}

void GanttTreeView::updateRowHeight()
{
    // As tall as a tree's row of one line of text.
    QStyleOptionViewItem option;
    option.initFrom(this);
    option.font = font();
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = QStringLiteral("Xg");
    const int text =
        style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).height();
    verticalHeader()->setDefaultSectionSize(std::max(text, fontMetrics().height() + 2));
}

qint64 GanttTreeView::idAt(const QPoint &pos) const
{
    return m_rows->idAt(rowAt(pos.y()));
}

qint64 GanttTreeView::currentId() const
{
    return currentIndex().isValid() ? m_rows->idAt(currentIndex().row()) : 0;
}

void GanttTreeView::setCurrentId(qint64 id)
{
    const int row = m_rows->rowOf(id);
    if (row >= 0)
        setCurrentIndex(m_rows->index(row, 0));
}

void GanttTreeView::setExpanded(qint64 id, bool expanded)
{
    m_rows->setExpanded(id, expanded);
}

bool GanttTreeView::isExpanded(qint64 id) const
{
    return m_rows->isExpanded(id);
}

void GanttTreeView::expandToDepth(int depth)
{
    const qint64 current = currentId();
    const int column = std::max(0, currentIndex().column());
    m_rows->expandToDepth(depth);
    if (const int row = m_rows->rowOf(current); row >= 0)
        selectionModel()->setCurrentIndex(m_rows->index(row, column),
                                          QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
}

void GanttTreeView::expandAll()
{
    expandToDepth(std::numeric_limits<int>::max());
}

QRect GanttTreeView::indicatorRect(int row) const
{
    QStyleOptionViewItem option;
    option.direction = layoutDirection();
    option.rect = visualRect(m_rows->index(row, 0));
    return OutlineDelegate::indicatorRect(option, m_rows->depthAt(row), indentation());
}

void GanttTreeView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const int row = current.row();
    const qint64 id = m_rows->idAt(row);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int key = event->key();
    const bool forward = (key == Qt::Key_Right && !rtl) || (key == Qt::Key_Left && rtl);
    const bool backward = (key == Qt::Key_Left && !rtl) || (key == Qt::Key_Right && rtl);
    if (!current.isValid() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier) ||
        !(forward || backward || key == Qt::Key_Plus || key == Qt::Key_Minus)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const bool children = m_rows->hasChildrenAt(row);
    const bool expanded = m_rows->isExpanded(id);
    if (key == Qt::Key_Plus || key == Qt::Key_Minus) {
        if (children)
            setExpanded(id, key == Qt::Key_Plus);
    } else if (forward) {
        if (children && !expanded)
            setExpanded(id, true);
        else if (children)
            setCurrentIndex(m_rows->index(row + 1, current.column()));
    } else if (children && expanded) {
        setExpanded(id, false);
    } else {
        // To the parent: the nearest row above with less depth.
        const int depth = m_rows->depthAt(row);
        for (int above = row - 1; above >= 0; --above) {
            if (m_rows->depthAt(above) < depth) {
                setCurrentIndex(m_rows->index(above, current.column()));
                break;
            }
        }
    }
    event->accept();
}

bool GanttTreeView::toggleAt(const QPoint &pos)
{
    const int row = rowAt(pos.y());
    if (row < 0 || !m_rows->hasChildrenAt(row) || !indicatorRect(row).contains(pos))
        return false;
    const qint64 id = m_rows->idAt(row);
    setExpanded(id, !isExpanded(id));
    return true;
}

void GanttTreeView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && toggleAt(event->pos()))
        event->accept();
    else
        QTableView::mousePressEvent(event);
}

void GanttTreeView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A quick second click on the indicator toggles again, as in a tree.
    if (event->button() == Qt::LeftButton && toggleAt(event->pos()))
        event->accept();
    else
        QTableView::mouseDoubleClickEvent(event);
}

QModelIndex GanttTreeView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // A tree's Home and End: the first and the last row, not the row's first and last column.
    const int column = std::max(0, currentIndex().column());
    if (action == MoveHome && m_rows->rowCount() > 0)
        return m_rows->index(0, column);
    if (action == MoveEnd && m_rows->rowCount() > 0)
        return m_rows->index(m_rows->rowCount() - 1, column);
    return QTableView::moveCursor(action, modifiers);
}

void GanttTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateRowHeight();
    QTableView::changeEvent(event);
}

} // namespace Masar
