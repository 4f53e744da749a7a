// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Masar {

/// A Markdown note, free or attached to a roadmap node. A removed node leaves its notes in place,
/// unlinked (nodeId keeps the old id; undo can bring the node back).
struct Note
{
    qint64 id = 0;
    qint64 nodeId = 0; ///< 0: a free note
    QString title;
    QString body;
    QDateTime created;
    QDateTime modified;

    bool operator==(const Note &other) const = default;
};

} // namespace Masar
