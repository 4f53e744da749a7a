// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/icsreader.h"
#include "calendar/icswriter.h"
#include "calendar/studyevents.h"
#include "compat.h"
#include "schedule/scheduler.h"

#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <ctime>

using namespace Masar;

namespace Masar {
char *toString(const BlockedRange &range)
{
    return QTest::toString(
        QStringLiteral("%1..%2 %3")
            .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate), range.reason));
}
} // namespace Masar

namespace {

const QDate kMonday(2026, 1, 5);
const QByteArray kBerlin("Europe/Berlin");
const QString kArabicTitle = QStringLiteral("مقدمة في الجبر الخطي للتعلم الآلي");

RoadmapNode node(qint64 id, qint64 parentId, RoadmapNode::Kind kind, const QString &title,
                 const QString &url = {})
{
    RoadmapNode n;
    n.id = id;
    n.parentId = parentId;
    n.kind = kind;
    n.title = title;
    n.url = url;
    return n;
}

/// Phase 1 > course 2 > topic 3 (with a link); phase 1 > topic 4 (Arabic); topic 5 at the top.
QList<RoadmapNode> nodes()
{
    return {node(1, 0, RoadmapNode::Kind::Phase, QStringLiteral("Foundations")),
            node(2, 1, RoadmapNode::Kind::Course, QStringLiteral("Linear Algebra")),
            node(3, 2, RoadmapNode::Kind::Topic, QStringLiteral("Vectors"),
                 QStringLiteral("https://example.org/vectors")),
            node(4, 1, RoadmapNode::Kind::Topic, kArabicTitle),
            node(5, 0, RoadmapNode::Kind::Topic, QStringLiteral("Statistics"))};
}

DayPlan day(const QDate &date, const QList<QPair<qint64, int>> &minutes)
{
    return DayPlan{date, minutes};
}

Availability evenings(const QTime &preferred = QTime(18, 30))
{
    Availability a;
    a.startDate = kMonday;
    a.preferredTime = preferred;
    return a;
}

StudyEvent studyEvent(qint64 nodeId, const QDate &date, const QTime &start, int minutes,
                      const QString &summary)
{
    StudyEvent e;
    e.uid = StudyEvents::uid(7, nodeId, date);
    e.nodeId = nodeId;
    e.date = date;
    e.start = start;
    e.minutes = minutes;
    e.summary = summary;
    e.description = QStringLiteral("Topic: %1").arg(summary);
    return e;
}

/// The physical lines of an iCalendar text (CRLF removed).
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

/// Unfolded content lines.
QList<QByteArray> contentLines(const QByteArray &ics)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : physicalLines(ics)) {
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last().append(line.mid(1));
        else
            lines.append(line);
    }
    return lines;
}

int countOf(const QList<QByteArray> &lines, const QByteArray &line)
{
    return int(std::count(lines.cbegin(), lines.cend(), line));
}

QByteArray calendarFile(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//School//EN\r\n" + body +
           "END:VCALENDAR\r\n";
}

QByteArray allDay(const QByteArray &summary, const QByteArray &first, const QByteArray &end,
                  const QByteArray &extra = {})
{
    return "BEGIN:VEVENT\r\nUID:" + summary + first + "@school\r\nSUMMARY:" + summary +
           "\r\nDTSTART;VALUE=DATE:" + first + "\r\nDTEND;VALUE=DATE:" + end + "\r\n" + extra +
           "END:VEVENT\r\n";
}

} // namespace

