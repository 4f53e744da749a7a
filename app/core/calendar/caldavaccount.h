// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Masar {

/**
 * Where and as whom to talk to a CalDAV server. The password is only ever held in memory here;
 * it is kept between runs by the CredentialStore (the system keychain), never in a file.
 */
struct CalDavAccount
{
    /// The address the user entered: a server root, a principal, a calendar home or a calendar
    /// (http or https).
    QUrl baseUrl;
    QString userName;
    QString password;
};

} // namespace Masar
