// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarsync.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Masar {

class Database;

/**
 * The CalDAV account and how to sync, kept in the database's settings (the password is not:
 * it lives in the system keychain, see CredentialStore), with the outcome of the last sync.
 */
struct CalendarSyncSettings
{
    static constexpr int kDefaultWeeks = 8;

    QUrl serverUrl;
    QString userName;
    QUrl calendarUrl;
    QString calendarName;
    /// How far ahead events are put on the calendar; 0: the whole plan.
    int weeksAhead = kDefaultWeeks;
    /// Sync shortly after every change of the plan.
    bool syncAfterReplan = true;

    /// When the last sync ended (UTC; null: never) and what it did.
    QDateTime lastSync;
    CalendarSyncResult lastResult;

    /// An account and a calendar are chosen: syncing is possible.
    bool isConfigured() const;

    static CalendarSyncSettings load(const Database &database);
    /// Saves the account (not the last result).
    Status save(Database &database) const;
    /// Records the outcome of a sync that ended at `when`.
    static Status saveLastSync(Database &database, const QDateTime &when,
                               const CalendarSyncResult &result);
};

} // namespace Masar
