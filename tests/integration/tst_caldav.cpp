// SPDX-License-Identifier: GPL-3.0-or-later
// CalDavClient against a real Radicale server (and, for the failures a real server cannot be
// asked to produce, against local TCP servers that hang, speak plain text or leave out ETags).
// All traffic stays on 127.0.0.1.
#include "calendar/caldavclient.h"
#include "fakehttpserver.h"
#include "radicaleserver.h"

#include "requiredservice.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Masar;
using Kind = CalDavReply::ErrorKind;
using namespace std::chrono_literals;

namespace {

QByteArray eventIcs(const QString &uid, const QString &summary)
{
    return QStringLiteral("BEGIN:VCALENDAR\r\n"
                          "VERSION:2.0\r\n"
                          "PRODID:-//Masar//Tests//EN\r\n"
                          "BEGIN:VEVENT\r\n"
                          "UID:%1\r\n"
                          "DTSTAMP:20260101T000000Z\r\n"
                          "DTSTART:20260105T090000Z\r\n"
                          "DTEND:20260105T100000Z\r\n"
                          "SUMMARY:%2\r\n"
                          "END:VEVENT\r\n"
                          "END:VCALENDAR\r\n")
        .arg(uid, summary)
        .toUtf8();
}

/// Waits for the reply's one finished() signal.
bool finishes(CalDavReply *reply, int timeoutMs = 30000)
{
    QSignalSpy spy(reply, &CalDavReply::finished);
    if (!spy.wait(timeoutMs))
        return false;
    QCoreApplication::processEvents(); // a second emission would show now
    return spy.count() == 1 && reply->isFinished();
}

QString describe(const CalDavReply *reply)
{
    return QStringLiteral("kind %1, HTTP %2: %3")
        .arg(QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(reply->errorKind()))))
        .arg(reply->httpStatus())
        .arg(reply->error());
}

} // namespace

// Each takes the reply expression once (it usually starts the operation).
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        CalDavReply *const verified = (expression);                                                \
        QVERIFY2(finishes(verified), "the operation must finish once");                            \
        QVERIFY2(verified->isOk(), qPrintable(describe(verified)));                                \
        QVERIFY(verified->error().isEmpty());                                                      \
    } while (false)

#define VERIFY_FAILS(expression, kind, status)                                                     \
    do {                                                                                           \
        CalDavReply *const verified = (expression);                                                \
        QVERIFY2(finishes(verified), "the operation must finish once");                            \
        QVERIFY2(verified->errorKind() == (kind), qPrintable(describe(verified)));                 \
        QCOMPARE(verified->httpStatus(), status);                                                  \
        QVERIFY(!verified->isOk());                                                                \
        /* The message names the server. */                                                        \
        QVERIFY2(verified->error().contains(QStringLiteral("127.0.0.1")),                          \
                 qPrintable(verified->error()));                                                   \
    } while (false)

class TestCalDav : public QObject
{
    Q_OBJECT

private:
    RadicaleServer *m_server = nullptr;
    QObject *m_scope = nullptr; // parent of what one test creates, deleted after it

    CalDavClient *client(const QString &user, const QString &password, const QUrl &base = {})
    {
        return new CalDavClient({base.isEmpty() ? m_server->url() : base, user, password}, m_scope);
    }

