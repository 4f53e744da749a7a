// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Masar {

/**
 * Charts say that they are charts. Qt gives a chart view (a graphics view) and the study-day
 * heatmap (a plain widget) no role of their own, so a screen reader would announce an unnamed
 * pane. install() adds, once, an accessibility factory that gives both the chart role and, as
 * their name, their accessible name or else the chart's title.
 */
namespace ChartAccessible {

void install();

} // namespace ChartAccessible

} // namespace Masar