class TestIcs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Timed events block the learner's local days: fix the local zone for the tests.
        qputenv("TZ", "Asia/Riyadh");
        tzset();
        QCOMPARE(Compat::utcDateTime(QDate(2026, 5, 10), QTime(22, 30)).toLocalTime().date(),
                 QDate(2026, 5, 11));
    }

    // ---- Events from a plan -------------------------------------------------------------------

    void blocksFollowEachOtherFromThePreferredTime()
    {
        Schedule schedule;
        schedule.days = {day(kMonday, {{3, 60}, {4, 45}}), day(kMonday.addDays(1), {{5, 90}})};
        const QList<StudyEvent> events =
            StudyEvents::fromSchedule(schedule, nodes(), evenings(), 7, kMonday, 0);
        QCOMPARE(events.size(), 3);

        QCOMPARE(events.at(0).nodeId, 3);
        QCOMPARE(events.at(0).date, kMonday);
        QCOMPARE(events.at(0).start, QTime(18, 30));
        QCOMPARE(events.at(0).minutes, 60);
        QCOMPARE(events.at(0).summary, QStringLiteral("Study: Vectors — 1 h"));
        QCOMPARE(events.at(0).description, QStringLiteral("Topic: Vectors\nPhase: Foundations\n"
                                                          "Link: https://example.org/vectors"));
        QCOMPARE(events.at(0).url, QStringLiteral("https://example.org/vectors"));
        QCOMPARE(events.at(0).uid, QStringLiteral("masar-7-3-20260105@masar.local"));

        // The second block of the day starts where the first ends.
        QCOMPARE(events.at(1).nodeId, 4);
        QCOMPARE(events.at(1).date, kMonday);
        QCOMPARE(events.at(1).start, QTime(19, 30));
        QCOMPARE(events.at(1).summary, QStringLiteral("Study: %1 — 45 min").arg(kArabicTitle));
        QCOMPARE(events.at(1).description,
                 QStringLiteral("Topic: %1\nPhase: Foundations").arg(kArabicTitle));
        QVERIFY(events.at(1).url.isEmpty());

        // A new day starts again at the preferred time; no phase above, no phase line.
        QCOMPARE(events.at(2).date, kMonday.addDays(1));
        QCOMPARE(events.at(2).start, QTime(18, 30));
        QCOMPARE(events.at(2).summary, QStringLiteral("Study: Statistics — 1 h 30 min"));
        QCOMPARE(events.at(2).description, QStringLiteral("Topic: Statistics"));
    }

    void lateStudyEndsByMidnight()
    {
        Schedule schedule;
        schedule.days = {day(kMonday, {{3, 60}, {5, 60}})};
        const QList<StudyEvent> events =
            StudyEvents::fromSchedule(schedule, nodes(), evenings(QTime(23, 0)), 7, kMonday, 0);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).start, QTime(22, 0));
        QCOMPARE(events.at(1).start, QTime(23, 0));
        QCOMPARE(events.at(1).date, kMonday);
    }

    void weeksLimitTheDays()
    {
        Schedule schedule;
        for (int i = 0; i < 21; i += 3) // Mon, Thu, Sun, Wed, Sat, Tue, Fri
            schedule.days.append(day(kMonday.addDays(i), {{5, 30}}));
        const auto dates = [&](const QDate &from, int weeks) {
            QList<QDate> list;
            for (const StudyEvent &e :
                 StudyEvents::fromSchedule(schedule, nodes(), evenings(), 7, from, weeks))
                list.append(e.date);
            return list;
        };
        QCOMPARE(dates(kMonday, 1),
                 (QList<QDate>{kMonday, kMonday.addDays(3), kMonday.addDays(6)}));
        QCOMPARE(dates(kMonday, 2).size(), 5); // day 12 is the last one before day 14
        QCOMPARE(dates(kMonday, 2).constLast(), kMonday.addDays(12));
        QCOMPARE(dates(kMonday, 0).size(), 7);
        QCOMPARE(dates(kMonday.addDays(4), 1),
                 (QList<QDate>{kMonday.addDays(6), kMonday.addDays(9)}));
        QCOMPARE(dates(kMonday.addDays(4), 0).size(), 5);
    }

    void uidsSurviveAReplanThatKeepsTheBlock()
    {
        Schedule before;
        before.days = {day(kMonday, {{3, 60}}), day(kMonday.addDays(1), {{4, 60}})};
        // Re-planned: another block joins Monday, topic 4 moves to Wednesday.
        Schedule after;
        after.days = {day(kMonday, {{3, 60}, {5, 30}}), day(kMonday.addDays(2), {{4, 60}})};
        const QList<StudyEvent> a =
            StudyEvents::fromSchedule(before, nodes(), evenings(), 7, kMonday, 0);
        const QList<StudyEvent> b =
            StudyEvents::fromSchedule(after, nodes(), evenings(), 7, kMonday, 0);
        QCOMPARE(b.at(0).uid, a.at(0).uid);
        QCOMPARE(b.at(2).nodeId, 4);
        QVERIFY(b.at(2).uid != a.at(1).uid);
        QCOMPARE(b.at(2).uid, QStringLiteral("masar-7-4-20260107@masar.local"));
        // Roadmap, node and date each make a UID different.
        const QString uid = StudyEvents::uid(7, 3, kMonday);
        QVERIFY(uid != StudyEvents::uid(8, 3, kMonday));
        QVERIFY(uid != StudyEvents::uid(7, 4, kMonday));
        QVERIFY(uid != StudyEvents::uid(7, 3, kMonday.addDays(1)));
        QCOMPARE(StudyEvents::uid(7, 3, kMonday), uid);
    }

    void uidsFromARealReplan()
    {
        const QList<ScheduleTask> tasks{{3, QStringLiteral("Vectors"), 120, {}, {}},
                                        {5, QStringLiteral("Statistics"), 300, {}, {}}};
        Availability availability = evenings();
        availability.minutesPerWeekday = {60, 60, 60, 60, 60, 60, 60};
        auto first = Scheduler::plan(tasks, availability, kMonday);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        // A holiday on Thursday moves the later blocks, not the earlier ones.
        availability.blocked.append({kMonday.addDays(3), kMonday.addDays(3), QStringLiteral("x")});
        auto second = Scheduler::plan(tasks, availability, kMonday);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const auto uids = [](const Schedule &s) {
            QStringList list;
            for (const StudyEvent &e : StudyEvents::fromSchedule(s, nodes(), {}, 1, kMonday, 0))
                list.append(e.uid);
            return list;
        };
        const QStringList a = uids(first.value());
        const QStringList b = uids(second.value());
        QCOMPARE(a.size(), 7);
        QCOMPARE(b.size(), 7);
        QCOMPARE(b.mid(0, 3), a.mid(0, 3)); // Monday to Wednesday as before
        QVERIFY(!b.contains(a.at(3)));      // nothing is planned on the holiday any more
        QCOMPARE(b.at(3), StudyEvents::uid(1, 5, kMonday.addDays(4)));
    }

    // ---- Writing --------------------------------------------------------------------------

    void writerOutputIsValidICalendar()
    {
        QList<StudyEvent> events{
            studyEvent(3, kMonday, QTime(18, 30), 60, QStringLiteral("Study: Vectors — 1 h")),
            studyEvent(4, kMonday, QTime(19, 30), 45,
                       QStringLiteral("دراسة: %1 — ٤٥ دقيقة").arg(kArabicTitle.repeated(3)))};
        events[0].url = QStringLiteral("https://example.org/vectors");
        events[0].description = QStringLiteral("Topic: Vectors\nPhase: Foundations");
        const QByteArray ics = IcsWriter::calendar(events, kBerlin);

        // CRLF line endings only, lines of at most 75 octets, no character split by folding.
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        bool folded = false;
        for (const QByteArray &line : physicalLines(ics)) {
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
            if (line.startsWith(' ') && line.size() > 1) {
                QVERIFY2((uchar(line.at(1)) & 0xC0) != 0x80, line.constData());
                folded = true;
            }
        }
        QVERIFY(folded); // the long Arabic summary was folded

        const QList<QByteArray> lines = contentLines(ics);
        QCOMPARE(lines.constFirst(), QByteArray("BEGIN:VCALENDAR"));
        QCOMPARE(countOf(lines, "PRODID:-//Masar//Masar " MASAR_VERSION "//EN"), 1);
        QCOMPARE(countOf(lines, "VERSION:2.0"), 1);
        QCOMPARE(countOf(lines, "METHOD:PUBLISH"), 1);
        QCOMPARE(countOf(lines, "BEGIN:VEVENT"), 2);
        QCOMPARE(countOf(lines, "BEGIN:VTIMEZONE"), 1);
        QCOMPARE(countOf(lines, "TZID:Europe/Berlin"), 1);
        // The zone's history before the first event is left out: a handful of observances.
        QVERIFY(countOf(lines, "BEGIN:STANDARD") + countOf(lines, "BEGIN:DAYLIGHT") <= 6);
        QVERIFY(!ics.contains("freeassociation"));
        QCOMPARE(countOf(lines, "DTSTART;TZID=Europe/Berlin:20260105T183000"), 1);
        QCOMPARE(countOf(lines, "DTEND;TZID=Europe/Berlin:20260105T193000"), 1);
        QCOMPARE(countOf(lines, "DTSTART;TZID=Europe/Berlin:20260105T193000"), 1);
        QCOMPARE(countOf(lines, "DTEND;TZID=Europe/Berlin:20260105T201500"), 1);
        QCOMPARE(countOf(lines, "UID:masar-7-3-20260105@masar.local"), 1);
        QCOMPARE(countOf(lines, "SUMMARY:" + events.at(1).summary.toUtf8()), 1);
        QCOMPARE(countOf(lines, "DESCRIPTION:Topic: Vectors\\nPhase: Foundations"), 1);
        QCOMPARE(countOf(lines, "URL:https://example.org/vectors"), 1);
        QCOMPARE(countOf(lines, "CATEGORIES:Masar"), 2);
        QCOMPARE(countOf(lines, "X-MASAR-NODE:3"), 1);
        QCOMPARE(countOf(lines, "X-MASAR-NODE:4"), 1);
        const auto stamp = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
            return l.startsWith("DTSTAMP:");
        });
        QVERIFY(stamp != lines.cend());
        QVERIFY2(stamp->endsWith('Z'), stamp->constData());
    }

    void writerOutputReadsBack()
    {
        const QList<StudyEvent> events{
            studyEvent(3, kMonday, QTime(18, 30), 60, QStringLiteral("Study: Vectors — 1 h")),
            studyEvent(4, kMonday, QTime(19, 30), 45,
                       QStringLiteral("دراسة: %1 — ٤٥ دقيقة").arg(kArabicTitle))};
        auto entries =
            IcsReader::entries(IcsWriter::calendar(events, kBerlin), QStringLiteral("x.ics"));
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 2);
        const QTimeZone berlin(kBerlin);
        for (int i = 0; i < 2; ++i) {
            const CalendarEntry &entry = entries->at(i);
            QCOMPARE(entry.uid, events.at(i).uid);
            QCOMPARE(entry.summary, events.at(i).summary);
            QVERIFY(!entry.allDay);
            QCOMPARE(entry.start.timeZone().id(), kBerlin);
            QCOMPARE(entry.start, QDateTime(kMonday, events.at(i).start, berlin));
            QCOMPARE(entry.start.secsTo(entry.end), events.at(i).minutes * 60);
        }
    }

    void libicalReadsTheOutput()
    {
        // Friday before and Monday after the change to summer time (29 March 2026).
        const QList<StudyEvent> events{
            studyEvent(3, QDate(2026, 3, 27), QTime(19, 0), 60, QStringLiteral("Study: Vectors")),
            studyEvent(4, QDate(2026, 3, 30), QTime(19, 0), 90,
                       QStringLiteral("دراسة: %1").arg(kArabicTitle))};
        const QByteArray ics = IcsWriter::calendar(events, kBerlin);
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 2);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        const qint64 expectedUtc[] = {
            Compat::utcDateTime(QDate(2026, 3, 27), QTime(18, 0)).toSecsSinceEpoch(),
            Compat::utcDateTime(QDate(2026, 3, 30), QTime(17, 0)).toSecsSinceEpoch()};
        int i = 0;
        for (icalcomponent *vevent =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             vevent;
             vevent = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++i) {
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(vevent)), events.at(i).summary);
            const icaltimetype start = icalcomponent_get_dtstart(vevent);
            // The zone is the file's own VTIMEZONE (libical's built-in one has another TZID).
            QVERIFY(start.zone);
            QCOMPARE(QByteArray(icaltimezone_get_tzid(const_cast<icaltimezone *>(start.zone))),
                     kBerlin);
            QCOMPARE(qint64(icaltime_as_timet_with_zone(start, start.zone)), expectedUtc[i]);
            const icaltimetype end = icalcomponent_get_dtend(vevent);
            QCOMPARE(qint64(icaltime_as_timet_with_zone(end, end.zone)) - expectedUtc[i],
                     qint64(events.at(i).minutes) * 60);
            icalproperty *x = icalcomponent_get_first_property(vevent, ICAL_X_PROPERTY);
            QVERIFY(x);
            QCOMPARE(QByteArray(icalproperty_get_x_name(x)), QByteArray("X-MASAR-NODE"));
            QCOMPARE(QByteArray(icalproperty_get_x(x)), QByteArray::number(events.at(i).nodeId));
        }
        QCOMPARE(i, 2);
        icalcomponent_free(calendar);
    }

    void localTimeAcrossTheChangeToSummerTime()
    {
        const QList<StudyEvent> events{
            studyEvent(3, QDate(2026, 3, 28), QTime(19, 0), 60, QStringLiteral("Saturday")),
            studyEvent(3, QDate(2026, 3, 29), QTime(19, 0), 60, QStringLiteral("Sunday"))};
        const QByteArray ics = IcsWriter::calendar(events, kBerlin);
        const QList<QByteArray> lines = contentLines(ics);
        QCOMPARE(countOf(lines, "DTSTART;TZID=Europe/Berlin:20260328T190000"), 1);
        QCOMPARE(countOf(lines, "DTSTART;TZID=Europe/Berlin:20260329T190000"), 1);
        auto entries = IcsReader::entries(ics, QStringLiteral("x.ics"));
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->at(0).start.toUTC().time(), QTime(18, 0)); // CET, UTC+1
        QCOMPARE(entries->at(1).start.toUTC().time(), QTime(17, 0)); // CEST, UTC+2
        QCOMPARE(entries->at(1).start.time(), QTime(19, 0));
    }

    void utcAndUnknownZones()
    {
        const QList<StudyEvent> events{
            studyEvent(3, kMonday, QTime(18, 30), 60, QStringLiteral("Study: Vectors — 1 h"))};
        for (const QByteArray &zone :
             {QByteArray("UTC"), QByteArray("Etc/UTC"), QByteArray("Mars/Olympus_Mons")}) {
            const QByteArray ics = IcsWriter::calendar(events, zone);
            const QList<QByteArray> lines = contentLines(ics);
            QCOMPARE(countOf(lines, "DTSTART:20260105T183000Z"), 1);
            QCOMPARE(countOf(lines, "DTEND:20260105T193000Z"), 1);
            QVERIFY(!ics.contains("VTIMEZONE"));
            QVERIFY(!ics.contains("TZID"));
            auto entries = IcsReader::entries(ics, QStringLiteral("x.ics"));
            QVERIFY2(entries.ok(), qPrintable(entries.error()));
            QCOMPARE(entries->constFirst().start, Compat::utcDateTime(kMonday, QTime(18, 30)));
            QCOMPARE(entries->constFirst().start.timeSpec(), Qt::UTC);
        }
    }

    void oneEventForCalDav()
    {
        const QByteArray ics = IcsWriter::event(
            studyEvent(3, kMonday, QTime(18, 30), 60, QStringLiteral("Study: Vectors — 1 h")),
            kBerlin);
        const QList<QByteArray> lines = contentLines(ics);
        QCOMPARE(countOf(lines, "BEGIN:VCALENDAR"), 1);
        QCOMPARE(countOf(lines, "BEGIN:VEVENT"), 1);
        QCOMPARE(countOf(lines, "BEGIN:VTIMEZONE"), 1);
        QCOMPARE(countOf(lines, "METHOD:PUBLISH"), 0);
        QCOMPARE(countOf(lines, "UID:masar-7-3-20260105@masar.local"), 1);
    }

    // ---- Reading ----------------------------------------------------------------------------

    void entriesOfOtherCalendars()
    {
        const QByteArray ics = calendarFile(
            allDay("Easter Monday", "20260406", "20260407") +
            "BEGIN:VEVENT\r\nUID:outlook\r\nSUMMARY:Exam\r\n"
            "DTSTART;TZID=\"W. Europe Standard Time\":20260330T090000\r\n"
            "DTEND;TZID=\"W. Europe Standard Time\":20260330T110000\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:prefixed\r\nSUMMARY:Lab\r\n"
            "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260330T140000\r\n"
            "DURATION:PT90M\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:floating\r\nSUMMARY:Club\r\nDTSTART:20260331T170000\r\n"
            "END:VEVENT\r\n");
        auto entries = IcsReader::entries(ics, QStringLiteral("school.ics"));
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 4);

        const CalendarEntry &holiday = entries->at(0);
        QCOMPARE(holiday.uid, QStringLiteral("Easter Monday20260406@school"));
        QCOMPARE(holiday.summary, QStringLiteral("Easter Monday"));
        QVERIFY(holiday.allDay);
        QCOMPARE(holiday.start, QDateTime(QDate(2026, 4, 6), QTime(0, 0)));
        QCOMPARE(holiday.end, QDateTime(QDate(2026, 4, 7), QTime(0, 0)));

        const CalendarEntry &exam = entries->at(1);
        QVERIFY(!exam.allDay);
        QCOMPARE(exam.start.toUTC(), Compat::utcDateTime(QDate(2026, 3, 30), QTime(7, 0)));
        QCOMPARE(exam.end.toUTC(), Compat::utcDateTime(QDate(2026, 3, 30), QTime(9, 0)));

        const CalendarEntry &lab = entries->at(2);
        QCOMPARE(lab.start.timeZone().id(), kBerlin);
        QCOMPARE(lab.start.toUTC(), Compat::utcDateTime(QDate(2026, 3, 30), QTime(12, 0)));
        QCOMPARE(lab.start.secsTo(lab.end), 90 * 60);

        const CalendarEntry &club = entries->at(3);
        QCOMPARE(club.start.timeSpec(), Qt::LocalTime);
        QCOMPARE(club.start, QDateTime(QDate(2026, 3, 31), QTime(17, 0)));
        QCOMPARE(club.end, club.start);
    }

    void blockedAllDayAndMultiDay()
    {
        const QByteArray ics = calendarFile(allDay("Easter Monday", "20260406", "20260407") +
                                            allDay("Spring break", "20260330", "20260411"));
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), QDate(2026, 1, 1),
                                           QDate(2026, 12, 31));
        QVERIFY2(days.ok(), qPrintable(days.error()));
        QCOMPARE(days.value(),
                 (QList<BlockedRange>{
                     {QDate(2026, 3, 30), QDate(2026, 4, 10), QStringLiteral("Spring break")},
                     {QDate(2026, 4, 6), QDate(2026, 4, 6), QStringLiteral("Easter Monday")}}));
        // Only days within [from, to].
        auto clipped = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), QDate(2026, 4, 7),
                                              QDate(2026, 4, 8));
        QVERIFY(clipped.ok());
        QCOMPARE(clipped.value(), (QList<BlockedRange>{{QDate(2026, 4, 7), QDate(2026, 4, 8),
                                                        QStringLiteral("Spring break")}}));
    }

    void blockedTimedEvents()
    {
        const QByteArray ics = calendarFile(
            // Floating: 9:00 to 1:00 the next night, two days.
            "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Trip\r\nDTSTART:20260504T090000\r\n"
            "DTEND:20260505T010000\r\nEND:VEVENT\r\n"
            // Ends at midnight: one day.
            "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Exam\r\nDTSTART:20260506T100000\r\n"
            "DTEND:20260507T000000\r\nEND:VEVENT\r\n"
            // 22:30 UTC is 01:30 the next day in Riyadh, the local zone here.
            "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Concert\r\nDTSTART:20260510T223000Z\r\n"
            "DTEND:20260510T233000Z\r\nEND:VEVENT\r\n"
            // Cancelled events block nothing.
            "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Gone\r\nSTATUS:CANCELLED\r\n"
            "DTSTART:20260512T100000Z\r\nEND:VEVENT\r\n"
            // No summary.
            "BEGIN:VEVENT\r\nUID:e\r\nDTSTART:20260520T100000\r\nDTEND:20260520T110000\r\n"
            "END:VEVENT\r\n");
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), QDate(2026, 1, 1),
                                           QDate(2026, 12, 31));
        QVERIFY2(days.ok(), qPrintable(days.error()));
        QCOMPARE(days.value(),
                 (QList<BlockedRange>{
                     {QDate(2026, 5, 4), QDate(2026, 5, 5), QStringLiteral("Trip")},
                     {QDate(2026, 5, 6), QDate(2026, 5, 6), QStringLiteral("Exam")},
                     {QDate(2026, 5, 11), QDate(2026, 5, 11), QStringLiteral("Concert")},
                     {QDate(2026, 5, 20), QDate(2026, 5, 20), QStringLiteral("Busy")}}));
    }

    void blockedWeeklyRepeats()
    {
        const QByteArray weekly =
            allDay("Sports day", "20260907", "20260908", "RRULE:FREQ=WEEKLY;COUNT=10\r\n");
        auto all = IcsReader::blockedDays(calendarFile(weekly), QStringLiteral("school.ics"),
                                          QDate(2026, 9, 1), QDate(2026, 12, 31));
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 10);
        for (int i = 0; i < 10; ++i) {
            const QDate monday = QDate(2026, 9, 7).addDays(7 * i);
            QCOMPARE(all->at(i), (BlockedRange{monday, monday, QStringLiteral("Sports day")}));
        }
        // Expanded within [from, to] only.
        auto september = IcsReader::blockedDays(calendarFile(weekly), QStringLiteral("school.ics"),
                                                QDate(2026, 9, 1), QDate(2026, 9, 30));
        QVERIFY(september.ok());
        QCOMPARE(september->size(), 4);
        QCOMPARE(september->constLast().from, QDate(2026, 9, 28));

        // An excluded date and an occurrence moved to Tuesday by an override.
        const QByteArray changed = calendarFile(
            allDay("Sports day", "20260907", "20260908",
                   "RRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE;VALUE=DATE:20260914\r\n") +
            allDay("Sports day", "20260922", "20260923", "RECURRENCE-ID;VALUE=DATE:20260921\r\n")
                .replace("UID:Sports day20260922@school", "UID:Sports day20260907@school"));
        auto moved = IcsReader::blockedDays(changed, QStringLiteral("school.ics"),
                                            QDate(2026, 9, 1), QDate(2026, 9, 30));
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(moved.value(),
                 (QList<BlockedRange>{
                     {QDate(2026, 9, 7), QDate(2026, 9, 7), QStringLiteral("Sports day")},
                     {QDate(2026, 9, 22), QDate(2026, 9, 22), QStringLiteral("Sports day")},
                     {QDate(2026, 9, 28), QDate(2026, 9, 28), QStringLiteral("Sports day")}}));
    }

    void blockedRepeatsFromLongAgo()
    {
        // A timed daily event since 2000 (over 9000 occurrences before the asked month), in its
        // own zone, without an end: libical skips ahead, so the 5000-occurrence cap is not
        // reached before September 2026.
        const QByteArray ics =
            calendarFile("BEGIN:VEVENT\r\nUID:choir\r\nSUMMARY:Choir\r\n"
                         "DTSTART;TZID=Europe/Berlin:20000103T180000\r\nDTEND;TZID=Europe/Berlin:"
                         "20000103T200000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:band\r\nSUMMARY:Band\r\n"
                         "DTSTART;TZID=Europe/Berlin:20000103T180000\r\nDTEND;TZID=Europe/Berlin:"
                         "20000103T200000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nEND:VEVENT\r\n");
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), QDate(2026, 9, 1),
                                           QDate(2026, 9, 30));
        QVERIFY2(days.ok(), qPrintable(days.error()));
        QCOMPARE(days->size(), 5);
        QCOMPARE(days->at(0),
                 (BlockedRange{QDate(2026, 9, 1), QDate(2026, 9, 30), QStringLiteral("Choir")}));
        QCOMPARE(days->at(1),
                 (BlockedRange{QDate(2026, 9, 7), QDate(2026, 9, 7), QStringLiteral("Band")}));
        QCOMPARE(days->at(4),
                 (BlockedRange{QDate(2026, 9, 28), QDate(2026, 9, 28), QStringLiteral("Band")}));
    }

    void repeatsAreCapped()
    {
        const QByteArray ics = calendarFile(
            allDay("Daily", "20260101", "20260102", "RRULE:FREQ=DAILY;COUNT=6000\r\n"));
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), QDate(2026, 1, 1),
                                           QDate(2060, 12, 31));
        QVERIFY2(days.ok(), qPrintable(days.error()));
        // 5000 occurrences of the 6000: 1 January 2026 and the 4999 days after it.
        QCOMPARE(days.value(), (QList<BlockedRange>{{QDate(2026, 1, 1), QDate(2039, 9, 9),
                                                     QStringLiteral("Daily")}}));
        QCOMPARE(QDate(2026, 1, 1).daysTo(QDate(2039, 9, 9)), 4999);
    }

    void touchingRangesWithTheSameReasonMerge()
    {
        const QByteArray ics = calendarFile(
            allDay("Exams", "20260601", "20260603") + allDay("Exams", "20260603", "20260604") +
            allDay("Exams", "20260610", "20260611") + allDay("Trip", "20260602", "20260605"));
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), {}, {});
        QVERIFY2(days.ok(), qPrintable(days.error()));
        QCOMPARE(days.value(),
                 (QList<BlockedRange>{
                     {QDate(2026, 6, 1), QDate(2026, 6, 3), QStringLiteral("Exams")},
                     {QDate(2026, 6, 2), QDate(2026, 6, 4), QStringLiteral("Trip")},
                     {QDate(2026, 6, 10), QDate(2026, 6, 10), QStringLiteral("Exams")}}));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("message");
        const QByteArray valid = calendarFile(allDay("Holiday", "20260406", "20260407"));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("school.ics is empty.");
        QTest::newRow("blank") << QByteArray(" \r\n\r\n") << QStringLiteral("school.ics is empty.");
        QTest::newRow("text") << QByteArray("# Roadmap\n- Python\n")
                              << QStringLiteral("school.ics is not an iCalendar file.");
        QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("binary") << binary << QStringLiteral("school.ics is not an iCalendar file.");
        QTest::newRow("nul inside") << QByteArray(valid).insert(40, '\0')
                                    << QStringLiteral("school.ics is not an iCalendar file.");
        QTest::newRow("truncated")
            << valid.left(valid.size() / 2)
            << QStringLiteral("school.ics is incomplete: it ends before END:VCALENDAR.");
        QTest::newRow("no calendar end")
            << valid.left(valid.indexOf("END:VCALENDAR"))
            << QStringLiteral("school.ics is incomplete: it ends before END:VCALENDAR.");
        QTest::newRow("too large")
            << QByteArray(valid).append(QByteArray(IcsReader::kMaxBytes, ' '))
            << QStringLiteral("school.ics is too large for a calendar file (more than 16 MB).");
        QTest::newRow("no start")
            << calendarFile("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Trip\r\nEND:VEVENT\r\n")
            << QStringLiteral("school.ics: the event “Trip” has no valid start (DTSTART).");
        QTest::newRow("bad start")
            << calendarFile("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Trip\r\nDTSTART:2026xx01\r\n"
                            "END:VEVENT\r\n")
            << QStringLiteral("school.ics: the event “Trip” has no valid start (DTSTART).");
    }

    void badInputIsExplained()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, message);
        auto entries = IcsReader::entries(ics, QStringLiteral("school.ics"));
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error(), message);
        auto days = IcsReader::blockedDays(ics, QStringLiteral("school.ics"), {}, {});
        QVERIFY(!days.ok());
        QCOMPARE(days.error(), message);
    }

    void byteOrderMarkAndBareNewlinesAreRead()
    {
        const QByteArray ics =
            "\xEF\xBB\xBF" +
            calendarFile(allDay("Holiday", "20260406", "20260407")).replace("\r\n", "\n");
        auto entries = IcsReader::entries(ics, QStringLiteral("school.ics"));
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().summary, QStringLiteral("Holiday"));
    }
};

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
