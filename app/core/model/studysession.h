// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Masar {

/**
 * A stretch of real study on one node, with real timestamps (stored in UTC), logged by hand or
 * by the focus timer. The node may have been removed since; the session then stays, unlinked.
 */
struct StudySession
{
    enum class Source
    {
        Manual,
        Timer
    };

    qint64 id = 0;
    qint64 nodeId = 0;
    QDateTime start;
    QDateTime end;
    Source source = Source::Manual;
    QString note;

    int minutes() const { return start.isValid() && end > start ? int(start.secsTo(end) / 60) : 0; }
    bool operator==(const StudySession &other) const = default;

    static constexpr qint64 kMaxSeconds = 24 * 3600;
};

} // namespace Masar
