// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ganttexporter.h"
#include "ganttscene.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QToolBar;

namespace Masar {

class EmptyState;
class GanttTimeline;
class GanttTreeView;
class PlannerDocument;

/**
 * The study calendar: the roadmap tree beside a Gantt timeline of the current plan, with zoom,
 * the finish date and its drift from the accepted plan, the target date, and "Re-plan from
 * today". Bars can be dragged to pin a start; double-clicking one opens the item's details.
 */
class GanttPage : public QWidget
{
    Q_OBJECT

public:
    GanttPage(PlannerDocument *document, QWidget *parent);

    GanttTreeView *treeView() const { return m_tree; }
    GanttTimeline *timeline() const { return m_timeline; }
    QList<QAction *> actions() const;
    QAction *printAction() const { return m_print; }
    /// The rows and dates on screen now (for "export the visible part").
    GanttExporter::Range visibleRange() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void showDetails(qint64 id);
    void editStudyTime();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void exportImage(bool whole);
    void exportPdf(bool whole);
    void print();

    PlannerDocument *m_document;
    QToolBar *m_toolBar;
    QComboBox *m_scale;
    QAction *m_replan;
    QAction *m_today;
    QAction *m_studyTime;
    QAction *m_export;
    QAction *m_pngWhole;
    QAction *m_pngVisible;
    QAction *m_pdfWhole;
    QAction *m_pdfVisible;
    QAction *m_print;
    QSplitter *m_splitter;
    bool m_dividerMoved = false; ///< by the learner, or restored: sizes are theirs
    GanttTreeView *m_tree;
    EmptyState *m_empty = nullptr;
    GanttTimeline *m_timeline;
    QLabel *m_summary;
    QLabel *m_legend;
};

} // namespace Masar
