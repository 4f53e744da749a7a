// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarSync against a real Radicale server on 127.0.0.1, with the plan of a real
// PlannerDocument over a real SQLite file. What the server holds is checked with REPORT.
#include "calendar/caldavclient.h"
#include "calendar/calendarsync.h"
#include "calendar/icsreader.h"
#include "calendar/studyevents.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "radicaleserver.h"
#include "storage/calendareventrepository.h"
#include "storage/database.h"

#include "requiredservice.h"

#include <QNetworkProxy>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using Kind = CalDavReply::ErrorKind;

namespace {

const QString kUser = QStringLiteral("learner");
const QString kPassword = QStringLiteral("s3cret-pass");
const QByteArray kZone = QByteArrayLiteral("Europe/Berlin");

/// Waits for one finished() of a reply; false on timeout.
bool wait(CalDavReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &CalDavReply::finished);
    return spy.wait(30000);
}

QSet<QString> uidsOf(const QList<StudyEvent> &events)
{
    QSet<QString> uids;
    for (const StudyEvent &event : events)
        uids.insert(event.uid);
    return uids;
}

} // namespace

class TestCalendarSync : public QObject
{
    Q_OBJECT

private:
    RadicaleServer *m_server = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlannerDocument> m_doc;
    CalDavClient *m_client = nullptr;
    QUrl m_calendar;
    int m_calendars = 0;

    /// A new, empty calendar for one test.
    QUrl newCalendar()
    {
        const QString slug = QStringLiteral("plan%1").arg(++m_calendars);
        CalDavReply *reply = m_client->createCalendar(m_server->url(QStringLiteral("/learner/")),
                                                      slug, QStringLiteral("Study plan"));
        if (!wait(reply) || !reply->isOk())
            return {};
        return reply->url();
    }

    QList<StudyEvent> plannedEvents(int weeks) const
    {
        return StudyEvents::fromSchedule(m_doc->schedule(), m_doc->treeModel()->nodes(),
                                         m_doc->availability(), m_doc->currentRoadmap().id,
                                         m_doc->today(), weeks);
    }

    CalendarSyncResult sync(CalendarSync &sync, const QList<StudyEvent> &events)
    {
        QSignalSpy finished(&sync, &CalendarSync::finished);
        if (!sync.start(m_calendar, m_doc->currentRoadmap().id, events, m_doc->today(), kZone))
            return {};
        if (!finished.wait(120000))
            return {};
        const auto result = finished.constFirst().constFirst().value<CalendarSyncResult>();
        qInfo("sync of %d events: %d created, %d updated, %d deleted, %d unchanged, %d conflicts, "
              "%d pending%s",
              int(events.size()), result.created, result.updated, result.deleted, result.unchanged,
              result.conflicts, result.pending, result.message.isEmpty() ? "" : " (stopped)");
        return result;
    }

    /// The event resources on the server: file name (without ".ics") → ETag.
    QHash<QString, QString> onServer(const QUrl &calendar)
    {
        QHash<QString, QString> found;
        CalDavReply *reply = m_client->listEvents(calendar);
        if (!wait(reply) || !reply->isOk())
            return found;
        for (const CalDavResource &resource : reply->events()) {
            QString name = resource.url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
            name.chop(4);
            found.insert(name, resource.etag);
        }
        reply->deleteLater();
        return found;
    }

    QList<CalendarEntry> read(const QString &uid)
    {
        CalDavReply *reply =
            m_client->getEvent(CalDavClient::eventUrl(m_calendar, CalendarSync::fileNameOf(uid)));
        if (!wait(reply) || !reply->isOk())
            return {};
        reply->deleteLater();
        return IcsReader::entries(reply->body(), uid).value();
    }

    int recorded() { return int(CalendarEventRepository(*m_db).allEvents().value().size()); }

