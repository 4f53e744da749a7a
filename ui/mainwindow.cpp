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

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFromBuiltin);
    m_files = new RoadmapFiles(m_document, this);
    connect(m_files, &RoadmapFiles::message, this, &MainWindow::showStatusMessage);
    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, m_files, &RoadmapFiles::chooseAndImport);
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    connect(m_exportAction, &QAction::triggered, m_files, &RoadmapFiles::exportCurrent);
    m_exportIcsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("x-office-calendar")), QString(), this);
    m_exportIcsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_exportIcsAction, &QAction::triggered, m_files, &RoadmapFiles::exportPlanAsIcs);
    m_syncAction =
        new QAction(Icons::themed({QStringLiteral("folder-sync"), QStringLiteral("view-refresh")}),
                    QString(), this);
    m_syncAction->setShortcut(QKeySequence(QStringLiteral("F9")));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (!m_calendarSync->settings().isConfigured())
            editCalendarAccount({});
        else
            m_calendarSync->syncNow(true);
    });
    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own undo/redo actions (not QUndoStack's) so that their text follows a language switch.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(Icons::directional({QStringLiteral("edit-undo")}), QString(), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    // The note being typed is saved first, so that undoing its creation keeps the last words too.
    connect(m_undoAction, &QAction::triggered, stack, [this, stack] {
        m_pages->flushNotes();
        stack->undo();
    });
    m_redoAction = new QAction(Icons::directional({QStringLiteral("edit-redo")}), QString(), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, stack, [this, stack] {
        m_pages->flushNotes();
        stack->redo();
    });
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : Translations::languages()) {
        QAction *action = m_languageGroup->addAction(Translations::nativeName(lang));
        action->setCheckable(true);
        action->setData(lang);
        action->setChecked(lang == m_language->language());
        connect(action, &QAction::triggered, m_language,
                [this, lang] { m_language->setLanguage(lang); });
    }
    m_digitsGroup = new QActionGroup(this);
    const auto digitsAction = [this](LanguageController::Digits digits) {
        QAction *action = m_digitsGroup->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_language->digits() == digits);
        connect(action, &QAction::triggered, m_language,
                [this, digits] { m_language->setDigits(digits); });
        return action;
    };
    m_digitsArabic = digitsAction(LanguageController::Digits::ArabicIndic);
    m_digitsLatin = digitsAction(LanguageController::Digits::Latin);
    m_calendarGroup = new QActionGroup(this);
    const auto calendarAction = [this](DisplayCalendar::System system) {
        QAction *action = m_calendarGroup->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_language->calendar() == system);
        connect(action, &QAction::triggered, m_language,
                [this, system] { m_language->setCalendar(system); });
        return action;
    };
    m_calendarGregorian = calendarAction(DisplayCalendar::System::Gregorian);
    m_calendarHijri = calendarAction(DisplayCalendar::System::Hijri);
    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this](Theme::Mode mode) {
        QAction *action = m_themeGroup->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_theme->mode() == mode);
        connect(action, &QAction::triggered, m_theme, [this, mode] { m_theme->setMode(mode); });
        return action;
    };
    m_themeSystem = themeAction(Theme::Mode::System);
    m_themeLight = themeAction(Theme::Mode::Light);
    m_themeDark = themeAction(Theme::Mode::Dark);

    m_studyTimeAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system-time")), QString(), this);
    connect(m_studyTimeAction, &QAction::triggered, this, &MainWindow::editStudyTime);
    m_calendarAccountAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-web-browser-identification")),
                    QString(), this);
    connect(m_calendarAccountAction, &QAction::triggered, this,
            [this] { editCalendarAccount({}); });
    m_remindersAction = new QAction(this);
    m_remindersAction->setCheckable(true);
    m_remindersAction->setChecked(m_reminder->isEnabled());
    m_remindersAction->setEnabled(StudyReminder::isAvailable());
    connect(m_remindersAction, &QAction::toggled, this, [this](bool on) {
        m_reminder->setEnabled(on);
        m_remindersAction->setChecked(m_reminder->isEnabled());
    });

    m_welcomeAction =
        new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), QString(), this);
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_roadmapMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportIcsAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_pages->roadmapPage()->editActions());
    m_editMenu->addMenu(m_pages->roadmapPage()->statusMenu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_digitsMenu = m_viewMenu->addMenu(QString());
    m_digitsMenu->addActions(m_digitsGroup->actions());
    m_calendarMenu = m_viewMenu->addMenu(QString());
    m_calendarMenu->addActions(m_calendarGroup->actions());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_studyTimeAction);
    m_settingsMenu->addAction(m_calendarAccountAction);
    m_settingsMenu->addAction(m_remindersAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_welcomeAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_document->retranslateHistory(); // "Undo Log 40 min …" in the new language too
    m_fileMenu->setTitle(tr("&File"));
    m_roadmapMenu->setTitle(tr("&Open Roadmap"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Colours"));
    m_digitsMenu->setTitle(tr("&Digits"));
    m_digitsMenu->setEnabled(m_language->language() == QLatin1String("ar"));
    m_digitsArabic->setText(tr("&Arabic-Indic (٠١٢٣)"));
    m_digitsLatin->setText(tr("&Latin (0123)"));
    m_calendarMenu->setTitle(tr("C&alendar")); // Alt+L is the Language menu's
    m_calendarGregorian->setText(tr("&Gregorian"));
    m_calendarHijri->setText(tr("&Hijri (Islamic civil)"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_studyTimeAction->setText(tr("&Study Time…"));
    m_calendarAccountAction->setText(tr("&Calendar Account…"));
    m_remindersAction->setText(tr("Study &Reminders"));
    m_remindersAction->setToolTip(
        StudyReminder::isAvailable()
            ? tr("A notification at your preferred time of day with the day's plan.")
            : tr("Reminders need a system tray, and this desktop has none."));
    m_exportIcsAction->setText(tr("Export &Plan as iCalendar…"));
    m_syncAction->setText(tr("S&ync Calendar Now"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New from Built-in Roadmap…"));
    m_quitAction->setText(tr("&Quit"));
    m_importAction->setText(tr("&Import Roadmap…"));
    m_exportAction->setText(tr("&Export Roadmap as JSON…"));
    updateUndoActions();
    m_themeSystem->setText(tr("Follow the &System"));
    m_themeLight->setText(tr("&Light"));
    m_themeDark->setText(tr("&Dark"));
    m_welcomeAction->setText(tr("&Welcome…"));
    m_aboutAction->setText(tr("&About Masar"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_summaryLabel->setAccessibleName(tr("Roadmap summary"));
    updateTitleAndSummary();
}

void MainWindow::editCalendarAccount(const QString &reason)
{
    CalendarAccountDialog dialog(m_calendarSync, this);
    if (!reason.isEmpty())
        dialog.askForPassword(reason);
    dialog.exec();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
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

void MainWindow::rebuildRoadmapMenu()
{
    m_roadmapMenu->clear();
    auto *group = new QActionGroup(m_roadmapMenu);
    for (const Roadmap &roadmap : m_document->roadmaps()) {
        QAction *action = m_roadmapMenu->addAction(roadmap.title(m_language->language()));
        action->setCheckable(true);
        action->setChecked(roadmap.id == m_document->currentRoadmap().id);
        group->addAction(action);
        const qint64 id = roadmap.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (Status opened = m_document->openRoadmap(id); !opened)
                showError(opened.error());
        });
    }
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
