// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartscompat.h"

#include <QString>

class QWidget;

/// What the Progress page's charts share: their look, and the hover tip.
namespace Masar::ProgressCharts {

/// Whether `w` is drawn in dark colours.
bool isDark(const QWidget *w);

/// A chart view styled for the page: palette-following theme, locale numbers, no margins.
QChartView *makeView(QChart *chart, QWidget *parent);

/// Shows `text` as a tool tip at the mouse.
void showTip(const QString &text);

} // namespace Masar::ProgressCharts
