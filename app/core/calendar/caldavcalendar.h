// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Masar {

/// A calendar collection found on a CalDAV server that can hold events (VEVENT).
struct CalDavCalendar
{
    /// Absolute address of the collection (ends with a slash on the servers seen so far).
    QUrl url;
    /// The name the server shows; may be empty.
    QString displayName;
    /// Collection tag (calendarserver.org getctag): changes whenever an event changes. May be
    /// empty when the server does not offer it.
    QString ctag;
    /// WebDAV sync token (RFC 6578); may be empty.
    QString syncToken;
};

} // namespace Masar
