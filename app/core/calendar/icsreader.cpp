// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsreader.h"

#include "compat.h"

#include "calendar/icalcomponentptr.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

namespace Masar {

namespace {

/// True when the component lines of `text` open and close in pairs (a cut file does not).
bool isComplete(const QByteArray &text)
{
    int depth = 0;
    bool sawCalendarEnd = false;
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype at = 0; at < size;) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = size;
        const char *line = data + at;
        const qsizetype length = end - at;
        // Folded continuation lines start with a space or a tab and never open a component.
        if (length >= 4 && qstrnicmp(line, "END:", 4) == 0) {
            --depth;
            if (length >= 13 && qstrnicmp(line, "END:VCALENDAR", 13) == 0)
                sawCalendarEnd = true;
        } else if (length >= 6 && qstrnicmp(line, "BEGIN:", 6) == 0) {
            ++depth;
        }
        at = end + 1;
    }
    return depth == 0 && sawCalendarEnd;
}

/// Checks and parses a calendar file; the root is a VCALENDAR, or an XROOT holding several.
Result<IcalComponentPtr> parse(const QByteArray &ics, const QString &origin)
{
    if (ics.size() > IcsReader::kMaxBytes)
        return Error{IcsReader::tr("%1 is too large for a calendar file (more than %2 MB).")
                         .arg(origin)
                         .arg(IcsReader::kMaxBytes / (1024 * 1024))};
    const QByteArray text = ics.startsWith("\xEF\xBB\xBF") ? ics.mid(3) : ics;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{IcsReader::tr("%1 is empty.").arg(origin)};
    if (text.contains('\0') || qstrnicmp(trimmed.constData(), "BEGIN:VCALENDAR", 15) != 0)
        return Error{IcsReader::tr("%1 is not an iCalendar file.").arg(origin)};
    if (!isComplete(text))
        return Error{IcsReader::tr("%1 is incomplete: it ends before END:VCALENDAR.").arg(origin)};
    IcalComponentPtr root(icalparser_parse_string(trimmed.constData()));
    icalerror_clear_errno();
    if (!root || (icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT &&
                  icalcomponent_isa(root.get()) != ICAL_XROOT_COMPONENT))
        return Error{IcsReader::tr("%1 could not be read as an iCalendar file.").arg(origin)};
    return root;
}

QList<icalcomponent *> eventsOf(icalcomponent *root)
{
    QList<icalcomponent *> events;
    const auto addFrom = [&events](icalcomponent *calendar) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            events.append(event);
    };
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
        addFrom(root);
    } else {
        for (icalcomponent *calendar =
                 icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
             calendar; calendar = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
            addFrom(calendar);
    }
    return events;
}

QByteArray tzidOf(icalproperty *property)
{
    if (!property)
        return {};
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return tzid ? QByteArray(icalparameter_get_tzid(tzid)) : QByteArray();
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

/// Converts libical times to QDateTime, finding Qt's zone for each TZID once.
class TimeConverter
{
public:
    QDateTime convert(const icaltimetype &time, const QByteArray &tzid)
    {
        if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
            return {};
        const QDate date(time.year, time.month, time.day);
        if (time.is_date)
            return QDateTime(date, QTime(0, 0));
        const QTime clock(time.hour, time.minute, qMin(time.second, 59));
        if (icaltime_is_utc(time))
            return Compat::utcDateTime(date, clock);
        if (tzid.isEmpty() && !time.zone)
            return QDateTime(date, clock); // a "floating" time: the same clock time everywhere
        const QTimeZone zone = qtZone(tzid, const_cast<icaltimezone *>(time.zone));
        if (zone.isValid())
            return QDateTime(date, clock, zone);
        // A zone only the file defines: libical knows its offsets.
        if (time.zone)
            return Compat::utcFromSecsSinceEpoch(
                qint64(icaltime_as_timet_with_zone(time, time.zone)));
        return QDateTime(date, clock);
    }

private:
    QTimeZone qtZone(const QByteArray &tzid, icaltimezone *icalZone)
    {
        const QByteArray key =
            tzid.isEmpty() && icalZone ? QByteArray(icaltimezone_get_tzid(icalZone)) : tzid;
        const auto cached = m_zones.constFind(key);
        if (cached != m_zones.constEnd())
            return *cached;
        QByteArrayList candidates{key};
        // Prefixed ids such as "/freeassociation.sourceforge.net/Europe/Berlin".
        for (qsizetype slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1))
            candidates.append(key.mid(slash + 1));
        if (icalZone) {
            if (const char *location = icaltimezone_get_location(icalZone))
                candidates.append(QByteArray(location));
        }
        candidates.append(QTimeZone::windowsIdToDefaultIanaId(key)); // "W. Europe Standard Time"
        QTimeZone found;
        for (const QByteArray &candidate : std::as_const(candidates)) {
            if (candidate.isEmpty())
                continue;
            const QTimeZone zone(candidate);
            if (zone.isValid()) {
                found = zone;
                break;
            }
        }
        m_zones.insert(key, found);
        return found;
    }

    QHash<QByteArray, QTimeZone> m_zones;
};

