// SPDX-License-Identifier: GPL-3.0-or-later
#include "studytime.h"

#include <algorithm>

namespace Masar {

namespace {

struct Interval
{
    qint64 from; // seconds since the epoch
    qint64 to;
};

/// Sorts and merges intervals so that overlaps count once.
QList<Interval> merged(QList<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    QList<Interval> result;
    for (const Interval &i : std::as_const(intervals)) {
        if (!result.isEmpty() && i.from <= result.last().to)
            result.last().to = std::max(result.last().to, i.to);
        else
            result.append(i);
    }
    return result;
}

bool valid(const StudySession &s)
{
    return s.start.isValid() && s.end.isValid() && s.end > s.start;
}

} // namespace

QHash<qint64, int> StudyTime::minutesPerNode(const QList<StudySession> &sessions)
{
    QHash<qint64, QList<Interval>> byNode;
    for (const StudySession &s : sessions) {
        if (valid(s))
            byNode[s.nodeId].append({s.start.toSecsSinceEpoch(), s.end.toSecsSinceEpoch()});
    }
    QHash<qint64, int> result;
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
        qint64 seconds = 0;
        for (const Interval &i : merged(it.value()))
            seconds += i.to - i.from;
        result.insert(it.key(), int(seconds / 60));
    }
    return result;
}

QDate StudyTime::studyDay(const QDateTime &moment, int rolloverHour)
{
    return moment.toLocalTime().addSecs(-3600LL * rolloverHour).date();
}

QHash<QDate, int> StudyTime::minutesPerDay(const QList<StudySession> &sessions, int rolloverHour)
{
    QList<Interval> all;
    for (const StudySession &s : sessions) {
        if (valid(s))
            all.append({s.start.toSecsSinceEpoch(), s.end.toSecsSinceEpoch()});
    }
    QHash<QDate, qint64> seconds;
    // Local-time conversions are the expensive part: do one per study day, not per session.
    // The current day's bounds (epoch seconds) are kept until a session starts outside them.
    QDate day;
    qint64 dayStart = 1;
    qint64 dayEnd = 0;
    for (const Interval &i : merged(all)) {
        // Split at each local day boundary (shifted by the rollover hour); real timestamps make
        // a clock change (DST) day 23 or 25 hours long, and that is what is counted.
        qint64 from = i.from;
        while (from < i.to) {
            if (from >= dayEnd && from < dayEnd + 22 * 3600 && day.isValid()) {
                // The next study day (no day is shorter than 23 hours): it starts where the
                // current one ended, so only its end needs a conversion.
                day = day.addDays(1);
                dayStart = dayEnd;
                dayEnd = std::max(
                    QDateTime(day.addDays(1), QTime(rolloverHour, 0)).toSecsSinceEpoch(), from + 1);
            } else if (from < dayStart || from >= dayEnd) {
                day = studyDay(QDateTime::fromSecsSinceEpoch(from), rolloverHour);
                dayStart = QDateTime(day, QTime(rolloverHour, 0)).toSecsSinceEpoch();
                dayEnd = QDateTime(day.addDays(1), QTime(rolloverHour, 0)).toSecsSinceEpoch();
                dayStart = std::min(dayStart, from); // a wall-clock hour skipped by DST
                dayEnd = std::max(dayEnd, from + 1);
            }
            const qint64 to = std::min(i.to, dayEnd);
            seconds[day] += to - from;
            from = to;
        }
    }
    QHash<QDate, int> result;
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it)
        result.insert(it.key(), int((it.value() + 30) / 60)); // nearest minute: split parts add up
    return result;
}

QList<StudySession> StudyTime::overlapping(const QList<StudySession> &sessions,
                                           const StudySession &session)
{
    QList<StudySession> result;
    for (const StudySession &s : sessions) {
        const bool itself = session.id != 0 && s.id == session.id;
        if (!itself && valid(s) && s.start < session.end && session.start < s.end)
            result.append(s);
    }
    return result;
}

} // namespace Masar
