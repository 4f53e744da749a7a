// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

namespace Masar {

/**
 * A year of study as a grid: one cell per day (weeks as columns, weekdays as rows), darker for
 * more minutes; days under the study-day threshold stay empty. Qt Charts has no heatmap.
 * Mirrored in right-to-left layouts (the newest week on the left).
 */
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent);

    void setData(const QHash<QDate, int> &minutesPerDay, const QDate &lastDay, int threshold);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The day under a point of the widget (null when none).
    QDate dayAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(const QDate &day) const;
    /// Width of one week's column: full size when there is room, narrower down to a minimum.
    int columnWidth() const;
    QDate firstDay() const;

    QHash<QDate, int> m_minutes;
    QDate m_last;
    int m_threshold = 15;
    int m_max = 60;
};

} // namespace Masar
