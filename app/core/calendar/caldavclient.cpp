// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/caldavclient.h"

#include "calendar/caldavmultistatus.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QXmlStreamWriter>

namespace Masar {

namespace {

using ErrorKind = CalDavReply::ErrorKind;

const QString davNs = QStringLiteral("DAV:");
const QString calDavNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");

// Everything discovery looks at, asked for at each step: a server answers what it has.
const QByteArray discoveryBody = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\""
    " xmlns:cs=\"http://calendarserver.org/ns/\">"
    "<d:prop><d:resourcetype/><d:displayname/><d:current-user-principal/>"
    "<c:calendar-home-set/><c:supported-calendar-component-set/><cs:getctag/><d:sync-token/>"
    "</d:prop></d:propfind>\n");

const QByteArray etagBody =
    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>\n");

const QByteArray eventQueryBody = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
    "<d:prop><d:getetag/></d:prop>"
    "<c:filter><c:comp-filter name=\"VCALENDAR\"><c:comp-filter name=\"VEVENT\"/>"
    "</c:comp-filter></c:filter></c:calendar-query>\n");

QByteArray mkcalendarBody(const QString &displayName)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(davNs, QStringLiteral("d"));
    xml.writeNamespace(calDavNs, QStringLiteral("c"));
    xml.writeStartElement(calDavNs, QStringLiteral("mkcalendar"));
    xml.writeStartElement(davNs, QStringLiteral("set"));
    xml.writeStartElement(davNs, QStringLiteral("prop"));
    xml.writeTextElement(davNs, QStringLiteral("displayname"), displayName);
    xml.writeStartElement(calDavNs, QStringLiteral("supported-calendar-component-set"));
    xml.writeEmptyElement(calDavNs, QStringLiteral("comp"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    xml.writeEndElement(); // supported-calendar-component-set
    xml.writeEndElement(); // prop
    xml.writeEndElement(); // set
    xml.writeEndElement(); // mkcalendar
    xml.writeEndDocument();
    return body;
}

QUrl withTrailingSlash(QUrl url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        url.setPath(path + QLatin1Char('/'), QUrl::TolerantMode);
    return url;
}

/// The same resource, whether or not one of the two has a trailing slash.
bool sameResource(const QUrl &a, const QUrl &b)
{
    return withTrailingSlash(a).matches(withTrailingSlash(b), QUrl::NormalizePathSegments);
}

QUrl child(const QUrl &parent, const QString &name, bool collection)
{
    QString relative = QString::fromLatin1(QUrl::toPercentEncoding(name));
    if (collection)
        relative += QLatin1Char('/');
    return withTrailingSlash(parent).resolved(QUrl(relative, QUrl::StrictMode));
}

/// The entry a Depth 0 answer gives about the requested resource itself.
const CalDavMultiStatus::Entry *selfEntry(const CalDavMultiStatus &answer, const QUrl &url)
{
    for (const auto &entry : answer.entries()) {
        if (sameResource(entry.url, url))
            return &entry;
    }
    return answer.entries().isEmpty() ? nullptr : &answer.entries().constFirst();
}

CalDavCalendar toCalendar(const CalDavMultiStatus::Entry &entry)
{
    return {entry.url, entry.displayName, entry.ctag, entry.syncToken};
}

QString etagHeader(const QNetworkReply *reply)
{
    return QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("ETag"))).trimmed();
}

} // namespace

CalDavClient::CalDavClient(const CalDavAccount &account, QObject *parent)
    : QObject(parent), m_account(account), m_network(new QNetworkAccessManager(this))
{}

CalDavReply *CalDavClient::newReply()
{
    return new CalDavReply(m_timeout, this);
}

bool CalDavClient::checkAddress(CalDavReply *reply, const QUrl &url)
{
    const QString scheme = url.scheme();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || scheme == QLatin1String("http")))
        return true;
    reply->m_requestUrl = url;
    reply->fail(ErrorKind::InvalidAddress);
    return false;
}

bool CalDavClient::checkFollow(CalDavReply *reply, const QUrl &from, const QUrl &to)
{
    if (!checkAddress(reply, to))
        return false;
    // A server reached securely must not send the password on in clear text.
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https")) {
        reply->fail(
            ErrorKind::BadResponse,
            QStringLiteral("points to the unencrypted address %1").arg(to.toDisplayString()));
        return false;
    }
    return true;
}

