// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/studyevent.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace Masar {

/**
 * Writes study events as iCalendar (RFC 5545) with libical: UTF-8, CRLF line endings, lines
 * folded at 75 octets without splitting a character.
 *
 * Times are written in the given Olson time zone with its VTIMEZONE (TZID is the plain Olson id,
 * such as "Europe/Berlin"), or as UTC times when the zone is "UTC" or unknown. The VTIMEZONE
 * starts at the first event, so it stays short.
 */
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    /// A VCALENDAR (PRODID "-//Masar//Masar <version>//EN", VERSION 2.0, METHOD PUBLISH) with one
    /// VEVENT per event: UID, DTSTAMP (UTC), DTSTART/DTEND in `timeZoneId` (with the zone's
    /// VTIMEZONE), SUMMARY, DESCRIPTION, URL, CATEGORIES:Masar and X-MASAR-NODE:<nodeId>.
    static QByteArray calendar(const QList<StudyEvent> &events,
                               const QByteArray &timeZoneId = QTimeZone::systemTimeZoneId());

    /// Writes calendar() to `path` atomically (the old file stays whole on failure); the error
    /// names the file.
    static Status writeFile(const QString &path, const QList<StudyEvent> &events,
                            const QByteArray &timeZoneId = QTimeZone::systemTimeZoneId());

    /// The same for one event: what a CalDAV PUT sends for one resource. Without METHOD, which
    /// a calendar object resource must not carry (RFC 4791, section 4.1).
    static QByteArray event(const StudyEvent &event,
                            const QByteArray &timeZoneId = QTimeZone::systemTimeZoneId());
};

} // namespace Masar
