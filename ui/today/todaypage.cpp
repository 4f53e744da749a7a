// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaypage.h"
#include "displaycalendar.h"
#include "emptystate.h"
#include "icons.h"

#include "dialogs/sessiondialog.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "model/leafscope.h"
#include "schedule/progressstatistics.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Masar {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget *list(int columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < columns; ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}
} // namespace

TodayPage::TodayPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("TodayPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_date = heading(this);
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_date->setFont(big);
    m_standing = new QLabel(this);
    m_standing->setWordWrap(true);
    m_replan = new QPushButton(this);
    m_replan->setIcon(Icons::themed(
        {QStringLiteral("view-calendar-upcoming-days"), QStringLiteral("view-refresh")}));
    top->addWidget(m_date);
    top->addWidget(m_standing, 1);
    top->addWidget(m_replan);
    layout->addLayout(top);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_planTitle = heading(this);
    m_plan = list(3, this);
    auto *status = new QHBoxLayout;
    m_markDone = new QPushButton(this);
    m_markDone->setIcon(Icons::status(RoadmapNode::Status::Done));
    m_markInProgress = new QPushButton(this);
    m_markInProgress->setIcon(Icons::status(RoadmapNode::Status::InProgress));
    m_markSkipped = new QPushButton(this);
    m_markSkipped->setIcon(Icons::status(RoadmapNode::Status::Skipped));
    status->addWidget(m_markDone);
    status->addWidget(m_markInProgress);
    status->addWidget(m_markSkipped);
    status->addStretch(1);
    m_overdueTitle = heading(this);
    m_overdue = list(2, this);
    left->addWidget(m_planTitle);
    left->addWidget(m_plan, 2);
    left->addLayout(status);
    left->addWidget(m_overdueTitle);
    left->addWidget(m_overdue, 1);

    auto *right = new QVBoxLayout;
    m_timerTitle = heading(this);
    m_timerNode = new QComboBox(this);
    m_timerMode = new QComboBox(this);
    // Long roadmap titles must not widen the window.
    for (QComboBox *combo : {m_timerNode, m_timerMode}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_clock = new QLabel(this);
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 3);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_clock->setAlignment(Qt::AlignCenter);
    m_start = new QPushButton(this);
    m_start->setIcon(Icons::themed(
        {QStringLiteral("chronometer-start"), QStringLiteral("media-playback-start")}));
    m_pause = new QPushButton(this);
    m_pause->setIcon(Icons::themed({QStringLiteral("media-playback-pause")}));
    m_stop = new QPushButton(this);
    m_stop->setIcon(Icons::themed({QStringLiteral("media-playback-stop")}));
    m_discard = new QPushButton(this);
    m_discard->setIcon(Icons::themed({QStringLiteral("edit-clear")}));
    auto *timerButtons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_pause, m_stop, m_discard})
        timerButtons->addWidget(b);
    m_logTitle = heading(this);
    m_sessions = list(4, this);
    auto *logButtons = new QHBoxLayout;
    m_log = new QPushButton(this);
    m_log->setIcon(Icons::themed({QStringLiteral("list-add")}));
    m_edit = new QPushButton(this);
    m_edit->setIcon(Icons::themed({QStringLiteral("document-edit")}));
    m_delete = new QPushButton(this);
    m_delete->setIcon(Icons::themed({QStringLiteral("edit-delete")}));
    logButtons->addWidget(m_log);
    logButtons->addWidget(m_edit);
    logButtons->addWidget(m_delete);
    logButtons->addStretch(1);
    right->addWidget(m_timerTitle);
    right->addWidget(m_timerNode);
    right->addWidget(m_timerMode);
    right->addWidget(m_clock);
    right->addLayout(timerButtons);
    right->addSpacing(12);
    right->addWidget(m_logTitle);
    right->addWidget(m_sessions, 1);
    right->addLayout(logButtons);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    m_ticker = new QTimer(this);
    m_dueTimer = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TodayPage::tick);

    StudyLog *log = document->studyLog();
    connect(m_replan, &QPushButton::clicked, this, [this] {
        if (Status accepted = m_document->acceptPlan(); !accepted)
            emit m_document->errorOccurred(accepted.error());
    });
    const auto mark = [this](RoadmapNode::Status status) {
        if (const qint64 id = selectedPlanNode())
            m_document->setStatus({id}, status);
    };
    connect(m_markDone, &QPushButton::clicked, this, [mark] { mark(RoadmapNode::Status::Done); });
    connect(m_markInProgress, &QPushButton::clicked, this,
            [mark] { mark(RoadmapNode::Status::InProgress); });
    connect(m_markSkipped, &QPushButton::clicked, this,
            [mark] { mark(RoadmapNode::Status::Skipped); });
    connect(m_plan, &QTreeWidget::currentItemChanged, this, [this] {
        const int index = m_timerNode->findData(selectedPlanNode());
        if (index >= 0 && !m_document->studyLog()->isTimerRunning())
            m_timerNode->setCurrentIndex(index);
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        const int focus = m_timerMode->currentData().toInt();
        if (Status started = m_document->studyLog()->startTimer(
                m_timerNode->currentData().toLongLong(), focus, QDateTime::currentDateTime());
            !started)
            emit m_document->errorOccurred(started.error());
        m_focusAnnounced = false;
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        StudyLog *log = m_document->studyLog();
        const QDateTime now = QDateTime::currentDateTime();
        Status done = log->isTimerPaused() ? log->resumeTimer(now) : log->pauseTimer(now);
        if (!done)
            emit m_document->errorOccurred(done.error());
    });
    connect(m_stop, &QPushButton::clicked, this,
            [this] { m_document->studyLog()->stopTimer(QDateTime::currentDateTime()); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (Status discarded = m_document->studyLog()->discardTimer(); !discarded)
            emit m_document->errorOccurred(discarded.error());
    });
    connect(m_log, &QPushButton::clicked, this, &TodayPage::logStudy);
    // Lists with nothing in them say what to do.
    m_planEmpty = new EmptyState(m_plan);
    connect(m_planEmpty->button(), &QPushButton::clicked, this, &TodayPage::logStudy);
    m_overdueEmpty = new EmptyState(m_overdue);
    m_planEmpty->button()->setIcon(Icons::themed({QStringLiteral("list-add")}));
    m_sessionsEmpty = new EmptyState(m_sessions);
    m_sessionsEmpty->button()->setIcon(Icons::themed({QStringLiteral("list-add")}));
    connect(m_sessionsEmpty->button(), &QPushButton::clicked, this, &TodayPage::logStudy);
    connect(m_edit, &QPushButton::clicked, this, &TodayPage::editSession);
    connect(m_sessions, &QTreeWidget::itemDoubleClicked, this, &TodayPage::editSession);
    connect(m_delete, &QPushButton::clicked, this, &TodayPage::deleteSession);
    connect(document, &PlannerDocument::scheduleChanged, this, &TodayPage::refresh);
    m_dueTimer->setSingleShot(true);
    connect(m_dueTimer, &QTimer::timeout, this, &TodayPage::refresh);
    connect(log, &StudyLog::sessionsChanged, this, &TodayPage::refreshSessions);
    connect(log, &StudyLog::timerChanged, this, &TodayPage::refreshTimer);
    connect(log, &StudyLog::notice, this, &TodayPage::message);
    retranslateUi();
}

