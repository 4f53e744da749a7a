// SPDX-License-Identifier: GPL-3.0-or-later
#include "studylog.h"

#include "changesessioncommand.h"
#include "plannerdocument.h"
#include "roadmaptreemodel.h"
#include "schedule/studytime.h"

#include <QLocale>

namespace Masar {

StudyLog::StudyLog(Database &database, PlannerDocument *document)
    : QObject(document), m_document(document), m_repository(database)
{}

Result<StudyLog::Stored> StudyLog::read(qint64 roadmapId) const
{
    auto sessions = m_repository.sessions(roadmapId);
    if (!sessions)
        return Error{sessions.error()};
    auto timer = m_repository.runningTimer(roadmapId);
    if (!timer)
        return Error{timer.error()};
    return Stored{roadmapId, sessions.value(), timer.value()};
}

void StudyLog::adopt(Stored stored)
{
    m_roadmapId = stored.roadmapId;
    m_sessions = std::move(stored.sessions);
    m_timer = std::move(stored.timer);
    m_interrupted = m_timer.isValid(); // still stored at open: the last run did not stop it
    recount();
    emit sessionsChanged();
    emit timerChanged();
}

Status StudyLog::load(qint64 roadmapId)
{
    auto stored = read(roadmapId);
    if (!stored)
        return Error{stored.error()};
    adopt(std::move(stored.value()));
    return {};
}

void StudyLog::recount()
{
    m_studied = StudyTime::minutesPerNode(m_sessions);
}

QString StudyLog::validate(const StudySession &session, const QDateTime &now) const
{
    if (!session.start.isValid() || !session.end.isValid() || session.end <= session.start)
        return tr("A study session must end after it starts.");
    if (session.start.secsTo(session.end) > StudySession::kMaxSeconds)
        return tr("A study session cannot be longer than 24 hours. Log longer study as "
                  "several sessions.");
    if (session.end > now.addSecs(300))
        return tr("A study session cannot end in the future.");
    if (!m_document->treeModel()->node(session.nodeId))
        return tr("Choose the roadmap item this session was spent on.");
    return {};
}

bool StudyLog::add(const StudySession &session)
{
    if (const QString problem = validate(session, QDateTime::currentDateTime());
        !problem.isEmpty()) {
        m_document->reportError(problem);
        return false;
    }
    StudySession fresh = session;
    fresh.id = 0;
    const int overlaps = int(StudyTime::overlapping(m_sessions, fresh).size());
    const RoadmapNode *node = m_document->treeModel()->node(session.nodeId);
    const bool ok = m_document->pushCommand(new ChangeSessionCommand(
        this, std::nullopt, fresh, [minutes = fresh.minutes(), title = node->title] {
            return tr("Log %1 on \"%2\"").arg(RoadmapTreeModel::formatMinutes(minutes), title);
        }));
    if (ok && overlaps > 0) {
        emit notice(tr("This session overlaps %Ln other session(s); the shared time is counted "
                       "once.",
                       nullptr, overlaps));
    }
    return ok;
}

bool StudyLog::edit(const StudySession &session)
{
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [&](const StudySession &s) { return s.id == session.id; });
    if (it == m_sessions.cend())
        return false;
    if (*it == session)
        return true;
    if (const QString problem = validate(session, QDateTime::currentDateTime());
        !problem.isEmpty()) {
        m_document->reportError(problem);
        return false;
    }
    return m_document->pushCommand(
        new ChangeSessionCommand(this, *it, session, [] { return tr("Edit study session"); }));
}

bool StudyLog::remove(qint64 id)
{
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [&](const StudySession &s) { return s.id == id; });
    if (it == m_sessions.cend())
        return false;
    return m_document->pushCommand(new ChangeSessionCommand(
        this, *it, std::nullopt, [] { return tr("Delete study session"); }));
}

