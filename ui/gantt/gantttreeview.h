// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Masar {

class GanttRowModel;
class RoadmapTreeModel;

/**
 * The calendar's outline of the roadmap: a table of GanttRowModel's rows that looks and reads
 * like a tree. Its delegate indents the titles and draws the expand/collapse indicators; the
 * keyboard works as in a tree (Right/Left expand, collapse, go to the first child or the
 * parent, mirrored right-to-left; + and − expand and collapse; Home and End go to the first and
 * last row). A table lays nothing out when rows come and go, so what a change costs follows
 * the rows on screen.
 */
class GanttTreeView : public QTableView
{
    Q_OBJECT

public:
    /// Shows `tree` expanded down to `depth` (see expandToDepth()).
    GanttTreeView(RoadmapTreeModel *tree, int depth, QWidget *parent);

    GanttRowModel *rows() const { return m_rows; }
    /// The item on the row at `pos` (viewport coordinates), 0 for none.
    qint64 idAt(const QPoint &pos) const;
    qint64 currentId() const;
    void setCurrentId(qint64 id);
    void setExpanded(qint64 id, bool expanded);
    bool isExpanded(qint64 id) const;
    /// Expands the items down to `depth` (0: the top level) and collapses the others.
    void expandToDepth(int depth);
    void expandAll();
    /// Width of one level of indentation.
    int indentation() const;
    /// Where a row's expand/collapse indicator is drawn (viewport coordinates).
    QRect indicatorRect(int row) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRowHeight();
    /// Expands or collapses the item whose indicator is at `pos`; false when there is none.
    bool toggleAt(const QPoint &pos);

    GanttRowModel *m_rows;
};

} // namespace Masar