void TodayPage::retranslateUi()
{
    m_replan->setText(tr("&Re-plan from Today"));
    m_planTitle->setText(tr("Today's plan"));
    m_plan->setHeaderLabels({tr("Item"), tr("Time"), tr("Why now")});
    m_plan->setAccessibleName(tr("Today's plan"));
    m_markDone->setText(tr("Mark &Done"));
    m_markInProgress->setText(tr("Mark In &Progress"));
    m_markSkipped->setText(tr("Mark S&kipped"));
    m_overdueTitle->setText(tr("Overdue"));
    m_overdue->setHeaderLabels({tr("Item"), tr("Planned to end")});
    m_overdue->setAccessibleName(tr("Overdue items"));
    m_timerTitle->setText(tr("Focus timer"));
    m_timerNode->setAccessibleName(tr("Item to study"));
    m_timerMode->setAccessibleName(tr("Timer length"));
    const int mode = std::max(0, m_timerMode->currentIndex());
    m_timerMode->clear();
    m_timerMode->addItem(tr("Pomodoro: 25 min focus, 5 min break"), 25);
    m_timerMode->addItem(tr("Long focus: 50 min, 10 min break"), 50);
    m_timerMode->addItem(tr("Free: no set length"), 0);
    m_timerMode->setCurrentIndex(mode);
    // Mnemonics of their own: Alt+S is the Settings menu's, Alt+E the Edit menu's, Alt+L
    // Log Study's, Alt+P Mark In Progress's, Alt+R Re-plan's.
    m_start->setText(tr("St&art"));
    m_stop->setText(tr("S&top and Log"));
    m_discard->setText(tr("Discard"));
    m_logTitle->setText(tr("Study log"));
    m_sessions->setHeaderLabels({tr("Item"), tr("Date"), tr("Time"), tr("Source")});
    m_sessions->setAccessibleName(tr("Study log"));
    m_log->setText(tr("&Log Study…"));
    m_edit->setText(tr("Ed&it…"));
    m_delete->setText(tr("Delete"));
    m_planEmpty->button()->setText(tr("Log Study…"));
    m_overdueEmpty->setText(tr("Nothing is overdue."));
    m_sessionsEmpty->setText(tr("No study logged yet. Start the focus timer above, or log time "
                                "you studied away from the computer."));
    m_sessionsEmpty->button()->setText(tr("Log Study…"));
    refresh();
    refreshSessions();
    refreshTimer();
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

qint64 TodayPage::selectedPlanNode() const
{
    const QTreeWidgetItem *item = m_plan->currentItem();
    return item ? item->data(0, kNodeRole).toLongLong() : 0;
}

QString TodayPage::standing() const
{
    return m_standing->text();
}

QString TodayPage::nothingToday() const
{
    const QDate today = m_document->today();
    for (const DayPlan &day : m_document->schedule().days) {
        if (day.date > today && !day.minutes.isEmpty())
            return tr("Nothing is planned for today. The next study day is %1. Study done anyway "
                      "still counts.")
                .arg(DisplayCalendar::date(day.date, QLocale::LongFormat));
    }
    if (!m_document->scheduleError().isEmpty())
        return tr("Nothing can be planned until the plan's problem above is solved.");
    return tr("Nothing is left to plan: everything in this roadmap is done or skipped.");
}

void TodayPage::refresh()
{
    const QDate today = m_document->today();
    m_date->setText(DisplayCalendar::date(today, QLocale::LongFormat));
    m_date->setToolTip(DisplayCalendar::gregorian(today));
    const RoadmapTreeModel *model = m_document->treeModel();

    // Ahead or behind the accepted plan, in hours and in days of the learner's usual pace.
    ProgressStatistics::Input input;
    input.nodes = model->nodes();
    input.sessions = m_document->studyLog()->sessions();
    input.acceptedPlan = m_document->baseline();
    input.today = today;
    input.todayDue = m_document->isTodaysStudyDue();
    const ProgressStatistics::Standing stats = ProgressStatistics::standing(input);
    // Today's share counts once its study time has passed: look again then.
    if (!input.todayDue) {
        const QDateTime now = m_document->now();
        const QTime due = ProgressStatistics::studyEnds(m_document->availability(), now.date());
        if (due.isValid())
            m_dueTimer->start(int(now.time().msecsTo(due)) + 1000);
    }
    const int difference = stats.studiedByToday - stats.plannedByToday;
    const double perDay = m_document->availability().weeklyMinutes() / 7.0;
    const int days = perDay > 0 ? int(std::lround(std::abs(difference) / perDay)) : 0;
    const QString hours = RoadmapTreeModel::formatMinutes(std::abs(difference));
    if (!m_document->scheduleError().isEmpty())
        m_standing->setText(tr("No plan can be made: %1").arg(m_document->scheduleError()));
    else if (std::abs(difference) < 30)
        m_standing->setText(tr("You are on plan."));
    else if (difference > 0)
        m_standing->setText(
            tr("You are %1 ahead of plan (about %Ln day(s)).", nullptr, days).arg(hours));
    else
        m_standing->setText(
            tr("You are %1 behind plan (about %Ln day(s)).", nullptr, days).arg(hours));

    // Today's planned work, with the reason each item is next.
    m_plan->clear();
    const qint64 selected = selectedPlanNode();
    for (const DayPlan &day : m_document->schedule().days) {
        if (day.date != today)
            continue;
        for (const auto &[id, minutes] : day.minutes) {
            const RoadmapNode *node = model->node(id);
            if (!node)
                continue;
            QString why = tr("Next in your roadmap");
            if (node->pinnedStart.isValid() && node->pinnedStart <= today)
                why = tr("You pinned it to start on %1")
                          .arg(DisplayCalendar::date(node->pinnedStart));
            else if (!m_document->prerequisites(id).isEmpty())
                why = tr("Its prerequisites are finished");
            else if (node->status == RoadmapNode::Status::InProgress)
                why = tr("You are in the middle of it");
            auto *item =
                new QTreeWidgetItem(m_plan, {model->displayTitle(*node),
                                             RoadmapTreeModel::formatMinutes(minutes), why});
            item->setData(0, kNodeRole, id);
            if (id == selected)
                m_plan->setCurrentItem(item);
        }
    }
    if (m_plan->topLevelItemCount() == 0)
        m_planEmpty->setText(nothingToday());

    // Overdue: the accepted plan had it finished before today, and it is not done.
    m_overdue->clear();
    const auto parentOf = [model](const RoadmapNode &n) {
        return n.parentId ? model->node(n.parentId) : nullptr;
    };
    const auto toDo = [&parentOf](const RoadmapNode &n) {
        return LeafScope::of(n, parentOf).standing == LeafScope::Standing::ToDo;
    };
    for (const RoadmapNode &n : std::as_const(input.nodes)) {
        const auto planned = m_document->baseline().constFind(n.id);
        if (planned == m_document->baseline().cend() || planned->end >= today || !toDo(n))
            continue;
        auto *item = new QTreeWidgetItem(
            m_overdue, {model->displayTitle(n), DisplayCalendar::date(planned->end)});
        item->setData(0, kNodeRole, n.id);
    }

    // Items for the timer: today's first, then every other leaf still to do.
    const qint64 timerNode = m_timerNode->currentData().toLongLong();
    m_timerNode->clear();
    QList<qint64> added;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const qint64 id = m_plan->topLevelItem(i)->data(0, kNodeRole).toLongLong();
        if (id) {
            m_timerNode->addItem(m_plan->topLevelItem(i)->text(0), id);
            added.append(id);
        }
    }
    // Every other leaf still to do, added in one go (item by item, a plan of thousands of
    // items keeps the combo box busy for tens of milliseconds).
    auto *items = qobject_cast<QStandardItemModel *>(m_timerNode->model());
    QList<QStandardItem *> rest;
    for (const RoadmapNode &n : std::as_const(input.nodes)) {
        if (!added.contains(n.id) && model->childCount(n.id) == 0 && toDo(n)) {
            auto *item = new QStandardItem(model->displayTitle(n));
            item->setData(n.id, Qt::UserRole);
            rest.append(item);
        }
    }
    if (items && !rest.isEmpty())
        items->invisibleRootItem()->appendRows(rest);
    else
        qDeleteAll(rest);
    const qint64 want = m_document->studyLog()->isTimerRunning()
                            ? m_document->studyLog()->timer().nodeId
                            : timerNode;
    m_timerNode->setCurrentIndex(std::max(0, m_timerNode->findData(want)));
    m_planEmpty->refresh();
    m_overdueEmpty->refresh();
}

} // namespace Masar
