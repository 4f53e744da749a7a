// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QStringList>

/// Looking into an import's tree, for the importer tests.
namespace ImportedNodes {

/// The first node with this title, depth first.
inline const Masar::ImportedNode *find(const QVector<Masar::ImportedNode> &nodes,
                                       const QString &title)
{
    for (const Masar::ImportedNode &node : nodes) {
        if (node.node.title == title)
            return &node;
        if (const Masar::ImportedNode *below = find(node.children, title))
            return below;
    }
    return nullptr;
}

/// The titles of `nodes` (one level).
inline QStringList titles(const QVector<Masar::ImportedNode> &nodes)
{
    QStringList list;
    for (const Masar::ImportedNode &node : nodes)
        list.append(node.node.title);
    return list;
}

} // namespace ImportedNodes