    /// Someone else changes an event on the server (a phone calendar app): its ETag changes.
    bool editElsewhere(const QString &uid, const QString &summary)
    {
        const QUrl url = CalDavClient::eventUrl(m_calendar, CalendarSync::fileNameOf(uid));
        CalDavReply *get = m_client->getEvent(url);
        if (!wait(get) || !get->isOk())
            return false;
        QByteArray body = get->body();
        const int at = body.indexOf("SUMMARY:");
        const int end = body.indexOf("\r\n", at);
        if (at < 0 || end < 0)
            return false;
        body.replace(at, end - at, "SUMMARY:" + summary.toUtf8());
        CalDavReply *put = m_client->putEvent(url, body, get->etag());
        return wait(put) && put->isOk();
    }

private slots:
    void initTestCase()
    {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const QString reason = RadicaleServer::unavailableReason();
        MASAR_REQUIRE(reason.isEmpty(), reason);
        m_server = new RadicaleServer(this);
        m_server->addUser(kUser, kPassword);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = new CalDavClient({m_server->url(), kUser, kPassword}, this);
    }

    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QStringLiteral("sync%1.sqlite")).arg(m_calendars + 1));
        QVERIFY(m_db->open());
        m_doc = std::make_unique<PlannerDocument>(*m_db, nullptr);
        QVERIFY(m_doc->openInitialRoadmap());
        m_doc->setToday(QDate(2026, 1, 5)); // a Monday
        Availability availability = m_doc->availability();
        availability.startDate = m_doc->today();
        QVERIFY(m_doc->setAvailability(availability, QStringLiteral("start")));
        m_calendar = newCalendar();
        QVERIFY(m_calendar.isValid());
    }

    void cleanup()
    {
        m_doc.reset();
        m_db.reset();
    }

    void firstSyncCreatesEveryBlockThenLeavesThemAlone()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        QList<StudyEvent> events = plannedEvents(3);
        QVERIFY(events.size() > 10);
        // An Arabic title survives the trip through the server.
        const QString arabic = QStringLiteral("دراسة: الجبر الخطي — ساعة");
        events[0].summary = arabic;

        QSignalSpy progress(&syncer, &CalendarSync::progress);
        const CalendarSyncResult first = sync(syncer, events);
        QVERIFY2(first.isComplete(), qPrintable(first.message));
        QCOMPARE(first.created, events.size());
        QCOMPARE(first.updated + first.deleted + first.unchanged + first.conflicts, 0);
        QCOMPARE(progress.constLast().at(0).toInt(), int(events.size()));
        QCOMPARE(progress.constLast().at(1).toInt(), int(events.size()));

        QHash<QString, QString> server = onServer(m_calendar);
        QCOMPARE(QSet<QString>(server.keyBegin(), server.keyEnd()), uidsOf(events));
        QCOMPARE(recorded(), int(events.size()));
        const QList<CalendarEntry> entries = read(events[0].uid);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].summary, arabic);
        QCOMPARE(entries[0].start.date(), events[0].date);
        QCOMPARE(entries[0].start.time(), events[0].start);
        QCOMPARE(entries[0].start.secsTo(entries[0].end), qint64(events[0].minutes) * 60);

        // Nothing changed: nothing is written.
        const CalendarSyncResult second = sync(syncer, events);
        QVERIFY(second.isComplete());
        QCOMPARE(second.unchanged, events.size());
        QCOMPARE(second.created + second.updated + second.deleted, 0);
        QCOMPARE(onServer(m_calendar), server);
    }

    void replanUpdatesAndDeletesExactlyTheChangedBlocks()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> before = plannedEvents(3);
        QVERIFY(sync(syncer, before).isComplete());

        // The learner's own event in the same calendar: never touched.
        const QUrl own = CalDavClient::eventUrl(m_calendar, QStringLiteral("dentist.ics"));
        CalDavReply *put = m_client->putEvent(
            own,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
            "UID:dentist\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260107T090000Z\r\n"
            "DTEND:20260107T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            QString());
        QVERIFY(wait(put) && put->isOk());
        const QString ownEtag = put->etag();

        // Less time on weekdays and an exam week off: a different plan.
        Availability availability = m_doc->availability();
        for (int day = 0; day < 5; ++day)
            availability.minutesPerWeekday[size_t(day)] = 30;
        availability.blocked.append(
            {QDate(2026, 1, 12), QDate(2026, 1, 16), QStringLiteral("Exams")});
        QVERIFY(m_doc->setAvailability(availability, QStringLiteral("exams")));
        const QList<StudyEvent> after = plannedEvents(3);

        QHash<QString, QString> oldHash;
        for (const StudyEvent &event : before)
            oldHash.insert(event.uid, CalendarSync::hashOf(event, kZone));
        int created = 0, updated = 0, unchanged = 0;
        for (const StudyEvent &event : after) {
            if (!oldHash.contains(event.uid))
                ++created;
            else if (oldHash.value(event.uid) != CalendarSync::hashOf(event, kZone))
                ++updated;
            else
                ++unchanged;
        }
        const int deleted = int((uidsOf(before) - uidsOf(after)).size());
        QVERIFY(updated > 0);
        QVERIFY(deleted > 0);

        const CalendarSyncResult result = sync(syncer, after);
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QCOMPARE(result.created, created);
        QCOMPARE(result.updated, updated);
        QCOMPARE(result.deleted, deleted);
        QCOMPARE(result.unchanged, unchanged);

        QHash<QString, QString> server = onServer(m_calendar);
        QCOMPARE(server.value(QStringLiteral("dentist")), ownEtag);
        server.remove(QStringLiteral("dentist"));
        QCOMPARE(QSet<QString>(server.keyBegin(), server.keyEnd()), uidsOf(after));
        QCOMPARE(recorded(), int(after.size()));
        // No study in the exam week any more.
        for (const StudyEvent &event : after)
            QVERIFY(event.date < QDate(2026, 1, 12) || event.date > QDate(2026, 1, 16));
        // A changed block holds the new plan.
        for (const StudyEvent &event : after) {
            if (oldHash.value(event.uid, event.uid) != CalendarSync::hashOf(event, kZone) &&
                oldHash.contains(event.uid)) {
                const QList<CalendarEntry> entries = read(event.uid);
                QCOMPARE(entries.size(), 1);
                QCOMPARE(entries[0].summary, event.summary);
                QCOMPARE(entries[0].start.secsTo(entries[0].end), qint64(event.minutes) * 60);
                break;
            }
        }
    }

    void pastDaysStayAndOtherRoadmapsLeave()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> first = plannedEvents(2);
        QVERIFY(sync(syncer, first).isComplete());
        // A week later: the plan starts from the new today, the studied week is history.
        m_doc->setToday(QDate(2026, 1, 12));
        const QList<StudyEvent> later = plannedEvents(2);
        const CalendarSyncResult result = sync(syncer, later);
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        const QHash<QString, QString> server = onServer(m_calendar);
        for (const StudyEvent &event : first) {
            if (event.date < QDate(2026, 1, 12))
                QVERIFY2(server.contains(event.uid), qPrintable(event.uid));
        }
        for (const StudyEvent &event : later)
            QVERIFY(server.contains(event.uid));

        // Another roadmap takes over the calendar: the first one's future blocks go.
        const Result<qint64> other = m_doc->addBuiltinRoadmap(QStringLiteral("ai-ml-12-weeks"));
        QVERIFY2(other, other ? "" : qPrintable(other.error()));
        QVERIFY(m_doc->openRoadmap(other.value()));
        const QList<StudyEvent> otherEvents = plannedEvents(2);
        QVERIFY(!otherEvents.isEmpty());
        const CalendarSyncResult switched = sync(syncer, otherEvents);
        QVERIFY2(switched.isComplete(), qPrintable(switched.message));
        QCOMPARE(switched.created, otherEvents.size());
        QCOMPARE(switched.deleted, later.size());
        const QHash<QString, QString> now = onServer(m_calendar);
        for (const StudyEvent &event : later)
            QVERIFY(!now.contains(event.uid));
        for (const StudyEvent &event : otherEvents)
            QVERIFY(now.contains(event.uid));
    }

    void editedOrDeletedElsewhereIsPutBack()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> events = plannedEvents(2);
        QVERIFY(sync(syncer, events).isComplete());
        QVERIFY(editElsewhere(events[1].uid, QStringLiteral("Moved by phone")));
        CalDavReply *removed = m_client->deleteEvent(
            CalDavClient::eventUrl(m_calendar, CalendarSync::fileNameOf(events[2].uid)), {});
        QVERIFY(wait(removed) && removed->isOk());

        const CalendarSyncResult result = sync(syncer, events);
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.created, 1);
        QCOMPARE(result.unchanged, events.size() - 2);
        QCOMPARE(read(events[1].uid).value(0).summary, events[1].summary);
        QCOMPARE(read(events[2].uid).value(0).summary, events[2].summary);
    }

    void concurrentChangeIsFetchedAndAppliedAgain()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> before = plannedEvents(3);
        QVERIFY(sync(syncer, before).isComplete());
        Availability availability = m_doc->availability();
        availability.minutesPerWeekday[0] = 15; // Mondays shorter
        QVERIFY(m_doc->setAvailability(availability, QStringLiteral("mondays")));
        const QList<StudyEvent> after = plannedEvents(3);
        QString toUpdate;
        for (const StudyEvent &event : after) {
            for (const StudyEvent &old : before) {
                if (old.uid == event.uid &&
                    CalendarSync::hashOf(old, kZone) != CalendarSync::hashOf(event, kZone)) {
                    toUpdate = event.uid;
                    break;
                }
            }
            if (!toUpdate.isEmpty())
                break;
        }
        QVERIFY(!toUpdate.isEmpty());
        const QSet<QString> gone = uidsOf(before) - uidsOf(after);
        QVERIFY(!gone.isEmpty());
        const QString toDelete = *gone.constBegin();

        // Right after the calendar was listed (ETags known) and before any write, a phone
        // changes both events: the sync's If-Match no longer holds.
        bool edited = false;
        connect(&syncer, &CalendarSync::progress, this, [&](int done, int) {
            if (done == 0 && !edited) {
                edited = editElsewhere(toUpdate, QStringLiteral("Phone edit")) &&
                         editElsewhere(toDelete, QStringLiteral("Phone edit"));
            }
        });
        const CalendarSyncResult result = sync(syncer, after);
        QVERIFY(edited);
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QCOMPARE(result.conflicts, 2);
        const QHash<QString, QString> server = onServer(m_calendar);
        QVERIFY(!server.contains(toDelete));
        QVERIFY(server.contains(toUpdate));
        for (const StudyEvent &event : after) {
            if (event.uid == toUpdate)
                QCOMPARE(read(toUpdate).value(0).summary, event.summary);
        }
        QCOMPARE(QSet<QString>(server.keyBegin(), server.keyEnd()), uidsOf(after));
    }

    void wrongPasswordChangesNothing()
    {
        CalendarSync good(m_client, *m_db, nullptr);
        const QList<StudyEvent> events = plannedEvents(1);
        QVERIFY(sync(good, events).isComplete());
        const QHash<QString, QString> server = onServer(m_calendar);

        CalDavClient wrong({m_server->url(), kUser, QStringLiteral("not-it")}, nullptr);
        CalendarSync syncer(&wrong, *m_db, nullptr);
        Availability availability = m_doc->availability();
        availability.minutesPerWeekday[1] = 200;
        QVERIFY(m_doc->setAvailability(availability, QStringLiteral("tuesdays")));
        const CalendarSyncResult result = sync(syncer, plannedEvents(1));
        QCOMPARE(result.errorKind, Kind::WrongPassword);
        QVERIFY(!result.isComplete());
        QVERIFY(result.message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(result.created + result.updated + result.deleted, 0);
        QCOMPARE(onServer(m_calendar), server);
        QCOMPARE(recorded(), int(events.size()));
    }

    void serverStoppedMidSyncLosesNothing()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> events = plannedEvents(6);
        QVERIFY(events.size() > 20);
        connect(&syncer, &CalendarSync::progress, this, [this](int done, int) {
            if (done == 8)
                m_server->stop();
        });
        const CalendarSyncResult broken = sync(syncer, events);
        QVERIFY(!broken.isComplete());
        QCOMPARE(broken.errorKind, Kind::Unreachable);
        QVERIFY(broken.message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(broken.created, 8);
        QCOMPARE(broken.pending, events.size() - 8);
        // The record says exactly what reached the server.
        QCOMPARE(recorded(), 8);
        disconnect(&syncer, &CalendarSync::progress, this, nullptr);

        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(onServer(m_calendar).size(), 8);
        const CalendarSyncResult resumed = sync(syncer, events);
        QVERIFY2(resumed.isComplete(), qPrintable(resumed.message));
        QCOMPARE(resumed.created, events.size() - 8);
        QCOMPARE(resumed.unchanged, 8);
        const QHash<QString, QString> server = onServer(m_calendar);
        QCOMPARE(QSet<QString>(server.keyBegin(), server.keyEnd()), uidsOf(events));
    }

    void cancelStopsAndKeepsTheRecordTrue()
    {
        CalendarSync syncer(m_client, *m_db, nullptr);
        const QList<StudyEvent> events = plannedEvents(4);
        connect(&syncer, &CalendarSync::progress, &syncer, [&syncer](int done, int) {
            if (done == 3)
                syncer.cancel();
        });
        const CalendarSyncResult result = sync(syncer, events);
        QVERIFY(result.cancelled);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.created, 3);
        QCOMPARE(result.pending, events.size() - 3);
        QCOMPARE(recorded(), 3);
        QCOMPARE(onServer(m_calendar).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCalendarSync)
#include "tst_calendarsync.moc"
