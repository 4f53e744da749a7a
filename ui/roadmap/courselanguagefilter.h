// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Masar {

class RoadmapTreeModel;

/**
 * The Roadmap page's view of the tree by the language courses are taught in (each item's
 * content language, from the roadmap or detected at import): all items in the roadmap's order,
 * Arabic-language items first among their siblings, or only Arabic-language items with the
 * phases that hold them. The roadmap and its plan are not changed; the choice is remembered.
 */
class CourseLanguageFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        All,
        ArabicFirst,
        ArabicOnly
    };

    CourseLanguageFilter(RoadmapTreeModel *model, QObject *parent);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    static QString key(Mode mode); ///< "all", "arabic-first", "arabic-only" (settings)
    static Mode fromKey(const QString &key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool isArabic(const QModelIndex &sourceIndex) const;

    RoadmapTreeModel *m_model;
    Mode m_mode = Mode::All;
};

} // namespace Masar
