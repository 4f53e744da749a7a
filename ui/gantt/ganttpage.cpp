// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttpage.h"

#include "displaycalendar.h"
#include "emptystate.h"
#include "icons.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "ganttrowmodel.h"
#include "gantttimeline.h"
#include "gantttreeview.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Masar {

GanttPage::GanttPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("GanttPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_scale = new QComboBox(m_toolBar);
    m_toolBar->addWidget(m_scale);
    m_today = m_toolBar->addAction(QString());
    m_replan = m_toolBar->addAction(QString());
    m_studyTime = m_toolBar->addAction(QString());
    auto *exportMenu = new QMenu(this);
    m_pngWhole = exportMenu->addAction(QString(), this, [this] { exportImage(true); });
    m_pngVisible = exportMenu->addAction(QString(), this, [this] { exportImage(false); });
    exportMenu->addSeparator();
    m_pdfWhole = exportMenu->addAction(QString(), this, [this] { exportPdf(true); });
    m_pdfVisible = exportMenu->addAction(QString(), this, [this] { exportPdf(false); });
    m_export = m_toolBar->addAction(QString());
    m_export->setMenu(exportMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_export)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_print = m_toolBar->addAction(QString(), this, &GanttPage::print);
    m_print->setShortcut(QKeySequence::Print);
    m_today->setIcon(Icons::themed({QStringLiteral("go-jump-today")}));
    m_replan->setIcon(Icons::themed(
        {QStringLiteral("view-calendar-upcoming-days"), QStringLiteral("view-refresh")}));
    m_studyTime->setIcon(
        Icons::themed({QStringLiteral("clock"), QStringLiteral("preferences-system-time")}));
    m_export->setIcon(Icons::themed({QStringLiteral("document-export")}));
    m_print->setIcon(Icons::themed({QStringLiteral("document-print")}));
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_print);
    layout->addWidget(m_toolBar);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new GanttTreeView(document->treeModel(), 1, m_splitter);
    m_tree->setObjectName(QStringLiteral("ganttTree"));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int column = 1; column < RoadmapTreeModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, column != RoadmapTreeModel::EffortColumn);
    QHeaderView *header = m_tree->horizontalHeader();
    header->setSectionResizeMode(RoadmapTreeModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(RoadmapTreeModel::EffortColumn, 90);
    // Room for the timeline's two header tiers.
    header->setMinimumHeight(2 * fontMetrics().height() + 8);

    auto *timelineBox = new QWidget(m_splitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    auto *horizontal = new QScrollBar(Qt::Horizontal, timelineBox);
    m_timeline = new GanttTimeline(document, m_tree, horizontal, timelineBox);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(horizontal);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(timelineBox);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 900});
    // Until the learner moves the divider, the outline takes a share of the width: its titles
    // are cut less on a wide screen, and the timeline keeps most of a narrow one.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });
    layout->addWidget(m_splitter, 1);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(8, 2, 8, 4);
    layout->addWidget(m_legend);

    connect(m_scale, &QComboBox::activated, this,
            [this](int index) { m_timeline->setScale(GanttScene::Scale(index)); });
    connect(m_timeline, &GanttTimeline::scaleChanged, this,
            [this](GanttScene::Scale scale) { m_scale->setCurrentIndex(int(scale)); });
    connect(m_today, &QAction::triggered, this,
            [this] { m_timeline->scrollToDate(m_document->today()); });
    connect(m_replan, &QAction::triggered, this, [this] {
        if (Status accepted = m_document->acceptPlan(); !accepted)
            emit m_document->errorOccurred(accepted.error());
    });
    connect(m_studyTime, &QAction::triggered, this, &GanttPage::editStudyTime);
    connect(m_timeline, &GanttTimeline::nodeActivated, this, &GanttPage::showDetails);
    m_empty = new EmptyState(m_tree);
    m_empty->button()->setIcon(
        Icons::themed({QStringLiteral("view-list-tree"), QStringLiteral("view-list-details")}));
    connect(m_empty->button(), &QPushButton::clicked, this, [this] { emit showDetails(0); });
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit showDetails(m_tree->rows()->idAt(index.row()));
    });
    connect(document, &PlannerDocument::scheduleChanged, this, &GanttPage::updateSummary);
    connect(document, &PlannerDocument::currentRoadmapChanged, this, [this] {
        m_tree->expandToDepth(1);
        m_timeline->scrollToDate(m_document->today());
    });
    retranslateUi();
    m_timeline->scrollToDate(m_document->today());
}

QList<QAction *> GanttPage::actions() const
{
    return {m_today, m_replan, m_studyTime};
}

