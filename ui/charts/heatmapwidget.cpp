// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapwidget.h"
#include "displaycalendar.h"

#include "document/roadmaptreemodel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Masar {

namespace {
constexpr int kWeeks = 53;
constexpr int kCell = 13;
constexpr int kGap = 2;
constexpr int kLabelWidth = 34;
constexpr int kHeader = 16;
/// Narrowest week column: a narrow window gets thinner cells, never a horizontal scroll bar.
constexpr int kMinColumn = 8;
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void HeatmapWidget::setData(const QHash<QDate, int> &minutesPerDay, const QDate &lastDay,
                            int threshold)
{
    m_minutes = minutesPerDay;
    m_last = lastDay;
    m_threshold = threshold;
    m_max = 60;
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        if (it.key() >= firstDay() && it.key() <= m_last)
            m_max = std::max(m_max, it.value());
    }
    update();
}

QSize HeatmapWidget::sizeHint() const
{
    return {kLabelWidth + kWeeks * (kCell + kGap), kHeader + 7 * (kCell + kGap)};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {kLabelWidth + kWeeks * kMinColumn, sizeHint().height()};
}

int HeatmapWidget::columnWidth() const
{
    return std::clamp((width() - kLabelWidth) / kWeeks, kMinColumn, kCell + kGap);
}

QDate HeatmapWidget::firstDay() const
{
    // 53 full weeks ending with the week of the last day (weeks start on Monday).
    const QDate lastMonday = m_last.addDays(1 - m_last.dayOfWeek());
    return lastMonday.addDays(-7 * (kWeeks - 1));
}

QRect HeatmapWidget::cellRect(const QDate &day) const
{
    const int week = int(firstDay().daysTo(day) / 7);
    const int weekday = day.dayOfWeek() - 1;
    const int column = columnWidth();
    const int left = kLabelWidth + week * column;
    QRect cell(left, kHeader + weekday * (kCell + kGap), column - kGap, kCell);
    if (layoutDirection() == Qt::RightToLeft)
        cell.moveLeft(width() - cell.right() - 1);
    return cell;
}

QDate HeatmapWidget::dayAt(const QPoint &pos) const
{
    if (!m_last.isValid())
        return {};
    for (QDate day = firstDay(); day <= m_last; day = day.addDays(1)) {
        if (cellRect(day).contains(pos))
            return day;
    }
    return {};
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    if (!m_last.isValid())
        return;
    QPainter p(this);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QColor empty = palette().color(QPalette::AlternateBase);
    const QColor full = palette().color(QPalette::Highlight);
    const QColor base = palette().color(QPalette::Base);
    const QLocale locale;
    p.setPen(palette().color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    // Weekday names for Monday, Wednesday and Friday, at the start edge.
    for (int weekday : {1, 3, 5}) {
        const QRect label(rtl ? width() - kLabelWidth : 0, kHeader + (weekday - 1) * (kCell + kGap),
                          kLabelWidth - 4, kCell);
        p.drawText(label, Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
                   locale.dayName(weekday, QLocale::ShortFormat));
    }
    int lastMonth = 0;
    for (QDate day = firstDay(); day <= m_last; day = day.addDays(1)) {
        const QRect cell = cellRect(day);
        const int dayMonth = DisplayCalendar::month(day);
        if (day.day(DisplayCalendar::calendar()) <= 7 && day.dayOfWeek() == 1 &&
            dayMonth != lastMonth) {
            lastMonth = dayMonth;
            p.setPen(palette().color(QPalette::WindowText));
            const QString month = DisplayCalendar::date(day, QStringLiteral("MMM"));
            const int w = p.fontMetrics().horizontalAdvance(month);
            p.drawText(QRect(rtl ? cell.right() - w : cell.left(), 0, w + 2, kHeader),
                       Qt::AlignVCenter, month);
        }
        const int minutes = m_minutes.value(day);
        QColor colour = empty;
        if (minutes >= m_threshold) {
            const double t = 0.3 + 0.7 * std::min(1.0, double(minutes) / m_max);
            colour = QColor::fromRgbF(base.redF() + (full.redF() - base.redF()) * t,
                                      base.greenF() + (full.greenF() - base.greenF()) * t,
                                      base.blueF() + (full.blueF() - base.blueF()) * t);
        }
        p.fillRect(cell, colour);
    }
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid()) {
            QToolTip::showText(
                help->globalPos(),
                tr("%1: %2").arg(DisplayCalendar::date(day, QLocale::LongFormat),
                                 RoadmapTreeModel::formatMinutes(m_minutes.value(day))),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Masar
