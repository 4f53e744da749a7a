// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycalendar.h"

#include <QDateTime>

namespace Masar {

namespace {

DisplayCalendar::System g_system = DisplayCalendar::System::Gregorian;

} // namespace

DisplayCalendar::System DisplayCalendar::system()
{
    return g_system;
}

void DisplayCalendar::setSystem(System system)
{
    g_system = system;
}

QCalendar DisplayCalendar::calendar()
{
    return g_system == System::Hijri ? QCalendar(QCalendar::System::IslamicCivil)
                                     : QCalendar(QCalendar::System::Gregorian);
}

QString DisplayCalendar::key(System system)
{
    return system == System::Hijri ? QStringLiteral("hijri") : QStringLiteral("gregorian");
}

DisplayCalendar::System DisplayCalendar::fromKey(const QString &key)
{
    return key == QLatin1String("hijri") ? System::Hijri : System::Gregorian;
}

QString DisplayCalendar::date(const QDate &date, QLocale::FormatType format)
{
    return QLocale().toString(date, format, calendar());
}

QString DisplayCalendar::date(const QDate &date, const QString &format)
{
    return QLocale().toString(date, format, calendar());
}

QString DisplayCalendar::dateTime(const QDateTime &dateTime, QLocale::FormatType format)
{
    return QLocale().toString(dateTime, format, calendar());
}

QString DisplayCalendar::gregorian(const QDate &date)
{
    if (g_system == System::Gregorian || !date.isValid())
        return {};
    return QLocale().toString(date, QLocale::LongFormat, QCalendar(QCalendar::System::Gregorian));
}

int DisplayCalendar::year(const QDate &date)
{
    return date.year(calendar());
}

int DisplayCalendar::month(const QDate &date)
{
    return date.month(calendar());
}

QDate DisplayCalendar::firstOfMonth(const QDate &date)
{
    const QCalendar cal = calendar();
    return QDate(date.year(cal), date.month(cal), 1, cal);
}

QDate DisplayCalendar::addMonths(const QDate &date, int months)
{
    return date.addMonths(months, calendar());
}

QDate DisplayCalendar::firstOfYear(const QDate &date)
{
    const QCalendar cal = calendar();
    return QDate(date.year(cal), 1, 1, cal);
}

} // namespace Masar