void GanttPage::retranslateUi()
{
    m_empty->setText(tr("Nothing to plan yet: this roadmap has no items. Add them on the Roadmap "
                        "page, or import a roadmap from the File menu."));
    m_empty->button()->setText(tr("Open the Roadmap"));
    const int scale = int(m_timeline->scene().scale());
    m_scale->clear();
    m_scale->addItems({tr("Days"), tr("Weeks"), tr("Months"), tr("Quarters")});
    m_scale->setCurrentIndex(scale);
    m_scale->setToolTip(tr("Zoom (Ctrl+wheel over the calendar)"));
    m_scale->setAccessibleName(tr("Zoom"));
    m_today->setText(tr("Go to &Today"));
    m_replan->setText(tr("&Re-plan from Today"));
    m_replan->setToolTip(tr("Accept the current plan; the calendar then shows drift against it"));
    m_studyTime->setText(tr("&Study Time…"));
    m_export->setText(tr("&Export"));
    m_pngWhole->setText(tr("Whole Plan as &PNG…"));
    m_pngVisible->setText(tr("Visible Part as P&NG…"));
    m_pdfWhole->setText(tr("Whole Plan as P&DF…"));
    m_pdfVisible->setText(tr("Visible Part as PD&F…"));
    m_print->setText(tr("&Print…"));
    m_tree->setAccessibleName(tr("Roadmap items"));
    m_timeline->setAccessibleName(tr("Study calendar"));
    QStringList legend;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (CompetencyArea area : CompetencyAreas::all()) {
        legend.append(QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                          .arg(GanttScene::areaColor(area, dark).name(),
                               CompetencyAreas::displayName(area).toHtmlEscaped()));
    }
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    updateSummary();
}

void GanttPage::updateSummary()
{
    if (!m_document->isPlanComplete())
        return; // again when it is (scheduleChanged)
    if (!m_document->scheduleError().isEmpty()) {
        m_summary->setText(tr("No plan can be made: %1").arg(m_document->scheduleError()));
        return;
    }
    const Schedule &schedule = m_document->schedule();
    QStringList parts;
    parts.append(tr("Finish: %1").arg(DisplayCalendar::date(schedule.finish, QLocale::LongFormat)));
    const QDate accepted = m_document->baselineFinish();
    if (accepted.isValid() && accepted != schedule.finish) {
        const qint64 days = accepted.daysTo(schedule.finish);
        parts.append(days > 0
                         ? tr("%Ln day(s) later than the accepted plan", nullptr, int(days))
                         : tr("%Ln day(s) earlier than the accepted plan", nullptr, int(-days)));
    }
    const QDate target = m_document->availability().targetDate;
    if (target.isValid()) {
        parts.append(
            schedule.targetMet ? tr("the target date %1 is met").arg(DisplayCalendar::date(target))
            : schedule.weeklyHoursForTarget > 0
                ? tr("the target date %1 is missed: about %2 h a week would meet it")
                      .arg(DisplayCalendar::date(target))
                      .arg(schedule.weeklyHoursForTarget)
                : tr("the target date %1 cannot be met").arg(DisplayCalendar::date(target)));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void GanttPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

GanttExporter::Range GanttPage::visibleRange() const
{
    GanttExporter::Range range;
    for (const GanttScene::Row &row : m_timeline->visibleRows())
        range.rows.append(row.id);
    const bool rtl = m_timeline->layoutDirection() == Qt::RightToLeft;
    const int width = m_timeline->width();
    const int offset = m_timeline->horizontalOffset();
    const QDate a = m_timeline->scene().dateAt(0, offset, width, rtl);
    const QDate b = m_timeline->scene().dateAt(width, offset, width, rtl);
    range.from = std::min(a, b);
    range.to = std::max(a, b);
    return range;
}

void GanttPage::exportImage(bool whole)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Calendar as PNG"),
                                                      QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const GanttExporter exporter(m_document, m_timeline->scene(),
                                 layoutDirection() == Qt::RightToLeft, palette());
    auto image = exporter.image(whole ? exporter.wholePlan() : visibleRange());
    if (!image) {
        emit m_document->errorOccurred(image.error());
        return;
    }
    if (!image->save(path, "PNG"))
        emit m_document->errorOccurred(tr("The picture could not be written to %1.").arg(path));
}

void GanttPage::exportPdf(bool whole)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Calendar as PDF"),
                                                      QString(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setTitle(m_document->currentRoadmap().title(QLocale().name().left(2)));
    const GanttExporter exporter(m_document, m_timeline->scene(),
                                 layoutDirection() == Qt::RightToLeft, palette());
    if (Status written = exporter.paint(&writer, whole ? exporter.wholePlan() : visibleRange());
        !written)
        emit m_document->errorOccurred(written.error());
}

void GanttPage::print()
{
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GanttExporter exporter(m_document, m_timeline->scene(),
                                 layoutDirection() == Qt::RightToLeft, palette());
    if (Status printed = exporter.paint(&printer, exporter.wholePlan()); !printed)
        emit m_document->errorOccurred(printed.error());
}

QByteArray GanttPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << int(m_timeline->scene().scale());
    return state;
}

void GanttPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_dividerMoved)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int outline = std::clamp(total * 28 / 100, 300, 520);
    m_splitter->setSizes({outline, total - outline});
}

void GanttPage::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    QByteArray splitter;
    int scale = int(GanttScene::Scale::Week);
    stream >> splitter >> scale;
    m_dividerMoved = m_splitter->restoreState(splitter) || m_dividerMoved;
    m_timeline->setScale(GanttScene::Scale(std::clamp(scale, 0, 3)));
}

} // namespace Masar
