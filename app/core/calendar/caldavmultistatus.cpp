// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/caldavmultistatus.h"

#include <QXmlStreamReader>

namespace Masar {

namespace {

const QString davNs = QStringLiteral("DAV:");
const QString calDavNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString calendarServerNs = QStringLiteral("http://calendarserver.org/ns/");

bool is(const QXmlStreamReader &xml, const QString &ns, QLatin1String name)
{
    return xml.namespaceUri() == ns && xml.name() == name;
}

} // namespace

bool CalDavMultiStatus::Entry::holdsEvents() const
{
    return isCalendar && (!hasComponentSet || components.contains(QStringLiteral("VEVENT")));
}

bool CalDavMultiStatus::parse(const QByteArray &body, const QUrl &requestUrl)
{
    m_requestUrl = requestUrl;
    m_entries.clear();
    m_error.clear();

    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement()) {
        m_error = xml.hasError() ? xml.errorString() : QStringLiteral("empty document");
        return false;
    }
    if (!is(xml, davNs, QLatin1String("multistatus"))) {
        m_error = QStringLiteral("expected a DAV: multistatus, got <%1>")
                      .arg(xml.qualifiedName().toString());
        return false;
    }
    while (xml.readNextStartElement()) {
        if (is(xml, davNs, QLatin1String("response")))
            readResponse(xml);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        m_entries.clear();
        return false;
    }
    return true;
}

void CalDavMultiStatus::readResponse(QXmlStreamReader &xml)
{
    Entry entry;
    bool hasHref = false;
    while (xml.readNextStartElement()) {
        if (is(xml, davNs, QLatin1String("href"))) {
            // A response for several resources names each; the properties are about the first.
            const QUrl url = m_requestUrl.resolved(QUrl(xml.readElementText().trimmed()));
            if (!hasHref)
                entry.url = url;
            hasHref = true;
        } else if (is(xml, davNs, QLatin1String("status"))) {
            entry.status = parseStatusLine(xml.readElementText());
        } else if (is(xml, davNs, QLatin1String("propstat"))) {
            readPropStat(xml, entry);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (hasHref && !xml.hasError())
        m_entries.append(entry);
}

void CalDavMultiStatus::readPropStat(QXmlStreamReader &xml, Entry &entry)
{
    // The status follows the properties it qualifies, so read them aside first.
    Entry found;
    int status = 0;
    while (xml.readNextStartElement()) {
        if (is(xml, davNs, QLatin1String("prop")))
            readProp(xml, found);
        else if (is(xml, davNs, QLatin1String("status")))
            status = parseStatusLine(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
    if (status < 200 || status > 299)
        return;
    entry.isCollection = entry.isCollection || found.isCollection;
    entry.isCalendar = entry.isCalendar || found.isCalendar;
    if (found.hasComponentSet) {
        entry.hasComponentSet = true;
        entry.components += found.components;
    }
    const auto take = [](QString &into, const QString &from) {
        if (!from.isEmpty())
            into = from;
    };
    take(entry.displayName, found.displayName);
    take(entry.etag, found.etag);
    take(entry.ctag, found.ctag);
    take(entry.syncToken, found.syncToken);
    if (!found.principal.isEmpty())
        entry.principal = found.principal;
    if (!found.calendarHome.isEmpty())
        entry.calendarHome = found.calendarHome;
}

void CalDavMultiStatus::readProp(QXmlStreamReader &xml, Entry &entry)
{
    while (xml.readNextStartElement()) {
        if (is(xml, davNs, QLatin1String("resourcetype"))) {
            while (xml.readNextStartElement()) {
                if (is(xml, davNs, QLatin1String("collection")))
                    entry.isCollection = true;
                else if (is(xml, calDavNs, QLatin1String("calendar")))
                    entry.isCalendar = true;
                xml.skipCurrentElement();
            }
        } else if (is(xml, davNs, QLatin1String("displayname"))) {
            entry.displayName = xml.readElementText().trimmed();
        } else if (is(xml, davNs, QLatin1String("getetag"))) {
            entry.etag = xml.readElementText().trimmed();
        } else if (is(xml, calendarServerNs, QLatin1String("getctag"))) {
            entry.ctag = xml.readElementText().trimmed();
        } else if (is(xml, davNs, QLatin1String("sync-token"))) {
            entry.syncToken = xml.readElementText().trimmed();
        } else if (is(xml, davNs, QLatin1String("current-user-principal"))) {
            entry.principal = readHref(xml);
        } else if (is(xml, calDavNs, QLatin1String("calendar-home-set"))) {
            entry.calendarHome = readHref(xml);
        } else if (is(xml, calDavNs, QLatin1String("supported-calendar-component-set"))) {
            entry.hasComponentSet = true;
            while (xml.readNextStartElement()) {
                if (is(xml, calDavNs, QLatin1String("comp"))) {
                    const QString name = xml.attributes().value(QLatin1String("name")).toString();
                    if (!name.isEmpty())
                        entry.components.append(name.toUpper());
                }
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

QUrl CalDavMultiStatus::readHref(QXmlStreamReader &xml)
{
    // The first DAV:href child; anything else (<unauthenticated/> …) means there is none.
    QUrl url;
    while (xml.readNextStartElement()) {
        if (url.isEmpty() && is(xml, davNs, QLatin1String("href"))) {
            const QString text = xml.readElementText().trimmed();
            if (!text.isEmpty())
                url = m_requestUrl.resolved(QUrl(text));
        } else {
            xml.skipCurrentElement();
        }
    }
    return url;
}

int CalDavMultiStatus::parseStatusLine(const QString &line)
{
    // "HTTP/1.1 200 OK"
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

} // namespace Masar
