// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QtGlobal>

namespace Masar {

/**
 * One planned study block as a calendar event: a node studied for `minutes` from `start` on
 * `date` (wall-clock time; the writer puts it in a time zone). `uid` stays the same for the same
 * roadmap, node and day, so calendars and CalDAV servers update the event instead of adding one.
 */
struct StudyEvent
{
    QString uid;
    qint64 nodeId = 0;
    QDate date;
    QTime start;
    int minutes = 0;
    QString summary;     ///< translated: "Study: <title> — <duration>"
    QString description; ///< translated lines: the item, its phase, its link
    QString url;         ///< the node's link (empty: none)

    bool operator==(const StudyEvent &other) const = default;
};

} // namespace Masar
