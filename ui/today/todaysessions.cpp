// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page's study log and focus timer.
#include "todaypage.h"

#include "displaycalendar.h"
#include "emptystate.h"

#include "dialogs/sessiondialog.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace Masar {

void TodayPage::refreshSessions()
{
    const RoadmapTreeModel *model = m_document->treeModel();
    m_sessions->clear();
    const QList<StudySession> &sessions = m_document->studyLog()->sessions();
    // Newest first; the last 200 are enough to edit from here.
    for (int i = int(sessions.size()) - 1, shown = 0; i >= 0 && shown < 200; --i, ++shown) {
        const StudySession &s = sessions.at(i);
        const RoadmapNode *node = model->node(s.nodeId);
        const QString title = node ? model->displayTitle(*node) : tr("(removed item)");
        auto *item = new QTreeWidgetItem(
            m_sessions, {title, DisplayCalendar::dateTime(s.start.toLocalTime()),
                         RoadmapTreeModel::formatMinutes(s.minutes()),
                         s.source == StudySession::Source::Timer ? tr("Timer") : tr("By hand")});
        item->setData(0, kNodeRole, s.id);
    }
    m_sessionsEmpty->refresh();
    // (Where the learner stands follows through the document: new sessions re-plan it.)
}

void TodayPage::refreshTimer()
{
    const StudyLog *log = m_document->studyLog();
    const bool running = log->isTimerRunning();
    m_start->setEnabled(!running && m_timerNode->count() > 0);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_discard->setEnabled(running);
    m_timerNode->setEnabled(!running);
    m_timerMode->setEnabled(!running);
    m_pause->setText(log->isTimerPaused() ? tr("Res&ume") : tr("Pa&use"));
    if (running)
        m_ticker->start();
    else
        m_ticker->stop();
    tick();
}

void TodayPage::tick()
{
    StudyLog *log = m_document->studyLog();
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 seconds = log->timerSeconds(now);
    m_clock->setText(QStringLiteral("%1:%2")
                         .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    if (!log->isTimerRunning())
        return;
    if (seconds % 60 == 0)
        // The moment kept if the app does not get to stop the timer. A failed write is not
        // worth interrupting the learner for: the previous moment is still stored.
        (void)log->touchTimer(now);
    const int focus = log->timer().focusMinutes;
    if (focus > 0 && seconds >= focus * 60 && !m_focusAnnounced) {
        m_focusAnnounced = true;
        QApplication::beep();
        emit message(tr("Focus time is over: take a break, then stop to log the session."));
    }
}

void TodayPage::logStudy()
{
    StudySession session;
    session.nodeId =
        selectedPlanNode() ? selectedPlanNode() : m_timerNode->currentData().toLongLong();
    SessionDialog dialog(m_document, session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->studyLog()->add(dialog.session());
}

void TodayPage::editSession()
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, kNodeRole).toLongLong();
    for (const StudySession &s : m_document->studyLog()->sessions()) {
        if (s.id != id)
            continue;
        SessionDialog dialog(m_document, s, this);
        if (dialog.exec() == QDialog::Accepted)
            m_document->studyLog()->edit(dialog.session());
        return;
    }
}

void TodayPage::deleteSession()
{
    if (const QTreeWidgetItem *item = m_sessions->currentItem())
        m_document->studyLog()->remove(item->data(0, kNodeRole).toLongLong());
}

} // namespace Masar
