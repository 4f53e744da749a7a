// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace Masar {

/**
 * The current roadmap's node tree as a Qt item model (title, area, effort, status columns).
 *
 * It holds the nodes in memory and changes only through the mutation functions, which the
 * PlannerDocument calls after storage accepted the change; views edit through setData() and
 * drops, which the model hands to the document's handlers so that every edit is an undo command.
 */
class RoadmapTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        AreaColumn,
        EffortColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        KindRole,
        StatusRole,
        AreaRole,
        OptionalRole,
        TotalMinutesRole,
        MismatchRole,
        UrlRole,
        LanguageRole,
    };

    using EditHandler = std::function<bool(qint64 id, int column, const QVariant &value)>;
    using MoveHandler = std::function<void(const QList<qint64> &ids, qint64 parentId, int row)>;

    explicit RoadmapTreeModel(QObject *parent);
    ~RoadmapTreeModel() override;

    // Reading ----------------------------------------------------------------------------------
    const RoadmapNode *node(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;
    qint64 idOf(const QModelIndex &index) const;
    QList<qint64> childIds(qint64 parentId) const;
    RoadmapNodeTree subtree(qint64 id) const;
    QList<RoadmapNode> nodes() const; ///< depth-first in display order (parents first)
    int childCount(qint64 parentId) const;
    struct OutlineEntry
    {
        qint64 id;
        int depth; ///< 0 for the top level
    };
    /// Every item depth-first in display order with its depth, kept up to date with every
    /// change: reading it runs through one array instead of every item of the tree.
    const std::vector<OutlineEntry> &outline() const { return m_outline; }
    int totalMinutes(qint64 id) const;
    bool isAncestor(qint64 ancestorId, qint64 id) const;
    QString displayTitle(const RoadmapNode &node) const;

    // Mutations (storage has already accepted them) --------------------------------------------
    void reset(const QList<RoadmapNode> &nodes);
    void updateNodes(const QList<RoadmapNode> &nodes);
    void insertTrees(qint64 parentId, int row, const QList<RoadmapNodeTree> &trees);
    void removeNode(qint64 id);
    void moveNode(qint64 id, qint64 newParentId, int row);

    void setDisplayLanguage(const QString &language);
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setMoveHandler(MoveHandler handler) { m_moveHandler = std::move(handler); }
    /// Called after language changes so headers and translated values refresh.
    void retranslate();

    // QAbstractItemModel -----------------------------------------------------------------------
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString formatMinutes(int minutes); ///< "14 h", "1 h 30 min" (translated)

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    Item *itemFor(qint64 id) const;
    QModelIndex indexFor(const Item *item, int column) const;
    void insertTree(Item *parent, int row, const RoadmapNodeTree &tree);
    void renumber(Item *parent);
    /// Recomputes an item's effort total and mismatch from its children; true when they changed.
    bool refreshTotal(Item *item, bool announce);
    void refreshTotalsUpFrom(Item *item);
    void recomputeTotals(Item *top, bool announce);
    void emitRowChanged(const Item *item);
    int depthOf(const Item *item) const; ///< -1 for the root
    void appendOutline(const Item *top, int depth, std::vector<OutlineEntry> &out) const;
    int outlineRow(qint64 id) const;
    int outlineEnd(int row) const; ///< the first outline row after `row` that is not below it
    /// Where a child inserted at `row` of `parent` goes in the outline.
    int outlineInsertRow(const Item *parent, int row) const;

    std::unique_ptr<Item> m_root;
    QHash<qint64, Item *> m_items;
    std::vector<OutlineEntry> m_outline;
    QString m_language = QStringLiteral("en");
    EditHandler m_editHandler;
    MoveHandler m_moveHandler;
};

} // namespace Masar
