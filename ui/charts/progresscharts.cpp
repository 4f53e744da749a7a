// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresscharts.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QWidget>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>

namespace Masar::ProgressCharts {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setTheme(isDark(parent) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // No card: the chart sits on the page's own background (names drawn beside a plot stay on it).
    chart->setBackgroundVisible(false);
    const QColor text = parent->palette().color(QPalette::WindowText);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(parent->palette().window());
    view->setMinimumSize(380, 260);
    return view;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace Masar::ProgressCharts
