// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Masar {

/**
 * How the interface writes dates: in the Gregorian calendar, or in the Hijri one (Qt's Islamic
 * civil calendar), in the default locale's language and digits. Every date the user sees goes
 * through here, so the choice holds on every page, in the calendar header and in exports; where a
 * Hijri date is shown, gregorian() gives the Gregorian date for its tooltip.
 */
class DisplayCalendar
{
public:
    enum class System
    {
        Gregorian,
        Hijri
    };

    static System system();
    static void setSystem(System system);
    static QCalendar calendar();
    static QString key(System system); ///< "gregorian", "hijri" (settings)
    static System fromKey(const QString &key);

    static QString date(const QDate &date, QLocale::FormatType format = QLocale::ShortFormat);
    /// With a QLocale date format ("d MMM", "MMMM yyyy"), read in the display calendar.
    static QString date(const QDate &date, const QString &format);
    static QString dateTime(const QDateTime &dateTime,
                            QLocale::FormatType format = QLocale::ShortFormat);
    /// The Gregorian date, for tooltips beside Hijri dates (empty in the Gregorian calendar).
    static QString gregorian(const QDate &date);

    /// Calendar arithmetic in the display calendar (the Gantt header's months and years).
    static int year(const QDate &date);
    static int month(const QDate &date);
    static QDate firstOfMonth(const QDate &date);
    static QDate addMonths(const QDate &date, int months);
    static QDate firstOfYear(const QDate &date);
};

} // namespace Masar
