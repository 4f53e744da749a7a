// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsync.h"

#include "calendar/caldavclient.h"
#include "calendar/icswriter.h"
#include "calendar/studyevents.h"
#include "storage/calendareventrepository.h"

#include <QCryptographicHash>
#include <QMetaObject>
#include <QSet>

namespace Masar {

namespace {

/// Server listings and recorded addresses are compared by decoded path: servers differ in how
/// they encode '@' and whether they repeat scheme and host.
QString pathKey(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded);
}

} // namespace

CalendarSync::CalendarSync(CalDavClient *client, Database &database, QObject *parent)
    : QObject(parent), m_client(client),
      m_repository(std::make_unique<CalendarEventRepository>(database))
{
    qRegisterMetaType<CalendarSyncResult>();
}

CalendarSync::~CalendarSync()
{
    if (m_reply)
        m_reply->deleteLater();
}

Status CalendarSync::forgetSyncedEvents()
{
    return m_repository->clearAll();
}

QString CalendarSync::hashOf(const StudyEvent &event, const QByteArray &timeZoneId)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts{event.uid,
                            event.date.toString(Qt::ISODate),
                            event.start.toString(QStringLiteral("HH:mm")),
                            QString::number(event.minutes),
                            event.summary,
                            event.description,
                            event.url,
                            QString::fromLatin1(timeZoneId)};
    hash.addData(parts.join(QChar(0x1f)).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString CalendarSync::fileNameOf(const QString &uid)
{
    return uid + QStringLiteral(".ics");
}

CalDavReply *CalendarSync::track(CalDavReply *reply)
{
    m_reply = reply;
    return reply;
}

bool CalendarSync::start(const QUrl &calendarUrl, qint64 roadmapId, const QList<StudyEvent> &events,
                         const QDate &keepBefore, const QByteArray &timeZoneId)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_calendarUrl = calendarUrl;
    m_roadmapId = roadmapId;
    m_events = events;
    m_keepBefore = keepBefore;
    m_timeZoneId = timeZoneId;
    m_operations.clear();
    m_next = 0;
    m_result = {};
    // Listing first: it checks the address and the password before anything is changed.
    CalDavReply *reply = track(m_client->listEvents(calendarUrl));
    connect(reply, &CalDavReply::finished, this, [this, reply] { onListed(reply); });
    return true;
}

void CalendarSync::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finishes it with Cancelled, from the event loop
}

void CalendarSync::onListed(CalDavReply *reply)
{
    reply->deleteLater();
    if (!reply->isOk()) {
        finish(reply->errorKind(), reply->error());
        return;
    }
    QHash<QString, QString> onServer; // decoded path → ETag
    for (const CalDavResource &resource : reply->events())
        onServer.insert(pathKey(resource.url), resource.etag);

    const Result<QList<StoredCalendarEvent>> stored = m_repository->allEvents();
    if (!stored) {
        finish(CalDavReply::ErrorKind::None, stored.error());
        return;
    }
    QHash<QString, StoredCalendarEvent> recorded;
    for (const StoredCalendarEvent &entry : stored.value())
        recorded.insert(entry.uid, entry);

    QSet<QString> wanted;
    for (const StudyEvent &event : std::as_const(m_events)) {
        wanted.insert(event.uid);
        Operation operation;
        operation.roadmapId = m_roadmapId;
        operation.uid = event.uid;
        operation.event = event;
        operation.hash = hashOf(event, m_timeZoneId);
        const auto found = recorded.constFind(event.uid);
        if (found == recorded.constEnd() || found->roadmapId != m_roadmapId) {
            operation.url = CalDavClient::eventUrl(m_calendarUrl, fileNameOf(event.uid));
            const auto there = onServer.constFind(pathKey(operation.url));
            if (there != onServer.constEnd()) {
                // Written before, but not recorded here (a restored database): take it over.
                operation.action = Action::Update;
                operation.etag = *there;
            } else {
                operation.action = Action::Create;
            }
        } else {
            operation.url = QUrl(found->event.href);
            const auto there = onServer.constFind(pathKey(operation.url));
            if (there == onServer.constEnd()) {
                operation.action = Action::Create; // deleted on the server: put back
            } else if (found->event.hash != operation.hash ||
                       (!found->event.etag.isEmpty() && *there != found->event.etag)) {
                operation.action = Action::Update; // re-planned, or edited elsewhere
                operation.etag = *there;
            } else {
                ++m_result.unchanged;
                continue;
            }
        }
        m_operations.append(operation);
    }
    for (const StoredCalendarEvent &entry : stored.value()) {
        if (wanted.contains(entry.uid))
            continue;
        const QDate date = StudyEvents::dateOfUid(entry.uid);
        if (date.isValid() && m_keepBefore.isValid() && date < m_keepBefore)
            continue; // a past study day stays in the calendar, whichever roadmap it was
        Operation operation;
        operation.roadmapId = entry.roadmapId;
        operation.uid = entry.uid;
        operation.url = QUrl(entry.event.href);
        const auto there = onServer.constFind(pathKey(operation.url));
        if (there == onServer.constEnd()) {
            operation.action = Action::Forget; // already gone from the server
        } else {
            operation.action = Action::Delete;
            operation.etag = *there;
        }
        m_operations.append(operation);
    }
    emit progress(0, int(m_operations.size()));
    runNext();
}

