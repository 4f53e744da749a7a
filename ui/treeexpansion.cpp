// SPDX-License-Identifier: GPL-3.0-or-later
#include "treeexpansion.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPair>
#include <QTreeView>

namespace Masar::TreeExpansion {

void expandToDepth(QTreeView *view, int depth)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    view->collapseAll(); // lays out the top level only
    // With a layout pending, expand() only notes the item; the view is laid out once, later.
    view->setRootIndex(view->rootIndex());
    QList<QPair<QModelIndex, int>> pending{{view->rootIndex(), -1}};
    while (!pending.isEmpty()) {
        const auto [parent, level] = pending.takeLast();
        if (level + 1 > depth)
            continue;
        const int rows = model->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (!model->hasChildren(child))
                continue;
            view->expand(child);
            pending.append({child, level + 1});
        }
    }
}

} // namespace Masar::TreeExpansion
