// SPDX-License-Identifier: GPL-3.0-or-later
// PlannerDocument, the plan: today, re-planning, the accepted plan, study time, pinned starts
// and prerequisites.
#include "plannerdocument.h"

#include "liveplan.h"
#include "roadmaptreemodel.h"
#include "schedule/planinput.h"
#include "schedule/progressstatistics.h"
#include "setavailabilitycommand.h"
#include "setprerequisitescommand.h"
#include "storage/planrepository.h"
#include "studylog.h"

#include <QElapsedTimer>

namespace Masar {

QDate PlannerDocument::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QDateTime PlannerDocument::now() const
{
    return QDateTime(today(), m_timeOfDay.isValid() ? m_timeOfDay : QTime::currentTime());
}

bool PlannerDocument::isTodaysStudyDue() const
{
    return ProgressStatistics::todayIsDue(m_availability, now());
}

void PlannerDocument::setToday(const QDate &today)
{
    m_today = today;
    startPlanning();
}

void PlannerDocument::replan()
{
    if (!hasRoadmap())
        return;
    m_plan->rebuild(m_prerequisites, m_studyLog->studiedMinutes());
    startPlanning();
}

void PlannerDocument::startPlanning()
{
    if (!hasRoadmap())
        return;
    m_plan->restart(m_availability, today());
    emit planChanged();
    if (m_plan->taskCount() <= kPlannedAtOnce) {
        // Small: complete before the change returns, however long its days run.
        m_planning->stop();
        m_plan->schedule();
        emit scheduleChanged();
        return;
    }
    m_planning->start();
}

void PlannerDocument::continuePlanning()
{
    // A slice at a time, so that the window stays responsive while a large plan is worked out.
    QElapsedTimer slice;
    slice.start();
    while (m_plan->advance(32) && slice.elapsed() < kPlanningSliceMs) {
    }
    if (!m_plan->isComplete()) {
        m_planning->start();
        return;
    }
    m_planning->stop();
    m_plan->schedule();
    emit scheduleChanged();
}

const Schedule &PlannerDocument::schedule() const
{
    return m_plan->schedule();
}

QString PlannerDocument::scheduleError() const
{
    return m_plan->error();
}

bool PlannerDocument::isPlanComplete() const
{
    return m_plan->isComplete();
}

ScheduledTask PlannerDocument::plannedDates(qint64 id) const
{
    return m_plan->dates(id);
}

QDate PlannerDocument::plannedUntil() const
{
    return m_plan->isComplete() ? schedule().finish : m_plan->plannedUntil();
}

void PlannerDocument::setBaseline(const QHash<qint64, ScheduledTask> &baseline)
{
    m_baseline = baseline;
    m_baselineStart = QDate();
    m_baselineFinish = QDate();
    for (const ScheduledTask &t : baseline) {
        if (t.start.isValid())
            m_baselineStart =
                m_baselineStart.isValid() ? std::min(m_baselineStart, t.start) : t.start;
        m_baselineFinish = std::max(m_baselineFinish, t.end);
    }
}

Status PlannerDocument::acceptPlan()
{
    const Schedule &current = schedule();
    if (const QString error = scheduleError(); !error.isEmpty())
        return Error{error};
    Status saved = m_plans->saveBaseline(m_current.id, current.tasks);
    if (saved) {
        QHash<qint64, ScheduledTask> accepted;
        accepted.reserve(int(current.tasks.size()));
        for (const ScheduledTask &t : current.tasks)
            accepted.insert(t.id, t);
        setBaseline(accepted);
        emit scheduleChanged();
    }
    return saved;
}

bool PlannerDocument::setAvailability(const Availability &availability, const QString &text)
{
    if (availability == m_availability)
        return true;
    for (const BlockedRange &range : availability.blocked) {
        if (!range.from.isValid() || !range.to.isValid() || range.to < range.from) {
            report(Error{tr("A blocked period must end on or after the day it starts.")});
            return false;
        }
    }
    for (int minutes : availability.minutesPerWeekday) {
        if (minutes < 0 || minutes > 24 * 60) {
            report(Error{tr("A day has between 0 and 24 hours of study time.")});
            return false;
        }
    }
    if (availability.parallelCourses < 1) {
        report(Error{tr("At least one course must be allowed to run at a time.")});
        return false;
    }
    Wording wording = [text] { return text.isEmpty() ? tr("Change study time") : text; };
    return pushCommand(
        new SetAvailabilityCommand(this, m_availability, availability, std::move(wording)));
}

bool PlannerDocument::pinStart(qint64 id, const QDate &date)
{
    return setNodeField({id}, Field::PinnedStart, date.isValid() ? QVariant(date) : QVariant());
}

bool PlannerDocument::setPrerequisites(qint64 id, const QList<qint64> &prerequisites)
{
    if (!m_treeModel->node(id))
        return false;
    QList<qint64> cleaned;
    for (qint64 p : prerequisites) {
        if (!m_treeModel->node(p) || cleaned.contains(p))
            continue;
        if (p == id || m_treeModel->isAncestor(p, id) || m_treeModel->isAncestor(id, p)) {
            report(Error{tr("\"%1\" cannot wait for \"%2\": one contains the other.")
                             .arg(m_treeModel->node(id)->title, m_treeModel->node(p)->title)});
            return false;
        }
        cleaned.append(p);
    }
    const QList<qint64> before = m_prerequisites.value(id);
    if (cleaned == before)
        return true;
    const QString title = m_treeModel->node(id)->title;
    return pushCommand(new SetPrerequisitesCommand(this, {{id, before}}, {{id, cleaned}}, [title] {
        return tr("Change prerequisites of \"%1\"").arg(title);
    }));
}

} // namespace Masar
