// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmaptreemodel.h"
#include "roadmaptreeitem.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>
#include <vector>

namespace Masar {

namespace {
const QString kMimeType = QStringLiteral("application/x-masar-node-ids");
}

RoadmapTreeModel::RoadmapTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{}

RoadmapTreeModel::~RoadmapTreeModel() = default;

QString RoadmapTreeModel::formatMinutes(int minutes)
{
    // Digits of the UI's locale, like the dates beside them.
    const QLocale locale;
    const QString hours = locale.toString(minutes / 60);
    const QString rest = locale.toString(minutes % 60);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("RoadmapTreeModel", "%1 h").arg(hours);
    if (minutes < 60)
        return QCoreApplication::translate("RoadmapTreeModel", "%1 min").arg(rest);
    return QCoreApplication::translate("RoadmapTreeModel", "%1 h %2 min").arg(hours, rest);
}

// ---- Reading ---------------------------------------------------------------------------------

RoadmapTreeModel::Item *RoadmapTreeModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Item *>(index.internalPointer());
}

RoadmapTreeModel::Item *RoadmapTreeModel::itemFor(qint64 id) const
{
    if (id == 0)
        return m_root.get();
    return m_items.value(id, nullptr);
}

QModelIndex RoadmapTreeModel::indexFor(const Item *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), column, const_cast<Item *>(item));
}

const RoadmapNode *RoadmapTreeModel::node(qint64 id) const
{
    const Item *item = m_items.value(id, nullptr);
    return item ? &item->node : nullptr;
}

QModelIndex RoadmapTreeModel::indexOf(qint64 id, int column) const
{
    return indexFor(m_items.value(id, nullptr), column);
}

qint64 RoadmapTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? itemFor(index)->node.id : 0;
}

QList<qint64> RoadmapTreeModel::childIds(qint64 parentId) const
{
    QList<qint64> ids;
    if (const Item *item = itemFor(parentId)) {
        for (const auto &child : item->children)
            ids.append(child->node.id);
    }
    return ids;
}

RoadmapNodeTree RoadmapTreeModel::subtree(qint64 id) const
{
    RoadmapNodeTree tree;
    const Item *item = m_items.value(id, nullptr);
    if (!item)
        return tree;
    tree.node = item->node;
    for (const auto &child : item->children)
        tree.children.append(subtree(child->node.id));
    return tree;
}

QList<RoadmapNode> RoadmapTreeModel::nodes() const
{
    // Depth-first, in display order (which also puts every parent before its children).
    QList<RoadmapNode> result;
    result.reserve(m_items.size());
    std::vector<const Item *> stack;
    for (auto it = m_root->children.crbegin(); it != m_root->children.crend(); ++it)
        stack.push_back(it->get());
    while (!stack.empty()) {
        const Item *item = stack.back();
        stack.pop_back();
        result.append(item->node);
        for (auto it = item->children.crbegin(); it != item->children.crend(); ++it)
            stack.push_back(it->get());
    }
    return result;
}

int RoadmapTreeModel::childCount(qint64 parentId) const
{
    const Item *item = itemFor(parentId);
    return item ? int(item->children.size()) : 0;
}

int RoadmapTreeModel::totalMinutes(qint64 id) const
{
    const Item *item = itemFor(id);
    return item ? item->total : 0;
}

bool RoadmapTreeModel::isAncestor(qint64 ancestorId, qint64 id) const
{
    for (const Item *item = m_items.value(id, nullptr); item; item = item->parent) {
        if (item->parent && item->parent->node.id == ancestorId && ancestorId != 0)
            return true;
    }
    return false;
}

QString RoadmapTreeModel::displayTitle(const RoadmapNode &node) const
{
    if (m_language == QLatin1String("ar") && !node.titleAr.isEmpty())
        return node.titleAr;
    return node.title;
}

// ---- Mutations -------------------------------------------------------------------------------

void RoadmapTreeModel::reset(const QList<RoadmapNode> &nodes)
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_items.clear();
    // Nodes arrive parents first; sort each parent's children by position afterwards.
    QList<RoadmapNode> pending = nodes;
    for (int pass = 0; !pending.isEmpty() && pass < 2; ++pass) {
        QList<RoadmapNode> orphans;
        for (const RoadmapNode &n : pending) {
            Item *parent = itemFor(n.parentId);
            if (!parent) {
                orphans.append(n);
                continue;
            }
            auto item = std::make_unique<Item>();
            item->node = n;
            item->parent = parent;
            m_items.insert(n.id, item.get());
            parent->children.push_back(std::move(item));
        }
        pending = orphans;
    }
    for (Item *item : std::as_const(m_items)) {
        std::stable_sort(
            item->children.begin(), item->children.end(),
            [](const auto &a, const auto &b) { return a->node.position < b->node.position; });
    }
    std::stable_sort(
        m_root->children.begin(), m_root->children.end(),
        [](const auto &a, const auto &b) { return a->node.position < b->node.position; });
    recomputeTotals(m_root.get(), false); // a reset announces everything
    m_outline.clear();
    m_outline.reserve(size_t(m_items.size()));
    appendOutline(m_root.get(), 0, m_outline);
    endResetModel();
}

