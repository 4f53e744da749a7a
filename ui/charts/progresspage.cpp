// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresspage.h"
#include "displaycalendar.h"

#include "chartscompat.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "heatmapwidget.h"
#include "icons.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace Masar {

namespace {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}

/// A chart view styled for the page: palette-following theme, locale numbers, no margins.
QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setTheme(isDark(parent) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // No card: the chart sits on the page's own background (names drawn beside a plot stay on it).
    chart->setBackgroundVisible(false);
    const QColor text = parent->palette().color(QPalette::WindowText);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(parent->palette().window());
    view->setMinimumSize(380, 260);
    return view;
}

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

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

ProgressPage::ProgressPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("ProgressPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid, 3);

    auto *heatRow = new QHBoxLayout;
    m_heatmap = new HeatmapWidget(this);
    heatRow->addWidget(m_heatmap);
    auto *heatControls = new QVBoxLayout;
    m_streaks = new QLabel(this);
    m_streaks->setWordWrap(true);
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 600);
    m_rolloverLabel = new QLabel(this);
    m_rollover = new QSpinBox(this);
    m_rollover->setRange(0, 12);
    QSettings settings;
    m_threshold->setValue(settings.value(QStringLiteral("progress/studyDayMinutes"), 15).toInt());
    m_rollover->setValue(settings.value(QStringLiteral("progress/rolloverHour"), 4).toInt());
    m_thresholdLabel->setWordWrap(true);
    m_rolloverLabel->setWordWrap(true);
    m_thresholdLabel->setBuddy(m_threshold);
    m_rolloverLabel->setBuddy(m_rollover);
    heatControls->addWidget(m_streaks);
    heatControls->addWidget(m_thresholdLabel);
    heatControls->addWidget(m_threshold);
    heatControls->addWidget(m_rolloverLabel);
    heatControls->addWidget(m_rollover);
    heatControls->addStretch(1);
    heatRow->addLayout(heatControls, 1);
    layout->addLayout(heatRow);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ProgressPage::rebuild);
    connect(document, &PlannerDocument::scheduleChanged, this, &ProgressPage::scheduleRefresh);
    connect(document->studyLog(), &StudyLog::sessionsChanged, this, &ProgressPage::scheduleRefresh);
    const auto settingChanged = [this] {
        QSettings s;
        s.setValue(QStringLiteral("progress/studyDayMinutes"), m_threshold->value());
        s.setValue(QStringLiteral("progress/rolloverHour"), m_rollover->value());
        scheduleRefresh();
    };
    connect(m_threshold, &QSpinBox::valueChanged, this, settingChanged);
    connect(m_rollover, &QSpinBox::valueChanged, this, settingChanged);
}

QList<QWidget *> ProgressPage::charts() const
{
    return m_charts;
}

void ProgressPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refresh->start();
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void ProgressPage::changeEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::LanguageChange || type == QEvent::PaletteChange ||
        type == QEvent::LayoutDirectionChange)
        scheduleRefresh();
    QWidget::changeEvent(event);
}

void ProgressPage::refreshNow()
{
    rebuild();
}

