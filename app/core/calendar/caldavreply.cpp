// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/caldavreply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#ifndef QT_NO_SSL
#include <QSslError>
#endif

namespace Masar {

namespace {

/// "host" or "host:port", what a user recognises of the address they typed.
QString serverName(const QUrl &url)
{
    const QString authority = url.adjusted(QUrl::RemoveUserInfo).authority();
    return authority.isEmpty() ? url.toDisplayString() : authority;
}

/// Whole seconds for messages, rounded up so that a short timeout never reads "0 seconds".
qint64 wholeSeconds(std::chrono::milliseconds timeout)
{
    return std::max<qint64>(1, (timeout.count() + 999) / 1000);
}

} // namespace

CalDavReply::CalDavReply(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_timeout(timeout), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CalDavReply::onTimeout);
}

CalDavReply::~CalDavReply()
{
    if (QNetworkReply *reply = takeCurrent())
        reply->abort();
}

void CalDavReply::abort()
{
    if (m_finished)
        return;
    if (QNetworkReply *reply = takeCurrent()) {
        reply->abort();
        reply->deleteLater();
    }
    fail(ErrorKind::Cancelled);
}

QString CalDavReply::messageFor(ErrorKind kind, const QUrl &server, const QString &detail,
                                std::chrono::milliseconds timeout)
{
    const QString host = serverName(server);
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::WrongPassword:
        return tr("The server %1 did not accept the user name or the password. Check both and "
                  "try again.")
            .arg(host);
    case ErrorKind::NoPermission:
        return tr("The server %1 does not allow this account to do this. Check that the calendar "
                  "belongs to this account, or ask the server's administrator for access.")
            .arg(host);
    case ErrorKind::NotFound:
        return tr("The server %1 has nothing at this address. Check the address; the calendar or "
                  "event may have been deleted.")
            .arg(host);
    case ErrorKind::Conflict:
        return tr("The server %1 refused the change because it conflicts with what is there (for "
                  "example, the calendar exists already or the folder for it does not). Check the "
                  "address and try again.")
            .arg(host);
    case ErrorKind::PreconditionFailed:
        return tr("The item on the server %1 is not the version Masar expected: it was changed, "
                  "created or deleted elsewhere. Sync again to get the current version.")
            .arg(host);
    case ErrorKind::ServerError:
        return tr("The server %1 failed with an internal error (%2). Try again later; if it keeps "
                  "happening, tell the server's administrator.")
            .arg(host, detail);
    case ErrorKind::Timeout:
        return tr("The server %1 did not answer within %Ln second(s). Check your network "
                  "connection, or try again later.",
                  nullptr, int(wholeSeconds(timeout)))
            .arg(host);
    case ErrorKind::TlsError:
        return tr("Masar could not set up a secure connection to the server %1 (%2). Check the "
                  "address and that the server's certificate is valid.")
            .arg(host, detail);
    case ErrorKind::Unreachable:
        return tr("Masar could not reach the server %1 (%2). Check the address and your network "
                  "connection, or try again later.")
            .arg(host, detail);
    case ErrorKind::BadResponse:
        return tr("The server %1 sent an answer Masar does not understand (%2). Check that the "
                  "address is the one of a CalDAV server.")
            .arg(host, detail);
    case ErrorKind::Cancelled:
        return tr("The request to the server %1 was cancelled.").arg(host);
    case ErrorKind::InvalidAddress:
        return tr("“%1” is not an address Masar can use for a calendar server. Enter an address "
                  "that starts with https:// or http://.")
            .arg(server.toDisplayString());
    }
    return {};
}

