// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar export and sync on the default roadmap's whole plan. Prints: name, median
// milliseconds, and the ratio to a baseline measured in the same run:
//  - writing the .ics with libical, against the same text put together with plain string
//    appends (what a writer without a library would cost);
//  - reading it back with libical, against splitting the same bytes into lines;
//  - syncing to a real Radicale server on 127.0.0.1 (first sync, then one with nothing to do),
//    against one REPORT of the calendar, the least a sync must ask.
#include "../integration/radicaleserver.h"
#include "benchutil.h"
#include "calendar/caldavclient.h"
#include "calendar/calendarsync.h"
#include "calendar/icsreader.h"
#include "calendar/icswriter.h"
#include "calendar/studyevents.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Masar;

namespace {

/// The same fields as IcsWriter, appended as text (no folding, escaping or time zone).
QByteArray plainText(const QList<StudyEvent> &events)
{
    QString out = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for (const StudyEvent &e : events) {
        out += QStringLiteral("BEGIN:VEVENT\r\nUID:") + e.uid + QStringLiteral("\r\nDTSTART:") +
               e.date.toString(QStringLiteral("yyyyMMdd")) +
               e.start.toString(QStringLiteral("'T'HHmmss")) + QStringLiteral("\r\nSUMMARY:") +
               e.summary + QStringLiteral("\r\nDESCRIPTION:") + e.description +
               QStringLiteral("\r\nEND:VEVENT\r\n");
    }
    out += QStringLiteral("END:VCALENDAR\r\n");
    return out.toUtf8();
}

void print(const char *name, double ms, double baselineMs, const char *unit = "ms")
{
    std::printf("%-38s %10.2f %s   baseline %9.2f %s   ratio %6.1f\n", name, ms, unit, baselineMs,
                unit, baselineMs > 0 ? ms / baselineMs : 0.0);
}

template <typename Signal, typename Sender> bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open())
        return 1;
    PlannerDocument doc(db, nullptr);
    if (!doc.openInitialRoadmap())
        return 1;
    doc.setToday(QDate(2026, 1, 5));
    Availability availability = doc.availability();
    availability.startDate = doc.today();
    doc.setAvailability(availability, QStringLiteral("bench"));
    const QByteArray zone = QByteArrayLiteral("Europe/Berlin");

    QList<StudyEvent> events;
    const double build = Bench::medianMs(9, [&] {
        events =
            StudyEvents::fromSchedule(doc.schedule(), doc.treeModel()->nodes(), doc.availability(),
                                      doc.currentRoadmap().id, doc.today(), 0);
    });
    std::printf("default roadmap, whole plan: %lld study blocks\n", qlonglong(events.size()));
    std::printf("%-38s %10.2f ms\n", "study blocks from the plan", build);

    QByteArray ics;
    const double write = Bench::medianMs(9, [&] { ics = IcsWriter::calendar(events, zone); });
    QByteArray plain;
    const double writePlain = Bench::medianMs(9, [&] { plain = plainText(events); });
    print("write .ics (libical)", write, writePlain);
    std::printf("  .ics size %lld bytes\n", qlonglong(ics.size()));

    int read = 0;
    const double parse = Bench::medianMs(
        9, [&] { read = int(IcsReader::entries(ics, QStringLiteral("bench")).value().size()); });
    int lines = 0;
    const double split = Bench::medianMs(9, [&] { lines = int(ics.split('\n').size()); });
    print("read .ics back (libical)", parse, split);
    if (read != events.size()) {
        std::printf("read %d events, wrote %lld\n", read, qlonglong(events.size()));
        return 1;
    }

    if (const QString reason = RadicaleServer::unavailableReason(); !reason.isEmpty()) {
        std::printf("sync: skipped (%s)\n", qPrintable(reason));
        return 0;
    }
    RadicaleServer server(nullptr);
    server.addUser(QStringLiteral("bench"), QStringLiteral("bench"));
    if (!server.start()) {
        std::printf("sync: Radicale did not start: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    CalDavClient client({server.url(), QStringLiteral("bench"), QStringLiteral("bench")}, nullptr);
    CalDavReply *made = client.createCalendar(server.url(QStringLiteral("/bench/")),
                                              QStringLiteral("plan"), QStringLiteral("Plan"));
    if (!waitFor(made, &CalDavReply::finished) || !made->isOk())
        return 1;
    const QUrl calendar = made->url();
    const QList<StudyEvent> weeks =
        StudyEvents::fromSchedule(doc.schedule(), doc.treeModel()->nodes(), doc.availability(),
                                  doc.currentRoadmap().id, doc.today(), 8);
    CalendarSync sync(&client, db, nullptr);
    CalendarSyncResult result;
    QObject::connect(&sync, &CalendarSync::finished,
                     [&result](const CalendarSyncResult &r) { result = r; });
    const auto runSync = [&] {
        QElapsedTimer timer;
        timer.start();
        sync.start(calendar, doc.currentRoadmap().id, weeks, doc.today(), zone);
        waitFor(&sync, &CalendarSync::finished);
        return timer.nsecsElapsed() / 1e6;
    };
    const double report = Bench::medianMs(5, [&] {
        CalDavReply *list = client.listEvents(calendar);
        waitFor(list, &CalDavReply::finished);
        list->deleteLater();
    });
    const double first = runSync();
    if (!result.isComplete() || result.created != weeks.size()) {
        std::printf("first sync failed: %s\n", qPrintable(result.message));
        return 1;
    }
    std::printf("sync of the next 8 weeks: %lld events to Radicale\n", qlonglong(weeks.size()));
    print("first sync (all created)", first, report);
    std::printf("  %.2f ms per event\n", first / double(weeks.size()));
    std::vector<double> again;
    for (int i = 0; i < 5; ++i)
        again.push_back(runSync());
    std::sort(again.begin(), again.end());
    print("sync with nothing to do", again[again.size() / 2], report);
    return result.unchanged == weeks.size() ? 0 : 1;
}
