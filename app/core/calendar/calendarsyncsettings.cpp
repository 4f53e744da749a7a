// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsyncsettings.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace Masar {

namespace {

const QString kServer = QStringLiteral("caldav/server");
const QString kUser = QStringLiteral("caldav/user");
const QString kCalendar = QStringLiteral("caldav/calendar");
const QString kCalendarName = QStringLiteral("caldav/calendarName");
const QString kWeeks = QStringLiteral("caldav/weeksAhead");
const QString kAfterReplan = QStringLiteral("caldav/syncAfterReplan");
const QString kLastSync = QStringLiteral("caldav/lastSync");
const QString kLastResult = QStringLiteral("caldav/lastResult");

} // namespace

bool CalendarSyncSettings::isConfigured() const
{
    return serverUrl.isValid() && !serverUrl.isEmpty() && !userName.isEmpty() &&
           calendarUrl.isValid() && !calendarUrl.isEmpty();
}

CalendarSyncSettings CalendarSyncSettings::load(const Database &database)
{
    CalendarSyncSettings settings;
    settings.serverUrl = QUrl(database.setting(kServer));
    settings.userName = database.setting(kUser);
    settings.calendarUrl = QUrl(database.setting(kCalendar));
    settings.calendarName = database.setting(kCalendarName);
    bool ok = false;
    const int weeks = database.setting(kWeeks).toInt(&ok);
    settings.weeksAhead = ok && weeks >= 0 && weeks <= 520 ? weeks : kDefaultWeeks;
    settings.syncAfterReplan = database.setting(kAfterReplan, QStringLiteral("1")) != u"0";
    settings.lastSync = QDateTime::fromString(database.setting(kLastSync), Qt::ISODate);
    const QJsonObject last =
        QJsonDocument::fromJson(database.setting(kLastResult).toUtf8()).object();
    CalendarSyncResult &result = settings.lastResult;
    result.created = last.value(u"created").toInt();
    result.updated = last.value(u"updated").toInt();
    result.deleted = last.value(u"deleted").toInt();
    result.unchanged = last.value(u"unchanged").toInt();
    result.pending = last.value(u"pending").toInt();
    result.conflicts = last.value(u"conflicts").toInt();
    result.cancelled = last.value(u"cancelled").toBool();
    result.message = last.value(u"message").toString();
    const int kind = QMetaEnum::fromType<CalDavReply::ErrorKind>().keyToValue(
        last.value(u"error").toString().toLatin1().constData());
    result.errorKind = kind < 0 ? CalDavReply::ErrorKind::None : CalDavReply::ErrorKind(kind);
    return settings;
}

Status CalendarSyncSettings::save(Database &database) const
{
    Transaction transaction(database.connection());
    const QList<QPair<QString, QString>> values{
        {kServer, serverUrl.toString(QUrl::FullyEncoded)},
        {kUser, userName},
        {kCalendar, calendarUrl.toString(QUrl::FullyEncoded)},
        {kCalendarName, calendarName},
        {kWeeks, QString::number(weeksAhead)},
        {kAfterReplan, syncAfterReplan ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto &[key, value] : values) {
        if (const Status saved = database.setSetting(key, value); !saved)
            return saved;
    }
    return transaction.commit();
}

Status CalendarSyncSettings::saveLastSync(Database &database, const QDateTime &when,
                                          const CalendarSyncResult &result)
{
    QJsonObject last{
        {QStringLiteral("created"), result.created},
        {QStringLiteral("updated"), result.updated},
        {QStringLiteral("deleted"), result.deleted},
        {QStringLiteral("unchanged"), result.unchanged},
        {QStringLiteral("pending"), result.pending},
        {QStringLiteral("conflicts"), result.conflicts},
        {QStringLiteral("cancelled"), result.cancelled},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("error"),
         QString::fromLatin1(
             QMetaEnum::fromType<CalDavReply::ErrorKind>().valueToKey(int(result.errorKind)))},
    };
    Transaction transaction(database.connection());
    if (const Status saved =
            database.setSetting(kLastSync, when.toUTC().toString(Qt::ISODateWithMs));
        !saved)
        return saved;
    if (const Status saved = database.setSetting(
            kLastResult, QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    return transaction.commit();
}

} // namespace Masar
