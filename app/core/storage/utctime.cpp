// SPDX-License-Identifier: GPL-3.0-or-later
#include "utctime.h"

#include "compat.h"

namespace Masar::UtcTime {

namespace {

/// The number written by `count` ASCII digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString toText(const QDateTime &time)
{
    // Text columns are NOT NULL: an invalid time is "", not a null string.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromText(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss, then optionally .zzz, then optionally Z.
    qsizetype length = text.size();
    if (length > 0 && text.at(length - 1) == u'Z')
        --length;
    if ((length == 19 || length == 23) && text.at(4) == u'-' && text.at(7) == u'-' &&
        text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' &&
        (length == 19 || text.at(19) == u'.')) {
        const int year = digits(text, 0, 4); // -1 is a valid year to QDate: checked here
        const QDate date(year, digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         length == 23 ? digits(text, 20, 3) : 0);
        if (year >= 0 && date.isValid() && time.isValid())
            return Compat::utcDateTime(date, time);
    }
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (parsed.isValid())
        parsed = parsed.toUTC();
    return parsed;
}

} // namespace Masar::UtcTime
