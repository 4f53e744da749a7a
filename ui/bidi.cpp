// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include <QGuiApplication>

namespace Masar::Bidi {

QString embedded(const QString &text)
{
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            // LEFT-TO-RIGHT EMBEDDING … POP DIRECTIONAL FORMATTING
            return rightToLeft ? QChar(0x202A) + text + QChar(0x202C) : text;
        case QChar::DirR:
        case QChar::DirAL:
            // RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING
            return rightToLeft ? text : QChar(0x202B) + text + QChar(0x202C);
        default:
            break;
        }
    }
    return text;
}

} // namespace Masar::Bidi
