// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/caldavaccount.h"
#include "calendar/caldavreply.h"

#include <QObject>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Masar {

class CalDavMultiStatus;

/**
 * Talks CalDAV (RFC 4791) to one account: finds its calendars, creates one, and lists, reads,
 * writes and deletes events. Every operation returns at once with a CalDavReply that finishes
 * later; each HTTP request it makes has its own timeout.
 *
 * Credentials are sent preemptively as HTTP Basic on every request (so a 401 always means they
 * were refused; nothing is retried). TLS errors are never ignored, redirects are not followed
 * (the reply says where they point), and the password is kept in memory only.
 */
class CalDavClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{20000};

    CalDavClient(const CalDavAccount &account, QObject *parent);

    const CalDavAccount &account() const { return m_account; }
    /// Replaces the account (for example after the user typed another password); requests sent
    /// from then on use it.
    void setAccount(const CalDavAccount &account) { m_account = account; }

    /// How long each HTTP request may wait for its answer.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /**
     * Finds the account's calendars that can hold events: the base address itself when it is
     * such a calendar; otherwise its calendar home, reached through current-user-principal and
     * calendar-home-set (or the base address listed as a home when it names neither).
     * Result: CalDavReply::calendars(), possibly empty, and CalDavReply::url(), the calendar home
     * (where createCalendar() can add one; for a calendar's own address, its parent).
     */
    CalDavReply *discoverCalendars();

    /// Creates the calendar `slug`/ under `parentUrl` (usually the calendar home) for events,
    /// named `displayName`. Result: CalDavReply::url(), the new calendar's address.
    CalDavReply *createCalendar(const QUrl &parentUrl, const QString &slug,
                                const QString &displayName);

    /// Lists the event resources of a calendar. Result: CalDavReply::events().
    CalDavReply *listEvents(const QUrl &calendarUrl);

    /// Reads one event. Result: CalDavReply::body() and etag().
    CalDavReply *getEvent(const QUrl &eventUrl);

    /**
     * Writes one event. With an empty `etag` it is only created (If-None-Match: *; an
     * existing one fails with PreconditionFailed); otherwise it replaces the version with that
     * ETag (If-Match). Result: CalDavReply::etag(), the new version's ETag, from the answer or,
     * when the server sends none, asked for afterwards.
     */
    CalDavReply *putEvent(const QUrl &eventUrl, const QByteArray &icsBody, const QString &etag);

    /// Deletes one event if it is still at version `etag` (If-Match; unconditionally when
    /// `etag` is empty).
    CalDavReply *deleteEvent(const QUrl &eventUrl, const QString &etag);

    /// The address of the event file `fileName` (e.g. "uid.ics") in a calendar, encoded.
    static QUrl eventUrl(const QUrl &calendarUrl, const QString &fileName);

private:
    CalDavReply *newReply();
    bool checkAddress(CalDavReply *reply, const QUrl &url);
    bool checkFollow(CalDavReply *reply, const QUrl &from, const QUrl &to);
    QNetworkRequest request(const QUrl &url) const;
    /// Sends a PROPFIND or REPORT and hands its parsed 207 answer to `handler`.
    void multiStatus(CalDavReply *reply, const QByteArray &verb, const QUrl &url, int depth,
                     const QByteArray &body,
                     std::function<void(const CalDavMultiStatus &)> handler);
    void discoverFromPrincipal(CalDavReply *reply, const QUrl &principalUrl);
    void listHome(CalDavReply *reply, const QUrl &homeUrl);
    void askEtag(CalDavReply *reply, const QUrl &eventUrl);

    CalDavAccount m_account;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QNetworkAccessManager *m_network;
};

} // namespace Masar
