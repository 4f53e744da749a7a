// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttrowmodel.h"

#include <algorithm>

namespace Masar {

GanttRowModel::GanttRowModel(RoadmapTreeModel *source, int depth, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::rowsInserted, this, &GanttRowModel::sourceRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &GanttRowModel::sourceRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &parent) { sourceRowsRemoved(parent); });
    connect(source, &QAbstractItemModel::rowsMoved, this, &GanttRowModel::sourceRowsMoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &GanttRowModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    // The tree's layout changes when the language changes (the titles shown); rows stay.
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        emit layoutAboutToBeChanged();
        m_layoutFrom = persistentIndexList();
        m_layoutIds.clear();
        for (const QModelIndex &index : std::as_const(m_layoutFrom))
            m_layoutIds.append(idAt(index.row()));
    });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        rebuild();
        QModelIndexList to;
        for (int i = 0; i < m_layoutFrom.size(); ++i) {
            const int row = rowOf(m_layoutIds.at(i));
            to.append(row < 0 ? QModelIndex() : index(row, m_layoutFrom.at(i).column()));
        }
        changePersistentIndexList(m_layoutFrom, to);
        m_layoutFrom.clear();
        m_layoutIds.clear();
        emit layoutChanged();
    });
    rebuild(depth);
}

qint64 GanttRowModel::idAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[size_t(row)] : 0;
}

int GanttRowModel::rowOf(qint64 id, int from) const
{
    if (from < 0 || from >= int(m_ids.size()))
        return -1;
    // The rows asked for lately first: a change announces each cell of an item in turn.
    for (int row : m_recentRows) {
        if (row >= from && row < int(m_ids.size()) && m_ids[size_t(row)] == id)
            return row;
    }
    const auto it = std::find(m_ids.begin() + from, m_ids.end(), id);
    if (it == m_ids.end())
        return -1;
    const int row = int(it - m_ids.begin());
    m_recentRows[m_nextRecent] = row;
    m_nextRecent = (m_nextRecent + 1) % int(m_recentRows.size());
    return row;
}

int GanttRowModel::depthAt(int row) const
{
    return row >= 0 && row < int(m_depths.size()) ? m_depths[size_t(row)] : 0;
}

bool GanttRowModel::hasChildrenAt(int row) const
{
    return m_source->childCount(idAt(row)) > 0;
}

void GanttRowModel::setExpanded(qint64 id, bool expanded)
{
    if (id == 0 || expanded == m_expanded.contains(id))
        return;
    if (expanded)
        m_expanded.insert(id);
    else
        m_expanded.remove(id);
    const int row = rowOf(id);
    if (row >= 0) {
        if (expanded) {
            std::vector<qint64> ids;
            std::vector<int> depths;
            appendShownBelow(id, ids, depths);
            if (!ids.empty()) {
                beginInsertRows({}, row + 1, row + int(ids.size()));
                m_ids.insert(m_ids.begin() + row + 1, ids.begin(), ids.end());
                m_depths.insert(m_depths.begin() + row + 1, depths.begin(), depths.end());
                endInsertRows();
            }
        } else if (const int end = subtreeEnd(row); end > row + 1) {
            beginRemoveRows({}, row + 1, end - 1);
            m_ids.erase(m_ids.begin() + row + 1, m_ids.begin() + end);
            m_depths.erase(m_depths.begin() + row + 1, m_depths.begin() + end);
            endRemoveRows();
        }
        const QModelIndex cell = index(row, 0);
        emit dataChanged(cell, cell, {ExpandedRole});
    }
    emit expandedChanged(id, expanded);
}

void GanttRowModel::expandToDepth(int depth)
{
    beginResetModel();
    rebuild(depth);
    endResetModel();
}

int GanttRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int GanttRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RoadmapTreeModel::ColumnCount;
}

QVariant GanttRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_ids.size()))
        return {};
    const qint64 id = m_ids[size_t(index.row())];
    switch (role) {
    case DepthRole:
        return m_depths[size_t(index.row())];
    case HasChildrenRole:
        return m_source->childCount(id) > 0;
    case ExpandedRole:
        return m_expanded.contains(id);
    }
    return m_source->data(m_source->indexOf(id, index.column()), role);
}

