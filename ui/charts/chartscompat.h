// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt Charts lives in the QtCharts namespace in Qt 5 and in the global namespace in Qt 6. The UI
// includes Qt Charts through this header only.

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
QT_CHARTS_USE_NAMESPACE
#endif
