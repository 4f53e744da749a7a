// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include <QGuiApplication>

namespace Masar::Bidi {

Qt::LayoutDirection strongDirection(QStringView text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return Qt::LayoutDirectionAuto;
}

QString embedded(const QString &text)
{
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    switch (strongDirection(text)) {
    case Qt::LeftToRight:
        // LEFT-TO-RIGHT EMBEDDING … POP DIRECTIONAL FORMATTING
        return rightToLeft ? QChar(0x202A) + text + QChar(0x202C) : text;
    case Qt::RightToLeft:
        // RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING
        return rightToLeft ? text : QChar(0x202B) + text + QChar(0x202C);
    default:
        return text;
    }
}

} // namespace Masar::Bidi
