// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStackedWidget>

namespace Masar {

class GanttPage;
class NotesPage;
class PlannerDocument;
class ProgressPage;
class RoadmapPage;
class TodayPage;

/**
 * The main window's pages, in the order of its navigation list. Today and Roadmap are built with
 * the window (the Roadmap page also provides the Edit menu's actions); Calendar, Progress and
 * Notes only when first shown or asked for, or one per event-loop pass after the first paint
 * (buildRemaining()), so that the window paints sooner. pageBuilt() lets the window connect to a
 * page when it exists.
 */
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Today,
        Roadmap,
        Calendar,
        Progress,
        Notes,
    };

    PageStack(PlannerDocument *document, QWidget *parent);

    TodayPage *todayPage() const { return m_todayPage; }
    RoadmapPage *roadmapPage() const { return m_roadmapPage; }
    /// These three build their page first if need be.
    GanttPage *ganttPage();
    ProgressPage *progressPage();
    NotesPage *notesPage();
    /// Saves the note being typed, if the Notes page was ever built; false when that failed.
    bool flushNotes();

    /// Builds the page if need be, and shows it.
    void showPage(Page page);
    /**
     * Gives the keyboard focus to the page shown, unless it has it: to the control that last had
     * it there, else to the page's first control in the tab order (a page chosen by its
     * shortcut is one to work in).
     */
    void focusCurrentPage();
    Page currentPage() const { return Page(currentIndex()); }
    /// Builds the pages not built yet, one per event-loop pass.
    void buildRemaining();

    /**
     * The pages' splitters, columns and zoom, remembered in the settings per direction: an
     * arrangement made in Arabic comes back in Arabic, the English one in English, and a switch
     * does not carry one over mirrored. The Calendar page's applies when it is built.
     */
    void saveLayout(Qt::LayoutDirection direction) const;
    /// Restores what was saved for `direction`; with nothing saved, the pages keep theirs.
    void restoreLayout(Qt::LayoutDirection direction);

signals:
    void pageBuilt(Page page);

private:
    void ensure(Page page);

    PlannerDocument *m_document;
    TodayPage *m_todayPage = nullptr;
    RoadmapPage *m_roadmapPage = nullptr;
    GanttPage *m_ganttPage = nullptr;
    ProgressPage *m_progressPage = nullptr;
    NotesPage *m_notesPage = nullptr;
    QByteArray m_ganttState;
};

} // namespace Masar
