// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace Masar::WebLinks {

/**
 * Whether Masar hands `url` to the desktop: only web pages (http, https) and mail (mailto).
 * Links in notes and roadmaps come from files anyone may have written, so file:, smb:, data:,
 * javascript: and every other scheme are never opened.
 */
bool isAllowed(const QUrl &url);

/// Opens an allowed link in the learner's browser or mail program; false (and nothing opened)
/// otherwise. Called only from a click.
bool open(const QUrl &url);

} // namespace Masar::WebLinks