Status StudyLog::apply(const std::optional<StudySession> &before,
                       std::optional<StudySession> &after)
{
    Status stored;
    if (before && after) {
        stored = m_repository.update(*after);
    } else if (before) {
        stored = m_repository.remove(before->id);
    } else if (after) {
        auto added = m_repository.add(m_roadmapId, *after);
        if (added)
            after = added.value();
        else
            stored = Error{added.error()};
    }
    if (!stored) {
        m_document->reportError(stored.error());
        return stored;
    }
    if (before) {
        m_sessions.erase(std::remove_if(m_sessions.begin(), m_sessions.end(),
                                        [&](const StudySession &s) { return s.id == before->id; }),
                         m_sessions.end());
    }
    if (after) {
        const auto position = std::upper_bound(
            m_sessions.begin(), m_sessions.end(), *after,
            [](const StudySession &a, const StudySession &b) { return a.start < b.start; });
        m_sessions.insert(position, *after);
    }
    recount();
    emit sessionsChanged();
    return {};
}

// ---- Focus timer -----------------------------------------------------------------------------

qint64 StudyLog::timerSeconds(const QDateTime &now) const
{
    if (!m_timer.isValid())
        return 0;
    const QDateTime until = m_timer.pausedAt.isValid() ? m_timer.pausedAt : now;
    return std::max<qint64>(0, m_timer.started.secsTo(until) - m_timer.pausedSeconds);
}

Status StudyLog::startTimer(qint64 nodeId, int focusMinutes, const QDateTime &now)
{
    if (!m_document->treeModel()->node(nodeId))
        return Error{tr("Choose the roadmap item to study first.")};
    RunningTimer timer;
    timer.nodeId = nodeId;
    timer.started = now;
    timer.alive = now;
    timer.focusMinutes = focusMinutes;
    if (Status saved = m_repository.saveRunningTimer(m_roadmapId, timer); !saved)
        return saved;
    m_timer = timer;
    m_interrupted = false;
    emit timerChanged();
    return {};
}

Status StudyLog::pauseTimer(const QDateTime &now)
{
    if (!m_timer.isValid() || m_timer.pausedAt.isValid())
        return {};
    RunningTimer timer = m_timer;
    timer.pausedAt = now;
    timer.alive = now;
    if (Status saved = m_repository.saveRunningTimer(m_roadmapId, timer); !saved)
        return saved;
    m_timer = timer;
    emit timerChanged();
    return {};
}

Status StudyLog::resumeTimer(const QDateTime &now)
{
    if (!m_timer.isValid() || !m_timer.pausedAt.isValid())
        return {};
    RunningTimer timer = m_timer;
    timer.pausedSeconds += timer.pausedAt.secsTo(now);
    timer.pausedAt = QDateTime();
    timer.alive = now;
    if (Status saved = m_repository.saveRunningTimer(m_roadmapId, timer); !saved)
        return saved;
    m_timer = timer;
    emit timerChanged();
    return {};
}

Status StudyLog::touchTimer(const QDateTime &now)
{
    if (!m_timer.isValid() || m_interrupted)
        return {};
    m_timer.alive = now;
    return m_repository.saveRunningTimer(m_roadmapId, m_timer);
}

StudySession StudyLog::sessionFromTimer(const QDateTime &end) const
{
    // The session keeps its real start and ends so that its length is the time studied: pauses
    // shift the end back rather than splitting the session.
    StudySession session;
    session.nodeId = m_timer.nodeId;
    session.start = m_timer.started;
    session.end = m_timer.started.addSecs(timerSeconds(end));
    session.source = StudySession::Source::Timer;
    return session;
}

bool StudyLog::stopTimer(const QDateTime &now)
{
    if (!m_timer.isValid())
        return false;
    const StudySession session = sessionFromTimer(now);
    bool logged = false;
    if (session.minutes() >= 1)
        logged = add(session);
    if (Status cleared = discardTimer(); !cleared)
        m_document->reportError(cleared.error());
    return logged;
}

Status StudyLog::discardTimer()
{
    if (Status cleared = m_repository.clearRunningTimer(m_roadmapId); !cleared)
        return cleared;
    m_timer = RunningTimer();
    m_interrupted = false;
    emit timerChanged();
    return {};
}

bool StudyLog::keepInterruptedTimer()
{
    if (!m_interrupted)
        return false;
    const QDateTime end = m_timer.alive.isValid() ? m_timer.alive : m_timer.started;
    return stopTimer(end);
}

} // namespace Masar
