// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/studysession.h"
#include "result.h"

#include <QList>

namespace Masar {

class Database;

/**
 * Study sessions of a roadmap, and the focus timer that is running (kept in the database so that
 * a crash does not lose it).
 */
class SessionRepository
{
public:
    explicit SessionRepository(Database &database) : m_db(database) {}

    /// All sessions of the roadmap, oldest first.
    Result<QList<StudySession>> sessions(qint64 roadmapId) const;
    /// Stores the session (a new id unless it has one); returns it with its id.
    Result<StudySession> add(qint64 roadmapId, const StudySession &session);
    Status update(const StudySession &session);
    Status remove(qint64 id);

    /// The running focus timer: node, when it started, seconds already paused, and when the
    /// current pause began (null: running).
    struct RunningTimer
    {
        qint64 nodeId = 0;
        QDateTime started;
        qint64 pausedSeconds = 0;
        QDateTime pausedAt;
        QDateTime alive; ///< last moment the app was known to run with the timer
        int focusMinutes = 25;
        bool isValid() const { return started.isValid(); }
        bool operator==(const RunningTimer &other) const = default;
    };
    Result<RunningTimer> runningTimer(qint64 roadmapId) const;
    Status saveRunningTimer(qint64 roadmapId, const RunningTimer &timer);
    Status clearRunningTimer(qint64 roadmapId);

private:
    Database &m_db;
};

} // namespace Masar
