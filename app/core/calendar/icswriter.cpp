// SPDX-License-Identifier: GPL-3.0-or-later
#include "icswriter.h"

#include "calendar/icalcomponentptr.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <ctime>

namespace Masar {

namespace {

/// The zone the times are written in; a null `zone` means UTC.
struct Zone
{
    icaltimezone *zone = nullptr;
    QByteArray tzid;
};

/// Names of UTC itself: written as UTC times, without a VTIMEZONE.
bool isUtc(const QByteArray &timeZoneId)
{
    static const QByteArrayList names{"UTC",  "Etc/UTC", "UCT",       "Etc/UCT",
                                      "GMT",  "Etc/GMT", "Universal", "Etc/Universal",
                                      "Zulu", "Etc/Zulu"};
    return timeZoneId.isEmpty() || names.contains(timeZoneId);
}

Zone resolveZone(const QByteArray &timeZoneId)
{
    if (isUtc(timeZoneId))
        return {};
    // libical's zones come from the system's tzdata; one it does not know falls back to UTC.
    icaltimezone *zone = icaltimezone_get_builtin_timezone(timeZoneId.constData());
    if (!zone || zone == icaltimezone_get_utc_timezone() || !icaltimezone_get_component(zone))
        return {};
    return {zone, timeZoneId};
}

icaltimezone *utc()
{
    return icaltimezone_get_utc_timezone();
}

/// The block's start as seconds since the epoch: its wall-clock time in `zone`.
time_t startOf(const StudyEvent &event, const Zone &zone)
{
    icaltimetype local = icaltime_null_time();
    local.year = event.date.year();
    local.month = event.date.month();
    local.day = event.date.day();
    local.hour = event.start.hour();
    local.minute = event.start.minute();
    local.second = event.start.second();
    return icaltime_as_timet_with_zone(local, zone.zone ? zone.zone : utc());
}

/// DTSTART or DTEND: a local time with the plain Olson TZID, or a UTC time ("Z").
icalproperty *timeProperty(icalproperty_kind kind, time_t when, const Zone &zone)
{
    icaltimetype time = icaltime_from_timet_with_zone(when, 0, zone.zone ? zone.zone : utc());
    if (zone.zone)
        time.zone = nullptr; // written as local time; the TZID parameter names the zone
    icalproperty *property = kind == ICAL_DTSTART_PROPERTY ? icalproperty_new_dtstart(time)
                                                           : icalproperty_new_dtend(time);
    if (zone.zone)
        icalproperty_add_parameter(property, icalparameter_new_tzid(zone.tzid.constData()));
    return property;
}

/// The zone's VTIMEZONE from `firstStart` on, under the plain Olson id. Debian's libical names
/// its zones "/freeassociation.sourceforge.net/<Olson id>" and icaltimezone_set_tzid_prefix()
/// does not change that, so the TZID is renamed here.
icalcomponent *timeZoneComponent(const Zone &zone, time_t firstStart)
{
    icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone.zone));
    // The zone's whole history since the 19th century is long; what precedes the first event
    // is not needed.
    icaltimezone_truncate_vtimezone(vtimezone, icaltime_from_timet_with_zone(firstStart, 0, utc()),
                                    icaltime_null_time(), 0);
    if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.tzid.constData());
    else
        icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zone.tzid.constData()));
    return vtimezone;
}

icalcomponent *eventComponent(const StudyEvent &event, const Zone &zone, time_t now)
{
    icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.toUtf8().constData()));
    icalcomponent_add_property(
        vevent, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(now, 0, utc())));
    const time_t start = startOf(event, zone);
    icalcomponent_add_property(vevent, timeProperty(ICAL_DTSTART_PROPERTY, start, zone));
    icalcomponent_add_property(
        vevent, timeProperty(ICAL_DTEND_PROPERTY, start + time_t(event.minutes) * 60, zone));
    icalcomponent_add_property(vevent,
                               icalproperty_new_summary(event.summary.toUtf8().constData()));
    if (!event.description.isEmpty())
        icalcomponent_add_property(
            vevent, icalproperty_new_description(event.description.toUtf8().constData()));
    if (!event.url.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_url(event.url.toUtf8().constData()));
    icalcomponent_add_property(vevent, icalproperty_new_categories("Masar"));
    icalproperty *node = icalproperty_new_x(QByteArray::number(event.nodeId).constData());
    icalproperty_set_x_name(node, "X-MASAR-NODE");
    icalcomponent_add_property(vevent, node);
    return vevent;
}

QByteArray write(const QList<StudyEvent> &events, const QByteArray &timeZoneId, bool publish)
{
    const Zone zone = resolveZone(timeZoneId);
    IcalComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Masar//Masar " MASAR_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    if (publish)
        icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (zone.zone && !events.isEmpty()) {
        time_t first = startOf(events.constFirst(), zone);
        for (const StudyEvent &event : events)
            first = std::min(first, startOf(event, zone));
        icalcomponent_add_component(calendar.get(), timeZoneComponent(zone, first));
    }
    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    for (const StudyEvent &event : events)
        icalcomponent_add_component(calendar.get(), eventComponent(event, zone, now));

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace

QByteArray IcsWriter::calendar(const QList<StudyEvent> &events, const QByteArray &timeZoneId)
{
    return write(events, timeZoneId, true);
}

QByteArray IcsWriter::event(const StudyEvent &event, const QByteArray &timeZoneId)
{
    return write({event}, timeZoneId, false);
}

Status IcsWriter::writeFile(const QString &path, const QList<StudyEvent> &events,
                            const QByteArray &timeZoneId)
{
    const QByteArray ics = calendar(events, timeZoneId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return Error{tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Masar
