// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"

#include <QIcon>
#include <QStringList>

namespace Masar::Icons {

/**
 * The first of `names` (freedesktop names first, then the fallback theme's own) that the icon
 * theme has; a null icon when none has it, so a button then shows its text only.
 */
QIcon themed(const QStringList &names);

/**
 * As themed(), for an icon that points along the reading direction (indent, undo, skip, next):
 * it is drawn mirrored while the application's layout direction is right to left. The direction
 * is read when the icon is drawn, so a language switch at run time needs no new icon.
 */
QIcon directional(const QStringList &names);

/// The icon of a status, the same wherever statuses are set.
QIcon status(RoadmapNode::Status status);

/// The application's own icon: the installed theme's, or the copy built into the program.
QIcon application();

} // namespace Masar::Icons
