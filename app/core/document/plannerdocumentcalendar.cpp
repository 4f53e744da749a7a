// SPDX-License-Identifier: GPL-3.0-or-later
// PlannerDocument, the services a calendar sync needs: the widgets that drive a sync get them here
// and never see the database.
#include "plannerdocument.h"

#include "calendar/calendarsync.h"
#include "calendar/calendarsyncsettings.h"
#include "storage/database.h"

namespace Masar {

CalendarSyncSettings PlannerDocument::calendarSyncSettings() const
{
    return CalendarSyncSettings::load(m_database);
}

Status PlannerDocument::saveCalendarSyncSettings(const CalendarSyncSettings &settings)
{
    return settings.save(m_database);
}

Status PlannerDocument::saveCalendarSyncResult(const QDateTime &when,
                                               const CalendarSyncResult &result)
{
    return CalendarSyncSettings::saveLastSync(m_database, when, result);
}

CalendarSync *PlannerDocument::createCalendarSync(CalDavClient *client, QObject *parent) const
{
    return new CalendarSync(client, m_database, parent);
}

} // namespace Masar
