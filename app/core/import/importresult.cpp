// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

namespace Masar {

namespace {

/// `place` counts the nodes depth-first (as RoadmapDocumentData refers to them); notes go to
/// `notes`.
QList<RoadmapNodeTree> toTrees(const QVector<ImportedNode> &nodes, int &place, QList<Note> &notes)
{
    QList<RoadmapNodeTree> trees;
    for (const ImportedNode &imported : nodes) {
        if (!imported.included)
            continue;
        RoadmapNodeTree tree;
        tree.node = imported.node;
        ++place;
        if (!imported.note.isEmpty()) {
            Note note;
            note.nodeId = place;
            note.title = imported.node.title;
            note.body = imported.note;
            notes.append(note);
        }
        tree.children = toTrees(imported.children, place, notes);
        if (!tree.children.isEmpty()) {
            // A parent's effort is its children's; what its own text said stays as stated.
            tree.node.effortMinutes = 0;
            tree.node.effortLowMinutes = 0;
            tree.node.effortHighMinutes = 0;
        }
        trees.append(tree);
    }
    return trees;
}

void count(const QVector<ImportedNode> &nodes, bool optionalAbove, int &all, int &stated,
           qint64 &minutes)
{
    for (const ImportedNode &node : nodes) {
        if (!node.included)
            continue;
        ++all;
        if (node.stated && !node.defaultEffort)
            ++stated;
        const bool optional = optionalAbove || node.node.optional;
        bool hasChildren = false;
        for (const ImportedNode &child : node.children)
            hasChildren = hasChildren || child.included;
        if (!hasChildren && !optional)
            minutes += node.node.effortMinutes;
        count(node.children, optional, all, stated, minutes);
    }
}

} // namespace

RoadmapDocumentData ImportResult::toDocument() const
{
    RoadmapDocumentData data;
    data.roadmap = roadmap;
    int place = 0;
    data.nodes = toTrees(nodes, place, data.notes);
    return data;
}

int ImportResult::totalMinutes() const
{
    int all = 0;
    int stated = 0;
    qint64 minutes = 0;
    count(nodes, false, all, stated, minutes);
    return int(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
}

int ImportResult::nodeCount() const
{
    int all = 0;
    int stated = 0;
    qint64 minutes = 0;
    count(nodes, false, all, stated, minutes);
    return all;
}

int ImportResult::statedCount() const
{
    int all = 0;
    int stated = 0;
    qint64 minutes = 0;
    count(nodes, false, all, stated, minutes);
    return stated;
}

} // namespace Masar
