// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmaparchive.h"

#include "database.h"
#include "noderepository.h"
#include "noterepository.h"
#include "planrepository.h"
#include "roadmaprepository.h"
#include "sessionrepository.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>

namespace Masar {

namespace {

void appendDepthFirst(const QList<RoadmapNodeTree> &trees, QList<qint64> &out)
{
    for (const RoadmapNodeTree &tree : trees) {
        out.append(tree.node.id);
        appendDepthFirst(tree.children, out);
    }
}

RoadmapNodeTree buildTree(const RoadmapNode &node,
                          const QHash<qint64, QList<const RoadmapNode *>> &children)
{
    RoadmapNodeTree tree;
    tree.node = node;
    for (const RoadmapNode *child : children.value(node.id))
        tree.children.append(buildTree(*child, children));
    return tree;
}

} // namespace

QList<RoadmapNodeTree> RoadmapArchive::trees(const QList<RoadmapNode> &nodes)
{
    QHash<qint64, QList<const RoadmapNode *>> children;
    for (const RoadmapNode &node : nodes)
        children[node.parentId].append(&node);
    for (auto &list : children) {
        std::stable_sort(list.begin(), list.end(), [](const RoadmapNode *a, const RoadmapNode *b) {
            return a->position < b->position;
        });
    }
    QList<RoadmapNodeTree> result;
    for (const RoadmapNode *top : children.value(0))
        result.append(buildTree(*top, children));
    return result;
}

QList<qint64> RoadmapArchive::depthFirstIds(const QList<RoadmapNodeTree> &trees)
{
    QList<qint64> ids;
    appendDepthFirst(trees, ids);
    return ids;
}

Result<RoadmapDocumentData> RoadmapArchive::read(qint64 roadmapId) const
{
    RoadmapDocumentData data;
    auto roadmap = RoadmapRepository(m_db).find(roadmapId);
    if (!roadmap)
        return Error{roadmap.error()};
    data.roadmap = roadmap.value();
    NodeRepository nodeRepository(m_db);
    auto nodes = nodeRepository.nodes(roadmapId);
    if (!nodes)
        return Error{nodes.error()};
    data.nodes = trees(nodes.value());
    QHash<qint64, int> place;
    const QList<qint64> order = depthFirstIds(data.nodes);
    for (int i = 0; i < order.size(); ++i)
        place.insert(order.at(i), i + 1);

    auto sessions = SessionRepository(m_db).sessions(roadmapId);
    if (!sessions)
        return Error{sessions.error()};
    for (StudySession session : sessions.value()) {
        session.id = 0;
        session.nodeId = place.value(session.nodeId, 0); // a removed node: unlinked
        data.sessions.append(session);
    }
    auto notes = NoteRepository(m_db).list(roadmapId);
    if (!notes)
        return Error{notes.error()};
    // Oldest first, so that a file written, read into another database (ids in file order)
    // and written again lists them alike.
    QList<Note> ordered = notes.value();
    std::stable_sort(ordered.begin(), ordered.end(), [](const Note &a, const Note &b) {
        return a.created != b.created ? a.created < b.created : a.id < b.id;
    });
    NoteRepository noteRepository(m_db);
    for (Note note : std::as_const(ordered)) {
        auto full = noteRepository.find(note.id); // the list leaves bodies out
        if (!full)
            return Error{full.error()};
        note.body = full->body;
        note.id = 0;
        note.nodeId = place.value(note.nodeId, 0);
        data.notes.append(note);
    }
    auto prerequisites = nodeRepository.prerequisites(roadmapId);
    if (!prerequisites)
        return Error{prerequisites.error()};
    for (qint64 id : order) {
        for (qint64 before : prerequisites.value().value(id))
            data.prerequisites.append({place.value(id), place.value(before)});
    }
    auto availability = PlanRepository(m_db).availability(roadmapId, QDate());
    if (!availability)
        return Error{availability.error()};
    data.availability = availability.value();
    return data;
}

Result<qint64> RoadmapArchive::storeAlongside(const QString &databasePath,
                                              const RoadmapDocumentData &data)
{
    Database database(databasePath);
    if (Status opened = database.openAlongside(); !opened)
        return Error{opened.error()};
    return RoadmapArchive(database).store(data);
}

Result<qint64> RoadmapArchive::store(const RoadmapDocumentData &data)
{
    Transaction transaction(m_db.connection());
    auto id = RoadmapRepository(m_db).add(data);
    if (!id)
        return id;
    NodeRepository nodeRepository(m_db);
    auto nodes = nodeRepository.nodes(id.value());
    if (!nodes)
        return Error{nodes.error()};
    const QList<qint64> ids = depthFirstIds(trees(nodes.value()));
    auto idAt = [&ids](qint64 place) {
        return place > 0 && place <= ids.size() ? ids.at(place - 1) : 0;
    };

    SessionRepository sessions(m_db);
    for (StudySession session : data.sessions) {
        session.id = 0;
        session.nodeId = idAt(session.nodeId);
        if (auto added = sessions.add(id.value(), session); !added)
            return Error{added.error()};
    }
    NoteRepository notes(m_db);
    for (Note note : data.notes) {
        note.id = 0;
        note.nodeId = idAt(note.nodeId);
        if (auto added = notes.add(id.value(), note); !added)
            return Error{added.error()};
    }
    if (!data.prerequisites.isEmpty()) {
        QHash<qint64, QList<qint64>> prerequisites;
        for (const auto &pair : data.prerequisites) {
            const qint64 node = idAt(pair.first);
            const qint64 before = idAt(pair.second);
            if (node && before)
                prerequisites[node].append(before);
        }
        if (Status saved = nodeRepository.setPrerequisites(prerequisites); !saved)
            return Error{saved.error()};
    }
    if (data.availability) {
        if (Status saved = PlanRepository(m_db).saveAvailability(id.value(), *data.availability);
            !saved)
            return Error{saved.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

} // namespace Masar
