// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/caldavcalendar.h"
#include "calendar/caldavresource.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace Masar {

/**
 * The outcome of one CalDavClient operation, which may take several HTTP requests (discovery
 * takes up to three). It emits finished() exactly once, always from the event loop (never
 * inside the call that started the operation or inside abort()); then either isOk() or
 * errorKind() and error() say what happened, and the result accessors that fit the operation
 * are filled.
 *
 * The reply is a child of the client. Delete it (deleteLater()) once finished() was handled;
 * deleting it earlier cancels the operation without a signal.
 */
class CalDavReply : public QObject
{
    Q_OBJECT

public:
    /// Why an operation failed. Each has a translated message naming the server (error()).
    enum class ErrorKind
    {
        None,
        WrongPassword,      ///< 401: the user name or password was refused
        NoPermission,       ///< 403: the account may not do this
        NotFound,           ///< 404 (or 410): nothing at that address
        Conflict,           ///< 409: e.g. the calendar exists already, or its parent does not
        PreconditionFailed, ///< 412: the ETag no longer matches, or the item exists already
        ServerError,        ///< 5xx
        Timeout,            ///< no answer within the client's timeout
        TlsError,           ///< the secure connection could not be set up or verified
        Unreachable,        ///< connection refused, host not found, network down
        BadResponse,        ///< an answer that is not CalDAV: bad XML, unexpected status, redirect
        Cancelled,          ///< abort() was called
        InvalidAddress,     ///< the address is not an http(s) URL; nothing was sent
    };
    Q_ENUM(ErrorKind)

    ~CalDavReply() override;

    bool isFinished() const { return m_finished; }
    /// Finished without an error.
    bool isOk() const { return m_finished && m_kind == ErrorKind::None; }
    ErrorKind errorKind() const { return m_kind; }
    /// Translated message naming the server and what to do about it; empty without an error.
    const QString &error() const { return m_message; }
    /// Status of the HTTP answer that decided the outcome (for putEvent() the PUT's, even when
    /// the ETag had to be asked for afterwards); 0 when no answer came.
    int httpStatus() const { return m_httpStatus; }

    // Results ---------------------------------------------------------------------------------
    /// discoverCalendars(): the calendars that can hold events.
    const QList<CalDavCalendar> &calendars() const { return m_calendars; }
    /// listEvents(): every event resource of the calendar with its ETag.
    const QList<CalDavResource> &events() const { return m_events; }
    /// getEvent(): the iCalendar text as the server sent it.
    const QByteArray &body() const { return m_body; }
    /// getEvent(), putEvent(): the ETag of the resource now (empty if the server gives none).
    const QString &etag() const { return m_etag; }
    /// createCalendar(), getEvent(), putEvent(), deleteEvent(): the address acted on;
    /// discoverCalendars(): the calendar home.
    const QUrl &url() const { return m_url; }

    /// Cancels the operation: it finishes with ErrorKind::Cancelled (unless it already
    /// finished). A request already on its way may still be carried out by the server.
    void abort();

    /// The translated message for `kind` about `server` (shown as host[:port]). `detail` fills
    /// in what the message refers to (HTTP status, TLS error, redirect target …).
    static QString messageFor(ErrorKind kind, const QUrl &server, const QString &detail = {},
                              std::chrono::milliseconds timeout = {});

signals:
    void finished();

private:
    friend class CalDavClient;
    using Handler = std::function<void(QNetworkReply *)>;

    CalDavReply(std::chrono::milliseconds timeout, QObject *parent);

    /// Sends one HTTP request. When the answer's status is one of `accepted`, `handler` runs
    /// with the network reply; any other outcome finishes this reply with the matching error.
    void send(QNetworkAccessManager *manager, const QNetworkRequest &request,
              const QByteArray &verb, const QByteArray &body, const QList<int> &accepted,
              Handler handler);
    void succeed();
    void fail(ErrorKind kind, const QString &detail = {});
    void onNetworkFinished(QNetworkReply *reply, const QList<int> &accepted,
                           const Handler &handler);
    void onTimeout();
    void failForStatus(QNetworkReply *reply, int status);
    void failForNetworkError(QNetworkReply *reply);
    void finish(ErrorKind kind, const QString &message);
    QNetworkReply *takeCurrent();

    std::chrono::milliseconds m_timeout;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_current;
    /// The address of the request in flight (or the last one): errors name its server.
    QUrl m_requestUrl;
    QStringList m_sslErrors;
    bool m_finished = false;
    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
    int m_httpStatus = 0;

    QList<CalDavCalendar> m_calendars;
    QList<CalDavResource> m_events;
    QByteArray m_body;
    QString m_etag;
    QUrl m_url;
};

} // namespace Masar