void ProgressPage::rebuild()
{
    m_dirty = false;
    ProgressStatistics::Input input;
    input.nodes = m_document->treeModel()->nodes();
    input.sessions = m_document->studyLog()->sessions();
    input.acceptedPlan = m_document->baseline();
    input.today = m_document->today();
    input.todayDue = m_document->isTodaysStudyDue();
    input.studyDayMinutes = m_threshold->value();
    input.rolloverHour = m_rollover->value();
    m_statistics = ProgressStatistics::compute(input);

    // Charts are cheap to build from a handful of series: rebuild them rather than update.
    qDeleteAll(m_cells);
    m_cells.clear();
    m_charts = {buildAreas(), buildBurnUp(), buildWeeks(), buildRadar()};
    const QStringList names{QStringLiteral("areas"), QStringLiteral("burn-up"),
                            QStringLiteral("weekly"), QStringLiteral("radar")};
    for (int i = 0; i < m_charts.size(); ++i) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        auto *save = new QToolButton(cell);
        save->setText(tr("Save as PNG…"));
        save->setIcon(Icons::themed({QStringLiteral("document-save")}));
        save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        save->setAutoRaise(true);
        QWidget *view = m_charts.at(i);
        const QString name = names.at(i);
        connect(save, &QToolButton::clicked, this, [this, view, name] { exportChart(view, name); });
        cellLayout->addWidget(save, 0, Qt::AlignTrailing);
        cellLayout->addWidget(view, 1); // the cell owns the view from here on
        m_grid->addWidget(cell, i / 2, i % 2);
        m_cells.append(cell);
    }

    const auto hours = [](int minutes) { return RoadmapTreeModel::formatMinutes(minutes); };
    QString summary =
        tr("Studied %1 in all; %2 of planned work is done, %3 skipped, %4 to go.")
            .arg(hours(m_statistics.studiedMinutes), hours(m_statistics.doneMinutes),
                 hours(m_statistics.skippedMinutes), hours(m_statistics.remainingMinutes));
    if (m_statistics.forecastFinish.isValid() && m_statistics.remainingMinutes > 0) {
        summary +=
            QLatin1Char(' ') +
            tr("At your pace of the last four weeks (%1 a day) you finish on %2.")
                .arg(hours(int(std::lround(m_statistics.recentMinutesPerDay))),
                     DisplayCalendar::date(m_statistics.forecastFinish, QLocale::LongFormat));
    } else if (m_statistics.remainingMinutes > 0) {
        summary += QLatin1Char(' ') + tr("Log some study to see when you will finish.");
    }
    m_summary->setText(summary);

    m_heatmap->setData(m_statistics.minutesPerDay, input.today, input.studyDayMinutes);
    m_streaks->setText(tr("Current streak: %Ln day(s)", nullptr, m_statistics.currentStreak) +
                       QLatin1Char('\n') +
                       tr("Longest streak: %Ln day(s)", nullptr, m_statistics.longestStreak) +
                       QLatin1Char('\n') + tr("Study days: %Ln", nullptr, m_statistics.studyDays));
    m_thresholdLabel->setText(tr("A study day has at least (minutes):"));
    m_rolloverLabel->setText(tr("A day ends at (hour, for late-night study):"));
    m_heatmap->setAccessibleName(tr("Study days of the last year"));
}

