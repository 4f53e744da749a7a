// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "calendar/calendaraccountdialog.h"
#include "calendar/calendarsynccontroller.h"
#include "calendar/calendarsyncstatus.h"
#include "calendar/studyreminder.h"
#include "charts/progresspage.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/newroadmapdialog.h"
#include "dialogs/studytimedialog.h"
#include "dialogs/welcomedialog.h"
#include "displaycalendar.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "gantt/ganttpage.h"
#include "icons.h"
#include "import/roadmapfiles.h"
#include "languagecontroller.h"
#include "model/roadmapsummary.h"
#include "notes/notespage.h"
#include "pagenavigation.h"
#include "roadmap/roadmappage.h"
#include "theme.h"
#include "today/todaypage.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSessionManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Masar {

MainWindow::MainWindow(PlannerDocument *document, LanguageController *language, Theme *theme,
                       QWidget *parent)
    : QMainWindow(parent), m_document(document), m_language(language), m_theme(theme)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Typing is saved on every way out, also those that do not close the window first.
    connect(qApp, &QGuiApplication::commitDataRequest, this,
            [this](QSessionManager &) { saveUnsavedWork(); });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveUnsavedWork);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new PageNavigation(central);
    for (int page = 0; page < m_navigation->count(); ++page) {
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(PageNavigation::shortcut(page));
        connect(shortcut, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        addAction(shortcut);
        // The shortcut opens the page to work in it: the keyboard goes there too.
        connect(shortcut, &QAction::triggered, this, [this] { m_pages->focusCurrentPage(); });
    }
    m_pages = new PageStack(document, central);
    connect(m_pages->todayPage(), &TodayPage::message, this, &MainWindow::showStatusMessage);
    connect(m_pages, &PageStack::pageBuilt, this, &MainWindow::connectPage);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, [this](int row) {
        if (row >= 0)
            m_pages->showPage(Page(row));
    });
    m_navigation->setCurrentRow(0);

    m_summaryLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_summaryLabel);
    m_calendarSync = new CalendarSyncController(document, this);
    m_reminder = new StudyReminder(document, this);
    statusBar()->addPermanentWidget(new CalendarSyncStatus(m_calendarSync, this));
    connect(m_calendarSync, &CalendarSyncController::statusMessage, this,
            &MainWindow::showStatusMessage);
    connect(m_calendarSync, &CalendarSyncController::passwordNeeded, this,
            &MainWindow::editCalendarAccount);

    createActions();
    createMenus();
    retranslateUi();

    connect(document, &PlannerDocument::errorOccurred, this, &MainWindow::showError);
    connect(document, &PlannerDocument::currentRoadmapChanged, this, [this] {
        rebuildRoadmapMenu();
        updateTitleAndSummary();
    });
    connect(document, &PlannerDocument::roadmapsChanged, this, &MainWindow::rebuildRoadmapMenu);
    // One edit changes a node and its ancestors (several dataChanged signals): summarize once,
    // when the event loop is free again, not once per signal.
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateTitleAndSummary);
    const auto refresh = [this] { m_summaryTimer->start(); };
    RoadmapTreeModel *model = document->treeModel();
    connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(language, &LanguageController::languageChanged, this,
            [this](const QString &lang) { m_document->setDisplayLanguage(lang); });
    m_document->setDisplayLanguage(language->language());

    rebuildRoadmapMenu();
    updateTitleAndSummary();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::editCalendarAccount(const QString &reason)
{
    CalendarAccountDialog dialog(m_calendarSync, this);
    if (!reason.isEmpty())
        dialog.askForPassword(reason);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LayoutDirectionChange && layoutDirection() != m_layoutDirection &&
        m_pages) {
        m_pages->saveLayout(m_layoutDirection); // the pages' arrangement is kept per direction
        m_layoutDirection = layoutDirection();
        m_pages->restoreLayout(m_layoutDirection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitleAndSummary()
{
    if (!m_document->hasRoadmap()) {
        setWindowTitle(QString());
        m_summaryLabel->clear();
        return;
    }
    const Roadmap &roadmap = m_document->currentRoadmap();
    setWindowTitle(roadmap.title(m_language->language()));
    const RoadmapSummary summary = RoadmapSummary::compute(m_document->treeModel()->nodes());
    m_summaryLabel->setText(tr("%L1 phases · %L2 courses · %L3 topics · %4 planned · %5 done")
                                .arg(summary.phases)
                                .arg(summary.courses)
                                .arg(summary.topics)
                                .arg(RoadmapTreeModel::formatMinutes(summary.plannedMinutes),
                                     RoadmapTreeModel::formatMinutes(summary.doneMinutes)));
}

void MainWindow::newFromBuiltin()
{
    NewRoadmapDialog dialog(m_language->language(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_document->addBuiltinRoadmap(dialog.selectedId());
    if (!added)
        showError(added.error());
    else
        showStatusMessage(tr("Added the roadmap \"%1\".")
                              .arg(m_document->currentRoadmap().title(m_language->language())));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::connectPage(Page page)
{
    if (page == Page::Calendar) {
        GanttPage *gantt = m_pages->ganttPage();
        connect(gantt, &GanttPage::showDetails, this, [this](qint64 id) {
            showPage(Page::Roadmap);
            m_pages->roadmapPage()->selectNode(id);
        });
        connect(gantt, &GanttPage::editStudyTime, this, &MainWindow::editStudyTime);
    } else if (page == Page::Progress) {
        connect(m_pages->progressPage(), &ProgressPage::logStudyRequested, this, [this] {
            showPage(Page::Today);
            m_pages->todayPage()->logStudy();
        });
    } else if (page == Page::Notes) {
        connect(m_pages->notesPage(), &NotesPage::message, this, &MainWindow::showStatusMessage);
    }
}

void MainWindow::offerInterruptedTimer()
{
    StudyLog *log = m_document->studyLog();
    if (!log->hasInterruptedTimer())
        return;
    const RoadmapNode *node = m_document->treeModel()->node(log->timer().nodeId);
    const QDateTime until =
        log->timer().alive.isValid() ? log->timer().alive : log->timer().started;
    QMessageBox box(QMessageBox::Question, tr("Focus timer"),
                    tr("A focus timer on \"%1\" was still running when Masar last closed. It "
                       "started at %2 and was last seen at %3.")
                        .arg(node ? node->title : tr("(removed item)"),
                             DisplayCalendar::dateTime(log->timer().started.toLocalTime()),
                             DisplayCalendar::dateTime(until.toLocalTime())),
                    QMessageBox::NoButton, this);
    QPushButton *keep = box.addButton(tr("&Keep the Time"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        log->keepInterruptedTimer();
    else if (Status discarded = log->discardTimer(); !discarded)
        showError(discarded.error());
}

void MainWindow::editStudyTime()
{
    StudyTimeDialog dialog(m_document->availability(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setAvailability(dialog.availability());
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(m_language, m_document->availability(), this);
    const int answer = dialog.exec();
    if (answer == QDialog::Accepted && dialog.applyTo(m_document))
        showPage(Page::Calendar);
    else if (answer == WelcomeDialog::ImportRequested)
        chooseAndImport();
}

void MainWindow::chooseAndImport()
{
    m_files->chooseAndImport();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::openFiles(const QStringList &files)
{
    for (const QString &file : files)
        m_files->open(file);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Masar"), message);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: a comfortable size, but never larger than the screen.
        const QSize available = screen()->availableGeometry().size();
        resize(QSize(1180, 760).boundedTo(available * 0.92));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_layoutDirection = layoutDirection();
    m_pages->restoreLayout(m_layoutDirection);
    showPage(Page(
        std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, int(Page::Notes))));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    m_pages->saveLayout(m_layoutDirection);
}

bool MainWindow::saveUnsavedWork()
{
    saveWindowState();
    return m_pages->flushNotes();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveUnsavedWork()) {
        // The note stays on screen with the reason below it; closing now would lose it.
        const auto answer = QMessageBox::warning(
            this, tr("Masar"),
            tr("The note you are writing could not be saved, so closing Masar now would lose "
               "what you typed since it was last saved.\n\nClose anyway?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace Masar
