// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Masar {

class Database;

/// What Masar last put on the learner's CalDAV calendar for one study block.
struct SyncedEvent
{
    QString href; ///< the resource's address on the server
    QString etag; ///< its ETag after Masar's last write (empty: the server sent none)
    QString hash; ///< a hash of the iCalendar text sent, to tell a changed block
    bool operator==(const SyncedEvent &other) const = default;
};

/// A stored event with the roadmap it belongs to.
struct StoredCalendarEvent
{
    qint64 roadmapId = 0;
    QString uid;
    SyncedEvent event;
};

/// The sync state of each roadmap's calendar events (schema 5), keyed by event UID.
class CalendarEventRepository
{
public:
    explicit CalendarEventRepository(Database &database) : m_db(database) {}

    Result<QHash<QString, SyncedEvent>> events(qint64 roadmapId) const;
    /// Every roadmap's events (one calendar shows one roadmap: the others' are to be removed).
    Result<QList<StoredCalendarEvent>> allEvents() const;
    Status save(qint64 roadmapId, const QString &uid, const SyncedEvent &event);
    Status remove(qint64 roadmapId, const QString &uid);
    /// Forgets every event of the roadmap.
    Status clear(qint64 roadmapId);
    /// Forgets every roadmap's events (another calendar was chosen).
    Status clearAll();

private:
    Database &m_db;
};

} // namespace Masar