    /// A request the client cannot make (a calendar with other components), sent directly.
    int rawRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                   const QString &user, const QString &password)
    {
        auto *network = new QNetworkAccessManager(m_scope);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization",
                             "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
        QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(20000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        // Nothing may go through a proxy: every request here is for 127.0.0.1.
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const QString reason = RadicaleServer::unavailableReason();
        MASAR_REQUIRE(reason.isEmpty(), reason);
        m_server = new RadicaleServer(this);
        m_server->addUser(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob-secret"));
        m_server->addUser(QStringLiteral("carol"), QStringLiteral("carol-secret"));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void init() { m_scope = new QObject(this); }
    void cleanup()
    {
        delete m_scope;
        m_scope = nullptr;
    }

    void discoverFreshUser()
    {
        CalDavClient *carol = client(QStringLiteral("carol"), QStringLiteral("carol-secret"));
        // Nothing yet: found through the principal and the calendar home, and empty.
        CalDavReply *none = carol->discoverCalendars();
        VERIFY_OK(none);
        QVERIFY(none->calendars().isEmpty());

        const QUrl home = m_server->url(QStringLiteral("/carol/"));
        CalDavReply *created =
            carol->createCalendar(home, QStringLiteral("study"), QStringLiteral("Study plan"));
        VERIFY_OK(created);
        QCOMPARE(created->httpStatus(), 201);
        QCOMPARE(created->url(), m_server->url(QStringLiteral("/carol/study/")));
        // A calendar for tasks only and an address book must not be offered for events.
        QCOMPARE(rawRequest("MKCALENDAR", m_server->url(QStringLiteral("/carol/tasks/")),
                            "<?xml version=\"1.0\"?><c:mkcalendar xmlns:d=\"DAV:\" "
                            "xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:set><d:prop>"
                            "<c:supported-calendar-component-set><c:comp name=\"VTODO\"/>"
                            "</c:supported-calendar-component-set></d:prop></d:set>"
                            "</c:mkcalendar>",
                            QStringLiteral("carol"), QStringLiteral("carol-secret")),
                 201);
        // (Radicale refuses a plain MKCOL there with 403; an address book is a collection too.)
        QCOMPARE(rawRequest("MKCOL", m_server->url(QStringLiteral("/carol/contacts/")),
                            "<?xml version=\"1.0\"?><d:mkcol xmlns:d=\"DAV:\" "
                            "xmlns:r=\"urn:ietf:params:xml:ns:carddav\"><d:set><d:prop>"
                            "<d:resourcetype><d:collection/><r:addressbook/></d:resourcetype>"
                            "</d:prop></d:set></d:mkcol>",
                            QStringLiteral("carol"), QStringLiteral("carol-secret")),
                 201);

        for (const QString &base : {QStringLiteral("/"), QStringLiteral("/carol/")}) {
            CalDavClient *from = client(QStringLiteral("carol"), QStringLiteral("carol-secret"),
                                        m_server->url(base));
            CalDavReply *found = from->discoverCalendars();
            VERIFY_OK(found);
            QCOMPARE(found->calendars().size(), 1);
            const CalDavCalendar calendar = found->calendars().constFirst();
            QCOMPARE(calendar.url, m_server->url(QStringLiteral("/carol/study/")));
            QVERIFY(calendar.url.isValid() && !calendar.url.isRelative());
            QCOMPARE(calendar.displayName, QStringLiteral("Study plan"));
            QVERIFY(!calendar.ctag.isEmpty());
            QVERIFY(!calendar.syncToken.isEmpty());
        }
    }

    void discoverFromCalendarAddress()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        VERIFY_OK(alice->createCalendar(m_server->url(QStringLiteral("/alice/")),
                                        QStringLiteral("direct"), QStringLiteral("مسار")));
        const QUrl calendarUrl = m_server->url(QStringLiteral("/alice/direct/"));
        CalDavClient *direct =
            client(QStringLiteral("alice"), QStringLiteral("alice-secret"), calendarUrl);
        CalDavReply *found = direct->discoverCalendars();
        VERIFY_OK(found);
        QCOMPARE(found->calendars().size(), 1);
        QCOMPARE(found->calendars().constFirst().url, calendarUrl);
        QCOMPARE(found->calendars().constFirst().displayName, QStringLiteral("مسار"));
    }

    void createExistingCalendar()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        const QUrl home = m_server->url(QStringLiteral("/alice/"));
        VERIFY_OK(alice->createCalendar(home, QStringLiteral("twice"), QStringLiteral("Twice")));
        CalDavReply *again =
            alice->createCalendar(home, QStringLiteral("twice"), QStringLiteral("Twice"));
        VERIFY_FAILS(again, Kind::Conflict, 409);
    }

    void eventLifecycle()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        CalDavReply *created =
            alice->createCalendar(m_server->url(QStringLiteral("/alice/")),
                                  QStringLiteral("events"), QStringLiteral("Events"));
        VERIFY_OK(created);
        const QUrl calendar = created->url();

        // Five new events (created only: If-None-Match).
        QHash<QUrl, QString> etags;
        for (int i = 1; i <= 5; ++i) {
            const QString uid = QStringLiteral("event-%1@masar.test").arg(i);
            const QUrl url = CalDavClient::eventUrl(calendar, uid + QStringLiteral(".ics"));
            CalDavReply *put = alice->putEvent(
                url, eventIcs(uid, QStringLiteral("درس %1 — lesson").arg(i)), QString());
            VERIFY_OK(put);
            QCOMPARE(put->httpStatus(), 201);
            QCOMPARE(put->url(), url);
            QVERIFY(!put->etag().isEmpty());
            etags.insert(url, put->etag());
        }
        QCOMPARE(etags.size(), 5);

        CalDavReply *list = alice->listEvents(calendar);
        VERIFY_OK(list);
        QCOMPARE(list->events().size(), 5);
        for (const CalDavResource &event : list->events()) {
            QVERIFY2(etags.contains(event.url), qPrintable(event.url.toString()));
            QCOMPARE(event.etag, etags.value(event.url));
        }

        const QUrl first =
            CalDavClient::eventUrl(calendar, QStringLiteral("event-1@masar.test.ics"));
        QCOMPARE(first.path(), QStringLiteral("/alice/events/event-1@masar.test.ics"));
        CalDavReply *get = alice->getEvent(first);
        VERIFY_OK(get);
        QVERIFY(get->body().contains("UID:event-1@masar.test"));
        QVERIFY(get->body().contains(QStringLiteral("درس 1 — lesson").toUtf8()));
        QCOMPARE(get->etag(), etags.value(first));

        // Update with the right ETag, then again with the one it had before.
        const QString oldEtag = etags.value(first);
        CalDavReply *update = alice->putEvent(
            first, eventIcs(QStringLiteral("event-1@masar.test"), QStringLiteral("Changed")),
            oldEtag);
        VERIFY_OK(update);
        QVERIFY2(QList<int>({200, 201, 204}).contains(update->httpStatus()),
                 qPrintable(describe(update)));
        QVERIFY(!update->etag().isEmpty());
        QVERIFY(update->etag() != oldEtag);
        CalDavReply *stale = alice->putEvent(
            first, eventIcs(QStringLiteral("event-1@masar.test"), QStringLiteral("Lost")), oldEtag);
        VERIFY_FAILS(stale, Kind::PreconditionFailed, 412);

        // Creating where an event exists already.
        CalDavReply *duplicate = alice->putEvent(
            first, eventIcs(QStringLiteral("event-1@masar.test"), QStringLiteral("Dup")), {});
        VERIFY_FAILS(duplicate, Kind::PreconditionFailed, 412);
        CalDavReply *check = alice->getEvent(first);
        VERIFY_OK(check);
        QVERIFY(check->body().contains("SUMMARY:Changed"));

        // Delete: refused with the stale ETag, done with the current one.
        CalDavReply *staleDelete = alice->deleteEvent(first, oldEtag);
        VERIFY_FAILS(staleDelete, Kind::PreconditionFailed, 412);
        CalDavReply *removed = alice->deleteEvent(first, update->etag());
        VERIFY_OK(removed);
        QVERIFY2(QList<int>({200, 204}).contains(removed->httpStatus()),
                 qPrintable(describe(removed)));
        CalDavReply *after = alice->listEvents(calendar);
        VERIFY_OK(after);
        QCOMPARE(after->events().size(), 4);
        VERIFY_FAILS(alice->getEvent(first), Kind::NotFound, 404);
    }

    void wrongPassword()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("not-her-password"));
        CalDavReply *reply = alice->discoverCalendars();
        VERIFY_FAILS(reply, Kind::WrongPassword, 401);
        QVERIFY(reply->calendars().isEmpty());
        CalDavClient *nobody = client(QStringLiteral("mallory"), QStringLiteral("x"));
        VERIFY_FAILS(nobody->listEvents(m_server->url(QStringLiteral("/alice/"))),
                     Kind::WrongPassword, 401);
    }

    void noPermission()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        CalDavReply *created =
            alice->createCalendar(m_server->url(QStringLiteral("/alice/")),
                                  QStringLiteral("private"), QStringLiteral("Private"));
        VERIFY_OK(created);
        const QUrl event = CalDavClient::eventUrl(created->url(), QStringLiteral("secret.ics"));
        VERIFY_OK(
            alice->putEvent(event, eventIcs(QStringLiteral("secret"), QStringLiteral("S")), {}));

        CalDavClient *bob = client(QStringLiteral("bob"), QStringLiteral("bob-secret"));
        VERIFY_FAILS(bob->listEvents(created->url()), Kind::NoPermission, 403);
        VERIFY_FAILS(bob->getEvent(event), Kind::NoPermission, 403);
        VERIFY_FAILS(bob->putEvent(CalDavClient::eventUrl(created->url(), QStringLiteral("b.ics")),
                                   eventIcs(QStringLiteral("b"), QStringLiteral("B")), {}),
                     Kind::NoPermission, 403);
        VERIFY_FAILS(bob->createCalendar(m_server->url(QStringLiteral("/alice/")),
                                         QStringLiteral("bobs"), QStringLiteral("Bob's")),
                     Kind::NoPermission, 403);
    }

    void missingCalendar()
    {
        CalDavClient *alice = client(QStringLiteral("alice"), QStringLiteral("alice-secret"));
        CalDavReply *reply = alice->listEvents(m_server->url(QStringLiteral("/alice/missing/")));
        VERIFY_FAILS(reply, Kind::NotFound, 404);
        QVERIFY(reply->events().isEmpty());
        // An event into a calendar that does not exist.
        VERIFY_FAILS(alice->putEvent(m_server->url(QStringLiteral("/alice/missing/x.ics")),
                                     eventIcs(QStringLiteral("x"), QStringLiteral("X")), {}),
                     Kind::Conflict, 409);
    }

    void serverStopped()
    {
        // A server of its own: this one goes down and comes back.
        RadicaleServer *server = new RadicaleServer(m_scope);
        server->addUser(QStringLiteral("dave"), QStringLiteral("dave-secret"));
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        CalDavClient *dave = new CalDavClient(
            {server->url(), QStringLiteral("dave"), QStringLiteral("dave-secret")}, m_scope);
        VERIFY_OK(dave->discoverCalendars());

        server->stop();
        QVERIFY(!server->isRunning());
        QElapsedTimer clock;
        clock.start();
        CalDavReply *down = dave->discoverCalendars();
        VERIFY_FAILS(down, Kind::Unreachable, 0);
        QVERIFY2(clock.elapsed() < 10000, "a refused connection is not a timeout");

        QVERIFY2(server->start(), qPrintable(server->errorString()));
        VERIFY_OK(dave->discoverCalendars());
    }

    void timeout()
    {
        auto *hung = new FakeHttpServer(m_scope);
        QVERIFY(hung->listenLocally());
        CalDavClient *client = new CalDavClient(
            {hung->url(QStringLiteral("http")), QStringLiteral("u"), QStringLiteral("p")}, m_scope);
        QVERIFY(client->timeout() == 20000ms);
        client->setTimeout(400ms);
        QElapsedTimer clock;
        clock.start();
        CalDavReply *reply = client->discoverCalendars();
        VERIFY_FAILS(reply, Kind::Timeout, 0);
        QVERIFY2(clock.elapsed() >= 380, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(hung->connectionCount(), 1);
    }

    void abortRequest()
    {
        auto *hung = new FakeHttpServer(m_scope);
        QVERIFY(hung->listenLocally());
        CalDavClient *client = new CalDavClient(
            {hung->url(QStringLiteral("http")), QStringLiteral("u"), QStringLiteral("p")}, m_scope);

        // While the request waits for its answer.
        CalDavReply *waiting =
            client->listEvents(hung->url(QStringLiteral("http"), QStringLiteral("/cal/")));
        QSignalSpy spy(waiting, &CalDavReply::finished);
        QTRY_COMPARE(hung->connectionCount(), 1);
        QElapsedTimer clock;
        clock.start();
        waiting->abort();
        QVERIFY(waiting->isFinished());
        QCOMPARE(spy.count(), 0); // later, from the event loop
        QVERIFY(spy.wait(2000));
        QCOMPARE(waiting->errorKind(), Kind::Cancelled);
        QVERIFY(waiting->error().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(clock.elapsed() < 2000);
        waiting->abort(); // no second signal
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);

        // Before anything was sent.
        CalDavReply *early =
            client->getEvent(hung->url(QStringLiteral("http"), QStringLiteral("/x.ics")));
        early->abort();
        QVERIFY(finishes(early));
        QCOMPARE(early->errorKind(), Kind::Cancelled);

        // A reply deleted while running takes its request down without a signal or a crash.
        auto *other = new FakeHttpServer(m_scope);
        QVERIFY(other->listenLocally());
        CalDavReply *dropped =
            client->getEvent(other->url(QStringLiteral("http"), QStringLiteral("/y.ics")));
        QSignalSpy droppedSpy(dropped, &CalDavReply::finished);
        QTRY_COMPARE(other->connectionCount(), 1);
        delete dropped;
        QTest::qWait(100);
        QCOMPARE(droppedSpy.count(), 0);
    }

    void tlsError()
    {
        // A server that answers in plain HTTP whatever it is sent, spoken to with https.
        auto *plain = new FakeHttpServer(m_scope);
        plain->answerRaw(QByteArrayLiteral(
            "HTTP/1.0 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nThis is plain HTTP.\r\n"));
        QVERIFY(plain->listenLocally());
        CalDavClient *client = new CalDavClient(
            {plain->url(QStringLiteral("https")), QStringLiteral("u"), QStringLiteral("p")},
            m_scope);
        client->setTimeout(10s);
        CalDavReply *reply = client->discoverCalendars();
        VERIFY_FAILS(reply, Kind::TlsError, 0);
        QCOMPARE(plain->connectionCount(), 1);
    }

    void etagAskedWhenMissing()
    {
        // A server that stores the event but sends no ETag: it is asked for afterwards.
        auto *server = new FakeHttpServer(m_scope);
        const QByteArray multistatus =
            "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\"><response>"
            "<href>/cal/new.ics</href><propstat><prop><getetag>\"v2\"</getetag></prop>"
            "<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>";
        server->answerHttp(
            {{"PUT", "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"},
             {"PROPFIND", "HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n"
                          "Content-Length: " +
                              QByteArray::number(multistatus.size()) +
                              "\r\nConnection: close\r\n\r\n" + multistatus}});
        QVERIFY(server->listenLocally());
        CalDavClient *client = new CalDavClient(
            {server->url(QStringLiteral("http")), QStringLiteral("u"), QStringLiteral("p")},
            m_scope);
        CalDavReply *put = client->putEvent(
            server->url(QStringLiteral("http"), QStringLiteral("/cal/new.ics")),
            eventIcs(QStringLiteral("new"), QStringLiteral("N")), QStringLiteral("\"v1\""));
        VERIFY_OK(put);
        QCOMPARE(put->etag(), QStringLiteral("\"v2\""));
        QCOMPARE(put->httpStatus(), 204);
        QCOMPARE(server->requestLines(), QList<QByteArray>({"PUT /cal/new.ics HTTP/1.1",
                                                            "PROPFIND /cal/new.ics HTTP/1.1"}));
    }

    void badResponses()
    {
        auto *server = new FakeHttpServer(m_scope);
        const QByteArray broken = "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\"><oops>";
        server->answerHttp(
            {{"PROPFIND",
              "HTTP/1.1 207 Multi-Status\r\nContent-Length: " + QByteArray::number(broken.size()) +
                  "\r\nConnection: close\r\n\r\n" + broken},
             {"REPORT", "HTTP/1.1 301 Moved\r\nLocation: https://127.0.0.1/elsewhere/\r\n"
                        "Content-Length: 0\r\nConnection: close\r\n\r\n"},
             {"GET", "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                     "Connection: close\r\n\r\n"}});
        QVERIFY(server->listenLocally());
        CalDavClient *client = new CalDavClient(
            {server->url(QStringLiteral("http")), QStringLiteral("u"), QStringLiteral("p")},
            m_scope);
        VERIFY_FAILS(client->discoverCalendars(), Kind::BadResponse, 207);
        CalDavReply *moved =
            client->listEvents(server->url(QStringLiteral("http"), QStringLiteral("/cal/")));
        VERIFY_FAILS(moved, Kind::BadResponse, 301);
        QVERIFY2(moved->error().contains(QStringLiteral("https://127.0.0.1/elsewhere/")),
                 qPrintable(moved->error()));
        CalDavReply *down =
            client->getEvent(server->url(QStringLiteral("http"), QStringLiteral("/x.ics")));
        VERIFY_FAILS(down, Kind::ServerError, 503);
        QVERIFY2(down->error().contains(QStringLiteral("503")), qPrintable(down->error()));
    }

    void invalidAddress()
    {
        CalDavClient *client = new CalDavClient({QUrl(QStringLiteral("ftp://127.0.0.1/cal/")),
                                                 QStringLiteral("u"), QStringLiteral("p")},
                                                m_scope);
        CalDavReply *reply = client->discoverCalendars();
        QVERIFY(finishes(reply));
        QCOMPARE(reply->errorKind(), Kind::InvalidAddress);
        QVERIFY(reply->error().contains(QStringLiteral("ftp://127.0.0.1/cal/")));
        QCOMPARE(reply->httpStatus(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalDav)
#include "tst_caldav.moc"