QNetworkRequest CalDavClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    // Preemptive Basic authentication: a 401 then always means the credentials were refused,
    // and QNetworkAccessManager's authenticationRequired() round trip (which can loop) is
    // never entered.
    const QByteArray credentials =
        (m_account.userName + QLatin1Char(':') + m_account.password).toUtf8().toBase64();
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + credentials);
    request.setRawHeader(QByteArrayLiteral("User-Agent"),
                         QByteArrayLiteral("Masar/" MASAR_VERSION));
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

void CalDavClient::multiStatus(CalDavReply *reply, const QByteArray &verb, const QUrl &url,
                               int depth, const QByteArray &body,
                               std::function<void(const CalDavMultiStatus &)> handler)
{
    QNetworkRequest request = this->request(url);
    request.setRawHeader(QByteArrayLiteral("Depth"), QByteArray::number(depth));
    request.setRawHeader(QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/xml; charset=utf-8"));
    reply->send(m_network, request, verb, body, {207},
                [reply, url, handler = std::move(handler)](QNetworkReply *network) {
                    CalDavMultiStatus answer;
                    if (!answer.parse(network->readAll(), url))
                        reply->fail(ErrorKind::BadResponse, answer.errorString());
                    else
                        handler(answer);
                });
}

// Discovery -----------------------------------------------------------------------------------

CalDavReply *CalDavClient::discoverCalendars()
{
    CalDavReply *reply = newReply();
    const QUrl base = m_account.baseUrl;
    if (!checkAddress(reply, base))
        return reply;
    multiStatus(
        reply, "PROPFIND", base, 0, discoveryBody,
        [this, reply, base](const CalDavMultiStatus &answer) {
            const CalDavMultiStatus::Entry *self = selfEntry(answer, base);
            if (!self) {
                reply->fail(ErrorKind::BadResponse,
                            QStringLiteral("no properties for %1").arg(base.toDisplayString()));
            } else if (self->isCalendar) {
                // The user gave a calendar's own address.
                if (self->holdsEvents())
                    reply->m_calendars.append(toCalendar(*self));
                reply->m_url = base.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFilename);
                reply->succeed();
            } else if (!self->calendarHome.isEmpty()) {
                if (checkFollow(reply, base, self->calendarHome))
                    listHome(reply, self->calendarHome);
            } else if (!self->principal.isEmpty() && !sameResource(self->principal, base)) {
                if (checkFollow(reply, base, self->principal))
                    discoverFromPrincipal(reply, self->principal);
            } else {
                // Neither a principal nor a home is named: take the address as the home.
                listHome(reply, base);
            }
        });
    return reply;
}

void CalDavClient::discoverFromPrincipal(CalDavReply *reply, const QUrl &principalUrl)
{
    multiStatus(reply, "PROPFIND", principalUrl, 0, discoveryBody,
                [this, reply, principalUrl](const CalDavMultiStatus &answer) {
                    const CalDavMultiStatus::Entry *self = selfEntry(answer, principalUrl);
                    if (!self || self->calendarHome.isEmpty()) {
                        reply->fail(ErrorKind::BadResponse,
                                    QStringLiteral("%1 names no calendar-home-set")
                                        .arg(principalUrl.toDisplayString()));
                    } else if (checkFollow(reply, principalUrl, self->calendarHome)) {
                        listHome(reply, self->calendarHome);
                    }
                });
}

void CalDavClient::listHome(CalDavReply *reply, const QUrl &homeUrl)
{
    multiStatus(reply, "PROPFIND", homeUrl, 1, discoveryBody,
                [reply, homeUrl](const CalDavMultiStatus &answer) {
                    reply->m_url = homeUrl;
                    QSet<QUrl> seen;
                    for (const auto &entry : answer.entries()) {
                        if (!entry.holdsEvents() || seen.contains(entry.url))
                            continue;
                        seen.insert(entry.url);
                        reply->m_calendars.append(toCalendar(entry));
                    }
                    reply->succeed();
                });
}

// Calendars and events ------------------------------------------------------------------------

