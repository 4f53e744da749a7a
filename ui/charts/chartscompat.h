// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt Charts lives in the QtCharts namespace in Qt 5 and in the global namespace in Qt 6. The UI
// includes Qt Charts through this header and progresspage.cpp only.
//
// Qt Charts is deprecated since Qt 6.10 in favour of Qt Graphs, which has no widget API for 2D
// charts yet. Masar keeps Qt Charts, confined: the figures are computed in the core
// (ProgressStatistics), and the only code that knows Qt Charts is ProgressPage's chart builders,
// which hand out plain QWidgets (ProgressPage::charts()). Moving to Qt Graphs, once it has 2D
// widgets, means rewriting those builders and nothing else.

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
QT_CHARTS_USE_NAMESPACE
#endif
