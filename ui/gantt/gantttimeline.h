// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ganttscene.h"

#include <QWidget>

class QScrollBar;

namespace Masar {

class GanttTreeView;
class PlannerDocument;

/**
 * The time side of the Gantt page. Its rows are the rows the tree beside it shows: it asks the
 * tree which indexes are visible and where, so both scroll together and expanding or collapsing
 * in the tree is followed for free. Only those rows and the visible days are painted.
 * With the keyboard: the arrows along time move a week (mirrored right to left), Home goes to
 * today, Up and Down (and the page keys) move the tree's current row, Enter opens its details.
 */
class GanttTimeline : public QWidget
{
    Q_OBJECT

public:
    GanttTimeline(PlannerDocument *document, GanttTreeView *tree, QScrollBar *horizontal,
                  QWidget *parent);

    GanttScene &scene() { return m_scene; }
    void setScale(GanttScene::Scale scale);
    void scrollToDate(const QDate &date);
    /// Rows currently on screen (as painted), for tests and exports.
    QList<GanttScene::Row> visibleRows() const;
    int headerHeight() const;
    int horizontalOffset() const { return offset(); }
    /// The row under the mouse (0: none), highlighted with its bar.
    qint64 hoveredId() const { return m_hoveredId; }

signals:
    void nodeActivated(qint64 id);
    void scaleChanged(GanttScene::Scale scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void planChanged();
    void retranslateUi();
    /// Scrolls by whole days from the first day shown, so that a week on shows seven days on.
    void scrollByDays(int days);
    void updateScrollRange();
    GanttScene::Row rowAt(const QPoint &pos) const;
    bool isRtl() const { return layoutDirection() == Qt::RightToLeft; }
    int offset() const;

    PlannerDocument *m_document;
    GanttTreeView *m_tree;
    QScrollBar *m_horizontal;
    GanttScene m_scene;
    void setHovered(qint64 id);

    qint64 m_hoveredId = 0;
    qint64 m_dragId = 0;
    QPoint m_dragFrom;
    int m_dragDays = 0;
};

} // namespace Masar
