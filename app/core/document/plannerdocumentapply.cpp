// SPDX-License-Identifier: GPL-3.0-or-later
// PlannerDocument, what its undo commands run: each change is stored first, and the model and
// the plan follow only once storage accepted it.
#include "plannerdocument.h"

#include "liveplan.h"
#include "roadmaptreemodel.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaparchive.h"
#include "storage/roadmaprepository.h"
#include "storage/transaction.h"
#include "studylog.h"

#include <QFileInfo>
#include <QSet>

namespace Masar {

namespace {

/// Stored prerequisite lists, as the document keeps them: an empty list is no entry.
void adoptPrerequisites(QHash<qint64, QList<qint64>> &kept,
                        const QHash<qint64, QList<qint64>> &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isEmpty())
            kept.remove(it.key());
        else
            kept.insert(it.key(), it.value());
    }
}

} // namespace

std::function<Result<qint64>()> PlannerDocument::storingAside(const RoadmapDocumentData &data) const
{
    const QString path = m_database.path();
    if (!QFileInfo(path).isFile())
        return {};
    return [path, data] { return RoadmapArchive::storeAlongside(path, data); };
}

Result<qint64> PlannerDocument::applyImport(const RoadmapDocumentData &data, qint64 storedId)
{
    auto id = storedId ? Result<qint64>(storedId) : RoadmapArchive(m_database).store(data);
    if (!id) {
        report(Error{id.error()});
        return id;
    }
    emit roadmapsChanged();
    if (Status opened = openRoadmap(id.value(), true); !opened) {
        report(opened);
        return Error{opened.error()};
    }
    return id;
}

Status PlannerDocument::applyUnimport(qint64 id, qint64 reopen, int sessions, int notes)
{
    auto archive = RoadmapArchive(m_database).read(id);
    if (!archive) {
        report(Error{archive.error()});
        return Error{archive.error()};
    }
    if (archive->sessions.size() > sessions || archive->notes.size() > notes) {
        const Error refused{tr("The import of “%1” is not undone: study sessions or notes were "
                               "added to it since. Remove the roadmap itself if it is no longer "
                               "wanted.")
                                .arg(archive->roadmap.titleEn)};
        report(refused);
        return refused;
    }
    if (Status removed = m_roadmaps->remove(id); !removed) {
        report(removed);
        return removed;
    }
    emit roadmapsChanged();
    Status opened = reopen ? openRoadmap(reopen, true) : openInitialRoadmap();
    if (!opened)
        report(opened);
    return opened;
}

Status PlannerDocument::applyNodes(const QList<RoadmapNode> &nodes)
{
    Status stored = m_nodes->update(nodes);
    if (stored) {
        m_treeModel->updateNodes(nodes);
        if (m_plan->follow(nodes, !m_prerequisites.isEmpty(), m_studyLog->studiedMinutes()))
            startPlanning();
        else
            replan();
    }
    report(stored);
    return stored;
}

Result<QList<RoadmapNodeTree>> PlannerDocument::applyInsert(qint64 parentId, int row,
                                                            const QList<RoadmapNodeTree> &trees)
{
    auto stored = m_nodes->insert(m_current.id, parentId, row, trees);
    if (stored) {
        m_treeModel->insertTrees(parentId, row, stored.value());
        const QList<RoadmapNodeTree> &added = stored.value();
        if (added.size() == 1 &&
            m_plan->followInsert(added.constFirst().node.id, !m_prerequisites.isEmpty(),
                                 m_studyLog->studiedMinutes()))
            startPlanning();
        else
            replan();
    } else {
        report(Error{stored.error()});
    }
    return stored;
}

Status PlannerDocument::applyRemove(const QList<qint64> &ids)
{
    // Everything that goes, subtrees included: their prerequisites go with them (the database
    // cascades; the document follows).
    QSet<qint64> gone;
    for (qint64 id : ids) {
        QList<qint64> stack{id};
        while (!stack.isEmpty()) {
            const qint64 current = stack.takeLast();
            gone.insert(current);
            stack.append(m_treeModel->childIds(current));
        }
    }
    Status stored = m_nodes->remove(m_current.id, ids);
    if (stored) {
        for (auto it = m_prerequisites.begin(); it != m_prerequisites.end();) {
            if (gone.contains(it.key())) {
                it = m_prerequisites.erase(it);
                continue;
            }
            it->erase(
                std::remove_if(it->begin(), it->end(), [&](qint64 p) { return gone.contains(p); }),
                it->end());
            it = it->isEmpty() ? m_prerequisites.erase(it) : std::next(it);
        }
        for (qint64 id : ids)
            m_treeModel->removeNode(id);
        replan();
    }
    report(stored);
    return stored;
}

Status PlannerDocument::applyRestore(const QList<Restored> &trees,
                                     const QHash<qint64, QList<qint64>> &prerequisites)
{
    QList<QList<RoadmapNodeTree>> stored;
    {
        // The repositories' own transactions join this one: nothing is kept unless all is.
        Transaction transaction(m_database.connection());
        Status status;
        for (const Restored &restored : trees) {
            auto added =
                m_nodes->insert(m_current.id, restored.parentId, restored.row, {restored.tree});
            if (!added) {
                status = Error{added.error()};
                break;
            }
            stored.append(added.value());
        }
        if (status && !prerequisites.isEmpty())
            status = m_nodes->setPrerequisites(prerequisites);
        if (status)
            status = transaction.commit();
        if (!status) {
            report(status);
            return status;
        }
    }
    for (int i = 0; i < trees.size(); ++i)
        m_treeModel->insertTrees(trees.at(i).parentId, trees.at(i).row, stored.at(i));
    adoptPrerequisites(m_prerequisites, prerequisites);
    replan();
    return {};
}

Status PlannerDocument::applyChildOrders(const QList<ChildOrder> &orders)
{
    Status stored = m_nodes->setOrders(m_current.id, orders);
    if (stored) {
        // Place each listed child at its index; nodes not yet placed move right as we go.
        for (const ChildOrder &order : orders) {
            for (int i = 0; i < order.children.size(); ++i) {
                const qint64 id = order.children.at(i);
                const RoadmapNode *node = m_treeModel->node(id);
                if (!node || (node->parentId == order.parentId && node->position == i))
                    continue;
                m_treeModel->moveNode(id, order.parentId, i);
            }
        }
        replan();
    }
    report(stored);
    return stored;
}

Status PlannerDocument::applyAvailability(const Availability &availability)
{
    Status stored = m_plans->saveAvailability(m_current.id, availability);
    if (stored) {
        m_availability = availability;
        replan();
    }
    report(stored);
    return stored;
}

Status PlannerDocument::applyPrerequisites(const QHash<qint64, QList<qint64>> &changes)
{
    Status stored = m_nodes->setPrerequisites(changes);
    if (stored) {
        adoptPrerequisites(m_prerequisites, changes);
        replan();
    }
    report(stored);
    return stored;
}

} // namespace Masar
