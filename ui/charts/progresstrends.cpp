// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress page's charts over time: hours planned, studied and forecast; hours per week; the
// areas' radar.
#include "progresspage.h"

#include "displaycalendar.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "progresscharts.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Masar {

namespace {

double msecs(const QDate &date)
{
    return double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

/// Chart points in one go (appending point by point redraws the series each time), thinned to
/// what a chart's width can show: years of daily points become a few hundred, the last kept.
QList<QPointF> points(const QList<QPair<QDate, double>> &values)
{
    constexpr int kMaxPoints = 400;
    const qsizetype step = std::max<qsizetype>(1, values.size() / kMaxPoints);
    QList<QPointF> result;
    result.reserve(values.size() / step + 1);
    for (qsizetype i = 0; i < values.size(); i += step)
        result.append({msecs(values.at(i).first), values.at(i).second});
    if (!values.isEmpty() && (values.size() - 1) % step != 0)
        result.append({msecs(values.constLast().first), values.constLast().second});
    return result;
}

/// Labels `axis` (milliseconds since the epoch) at the starts of months between `from` and `to`.
void labelMonths(QCategoryAxis *axis, const QDate &from, const QDate &to)
{
    // About six labels, at the starts of months of the display calendar.
    int months = 0;
    for (QDate d = DisplayCalendar::firstOfMonth(from); d <= to && months < 10000;
         d = DisplayCalendar::addMonths(d, 1))
        ++months;
    const int step = std::max(1, (months + 5) / 6);
    QDate mark = DisplayCalendar::firstOfMonth(from);
    if (mark < from)
        mark = DisplayCalendar::addMonths(mark, 1);
    for (; mark <= to; mark = DisplayCalendar::addMonths(mark, step)) {
        axis->append(DisplayCalendar::date(mark, QStringLiteral("MMM yy")),
                     double(QDateTime(mark, QTime(0, 0)).toMSecsSinceEpoch()));
    }
}

} // namespace

QWidget *ProgressPage::buildBurnUp()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Hours: planned, studied and forecast"));
    auto *planned = new QLineSeries;
    planned->setName(tr("Planned"));
    planned->replace(points(m_statistics.plannedCumulative));
    auto *actual = new QLineSeries;
    actual->setName(tr("Studied"));
    actual->replace(points(m_statistics.actualCumulative));
    auto *forecast = new QLineSeries;
    forecast->setName(tr("Forecast"));
    forecast->replace(points(m_statistics.forecast));
    QPen dashed = forecast->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    forecast->setPen(dashed);
    // Months labelled in the display calendar (Gregorian or Hijri) and the learner's digits:
    // Qt Charts' own date axis knows only the Gregorian calendar.
    auto *axisX = new QCategoryAxis;
    axisX->setObjectName(QStringLiteral("timeAxis"));
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setReverse(layoutDirection() == Qt::RightToLeft);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("hours"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    double maxHours = 1.0;
    QDateTime first = QDateTime(m_document->today(), QTime(0, 0));
    QDateTime last = first.addDays(30);
    for (QLineSeries *series : {planned, actual, forecast}) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        for (const QPointF &p : series->points()) {
            maxHours = std::max(maxHours, p.y());
            first = std::min(first, QDateTime::fromMSecsSinceEpoch(qint64(p.x())));
            last = std::max(last, QDateTime::fromMSecsSinceEpoch(qint64(p.x())));
        }
        connect(series, &QLineSeries::hovered, this, [series](const QPointF &point, bool state) {
            if (!state)
                return;
            const QLocale locale;
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            const QString gregorian = DisplayCalendar::gregorian(day); // beside a Hijri date
            ProgressCharts::showTip(gregorian.isEmpty()
                                        ? tr("%1, %2: %3 h")
                                              .arg(series->name(), DisplayCalendar::date(day),
                                                   locale.toString(point.y(), 'f', 1))
                                        : tr("%1, %2 (%3): %4 h")
                                              .arg(series->name(), DisplayCalendar::date(day),
                                                   gregorian, locale.toString(point.y(), 'f', 1)));
        });
    }
    axisX->setRange(double(first.toMSecsSinceEpoch()), double(last.toMSecsSinceEpoch()));
    labelMonths(axisX, first.date(), last.date());
    axisY->setRange(0, maxHours * 1.05);
    return ProgressCharts::makeView(chart, this);
}

QWidget *ProgressPage::buildWeeks()
{
    auto *planned = new QBarSet(tr("Planned"));
    auto *studied = new QBarSet(tr("Studied"));
    QStringList labels;
    const QList<ProgressStatistics::Week> weeks = m_statistics.weeks;
    double maxHours = 1.0;
    for (const ProgressStatistics::Week &w : std::as_const(weeks)) {
        labels.append(DisplayCalendar::date(w.monday, QStringLiteral("d/M")));
        *planned << w.plannedMinutes / 60.0;
        *studied << w.actualMinutes / 60.0;
        maxHours = std::max({maxHours, w.plannedMinutes / 60.0, w.actualMinutes / 60.0});
    }
    auto *series = new QBarSeries;
    series->append({planned, studied});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Hours per week, the last %Ln week(s)", nullptr, int(weeks.size())));
    // Every other week is dated, each date in the room of two weeks: twelve dates under a
    // chart of half the window were each cut to "…" (Qt 5's axes cannot be told not to).
    auto *axisX = new QCategoryAxis;
    axisX->setObjectName(QStringLiteral("weekAxis"));
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, labels.size() - 0.5);
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    axisX->setReverse(rightToLeft); // time runs from right to left
    axisX->setStartValue(-1);       // a label's value must lie above the start: week 0 too
    // The latest week is dated; reversed, Qt Charts leaves out the label at the range's end,
    // so there the week before it is.
    const int dated = int(labels.size()) - (rightToLeft ? 2 : 1);
    for (int i = 0; i < labels.size(); ++i) {
        if ((dated - i) % 2 == 0)
            axisX->append(labels.at(i), i);
    }
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maxHours * 1.1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("hours"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    connect(series, &QBarSeries::hovered, this, [labels](bool status, int index, QBarSet *set) {
        if (status && index >= 0 && index < labels.size())
            ProgressCharts::showTip(tr("Week of %1 — %2: %3 h")
                                        .arg(labels.at(index), set->label(),
                                             QLocale().toString(set->at(index), 'f', 1)));
    });
    return ProgressCharts::makeView(chart, this);
}

QWidget *ProgressPage::buildRadar()
{
    auto *chart = new QPolarChart;
    chart->setTitle(tr("Competency radar (% done)"));
    auto *series = new QLineSeries;
    series->setName(tr("Done"));
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int count = int(m_statistics.areas.size());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (int k = 0; k < count; ++k) {
        // Clockwise in English; in Arabic the areas follow each other counter-clockwise.
        const int i = (rtl && k > 0) ? count - k : k;
        const auto &area = m_statistics.areas.at(i);
        const double angle = 360.0 * k / std::max(1, count);
        angular->append(CompetencyAreas::displayName(area.area), angle);
        series->append(angle, 100.0 * area.completion());
    }
    if (count > 0)
        series->append(360.0, 100.0 * m_statistics.areas.constFirst().completion());
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setLabelFormat(QStringLiteral("%.0f"));
    radial->setTickCount(5);
    QFont small = angular->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    angular->setLabelsFont(small);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    chart->addSeries(series);
    series->attachAxis(angular);
    series->attachAxis(radial);
    chart->legend()->hide();
    return ProgressCharts::makeView(chart, this);
}

} // namespace Masar
