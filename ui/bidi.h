// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Masar {

/**
 * Text of the other direction inside the interface's: an English course title or duration in the
 * Arabic interface (and an Arabic title in the English one) is embedded in its own direction, so
 * that brackets, numbers and punctuation at its ends stay where the text puts them instead of
 * moving to the other end ("(4 weeks)" would otherwise show as "(weeks (4").
 */
namespace Bidi {

/// Qt::LeftToRight or Qt::RightToLeft by the first strong letter of `text` (as the Unicode
/// bidi algorithm orders a paragraph), Qt::LayoutDirectionAuto when it has none (empty, digits
/// and punctuation only).
Qt::LayoutDirection strongDirection(QStringView text);

/// `text` embedded in the direction of its first strong character, when that differs from the
/// interface's (QGuiApplication::layoutDirection()); otherwise unchanged.
QString embedded(const QString &text);

} // namespace Bidi

} // namespace Masar
