// SPDX-License-Identifier: GPL-3.0-or-later
#include "weblinks.h"

#include <QDesktopServices>

namespace Masar::WebLinks {

bool isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool open(const QUrl &url)
{
    return isAllowed(url) && QDesktopServices::openUrl(url);
}

} // namespace Masar::WebLinks