QVariant GanttRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return {};
    return m_source->headerData(section, orientation, role);
}

Qt::ItemFlags GanttRowModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    // Shown, selected and opened here; edited and moved on the Roadmap page.
    return (m_source->flags(m_source->indexOf(idAt(index.row()), index.column())) &
            ~(Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled)) |
           Qt::ItemNeverHasChildren;
}

void GanttRowModel::appendShown(std::size_t from, std::size_t to, std::optional<int> expandTo,
                                std::vector<qint64> &ids, std::vector<int> &depths)
{
    const std::vector<RoadmapTreeModel::OutlineEntry> &all = m_source->outline();
    for (std::size_t i = from; i < to;) {
        const RoadmapTreeModel::OutlineEntry &entry = all[i++];
        ids.push_back(entry.id);
        depths.push_back(entry.depth);
        if (i == to || all[i].depth <= entry.depth)
            continue; // no children
        if (expandTo && entry.depth <= *expandTo)
            m_expanded.insert(entry.id);
        else if (expandTo || !m_expanded.contains(entry.id))
            while (i < to && all[i].depth > entry.depth)
                ++i;
    }
}

void GanttRowModel::appendShownBelow(qint64 id, std::vector<qint64> &ids, std::vector<int> &depths)
{
    const std::vector<RoadmapTreeModel::OutlineEntry> &all = m_source->outline();
    const auto at =
        std::find_if(all.cbegin(), all.cend(),
                     [id](const RoadmapTreeModel::OutlineEntry &e) { return e.id == id; });
    if (at == all.cend())
        return;
    auto end = at + 1;
    while (end != all.cend() && end->depth > at->depth)
        ++end;
    appendShown(std::size_t(at + 1 - all.cbegin()), std::size_t(end - all.cbegin()), std::nullopt,
                ids, depths);
}

int GanttRowModel::subtreeEnd(int row) const
{
    const int depth = m_depths[size_t(row)];
    int end = row + 1;
    while (end < int(m_depths.size()) && m_depths[size_t(end)] > depth)
        ++end;
    return end;
}

int GanttRowModel::shownParentRow(qint64 parentId) const
{
    if (parentId == 0)
        return -1;
    if (!m_expanded.contains(parentId))
        return -2;
    const int row = rowOf(parentId);
    return row >= 0 ? row : -2;
}

int GanttRowModel::insertionRow(const QModelIndex &parent, int parentRow, int first) const
{
    if (first == 0)
        return parentRow + 1;
    const qint64 previous = m_source->idOf(m_source->index(first - 1, 0, parent));
    const int previousRow = rowOf(previous, parentRow + 1);
    return previousRow < 0 ? parentRow + 1 : subtreeEnd(previousRow);
}

void GanttRowModel::insertShown(const QModelIndex &parent, int parentRow, int first, int last)
{
    const int at = insertionRow(parent, parentRow, first);
    const int depth = parentRow < 0 ? 0 : m_depths[size_t(parentRow)] + 1;
    std::vector<qint64> ids;
    std::vector<int> depths;
    for (int row = first; row <= last; ++row) {
        const qint64 id = m_source->idOf(m_source->index(row, 0, parent));
        ids.push_back(id);
        depths.push_back(depth);
        if (m_expanded.contains(id))
            appendShownBelow(id, ids, depths);
    }
    beginInsertRows({}, at, at + int(ids.size()) - 1);
    m_ids.insert(m_ids.begin() + at, ids.begin(), ids.end());
    m_depths.insert(m_depths.begin() + at, depths.begin(), depths.end());
    endInsertRows();
}

void GanttRowModel::removeShown(qint64 firstId, qint64 lastId)
{
    const int from = rowOf(firstId);
    if (from < 0)
        return;
    const int to = subtreeEnd(rowOf(lastId, from));
    beginRemoveRows({}, from, to - 1);
    m_ids.erase(m_ids.begin() + from, m_ids.begin() + to);
    m_depths.erase(m_depths.begin() + from, m_depths.begin() + to);
    endRemoveRows();
}

void GanttRowModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    const qint64 parentId = m_source->idOf(parent);
    if (const int parentRow = shownParentRow(parentId); parentRow != -2)
        insertShown(parent, parentRow, first, last);
    if (parentId != 0 && m_source->childCount(parentId) == last - first + 1)
        allRowsChanged({HasChildrenRole}); // its first children: it gets an expander
}

void GanttRowModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (shownParentRow(m_source->idOf(parent)) == -2)
        return;
    removeShown(m_source->idOf(m_source->index(first, 0, parent)),
                m_source->idOf(m_source->index(last, 0, parent)));
}

void GanttRowModel::sourceRowsRemoved(const QModelIndex &parent)
{
    if (parent.isValid() && m_source->childCount(m_source->idOf(parent)) == 0)
        allRowsChanged({HasChildrenRole}); // its last child went: no more expander
}

void GanttRowModel::sourceRowsMoved(const QModelIndex &parent, int start, int end,
                                    const QModelIndex &destination, int row)
{
    // The tree has moved the items already; these rows still show them where they were. `row`
    // counts the destination's rows before the move.
    const int count = end - start + 1;
    const bool sameParent = m_source->idOf(parent) == m_source->idOf(destination);
    const int first = sameParent && row > end ? row - count : row;
    const qint64 firstId = m_source->idOf(m_source->index(first, 0, destination));
    const qint64 lastId = m_source->idOf(m_source->index(first + count - 1, 0, destination));
    const int destinationRow = shownParentRow(m_source->idOf(destination));
    const int from = rowOf(firstId);
    if (from < 0) {
        if (destinationRow != -2)
            insertShown(destination, destinationRow, first, first + count - 1);
        allRowsChanged({HasChildrenRole});
        return;
    }
    if (destinationRow == -2) {
        removeShown(firstId, lastId);
        allRowsChanged({HasChildrenRole});
        return;
    }
    const int to = subtreeEnd(rowOf(lastId, from));
    const int at = insertionRow(destination, destinationRow, first);
    const int depthShift =
        (destinationRow < 0 ? 0 : m_depths[size_t(destinationRow)] + 1) - m_depths[size_t(from)];
    if (at < from || at > to) {
        beginMoveRows({}, from, to - 1, {}, at);
        if (at < from) {
            std::rotate(m_ids.begin() + at, m_ids.begin() + from, m_ids.begin() + to);
            std::rotate(m_depths.begin() + at, m_depths.begin() + from, m_depths.begin() + to);
        } else {
            std::rotate(m_ids.begin() + from, m_ids.begin() + to, m_ids.begin() + at);
            std::rotate(m_depths.begin() + from, m_depths.begin() + to, m_depths.begin() + at);
        }
        endMoveRows();
    }
    if (depthShift != 0) {
        const int moved = at < from ? at : (at > to ? at - (to - from) : from);
        for (int i = moved; i < moved + (to - from); ++i)
            m_depths[size_t(i)] += depthShift;
    }
    allRowsChanged({DepthRole, HasChildrenRole});
}

void GanttRowModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QVector<int> &roles)
{
    const QModelIndex parent = topLeft.parent();
    const qint64 parentId = m_source->idOf(parent);
    if (parentId != 0 && !m_expanded.contains(parentId))
        return; // not shown
    if (bottomRight.parent() != parent || bottomRight.row() - topLeft.row() >= 16) {
        allRowsChanged(roles); // finding many rows would cost more than repainting the view
        return;
    }
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int row = rowOf(m_source->idOf(m_source->index(sourceRow, 0, parent)));
        if (row >= 0)
            emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

void GanttRowModel::allRowsChanged(const QVector<int> &roles)
{
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

void GanttRowModel::rebuild(std::optional<int> expandTo)
{
    // One run through the tree's outline, over the items below collapsed ones.
    const std::size_t count = m_source->outline().size();
    if (expandTo)
        m_expanded.clear();
    m_ids.clear();
    m_depths.clear();
    m_ids.reserve(count);
    m_depths.reserve(count);
    appendShown(0, count, expandTo, m_ids, m_depths);
    m_recentRows.fill(-1);
}

} // namespace Masar