Result<CalendarEntry> entryOf(icalcomponent *event, const QString &origin, TimeConverter &converter)
{
    CalendarEntry entry;
    entry.uid = text(icalcomponent_get_uid(event));
    entry.summary = text(icalcomponent_get_summary(event));
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    const icaltimetype start = dtstart ? icalcomponent_get_dtstart(event) : icaltime_null_time();
    entry.start = converter.convert(start, tzidOf(dtstart));
    if (!entry.start.isValid()) {
        const QString name = entry.summary.isEmpty() ? entry.uid : entry.summary;
        return Error{
            IcsReader::tr("%1: the event “%2” has no valid start (DTSTART).").arg(origin, name)};
    }
    entry.allDay = start.is_date;
    icalproperty *dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
    entry.end = converter.convert(icalcomponent_get_dtend(event), tzidOf(dtend ? dtend : dtstart));
    if (entry.allDay) {
        if (!entry.end.isValid() || entry.end.date() <= entry.start.date())
            entry.end = entry.start.addDays(1);
        else
            entry.end = QDateTime(entry.end.date(), QTime(0, 0));
    } else if (!entry.end.isValid() || entry.end < entry.start) {
        entry.end = entry.start;
    }
    return entry;
}

/// Collects the blocked days of one event's occurrences within [from, to].
class DayCollector
{
public:
    DayCollector(const QDate &from, const QDate &to) : m_from(from), m_to(to) {}

    void add(const QDateTime &start, const QDateTime &end, bool allDay, const QString &reason)
    {
        QDate first;
        QDate last;
        if (allDay) {
            first = start.date();
            last = qMax(first, end.date().addDays(-1)); // DTEND is exclusive
        } else {
            // Timed events block the learner's days they touch; an end at midnight does not
            // touch the next day.
            const QDateTime localStart = start.toLocalTime();
            const QDateTime localEnd = end.toLocalTime();
            first = localStart.date();
            last = localEnd > localStart ? localEnd.addMSecs(-1).date() : first;
        }
        if (m_from.isValid())
            first = qMax(first, m_from);
        if (m_to.isValid())
            last = qMin(last, m_to);
        if (first <= last)
            m_ranges.append({first, last, reason});
    }

    /// Merged: one range per reason for days that overlap or touch; in date order.
    QList<BlockedRange> ranges() const
    {
        QList<BlockedRange> sorted = m_ranges;
        std::sort(sorted.begin(), sorted.end(), [](const BlockedRange &a, const BlockedRange &b) {
            return std::tie(a.reason, a.from, a.to) < std::tie(b.reason, b.from, b.to);
        });
        QList<BlockedRange> merged;
        for (const BlockedRange &range : std::as_const(sorted)) {
            if (!merged.isEmpty() && merged.constLast().reason == range.reason &&
                range.from <= merged.constLast().to.addDays(1))
                merged.last().to = qMax(merged.constLast().to, range.to);
            else
                merged.append(range);
        }
        std::sort(merged.begin(), merged.end(), [](const BlockedRange &a, const BlockedRange &b) {
            return std::tie(a.from, a.to, a.reason) < std::tie(b.from, b.to, b.reason);
        });
        return merged;
    }

private:
    QDate m_from;
    QDate m_to;
    QList<BlockedRange> m_ranges;
};

/// Occurrences left out of a repeating event: EXDATEs and occurrences moved by an override.
struct Exclusions
{
    QList<QDateTime> times;
    QList<QDate> dates; ///< date-valued EXDATEs

    bool contains(const QDateTime &start) const
    {
        return times.contains(start) || dates.contains(start.date());
    }
};

