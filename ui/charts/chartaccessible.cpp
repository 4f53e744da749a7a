// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaccessible.h"

#include "chartscompat.h"
#include "heatmapwidget.h"

#include <QAccessibleWidget>

namespace Masar {

namespace {

class ChartInterface : public QAccessibleWidget
{
public:
    explicit ChartInterface(QWidget *widget) : QAccessibleWidget(widget, QAccessible::Chart) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString name = widget()->accessibleName();
            if (!name.isEmpty())
                return name;
            if (const auto *view = qobject_cast<const QChartView *>(widget());
                view && view->chart())
                return view->chart()->title();
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *chartFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<QChartView *>(object))
        return new ChartInterface(view);
    if (auto *heatmap = qobject_cast<HeatmapWidget *>(object))
        return new ChartInterface(heatmap);
    return nullptr;
}

} // namespace

void ChartAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Masar