QWidget *ProgressPage::buildAreas()
{
    auto *done = new QBarSet(tr("Done"));
    auto *skipped = new QBarSet(tr("Skipped"));
    auto *remaining = new QBarSet(tr("To do"));
    QStringList categories;
    for (const ProgressStatistics::Area &area : m_statistics.areas) {
        const double total = std::max(1, area.plannedMinutes);
        categories.append(CompetencyAreas::displayName(area.area));
        // Whole percentages: the labels stay short, and the sum stays 100.
        const int donePercent = qRound(100.0 * area.doneMinutes / total);
        const int skippedPercent = qRound(100.0 * area.skippedMinutes / total);
        *done << donePercent;
        *skipped << skippedPercent;
        *remaining << std::max(0, 100 - donePercent - skippedPercent);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({done, skipped, remaining});
    // No per-segment labels: a to-do segment labelled "100%" read as 100% done. Each bar says
    // instead what a learner asks: how much is done and how much is left.
    series->setLabelsVisible(false);
    series->setBarWidth(0.8);
    m_areaSummaries.clear();
    for (const ProgressStatistics::Area &area : m_statistics.areas) {
        const int percent = qRound(100.0 * area.completion());
        m_areaSummaries.append(
            tr("%1 done · %2 to go")
                .arg(QLocale().toString(percent) + QString(QLocale().percent()),
                     RoadmapTreeModel::formatMinutes(std::max(
                         0, area.plannedMinutes - area.doneMinutes - area.skippedMinutes))));
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Completion per competency area"));
    // The area names are drawn by the page, not by a category axis: Qt Charts 5.15 elides Arabic
    // axis labels to nothing. A plain value axis keeps the bars at 0 … n-1.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *axisY = new QValueAxis;
    axisY->setRange(-0.5, categories.size() - 0.5);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    axisY->setTickCount(2);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("%"));
    axisX->setReverse(layoutDirection() == Qt::RightToLeft);
    chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    int labelWidth = 0;
    QList<QGraphicsSimpleTextItem *> names;
    for (const QString &category : std::as_const(categories)) {
        auto *name = new QGraphicsSimpleTextItem(category, chart);
        name->setBrush(palette().color(QPalette::WindowText));
        names.append(name);
        labelWidth = std::max(labelWidth, int(name->boundingRect().width()));
    }
    QList<QGraphicsSimpleTextItem *> summaries;
    for (const QString &summary : std::as_const(m_areaSummaries)) {
        auto *text = new QGraphicsSimpleTextItem(summary, chart);
        text->setBrush(palette().color(QPalette::WindowText));
        text->setZValue(10); // over the bars
        summaries.append(text);
    }
    // Room for the names at the start edge, outside the plot.
    chart->layout()->setContentsMargins(rtl ? 0 : labelWidth + 12, 0, rtl ? labelWidth + 12 : 0, 0);
    // Keep each name beside its bar whenever the plot area moves (resizes, theme changes).
    connect(chart, &QChart::plotAreaChanged, chart,
            [chart, names, summaries, rtl](const QRectF &plot) {
                for (int i = 0; i < names.size(); ++i) {
                    QGraphicsSimpleTextItem *name = names.at(i);
                    const QRectF box = name->boundingRect();
                    const double y = chart->mapToPosition(QPointF(0, i)).y() - box.height() / 2;
                    name->setPos(rtl ? plot.right() + 8 : plot.left() - 8 - box.width(), y);
                    if (i < summaries.size()) {
                        QGraphicsSimpleTextItem *summary = summaries.at(i);
                        const QRectF text = summary->boundingRect();
                        summary->setPos(plot.center().x() - text.width() / 2,
                                        y + (box.height() - text.height()) / 2);
                    }
                }
            });
    series->attachAxis(axisX);
    const QList<ProgressStatistics::Area> areas = m_statistics.areas;
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [areas](bool status, int index, QBarSet *set) {
                if (!status || index < 0 || index >= areas.size())
                    return;
                const auto &a = areas.at(index);
                showTip(tr("%1 — %2: %3 of %4 planned (%5 done)")
                            .arg(CompetencyAreas::displayName(a.area), set->label(),
                                 RoadmapTreeModel::formatMinutes(
                                     set->label() == tr("Done") ? a.doneMinutes
                                     : set->label() == tr("Skipped")
                                         ? a.skippedMinutes
                                         : a.plannedMinutes - a.doneMinutes - a.skippedMinutes),
                                 RoadmapTreeModel::formatMinutes(a.plannedMinutes),
                                 QLocale().toString(100.0 * a.completion(), 'f', 0) +
                                     QLatin1Char('%')));
            });
    QChartView *view = makeView(chart, this);
    // A bar tall enough for the line it carries.
    view->setMinimumHeight(std::max(260, 30 * int(categories.size()) + 130));
    // After the theme: done a clear green, skipped grey, to do a light track that the summary
    // reads well on, in light and dark.
    const bool dark = isDark(this);
    const QColor doneColour = dark ? QColor(0x4c, 0xaf, 0x6a) : QColor(0x5c, 0xb8, 0x75);
    const QColor skippedColour = dark ? QColor(0x5a, 0x5f, 0x66) : QColor(0xb8, 0xbc, 0xc2);
    const QColor toDoColour = dark ? QColor(0x2c, 0x3a, 0x4a) : QColor(0xdd, 0xe7, 0xf2);
    for (const auto &[set, colour] :
         {std::pair{done, doneColour}, {skipped, skippedColour}, {remaining, toDoColour}}) {
        set->setColor(colour);
        set->setBorderColor(colour.darker(dark ? 80 : 115));
    }
    QStringList described;
    for (int i = 0; i < m_areaSummaries.size(); ++i)
        described.append(categories.at(i) + QLatin1String(": ") + m_areaSummaries.at(i));
    view->setAccessibleDescription(described.join(QLatin1String("; ")));
    return view;
}

namespace {

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
            showTip(gregorian.isEmpty() ? tr("%1, %2: %3 h")
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
    return makeView(chart, this);
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
            showTip(tr("Week of %1 — %2: %3 h")
                        .arg(labels.at(index), set->label(),
                             QLocale().toString(set->at(index), 'f', 1)));
    });
    return makeView(chart, this);
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
    return makeView(chart, this);
}

void ProgressPage::exportChart(QWidget *view, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Chart as PNG"), name + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!view->grab().save(path, "PNG"))
        emit m_document->errorOccurred(tr("The picture could not be written to %1.").arg(path));
}

} // namespace Masar