void RoadmapTreeModel::emitRowChanged(const Item *item)
{
    // One signal per cell: views repaint a single changed cell, while a range of cells makes
    // Qt 5's views repaint their whole viewport.
    for (int column = 0; column < ColumnCount; ++column) {
        const QModelIndex cell = indexFor(item, column);
        emit dataChanged(cell, cell);
    }
}

void RoadmapTreeModel::updateNodes(const QList<RoadmapNode> &nodes)
{
    for (const RoadmapNode &n : nodes) {
        Item *item = m_items.value(n.id, nullptr);
        if (!item)
            continue;
        // Parent and position change only through moveNode().
        const qint64 parentId = item->node.parentId;
        const int position = item->node.position;
        item->node = n;
        item->node.parentId = parentId;
        item->node.position = position;
        emitRowChanged(item);
        refreshTotal(item, false); // announced just above
        if (item->parent)
            refreshTotalsUpFrom(item->parent); // also when only "optional" changed
    }
}

void RoadmapTreeModel::insertTree(Item *parent, int row, const RoadmapNodeTree &tree)
{
    auto item = std::make_unique<Item>();
    item->node = tree.node;
    item->node.parentId = parent->node.id;
    item->parent = parent;
    Item *raw = item.get();
    m_items.insert(tree.node.id, raw);
    parent->children.insert(parent->children.begin() + row, std::move(item));
    int childRow = 0;
    for (const RoadmapNodeTree &child : tree.children)
        insertTree(raw, childRow++, child);
}

void RoadmapTreeModel::renumber(Item *parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->node.position = int(i);
}

void RoadmapTreeModel::insertTrees(qint64 parentId, int row, const QList<RoadmapNodeTree> &trees)
{
    Item *parent = itemFor(parentId);
    if (!parent || trees.isEmpty())
        return;
    row = std::clamp(row, 0, int(parent->children.size()));
    beginInsertRows(indexFor(parent, 0), row, row + int(trees.size()) - 1);
    const int depth = depthOf(parent) + 1;
    std::vector<OutlineEntry> added;
    for (int i = 0; i < trees.size(); ++i) {
        insertTree(parent, row + i, trees.at(i));
        const Item *item = parent->children[size_t(row + i)].get();
        recomputeTotals(parent->children[size_t(row + i)].get(), false);
        added.push_back({item->node.id, depth});
        appendOutline(item, depth + 1, added);
    }
    renumber(parent);
    const int at = outlineInsertRow(parent, row);
    m_outline.insert(m_outline.begin() + at, added.begin(), added.end());
    endInsertRows();
    refreshTotalsUpFrom(parent);
}

void RoadmapTreeModel::removeNode(qint64 id)
{
    Item *item = m_items.value(id, nullptr);
    if (!item)
        return;
    Item *parent = item->parent;
    const int row = item->row();
    beginRemoveRows(indexFor(parent, 0), row, row);
    std::vector<Item *> stack{item};
    while (!stack.empty()) {
        Item *current = stack.back();
        stack.pop_back();
        m_items.remove(current->node.id);
        for (const auto &child : current->children)
            stack.push_back(child.get());
    }
    parent->children.erase(parent->children.begin() + row);
    renumber(parent);
    const int at = outlineRow(id);
    m_outline.erase(m_outline.begin() + at, m_outline.begin() + outlineEnd(at));
    endRemoveRows();
    refreshTotalsUpFrom(parent);
}