void CalDavReply::send(QNetworkAccessManager *manager, const QNetworkRequest &request,
                       const QByteArray &verb, const QByteArray &body, const QList<int> &accepted,
                       Handler handler)
{
    if (m_finished)
        return;
    m_requestUrl = request.url();
    m_sslErrors.clear();
    QNetworkReply *reply = body.isEmpty() ? manager->sendCustomRequest(request, verb)
                                          : manager->sendCustomRequest(request, verb, body);
    // Owned by this reply: deleting the operation takes its request down with it.
    reply->setParent(this);
    m_current = reply;
#ifndef QT_NO_SSL
    // Recorded for the message only. SSL errors are never ignored: the request then fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, accepted, handler = std::move(handler)] {
                onNetworkFinished(reply, accepted, handler);
            });
    m_timer->start(m_timeout);
}

void CalDavReply::onNetworkFinished(QNetworkReply *reply, const QList<int> &accepted,
                                    const Handler &handler)
{
    if (reply != m_current)
        return;
    m_timer->stop();
    m_current = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        failForNetworkError(reply);
        return;
    }
    m_httpStatus = status.toInt();
    if (!accepted.contains(m_httpStatus))
        failForStatus(reply, m_httpStatus);
    else if (reply->error() != QNetworkReply::NoError)
        failForNetworkError(reply); // the connection broke after the status line
    else
        handler(reply);
}

void CalDavReply::onTimeout()
{
    if (QNetworkReply *reply = takeCurrent()) {
        reply->abort();
        reply->deleteLater();
    }
    fail(ErrorKind::Timeout);
}

void CalDavReply::failForStatus(QNetworkReply *reply, int status)
{
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    const QString statusText = reason.isEmpty()
                                   ? QStringLiteral("HTTP %1").arg(status)
                                   : QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
    switch (status) {
    case 401:
        fail(ErrorKind::WrongPassword, statusText);
        return;
    case 403:
        fail(ErrorKind::NoPermission, statusText);
        return;
    case 404:
    case 410:
        fail(ErrorKind::NotFound, statusText);
        return;
    case 409:
        fail(ErrorKind::Conflict, statusText);
        return;
    case 412:
        fail(ErrorKind::PreconditionFailed, statusText);
        return;
    case 301:
    case 302:
    case 303:
    case 307:
    case 308: {
        // Redirects are not followed: the credentials would go wherever the answer points.
        // The user is told the address to enter instead.
        const QUrl target = m_requestUrl.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        finish(ErrorKind::BadResponse,
               tr("The server %1 answered from another address (%2). Enter that address instead.")
                   .arg(serverName(m_requestUrl), target.toDisplayString()));
        return;
    }
    default:
        break;
    }
    fail(status >= 500 && status <= 599 ? ErrorKind::ServerError : ErrorKind::BadResponse,
         statusText);
}

void CalDavReply::failForNetworkError(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        fail(ErrorKind::TlsError,
             m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; ")));
    } else if (error == QNetworkReply::TimeoutError) {
        fail(ErrorKind::Timeout);
    } else if (error == QNetworkReply::OperationCanceledError) {
        fail(ErrorKind::Cancelled);
    } else if (error >= QNetworkReply::ProtocolUnknownError &&
               error <= QNetworkReply::ProtocolFailure) {
        fail(ErrorKind::BadResponse, reply->errorString());
    } else {
        // Connection refused, host not found, closed, network down, proxy trouble …
        fail(ErrorKind::Unreachable, reply->errorString());
    }
}

void CalDavReply::succeed()
{
    finish(ErrorKind::None, {});
}

void CalDavReply::fail(ErrorKind kind, const QString &detail)
{
    finish(kind, messageFor(kind, m_requestUrl, detail, m_timeout));
}

void CalDavReply::finish(ErrorKind kind, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_kind = kind;
    m_message = message;
    m_timer->stop();
    // Always from the event loop, so that a caller can connect after starting the operation
    // and abort() never re-enters its caller.
    const auto notify = [this] { emit finished(); };
    QMetaObject::invokeMethod(this, notify, Qt::QueuedConnection);
}

QNetworkReply *CalDavReply::takeCurrent()
{
    QNetworkReply *reply = m_current;
    m_current = nullptr;
    if (reply)
        reply->disconnect(this);
    return reply;
}

} // namespace Masar
