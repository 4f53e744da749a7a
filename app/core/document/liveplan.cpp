// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveplan.h"

#include "model/leafscope.h"
#include "roadmaptreemodel.h"
#include "schedule/planinput.h"

#include <algorithm>
#include <numeric>

namespace Masar {

namespace {
/// How far back through the tree a new leaf looks for the task before it; beyond that (a long
/// stretch of finished or skipped work) reading the whole roadmap again is as quick.
constexpr int kLookBehind = 2000;
} // namespace

LivePlan::LivePlan(const RoadmapTreeModel *model) : m_model(model) {}

LivePlan::~LivePlan() = default;

void LivePlan::rebuild(const QHash<qint64, QList<qint64>> &prerequisites,
                       const QHash<qint64, int> &studiedMinutes)
{
    m_run.reset(); // it shares the task list, which would otherwise be copied on change
    m_tasks = PlanInput::tasks(m_model->nodes(), prerequisites, studiedMinutes);
    m_ids.clear();
    m_ids.reserve(size_t(m_tasks.size()));
    m_order.resize(size_t(m_tasks.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_pins.clear();
    m_withPrerequisites.clear();
    for (const ScheduleTask &task : std::as_const(m_tasks)) {
        m_ids.push_back(task.id);
        noteFacts(task);
    }
}

void LivePlan::noteFacts(const ScheduleTask &task)
{
    if (task.pin.isValid())
        m_pins.insert(task.id, task.pin);
    if (!task.prerequisites.isEmpty())
        m_withPrerequisites.insert(task.id);
}

void LivePlan::forgetFacts(qint64 id)
{
    m_pins.remove(id);
    m_withPrerequisites.remove(id);
}

void LivePlan::compact()
{
    if (m_tasks.size() < 2 * qsizetype(m_order.size()) + 64)
        return;
    QList<ScheduleTask> planned;
    planned.reserve(qsizetype(m_order.size()));
    for (int at : m_order)
        planned.append(m_tasks.at(at));
    m_tasks = std::move(planned);
    std::iota(m_order.begin(), m_order.end(), 0);
}

bool LivePlan::isPlannedLeaf(qint64 id) const
{
    const RoadmapNode *node = m_model->node(id);
    if (!node || m_model->childCount(id) > 0)
        return false;
    return LeafScope::of(*node,
                         [this](const RoadmapNode &n) {
                             return n.parentId ? m_model->node(n.parentId) : nullptr;
                         })
        .planned();
}

int LivePlan::position(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return it == m_ids.cend() ? -1 : int(it - m_ids.cbegin());
}

qint64 LivePlan::previousInTreeOrder(qint64 id) const
{
    const RoadmapNode *node = m_model->node(id);
    if (!node)
        return 0;
    const QList<qint64> siblings = m_model->childIds(node->parentId);
    const int row = int(siblings.indexOf(id));
    if (row <= 0)
        return node->parentId; // 0 above the first top-level item
    // The last item in the previous sibling's subtree.
    qint64 last = siblings.at(row - 1);
    for (QList<qint64> children = m_model->childIds(last); !children.isEmpty();
         children = m_model->childIds(last))
        last = children.constLast();
    return last;
}

bool LivePlan::follow(const QList<RoadmapNode> &changed, bool anyPrerequisites,
                      const QHash<qint64, int> &studiedMinutes)
{
    // Prerequisites on a node reach every leaf under it and under the nodes it waits for: any
    // change may move them, so a roadmap with prerequisites is read again.
    if (anyPrerequisites)
        return false;
    for (const RoadmapNode &change : changed) {
        if (m_model->childCount(change.id) > 0)
            return false; // a parent's status or optional flag reaches all its leaves
    }
    m_run.reset();
    for (const RoadmapNode &change : changed) {
        const int at = position(change.id);
        const bool planned = isPlannedLeaf(change.id);
        if (at >= 0 && planned) {
            ScheduleTask &task = m_tasks[m_order[size_t(at)]];
            task = PlanInput::task(*m_model->node(change.id), studiedMinutes.value(change.id));
            forgetFacts(change.id);
            noteFacts(task);
        } else if (at >= 0) {
            m_order.erase(m_order.begin() + at); // its entry in m_tasks goes at the next compact()
            m_ids.erase(m_ids.begin() + at);
            forgetFacts(change.id);
            compact();
        } else if (planned && !followInsert(change.id, false, studiedMinutes)) {
            return false;
        }
    }
    return true;
}

bool LivePlan::followInsert(qint64 id, bool anyPrerequisites,
                            const QHash<qint64, int> &studiedMinutes)
{
    if (anyPrerequisites || m_model->childCount(id) > 0)
        return false;
    m_run.reset();
    if (!isPlannedLeaf(id))
        return true; // nothing to plan
    // The task goes right after the task of the nearest planned leaf before it in tree order.
    int at = 0;
    int looked = 0;
    for (qint64 before = previousInTreeOrder(id); before; before = previousInTreeOrder(before)) {
        if (++looked > kLookBehind)
            return false;
        if (!isPlannedLeaf(before))
            continue;
        const int found = position(before);
        if (found < 0)
            return false; // not in step with the model: read it again
        at = found + 1;
        break;
    }
    m_tasks.append(PlanInput::task(*m_model->node(id), studiedMinutes.value(id)));
    m_order.insert(m_order.begin() + at, int(m_tasks.size()) - 1);
    m_ids.insert(m_ids.begin() + at, id);
    noteFacts(m_tasks.constLast());
    return true;
}

void LivePlan::restart(const Availability &availability, const QDate &today)
{
    TaskFacts facts;
    facts.anyPrerequisites = !m_withPrerequisites.isEmpty();
    for (const QDate &pin : std::as_const(m_pins)) {
        if (!facts.earliestPin.isValid() || pin < facts.earliestPin)
            facts.earliestPin = pin;
    }
    m_run = std::make_unique<PlanRun>(m_tasks, availability, today, 1.0, &facts, m_order);
    m_ended.clear();
    m_endedSeen = 0;
    m_completed = false;
    m_schedule = Schedule();
    m_error.clear();
}

bool LivePlan::isComplete() const
{
    return !m_run || m_run->isComplete() || m_run->hasFailed();
}

bool LivePlan::advance(int days)
{
    if (!m_run)
        return false;
    return m_run->runFor(days);
}

const Schedule &LivePlan::schedule()
{
    if (!m_completed && m_run) {
        auto result = m_run->result();
        if (result) {
            m_schedule = std::move(result).value();
            m_error.clear();
        } else {
            m_schedule = Schedule();
            m_error = result.error();
        }
        m_completed = true;
    }
    return m_schedule;
}

QString LivePlan::error()
{
    schedule();
    return m_error;
}

void LivePlan::collectEnded()
{
    const std::vector<int> &order = m_run->endOrder();
    for (; m_endedSeen < int(order.size()); ++m_endedSeen) {
        const int at = order[size_t(m_endedSeen)];
        m_ended.insert(m_ids[size_t(at)], at);
    }
}

ScheduledTask LivePlan::dates(qint64 id)
{
    if (!m_run || m_run->hasFailed())
        return {};
    collectEnded();
    auto found = m_ended.constFind(id);
    if (found == m_ended.cend()) {
        if (!isPlannedLeaf(id))
            return {};
        while (found == m_ended.cend() && m_run->step()) {
            collectEnded();
            found = m_ended.constFind(id);
        }
        collectEnded();
        found = m_ended.constFind(id);
        if (found == m_ended.cend() || m_run->hasFailed())
            return {};
    }
    return m_run->placed(*found);
}

QDate LivePlan::plannedUntil() const
{
    return m_run ? m_run->lastDay() : QDate();
}

} // namespace Masar
