// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagestack.h"

#include <QSettings>

#include "charts/progresspage.h"
#include "gantt/ganttpage.h"
#include "notes/noteeditor.h"
#include "notes/notespage.h"
#include "roadmap/roadmappage.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QScrollArea>
#include <QTimer>

#include <utility>

namespace Masar {

PageStack::PageStack(PlannerDocument *document, QWidget *parent)
    : QStackedWidget(parent), m_document(document)
{
    m_todayPage = new TodayPage(document, this);
    addWidget(m_todayPage);
    m_roadmapPage = new RoadmapPage(document, this);
    addWidget(m_roadmapPage);
    // Placeholders until the pages are built.
    for (int i = int(Page::Calendar); i <= int(Page::Notes); ++i)
        addWidget(new QWidget(this));
}

GanttPage *PageStack::ganttPage()
{
    ensure(Page::Calendar);
    return m_ganttPage;
}

ProgressPage *PageStack::progressPage()
{
    ensure(Page::Progress);
    return m_progressPage;
}

NotesPage *PageStack::notesPage()
{
    ensure(Page::Notes);
    return m_notesPage;
}

bool PageStack::flushNotes()
{
    return !m_notesPage || m_notesPage->editor()->flush();
}

void PageStack::showPage(Page page)
{
    ensure(page);
    setCurrentIndex(int(page));
}

void PageStack::focusCurrentPage()
{
    QWidget *page = currentWidget();
    if (!page || page->isAncestorOf(QApplication::focusWidget()))
        return;
    const auto canTakeFocus = [page](QWidget *w) {
        return w && page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
               (w->focusPolicy() & Qt::TabFocus);
    };
    QWidget *target = page->focusWidget();
    // The window's tab order, from the page on: a page's controls built after it (as the pages
    // built later are) are not next to it in that order.
    for (QWidget *w = page->nextInFocusChain(); !canTakeFocus(target) && w != page;
         w = w->nextInFocusChain())
        target = w;
    if (canTakeFocus(target))
        target->setFocus(Qt::ShortcutFocusReason);
}

namespace {

/// The settings key of a state kept per direction (the left-to-right one has the plain name).
QString directionKey(const QString &name, Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? name + QStringLiteral("-rtl") : name;
}

} // namespace

void PageStack::saveLayout(Qt::LayoutDirection direction) const
{
    QSettings settings;
    settings.setValue(directionKey(QStringLiteral("window/roadmapPage"), direction),
                      m_roadmapPage->saveState());
    settings.setValue(directionKey(QStringLiteral("window/ganttPage"), direction),
                      m_ganttPage ? m_ganttPage->saveState() : m_ganttState);
}

void PageStack::restoreLayout(Qt::LayoutDirection direction)
{
    QSettings settings;
    m_roadmapPage->restoreState(
        settings.value(directionKey(QStringLiteral("window/roadmapPage"), direction))
            .toByteArray());
    const QByteArray gantt =
        settings.value(directionKey(QStringLiteral("window/ganttPage"), direction)).toByteArray();
    if (gantt.isEmpty())
        return;
    m_ganttState = gantt;
    if (m_ganttPage)
        m_ganttPage->restoreState(gantt);
}

void PageStack::ensure(Page page)
{
    QWidget *built = nullptr;
    switch (page) {
    case Page::Today:
    case Page::Roadmap:
        return; // built with the stack
    case Page::Calendar:
        if (m_ganttPage)
            return;
        m_ganttPage = new GanttPage(m_document, this);
        m_ganttPage->restoreState(m_ganttState);
        built = m_ganttPage;
        break;
    case Page::Progress: {
        if (m_progressPage)
            return;
        m_progressPage = new ProgressPage(m_document, this);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(m_progressPage);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        built = scroll;
        break;
    }
    case Page::Notes:
        if (m_notesPage)
            return;
        m_notesPage = new NotesPage(m_document, this);
        built = m_notesPage;
        break;
    }
    const int index = int(page);
    QWidget *placeholder = widget(index);
    const bool current = currentIndex() == index;
    insertWidget(index, built);
    removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        setCurrentIndex(index);
    emit pageBuilt(page);
}

void PageStack::buildRemaining()
{
    const std::pair<Page, bool> pages[] = {{Page::Calendar, m_ganttPage == nullptr},
                                           {Page::Progress, m_progressPage == nullptr},
                                           {Page::Notes, m_notesPage == nullptr}};
    for (const auto &[page, missing] : pages) {
        if (missing) {
            ensure(page);
            // One page per pass of the event loop, so input is never held up for long.
            QTimer::singleShot(0, this, &PageStack::buildRemaining);
            return;
        }
    }
}

} // namespace Masar
