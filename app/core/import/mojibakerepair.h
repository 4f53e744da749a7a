// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masar {

/**
 * Repairs text that was once UTF-8, was read as Windows-1252 or Mac Roman by some tool and saved
 * again as UTF-8 (an en dash shown as three Latin letters, an emoji as six), as happens in
 * copied READMEs. Each run of non-ASCII characters is turned back into the bytes that code page
 * gives them; only when those bytes are well-formed UTF-8 holding a multi-byte character is the
 * run replaced. Genuine text (accented Latin, Arabic) is left alone: its characters are either
 * outside the code pages or do not form UTF-8.
 */
class MojibakeRepair
{
public:
    /// Repairs `text` in place; returns the number of runs repaired.
    static int repair(QString &text);
};

} // namespace Masar