void CalendarSync::runNext()
{
    if (m_cancelled) {
        finish(CalDavReply::ErrorKind::Cancelled, {});
        return;
    }
    // Forgetting needs no request: do those at once.
    while (m_next < m_operations.size() && m_operations[m_next].action == Action::Forget) {
        const Operation &operation = m_operations[m_next];
        if (const Status removed = m_repository->remove(operation.roadmapId, operation.uid);
            !removed) {
            finish(CalDavReply::ErrorKind::None, removed.error());
            return;
        }
        ++m_next;
        emit progress(m_next, int(m_operations.size()));
    }
    if (m_next >= m_operations.size()) {
        finish(CalDavReply::ErrorKind::None, {});
        return;
    }
    const Operation &operation = m_operations[m_next];
    CalDavReply *reply = nullptr;
    switch (operation.action) {
    case Action::Create:
        reply = m_client->putEvent(operation.url, IcsWriter::event(operation.event, m_timeZoneId),
                                   QString());
        break;
    case Action::Update:
        reply = m_client->putEvent(operation.url, IcsWriter::event(operation.event, m_timeZoneId),
                                   operation.etag);
        break;
    case Action::Delete:
        reply = m_client->deleteEvent(operation.url, operation.etag);
        break;
    case Action::Forget:
        Q_UNREACHABLE();
    }
    track(reply);
    connect(reply, &CalDavReply::finished, this, [this, reply] { onOperationDone(reply); });
}

void CalendarSync::onOperationDone(CalDavReply *reply)
{
    reply->deleteLater();
    Operation &operation = m_operations[m_next];
    const CalDavReply::ErrorKind kind = reply->errorKind();
    if (reply->isOk() ||
        (operation.action == Action::Delete && kind == CalDavReply::ErrorKind::NotFound)) {
        if (!record(operation, reply->etag()))
            return;
        ++m_next;
        emit progress(m_next, int(m_operations.size()));
        runNext();
        return;
    }
    if (kind == CalDavReply::ErrorKind::Cancelled) {
        finish(kind, {});
        return;
    }
    const bool mayRetry = !operation.retried && !m_cancelled;
    if (mayRetry && kind == CalDavReply::ErrorKind::PreconditionFailed) {
        // Changed (or created) on the server meanwhile: learn its ETag, then apply ours again.
        operation.retried = true;
        CalDavReply *get = track(m_client->getEvent(operation.url));
        connect(get, &CalDavReply::finished, this, [this, get] { onRefetched(get); });
        return;
    }
    if (mayRetry && kind == CalDavReply::ErrorKind::NotFound &&
        operation.action == Action::Update) {
        // Deleted on the server meanwhile: create it again.
        operation.retried = true;
        operation.action = Action::Create;
        operation.etag.clear();
        runNext();
        return;
    }
    finish(kind, reply->error());
}

void CalendarSync::onRefetched(CalDavReply *reply)
{
    reply->deleteLater();
    Operation &operation = m_operations[m_next];
    if (reply->errorKind() == CalDavReply::ErrorKind::NotFound) {
        if (operation.action == Action::Delete) {
            if (!record(operation, {})) // gone meanwhile: that is what was wanted
                return;
            ++m_next;
            emit progress(m_next, int(m_operations.size()));
            runNext();
            return;
        }
        operation.action = Action::Create;
        operation.etag.clear();
        runNext();
        return;
    }
    if (!reply->isOk()) {
        finish(reply->errorKind(), reply->error());
        return;
    }
    if (operation.action == Action::Create) {
        operation.action = Action::Update;
        operation.countAsUpdate = true;
    }
    ++m_result.conflicts;
    operation.etag = reply->etag();
    runNext();
}

bool CalendarSync::record(const Operation &operation, const QString &etag)
{
    Status status;
    if (operation.action == Action::Delete) {
        status = m_repository->remove(operation.roadmapId, operation.uid);
        ++m_result.deleted;
    } else {
        status =
            m_repository->save(m_roadmapId, operation.uid,
                               {operation.url.toString(QUrl::FullyEncoded), etag, operation.hash});
        if (operation.action == Action::Create && !operation.countAsUpdate)
            ++m_result.created;
        else
            ++m_result.updated;
    }
    if (!status) {
        finish(CalDavReply::ErrorKind::None, status.error());
        return false;
    }
    return true;
}

void CalendarSync::finish(CalDavReply::ErrorKind kind, const QString &message)
{
    m_result.errorKind =
        kind == CalDavReply::ErrorKind::Cancelled ? CalDavReply::ErrorKind::None : kind;
    m_result.cancelled = m_cancelled || kind == CalDavReply::ErrorKind::Cancelled;
    m_result.message = m_result.cancelled ? QString() : message;
    const int remaining = int(m_operations.size()) - m_next;
    m_result.pending = m_operations.isEmpty() && !message.isEmpty() ? 0 : qMax(0, remaining);
    m_running = false;
    m_reply = nullptr;
    m_operations.clear();
    m_events.clear();
    const CalendarSyncResult result = m_result;
    // Always from the event loop, as CalDavReply does: callers may start the next sync at once.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace Masar
