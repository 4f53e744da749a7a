// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresspage.h"
#include "displaycalendar.h"

#include "chartaccessible.h"
#include "chartscompat.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "heatmapwidget.h"
#include "icons.h"
#include "progresscharts.h"

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
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace Masar {

ProgressPage::ProgressPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("ProgressPage"));
    ChartAccessible::install(); // before the first chart view: they announce themselves as charts
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // Nothing studied yet: what to do, and the button that does it.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("progressEmpty"));
    auto *emptyRow = new QHBoxLayout(m_empty);
    emptyRow->setContentsMargins(0, 0, 0, 0);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setWordWrap(true);
    m_emptyButton =
        new QPushButton(Icons::themed({QStringLiteral("list-add")}), QString(), m_empty);
    connect(m_emptyButton, &QPushButton::clicked, this, &ProgressPage::logStudyRequested);
    emptyRow->addWidget(m_emptyText, 1);
    emptyRow->addWidget(m_emptyButton);
    m_empty->hide();
    layout->addWidget(m_empty);
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
    for (QSpinBox *box : {m_threshold, m_rollover})
        box->setMaximumWidth(10 * fontMetrics().averageCharWidth() + 40);
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

void ProgressPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
}

void ProgressPage::arrangeCharts()
{
    // Two charts side by side where each gets room for its labels; in a narrower window the
    // areas (long names and bar labels) and the radar take the whole width, one per row.
    const int wide = width() >= 1400 ? 1 : 0;
    if (wide == m_wide || m_cells.size() != 4)
        return;
    m_wide = wide;
    for (QWidget *cell : std::as_const(m_cells))
        m_grid->removeWidget(cell);
    for (int row = 0; row < 3; ++row)
        m_grid->setRowStretch(row, 0);
    if (wide) {
        for (int i = 0; i < 4; ++i)
            m_grid->addWidget(m_cells.at(i), i / 2, i % 2);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
    } else {
        m_grid->addWidget(m_cells.at(0), 0, 0, 1, 2);
        m_grid->addWidget(m_cells.at(1), 1, 0);
        m_grid->addWidget(m_cells.at(2), 1, 1);
        m_grid->addWidget(m_cells.at(3), 2, 0, 1, 2);
        for (int row = 0; row < 3; ++row)
            m_grid->setRowStretch(row, 1);
    }
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
        // Four such buttons: each says which chart it saves.
        if (auto *chartView = qobject_cast<QChartView *>(view)) {
            const QString saves =
                tr("Save \u201c%1\u201d as PNG…").arg(chartView->chart()->title());
            save->setAccessibleName(saves);
            save->setToolTip(saves);
        }
        connect(save, &QToolButton::clicked, this, [this, view, name] { exportChart(view, name); });
        cellLayout->addWidget(save, 0, Qt::AlignTrailing);
        cellLayout->addWidget(view, 1); // the cell owns the view from here on
        m_cells.append(cell);
    }
    m_wide = -1;
    arrangeCharts();

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
    m_emptyText->setText(tr("Nothing studied yet. The charts fill in as you log study, and the "
                            "finish date follows your pace."));
    m_emptyButton->setText(tr("Log Study…"));
    m_empty->setVisible(input.sessions.isEmpty());

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
    connect(
        series, &QHorizontalStackedBarSeries::hovered, this,
        [areas](bool status, int index, QBarSet *set) {
            if (!status || index < 0 || index >= areas.size())
                return;
            const auto &a = areas.at(index);
            ProgressCharts::showTip(
                tr("%1 — %2: %3 of %4 planned (%5 done)")
                    .arg(CompetencyAreas::displayName(a.area), set->label(),
                         RoadmapTreeModel::formatMinutes(set->label() == tr("Done") ? a.doneMinutes
                                                         : set->label() == tr("Skipped")
                                                             ? a.skippedMinutes
                                                             : a.plannedMinutes - a.doneMinutes -
                                                                   a.skippedMinutes),
                         RoadmapTreeModel::formatMinutes(a.plannedMinutes),
                         QLocale().toString(100.0 * a.completion(), 'f', 0) + QLatin1Char('%')));
        });
    QChartView *view = ProgressCharts::makeView(chart, this);
    // A bar tall enough for the line it carries.
    view->setMinimumHeight(std::max(260, 30 * int(categories.size()) + 130));
    // After the theme: done a clear green, skipped grey, to do a light track that the summary
    // reads well on, in light and dark.
    const bool dark = ProgressCharts::isDark(this);
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
