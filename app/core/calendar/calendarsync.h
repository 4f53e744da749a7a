// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/caldavreply.h"
#include "calendar/studyevent.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Masar {

class CalDavClient;
class CalendarEventRepository;
class Database;

/// What one sync did, and why it stopped early when it did.
struct CalendarSyncResult
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    /// Events changed on the server meanwhile (412) that were fetched and written again.
    int conflicts = 0;
    /// Changes not made because the sync stopped (an error or cancel()).
    int pending = 0;
    bool cancelled = false;
    /// The server's error that stopped the sync (None: no server error).
    CalDavReply::ErrorKind errorKind = CalDavReply::ErrorKind::None;
    /// Translated reason the sync stopped; empty when it completed.
    QString message;

    bool isComplete() const { return !cancelled && message.isEmpty(); }
};

/**
 * Pushes a roadmap's planned study blocks to one CalDAV calendar, one resource per block
 * ("<uid>.ics"), and removes the blocks that are no longer planned.
 *
 * Only events Masar recorded as its own (CalendarEventRepository) are ever changed or deleted.
 * The sync first lists the calendar (REPORT), so it also notices events the learner deleted or
 * edited elsewhere: those are put back as planned. Writes are conditional: a new event with
 * If-None-Match, a change or delete with If-Match and the ETag last seen. When the server says
 * the ETag no longer matches (412, a change made meanwhile), the event is fetched for its
 * current ETag and the change is applied again, once.
 *
 * Each change is recorded in the database as soon as the server accepted it, so a sync that
 * stops (error, cancel, a server that goes away) leaves the records true to the server; the next
 * sync carries on from there. Events dated before `keepBefore` are history: never changed.
 * One calendar shows one roadmap's plan: future events recorded for other roadmaps are removed.
 */
class CalendarSync : public QObject
{
    Q_OBJECT

public:
    CalendarSync(CalDavClient *client, Database &database, QObject *parent);
    ~CalendarSync() override;

    /// Starts a sync; false when one is running already. finished() follows, from the event loop.
    bool start(const QUrl &calendarUrl, qint64 roadmapId, const QList<StudyEvent> &events,
               const QDate &keepBefore, const QByteArray &timeZoneId);
    /// Stops after cancelling the request in flight; finished() reports what was done.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Forgets what was synced (another calendar or account was chosen: it starts empty; the
    /// old calendar is left as it is).
    Status forgetSyncedEvents();

    /// What decides whether a block changed: everything written about it except DTSTAMP.
    static QString hashOf(const StudyEvent &event, const QByteArray &timeZoneId);
    /// The resource name of an event in the calendar.
    static QString fileNameOf(const QString &uid);

signals:
    /// `done` of `total` changes made (total is known once the calendar was listed).
    void progress(int done, int total);
    void finished(const Masar::CalendarSyncResult &result);

private:
    enum class Action
    {
        Create,
        Update,
        Delete,
        Forget
    };
    struct Operation
    {
        Action action = Action::Create;
        qint64 roadmapId = 0;
        QString uid;
        QUrl url;
        QString etag;
        StudyEvent event;
        QString hash;
        /// A create that found the event there already counts as an update.
        bool countAsUpdate = false;
        bool retried = false;
    };

    void onListed(CalDavReply *reply);
    void runNext();
    void onOperationDone(CalDavReply *reply);
    void onRefetched(CalDavReply *reply);
    bool record(const Operation &operation, const QString &etag);
    void finish(CalDavReply::ErrorKind kind, const QString &message);
    CalDavReply *track(CalDavReply *reply);

    CalDavClient *m_client;
    std::unique_ptr<CalendarEventRepository> m_repository;
    QPointer<CalDavReply> m_reply;
    bool m_running = false;
    bool m_cancelled = false;

    QUrl m_calendarUrl;
    qint64 m_roadmapId = 0;
    QList<StudyEvent> m_events;
    QDate m_keepBefore;
    QByteArray m_timeZoneId;
    QList<Operation> m_operations;
    int m_next = 0;
    CalendarSyncResult m_result;
};

} // namespace Masar

Q_DECLARE_METATYPE(Masar::CalendarSyncResult)
