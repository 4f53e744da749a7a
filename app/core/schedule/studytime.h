// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/studysession.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>

namespace Masar {

/**
 * Time actually studied, from sessions, counted once: where sessions overlap, the overlap counts
 * once (per node, and per day across nodes). A "day" starts at `rolloverHour` local time, so that
 * study after midnight can count for the evening before.
 */
class StudyTime
{
public:
    /// Minutes studied per node.
    static QHash<qint64, int> minutesPerNode(const QList<StudySession> &sessions);
    /// Minutes studied per (study) day, in local time.
    static QHash<QDate, int> minutesPerDay(const QList<StudySession> &sessions,
                                           int rolloverHour = 0);
    /// The study day a moment belongs to.
    static QDate studyDay(const QDateTime &moment, int rolloverHour);
    /// Sessions of `sessions` that overlap `session` (other than itself).
    static QList<StudySession> overlapping(const QList<StudySession> &sessions,
                                           const StudySession &session);
};

} // namespace Masar
