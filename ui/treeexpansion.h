// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTreeView;

namespace Masar::TreeExpansion {

/**
 * Expands every item of the view down to `depth` (0: the top-level items) and collapses the
 * rest, like QTreeView::expandToDepth(), with a single layout of the view: expandToDepth() lays
 * the view out again for each item it expands, which takes seconds on a roadmap of 100,000
 * items.
 */
void expandToDepth(QTreeView *view, int depth);

} // namespace Masar::TreeExpansion
