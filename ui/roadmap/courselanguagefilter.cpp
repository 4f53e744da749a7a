// SPDX-License-Identifier: GPL-3.0-or-later
#include "courselanguagefilter.h"

#include "document/roadmaptreemodel.h"

namespace Masar {

CourseLanguageFilter::CourseLanguageFilter(RoadmapTreeModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
}

QString CourseLanguageFilter::key(Mode mode)
{
    switch (mode) {
    case Mode::ArabicFirst:
        return QStringLiteral("arabic-first");
    case Mode::ArabicOnly:
        return QStringLiteral("arabic-only");
    case Mode::All:
        break;
    }
    return QStringLiteral("all");
}

CourseLanguageFilter::Mode CourseLanguageFilter::fromKey(const QString &key)
{
    for (Mode mode : {Mode::ArabicFirst, Mode::ArabicOnly}) {
        if (key == CourseLanguageFilter::key(mode))
            return mode;
    }
    return Mode::All;
}

void CourseLanguageFilter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    // A phase stays while any item below it is shown. Recursion, and following the source's
    // changes, only while a choice is made: showing all courses is then a pass-through.
    setRecursiveFilteringEnabled(mode == Mode::ArabicOnly);
    setDynamicSortFilter(mode != Mode::All);
    invalidateFilter();
    if (mode == Mode::ArabicFirst)
        sort(0, Qt::AscendingOrder);
    else
        sort(-1); // the roadmap's own order
}

bool CourseLanguageFilter::isArabic(const QModelIndex &sourceIndex) const
{
    const RoadmapNode *node = m_model->node(m_model->idOf(sourceIndex));
    return node && node->language == QLatin1String("ar");
}

bool CourseLanguageFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_mode != Mode::ArabicOnly)
        return true;
    return isArabic(m_model->index(sourceRow, 0, sourceParent));
}

bool CourseLanguageFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Arabic-language items first; otherwise the roadmap's order among siblings.
    const bool leftArabic = isArabic(left);
    if (leftArabic != isArabic(right))
        return leftArabic;
    return left.row() < right.row();
}

} // namespace Masar
