// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus, and their texts in the current language.
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

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
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

} // namespace Masar
