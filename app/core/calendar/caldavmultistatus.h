// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QXmlStreamReader;

namespace Masar {

/**
 * Reads a WebDAV 207 Multi-Status body (RFC 4918) with the properties CalDAV discovery and
 * listing need. Only properties reported with a 2xx status count: a server lists the ones it
 * does not have under a 404 propstat, and those must read as absent.
 */
class CalDavMultiStatus
{
public:
    /// What one <response> says about one resource.
    struct Entry
    {
        /// The href resolved against the request address.
        QUrl url;
        /// Status given for the whole response (not per property), 0 when there is none.
        int status = 0;
        bool isCollection = false;
        bool isCalendar = false;
        /// Whether supported-calendar-component-set was given; without it a calendar accepts
        /// every component type (RFC 4791 §5.2.3).
        bool hasComponentSet = false;
        /// Component names from supported-calendar-component-set ("VEVENT", "VTODO" …).
        QStringList components;
        QString displayName;
        QString etag;
        QString ctag;
        QString syncToken;
        /// current-user-principal, resolved; empty when absent.
        QUrl principal;
        /// calendar-home-set (the first href), resolved; empty when absent.
        QUrl calendarHome;

        /// Whether this is a calendar collection that can hold events.
        bool holdsEvents() const;
    };

    /// Parses `xml`, the answer to a request for `requestUrl`. Returns false (see errorString())
    /// for malformed XML or a document that is not a DAV: multistatus.
    bool parse(const QByteArray &xml, const QUrl &requestUrl);

    const QList<Entry> &entries() const { return m_entries; }
    /// Why parse() failed, in the XML parser's words (technical, not translated).
    const QString &errorString() const { return m_error; }

private:
    void readResponse(QXmlStreamReader &xml);
    void readPropStat(QXmlStreamReader &xml, Entry &entry);
    void readProp(QXmlStreamReader &xml, Entry &entry);
    QUrl readHref(QXmlStreamReader &xml);
    static int parseStatusLine(const QString &line);

    QUrl m_requestUrl;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace Masar