/// Expands a repeating event (RRULE and RDATE) within [from, to] into `days`.
void expand(icalcomponent *event, const CalendarEntry &entry, const Exclusions &excluded,
            const QString &reason, const QDate &from, const QDate &to, TimeConverter &converter,
            DayCollector &days)
{
    const qint64 lengthSeconds = entry.start.secsTo(entry.end);
    const qint64 lengthDays = entry.start.date().daysTo(entry.end.date());
    const auto endOf = [&](const QDateTime &start) {
        return entry.allDay ? start.addDays(lengthDays) : start.addSecs(lengthSeconds);
    };
    const auto addOccurrence = [&](const QDateTime &start, const QDateTime &end) {
        if (start.isValid() && !excluded.contains(start))
            days.add(start, end, entry.allDay, reason);
    };
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    const QByteArray tzid = tzidOf(dtstart);
    const icaltimetype first = icalcomponent_get_dtstart(event);
    int occurrences = 0;

    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    icalrecur_iterator *iterator =
        rrule ? icalrecur_iterator_new(icalproperty_get_rrule(rrule), first) : nullptr;
    if (iterator) {
        // Skip ahead to shortly before `from` (an occurrence that starts before it may reach
        // into it). libical cannot skip ahead for rules with COUNT: those count from DTSTART.
        const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        const QDate skipTo = from.isValid() ? from.addDays(-(lengthDays + 2)) : QDate();
        if (rule.count == 0 && skipTo.isValid() && skipTo > entry.start.date()) {
            icaltimetype start = first;
            start.year = skipTo.year();
            start.month = skipTo.month();
            start.day = skipTo.day();
            icalrecur_iterator_set_start(iterator, start);
        }
        for (icaltimetype next = icalrecur_iterator_next(iterator);
             !icaltime_is_null_time(next) && occurrences < IcsReader::kMaxOccurrences;
             next = icalrecur_iterator_next(iterator), ++occurrences) {
            const QDateTime start = converter.convert(next, tzid);
            // The margin: a timed occurrence's local day may differ from its own zone's.
            if (to.isValid() && start.isValid() && start.date() > to.addDays(1))
                break;
            addOccurrence(start, endOf(start));
        }
        icalrecur_iterator_free(iterator);
    } else {
        addOccurrence(entry.start, entry.end); // RDATEs only: DTSTART is an occurrence too
    }

    for (icalproperty *rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
         rdate && occurrences < IcsReader::kMaxOccurrences;
         rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY), ++occurrences) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(rdate);
        const QByteArray rdateZone = tzidOf(rdate).isEmpty() ? tzid : tzidOf(rdate);
        if (!icaltime_is_null_time(value.time)) {
            const QDateTime start = converter.convert(value.time, rdateZone);
            addOccurrence(start, endOf(start));
        } else {
            const QDateTime start = converter.convert(value.period.start, rdateZone);
            const QDateTime end = converter.convert(value.period.end, rdateZone);
            addOccurrence(start, end.isValid() && end >= start ? end : endOf(start));
        }
    }
}

} // namespace

Result<QList<CalendarEntry>> IcsReader::entries(const QByteArray &ics, const QString &origin)
{
    auto root = parse(ics, origin);
    if (!root)
        return Error{root.error()};
    TimeConverter converter;
    QList<CalendarEntry> entries;
    for (icalcomponent *event : eventsOf(root->get())) {
        auto entry = entryOf(event, origin, converter);
        if (!entry)
            return Error{entry.error()};
        entries.append(entry.value());
    }
    return entries;
}

Result<QList<BlockedRange>> IcsReader::blockedDays(const QByteArray &ics, const QString &origin,
                                                   const QDate &from, const QDate &to)
{
    auto root = parse(ics, origin);
    if (!root)
        return Error{root.error()};
    TimeConverter converter;
    const QList<icalcomponent *> events = eventsOf(root->get());

    // Occurrences of a repeating event that an override (RECURRENCE-ID) moved or changed.
    QHash<QString, QList<QDateTime>> moved;
    for (icalcomponent *event : events) {
        icalproperty *id = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY);
        if (id) {
            moved[text(icalcomponent_get_uid(event))].append(
                converter.convert(icalcomponent_get_recurrenceid(event), tzidOf(id)));
        }
    }

    DayCollector days(from, to);
    for (icalcomponent *event : events) {
        auto entry = entryOf(event, origin, converter);
        if (!entry)
            return Error{entry.error()};
        if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
            continue;
        const QString summary = entry->summary.simplified();
        const QString reason = summary.isEmpty() ? tr("Busy") : summary;
        const bool repeats = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) ||
                             icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
        if (!repeats || icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            days.add(entry->start, entry->end, entry->allDay, reason);
            continue;
        }
        Exclusions excluded;
        excluded.times = moved.value(entry->uid);
        for (icalproperty *exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY);
             exdate; exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype time = icalproperty_get_exdate(exdate);
            if (time.is_date)
                excluded.dates.append(QDate(time.year, time.month, time.day));
            else
                excluded.times.append(converter.convert(time, tzidOf(exdate)));
        }
        expand(event, entry.value(), excluded, reason, from, to, converter, days);
    }
    return days.ranges();
}

} // namespace Masar
