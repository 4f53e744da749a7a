// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Masar {

/// One calendar object (an .ics resource) on a CalDAV server and the version it is at.
struct CalDavResource
{
    /// Absolute address of the resource.
    QUrl url;
    /// The entity tag exactly as the server sent it (quotes included), to be sent back verbatim
    /// in If-Match.
    QString etag;
};

} // namespace Masar