CalDavReply *CalDavClient::createCalendar(const QUrl &parentUrl, const QString &slug,
                                          const QString &displayName)
{
    CalDavReply *reply = newReply();
    if (!checkAddress(reply, parentUrl))
        return reply;
    const QUrl url = child(parentUrl, slug, true);
    if (slug.isEmpty() || slug == QLatin1String(".") || slug == QLatin1String("..")) {
        reply->m_requestUrl = url;
        reply->fail(ErrorKind::InvalidAddress);
        return reply;
    }
    QNetworkRequest request = this->request(url);
    request.setRawHeader(QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/xml; charset=utf-8"));
    reply->send(m_network, request, "MKCALENDAR", mkcalendarBody(displayName), {200, 201},
                [reply, url](QNetworkReply *) {
                    reply->m_url = url;
                    reply->succeed();
                });
    return reply;
}

CalDavReply *CalDavClient::listEvents(const QUrl &calendarUrl)
{
    CalDavReply *reply = newReply();
    if (!checkAddress(reply, calendarUrl))
        return reply;
    const QUrl url = withTrailingSlash(calendarUrl);
    multiStatus(
        reply, "REPORT", url, 1, eventQueryBody, [reply, url](const CalDavMultiStatus &answer) {
            for (const auto &entry : answer.entries()) {
                const bool ok = entry.status == 0 || (entry.status >= 200 && entry.status <= 299);
                if (ok && !entry.isCollection && !entry.etag.isEmpty() &&
                    !sameResource(entry.url, url))
                    reply->m_events.append({entry.url, entry.etag});
            }
            reply->m_url = url;
            reply->succeed();
        });
    return reply;
}

CalDavReply *CalDavClient::getEvent(const QUrl &eventUrl)
{
    CalDavReply *reply = newReply();
    if (!checkAddress(reply, eventUrl))
        return reply;
    QNetworkRequest request = this->request(eventUrl);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/calendar"));
    reply->send(m_network, request, "GET", {}, {200}, [reply, eventUrl](QNetworkReply *network) {
        reply->m_url = eventUrl;
        reply->m_body = network->readAll();
        reply->m_etag = etagHeader(network);
        reply->succeed();
    });
    return reply;
}

CalDavReply *CalDavClient::putEvent(const QUrl &eventUrl, const QByteArray &icsBody,
                                    const QString &etag)
{
    CalDavReply *reply = newReply();
    if (!checkAddress(reply, eventUrl))
        return reply;
    QNetworkRequest request = this->request(eventUrl);
    request.setRawHeader(QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("text/calendar; charset=utf-8"));
    if (etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*"));
    else
        request.setRawHeader(QByteArrayLiteral("If-Match"), etag.toLatin1());
    reply->send(m_network, request, "PUT", icsBody, {200, 201, 204},
                [this, reply, eventUrl](QNetworkReply *network) {
                    reply->m_url = eventUrl;
                    reply->m_etag = etagHeader(network);
                    if (reply->m_etag.isEmpty())
                        askEtag(reply, eventUrl); // the server may have changed what it stored
                    else
                        reply->succeed();
                });
    return reply;
}

void CalDavClient::askEtag(CalDavReply *reply, const QUrl &eventUrl)
{
    const int putStatus = reply->m_httpStatus;
    multiStatus(reply, "PROPFIND", eventUrl, 0, etagBody,
                [reply, eventUrl, putStatus](const CalDavMultiStatus &answer) {
                    if (const CalDavMultiStatus::Entry *self = selfEntry(answer, eventUrl))
                        reply->m_etag = self->etag;
                    reply->m_httpStatus = putStatus;
                    reply->succeed();
                });
}

CalDavReply *CalDavClient::deleteEvent(const QUrl &eventUrl, const QString &etag)
{
    CalDavReply *reply = newReply();
    if (!checkAddress(reply, eventUrl))
        return reply;
    QNetworkRequest request = this->request(eventUrl);
    if (!etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Match"), etag.toLatin1());
    reply->send(m_network, request, "DELETE", {}, {200, 202, 204},
                [reply, eventUrl](QNetworkReply *) {
                    reply->m_url = eventUrl;
                    reply->succeed();
                });
    return reply;
}

QUrl CalDavClient::eventUrl(const QUrl &calendarUrl, const QString &fileName)
{
    return child(calendarUrl, fileName, false);
}

} // namespace Masar
