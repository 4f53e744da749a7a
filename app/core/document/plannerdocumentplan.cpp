// SPDX-License-Identifier: GPL-3.0-or-later
// PlannerDocument, the plan: today, re-planning, the accepted plan, study time, pinned starts
// and prerequisites.
#include "plannerdocument.h"

#include "roadmaptreemodel.h"
#include "schedule/planinput.h"
#include "setavailabilitycommand.h"
#include "setprerequisitescommand.h"
#include "storage/planrepository.h"
#include "studylog.h"

namespace Masar {

QDate PlannerDocument::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PlannerDocument::setToday(const QDate &today)
{
    m_today = today;
    replan();
}

void PlannerDocument::replan()
{
    if (!hasRoadmap())
        return;
    auto planned = Scheduler::plan(
        PlanInput::tasks(m_treeModel->nodes(), m_prerequisites, m_studyLog->studiedMinutes()),
        m_availability, today());
    if (planned) {
        m_schedule = std::move(planned).value();
        m_scheduleError.clear();
    } else {
        m_schedule = Schedule();
        m_scheduleError = planned.error();
    }
    emit scheduleChanged();
}

QDate PlannerDocument::baselineFinish() const
{
    QDate finish;
    for (const ScheduledTask &t : m_baseline)
        finish = std::max(finish, t.end);
    return finish;
}

Status PlannerDocument::acceptPlan()
{
    if (!m_scheduleError.isEmpty())
        return Error{m_scheduleError};
    Status saved = m_plans->saveBaseline(m_current.id, m_schedule.tasks);
    if (saved) {
        m_baseline.clear();
        for (const ScheduledTask &t : std::as_const(m_schedule.tasks))
            m_baseline.insert(t.id, t);
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
