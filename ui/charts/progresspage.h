// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/progressstatistics.h"

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Masar {

class HeatmapWidget;
class PlannerDocument;

/**
 * Progress at a glance (Qt Charts): completion per competency area, the burn-up with its
 * forecast, planned against studied hours per week, a competency radar, and a year of study
 * days with streaks. Numbers come from ProgressStatistics in the core; charts follow every
 * logged session, the palette and the layout direction.
 */
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    ProgressPage(PlannerDocument *document, QWidget *parent);

    const ProgressStatistics &statistics() const { return m_statistics; }
    /// The chart views, in the order they are laid out (for tests and export).
    QList<QWidget *> charts() const;
    /// What each bar of "Completion per competency area" says, in the areas' order.
    const QStringList &areaSummaries() const { return m_areaSummaries; }
    /// Builds the charts now (they are otherwise built when the page is shown).
    void refreshNow();

signals:
    /// The learner asks to log study (from the page's empty state).
    void logStudyRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void arrangeCharts();
    QWidget *buildAreas();
    QWidget *buildBurnUp();
    QWidget *buildWeeks();
    QWidget *buildRadar();
    void exportChart(QWidget *view, const QString &name);

    PlannerDocument *m_document;
    ProgressStatistics m_statistics;
    QTimer *m_refresh;
    bool m_dirty = true;
    QGridLayout *m_grid;
    int m_wide = -1; ///< whether the charts are laid out two by two (-1: not laid out yet)
    QList<QWidget *> m_charts; ///< the chart views
    QStringList m_areaSummaries;
    QList<QWidget *> m_cells; ///< a view with its export button each
    QLabel *m_summary;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyButton;
    HeatmapWidget *m_heatmap;
    QLabel *m_streaks;
    QSpinBox *m_threshold;
    QSpinBox *m_rollover;
    QLabel *m_thresholdLabel;
    QLabel *m_rolloverLabel;
};

} // namespace Masar
