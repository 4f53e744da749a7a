// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/studysession.h"
#include "result.h"
#include "storage/sessionrepository.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Masar {

class Database;
class PlannerDocument;

/**
 * What the learner actually studied in the open roadmap: the logged sessions (added, edited and
 * removed through undo commands) and the focus timer. The timer is stored while it runs, so a
 * crash or a kill does not lose it: the next start offers to keep or discard it.
 */
class StudyLog : public QObject
{
    Q_OBJECT

public:
    using RunningTimer = SessionRepository::RunningTimer;

    StudyLog(Database &database, PlannerDocument *document);

    /// What load() reads, apart: a roadmap is read whole before anything is replaced.
    struct Stored
    {
        qint64 roadmapId = 0;
        QList<StudySession> sessions;
        RunningTimer timer;
    };
    Result<Stored> read(qint64 roadmapId) const;
    void adopt(Stored stored);
    Status load(qint64 roadmapId);
    const QList<StudySession> &sessions() const { return m_sessions; }
    /// Minutes studied per node (overlaps counted once).
    const QHash<qint64, int> &studiedMinutes() const { return m_studied; }

    // Edits (undo commands) ---------------------------------------------------------------------
    bool add(const StudySession &session);
    bool edit(const StudySession &session);
    bool remove(qint64 id);
    /// Applied by the undo command: replaces `before` by `after` (either may be empty). A new
    /// session (id 0) gets its id written back into `after`.
    Status apply(const std::optional<StudySession> &before, std::optional<StudySession> &after);
    /// Why a session cannot be logged (empty when it can).
    QString validate(const StudySession &session, const QDateTime &now) const;

    // Focus timer ------------------------------------------------------------------------------
    const RunningTimer &timer() const { return m_timer; }
    bool isTimerRunning() const { return m_timer.isValid(); }
    bool isTimerPaused() const { return m_timer.isValid() && m_timer.pausedAt.isValid(); }
    /// Seconds of study on the running timer at `now` (pauses excluded).
    qint64 timerSeconds(const QDateTime &now) const;
    Status startTimer(qint64 nodeId, int focusMinutes, const QDateTime &now);
    Status pauseTimer(const QDateTime &now);
    Status resumeTimer(const QDateTime &now);
    /// Records that the app is alive with the timer running (called every minute).
    Status touchTimer(const QDateTime &now);
    /// Ends the timer and logs its time as a session (undoable); false when nothing was logged.
    bool stopTimer(const QDateTime &now);
    Status discardTimer();
    /// A timer left running by a previous run that ended without stopping it.
    bool hasInterruptedTimer() const { return m_interrupted; }
    /// Keeps an interrupted timer's time up to the last moment the app was known alive.
    bool keepInterruptedTimer();

signals:
    void sessionsChanged();
    void timerChanged();
    /// Something the learner should know that is not an error (e.g. overlapping sessions).
    void notice(const QString &message);

private:
    void recount();
    StudySession sessionFromTimer(const QDateTime &end) const;

    PlannerDocument *m_document;
    SessionRepository m_repository;
    qint64 m_roadmapId = 0;
    QList<StudySession> m_sessions;
    QHash<qint64, int> m_studied;
    RunningTimer m_timer;
    bool m_interrupted = false;
};

} // namespace Masar
