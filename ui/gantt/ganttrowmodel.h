// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/roadmaptreemodel.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace Masar {

/**
 * The calendar's rows: the roadmap tree as the list of rows an outline shows, given which items
 * are expanded. A table view draws it (GanttTreeView), so that adding a row costs moving a
 * vector and the rows on screen, not laying out every expanded row again as QTreeView does.
 *
 * It follows the tree model: new and removed items become inserted and removed rows; a move
 * becomes a move of rows, and a change of the tree's layout a layout change, both keeping the
 * current row. Built from the tree's outline, an array, so that a new calendar over a large
 * roadmap does not visit every item. Expansion is kept by item id, so an item removed and
 * brought back by undo comes back as it was.
 */
class GanttRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        DepthRole = Qt::UserRole + 100, ///< 0 for the top level
        HasChildrenRole,
        ExpandedRole,
    };

    /// Shows the items expanded down to `depth` (see expandToDepth()).
    GanttRowModel(RoadmapTreeModel *source, int depth, QObject *parent);

    RoadmapTreeModel *source() const { return m_source; }
    qint64 idAt(int row) const;
    /// The row showing `id`, or -1 when it is hidden under a collapsed item. Scans the rows.
    int rowOf(qint64 id, int from = 0) const;
    int depthAt(int row) const;
    bool hasChildrenAt(int row) const;
    bool isExpanded(qint64 id) const { return m_expanded.contains(id); }
    void setExpanded(qint64 id, bool expanded);
    /// Expands the items down to `depth` (0: the top level) and collapses the others.
    void expandToDepth(int depth);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void expandedChanged(qint64 id, bool expanded);

private:
    /// Appends the rows the outline's entries [from, to) show: an item's children only when it
    /// is expanded; with `expandTo`, the items down to that depth are expanded on the way.
    void appendShown(std::size_t from, std::size_t to, std::optional<int> expandTo,
                     std::vector<qint64> &ids, std::vector<int> &depths);
    /// Appends the rows shown below `id` (none when it is collapsed).
    void appendShownBelow(qint64 id, std::vector<qint64> &ids, std::vector<int> &depths);
    /// The first row after `row` that is not below it.
    int subtreeEnd(int row) const;
    /// The row of `parentId` when its children are shown (-1 for the top level), or -2.
    int shownParentRow(qint64 parentId) const;
    /// Where the tree's new children `first`… of `parent` (shown at `parentRow`) go.
    int insertionRow(const QModelIndex &parent, int parentRow, int first) const;
    void insertShown(const QModelIndex &parent, int parentRow, int first, int last);
    /// Removes the rows of the sibling items `firstId`…`lastId` and of what is shown below them.
    void removeShown(qint64 firstId, qint64 lastId);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent);
    void sourceRowsMoved(const QModelIndex &parent, int start, int end,
                         const QModelIndex &destination, int row);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QVector<int> &roles);
    void allRowsChanged(const QVector<int> &roles = {});
    /// Works the rows out from the tree's outline; with `expandTo`, expanded down to that depth.
    void rebuild(std::optional<int> expandTo = std::nullopt);

    RoadmapTreeModel *m_source;
    std::vector<qint64> m_ids;
    std::vector<int> m_depths;
    QSet<qint64> m_expanded;
    mutable std::array<int, 8> m_recentRows{-1, -1, -1, -1, -1, -1, -1, -1};
    mutable int m_nextRecent = 0;
    QModelIndexList m_layoutFrom; ///< while the tree's layout changes
    QList<qint64> m_layoutIds;
};

} // namespace Masar
