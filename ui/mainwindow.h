// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagestack.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTimer;

namespace Masar {

class CalendarSyncController;
class LanguageController;
class PageNavigation;
class StudyReminder;
class PlannerDocument;
class GanttPage;
class TodayPage;
class ProgressPage;
class NotesPage;
class RoadmapFiles;
class RoadmapPage;
class Theme;

/// The main window: navigation between pages, menus, status bar. It only wires.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PlannerDocument *document, LanguageController *language, Theme *theme,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RoadmapPage *roadmapPage() const { return m_pages->roadmapPage(); }
    RoadmapFiles *roadmapFiles() const { return m_files; }
    CalendarSyncController *calendarSync() const { return m_calendarSync; }
    StudyReminder *studyReminder() const { return m_reminder; }
    /// Settings → Calendar Account; `reason` (why a sync needs the password) is shown in it.
    void editCalendarAccount(const QString &reason);
    /// The Calendar, Progress and Notes pages are built when first shown (or asked for here).
    GanttPage *ganttPage() { return m_pages->ganttPage(); }
    /// The pages, in the order of the navigation list.
    using Page = PageStack::Page;
    void showPage(Page page);
    TodayPage *todayPage() const { return m_pages->todayPage(); }
    ProgressPage *progressPage() { return m_pages->progressPage(); }
    NotesPage *notesPage() { return m_pages->notesPage(); }
    /// Builds the pages not built yet, one per event-loop pass (called after the first paint).
    void buildRemainingPages() { m_pages->buildRemaining(); }
    /// Asks whether to keep or discard a focus timer the last run left running.
    void offerInterruptedTimer();
    void showStatusMessage(const QString &message);
    /// Asks for a Markdown or JSON roadmap file and imports it (with its preview).
    void chooseAndImport();
    /**
     * Saves what was typed but not stored yet (the open note) and the window's layout, without
     * asking anything: for every way out that cannot be refused (the session ending, a
     * termination signal, the application quitting). False when the note could not be saved.
     */
    bool saveUnsavedWork();
    /// Raises the window above others, restoring it when minimised (a second launch).
    void bringToFront();
    /// Opens roadmap files (Markdown or JSON) for import, one preview after another.
    void openFiles(const QStringList &files);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildRoadmapMenu();
    void updateUndoActions();
    void updateTitleAndSummary();
    void restoreWindowState();
    /// Connects to a page once it is built.
    void connectPage(Page page);

    void saveWindowState();
    void newFromBuiltin();
    void showError(const QString &message);
    void editStudyTime();
    void showWelcome();

    PlannerDocument *m_document;
    LanguageController *m_language;
    Qt::LayoutDirection m_layoutDirection = Qt::LeftToRight; // whose arrangement the pages show
    Theme *m_theme;
    PageNavigation *m_navigation = nullptr;
    PageStack *m_pages = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTimer *m_summaryTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_roadmapMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_studyTimeAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportIcsAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_calendarAccountAction = nullptr;
    QAction *m_remindersAction = nullptr;
    CalendarSyncController *m_calendarSync = nullptr;
    StudyReminder *m_reminder = nullptr;
    RoadmapFiles *m_files = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_digitsGroup = nullptr;
    QActionGroup *m_calendarGroup = nullptr;
    QMenu *m_digitsMenu = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QAction *m_digitsArabic = nullptr;
    QAction *m_digitsLatin = nullptr;
    QAction *m_calendarGregorian = nullptr;
    QAction *m_calendarHijri = nullptr;
    QAction *m_themeSystem = nullptr;
    QAction *m_themeLight = nullptr;
    QAction *m_themeDark = nullptr;
};

} // namespace Masar
