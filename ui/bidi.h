// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masar {

/**
 * Text of the other direction inside the interface's: an English course title or duration in the
 * Arabic interface (and an Arabic title in the English one) is embedded in its own direction, so
 * that brackets, numbers and punctuation at its ends stay where the text puts them instead of
 * moving to the other end ("(4 weeks)" would otherwise show as "(weeks (4").
 */
namespace Bidi {

/// `text` embedded in the direction of its first strong character, when that differs from the
/// interface's (QGuiApplication::layoutDirection()); otherwise unchanged.
QString embedded(const QString &text);

} // namespace Bidi

} // namespace Masar