void RoadmapTreeModel::moveNode(qint64 id, qint64 newParentId, int row)
{
    Item *item = m_items.value(id, nullptr);
    Item *newParent = itemFor(newParentId);
    if (!item || !newParent || newParent == item || isAncestor(id, newParentId))
        return;
    Item *oldParent = item->parent;
    const int oldRow = item->row();
    row = std::clamp(row, 0, int(newParent->children.size()));
    if (oldParent == newParent && (row == oldRow || row == oldRow + 1))
        return;
    // beginMoveRows counts the destination before the removal.
    if (!beginMoveRows(indexFor(oldParent, 0), oldRow, oldRow, indexFor(newParent, 0), row))
        return;
    const int from = outlineRow(id);
    const int to = outlineEnd(from);
    std::vector<OutlineEntry> block(m_outline.begin() + from, m_outline.begin() + to);
    m_outline.erase(m_outline.begin() + from, m_outline.begin() + to);
    std::unique_ptr<Item> owned = std::move(oldParent->children[size_t(oldRow)]);
    oldParent->children.erase(oldParent->children.begin() + oldRow);
    if (oldParent == newParent && row > oldRow)
        --row;
    owned->parent = newParent;
    owned->node.parentId = newParent->node.id;
    newParent->children.insert(newParent->children.begin() + row, std::move(owned));
    renumber(oldParent);
    if (newParent != oldParent)
        renumber(newParent);
    const int shift = depthOf(newParent) + 1 - block.front().depth;
    for (OutlineEntry &entry : block)
        entry.depth += shift;
    const int at = outlineInsertRow(newParent, row);
    m_outline.insert(m_outline.begin() + at, block.begin(), block.end());
    endMoveRows();
    refreshTotalsUpFrom(oldParent);
    if (newParent != oldParent)
        refreshTotalsUpFrom(newParent);
}

void RoadmapTreeModel::setDisplayLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    retranslate();
}

void RoadmapTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty()) {
        // Every visible text may change, no row moves. Announced before and after, as views
        // and proxies (the Roadmap page's language filter re-sorts on it) expect.
        emit layoutAboutToBeChanged();
        emit layoutChanged();
    }
}

// ---- QAbstractItemModel ----------------------------------------------------------------------

QModelIndex RoadmapTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Item *parentItem = itemFor(parent);
    if (!parentItem || row >= int(parentItem->children.size()))
        return {};
    return createIndex(row, column, parentItem->children[size_t(row)].get());
}

QModelIndex RoadmapTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent, 0);
}

int RoadmapTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Item *item = itemFor(parent);
    return item ? int(item->children.size()) : 0;
}

int RoadmapTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoadmapTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemFor(index);
    const RoadmapNode &n = item->node;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(n);
        case AreaColumn:
            return n.area == CompetencyArea::Unassigned ? QString()
                                                        : CompetencyAreas::displayName(n.area);
        case EffortColumn:
            return formatMinutes(item->total);
        case StatusColumn:
            return RoadmapNode::statusName(n.status);
        }
        return {};
    case Qt::EditRole:
        return index.column() == TitleColumn ? QVariant(n.title) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        if (index.column() == EffortColumn && item->mismatch) {
            return QCoreApplication::translate(
                       "RoadmapTreeModel",
                       "The roadmap states \"%1\" (%2) for this item, but its parts add up to %3.")
                .arg(n.durationText, formatMinutes(n.statedMinutes), formatMinutes(item->total));
        }
        if (index.column() == EffortColumn && !n.durationText.isEmpty())
            return n.durationText;
        if (index.column() == TitleColumn && n.optional) {
            return QCoreApplication::translate("RoadmapTreeModel",
                                               "Optional: not planned unless you include it.");
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == EffortColumn)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case NodeIdRole:
        return n.id;
    case KindRole:
        return int(n.kind);
    case StatusRole:
        return int(n.status);
    case AreaRole:
        return int(n.area);
    case OptionalRole:
        return n.optional;
    case TotalMinutesRole:
        return item->total;
    case MismatchRole:
        return item->mismatch;
    case UrlRole:
        return n.url;
    case LanguageRole:
        return n.language;
    }
    return {};
}

QVariant RoadmapTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("RoadmapTreeModel", "Title");
    case AreaColumn:
        return QCoreApplication::translate("RoadmapTreeModel", "Competency area");
    case EffortColumn:
        return QCoreApplication::translate("RoadmapTreeModel", "Effort");
    case StatusColumn:
        return QCoreApplication::translate("RoadmapTreeModel", "Status");
    }
    return {};
}

Qt::ItemFlags RoadmapTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RoadmapTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editHandler)
        return false;
    return m_editHandler(idOf(index), index.column(), value);
}

Qt::DropActions RoadmapTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RoadmapTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *RoadmapTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = idOf(index);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

bool RoadmapTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMimeType) || !m_moveHandler)
        return false;
    QList<qint64> ids;
    QDataStream stream(data->data(kMimeType));
    stream >> ids;
    const qint64 parentId = idOf(parent.siblingAtColumn(0));
    m_moveHandler(ids, parentId, row < 0 ? rowCount(parent.siblingAtColumn(0)) : row);
    // The move is done (as an undo command); returning false stops the view from also removing
    // the dragged rows, which a MoveAction would otherwise do.
    return false;
}

} // namespace Masar
