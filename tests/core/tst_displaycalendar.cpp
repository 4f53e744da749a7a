// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycalendar.h"

#include <QTest>

using namespace Masar;

class TestDisplayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        DisplayCalendar::setSystem(DisplayCalendar::System::Gregorian);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void gregorianByDefault()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayCalendar::date(QDate(2026, 5, 21), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("21 May 2026"));
        QVERIFY(DisplayCalendar::gregorian(QDate(2026, 5, 21)).isEmpty());
        QCOMPARE(DisplayCalendar::firstOfMonth(QDate(2026, 5, 21)), QDate(2026, 5, 1));
    }

    void hijriDatesAndMonths()
    {
        DisplayCalendar::setSystem(DisplayCalendar::System::Hijri);
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        // 21 May 2026 is 4 Dhu al-Hijjah 1447 in the Islamic civil calendar.
        const QDate day(2026, 5, 21);
        QCOMPARE(DisplayCalendar::year(day), 1447);
        QCOMPARE(DisplayCalendar::month(day), 12);
        QCOMPARE(DisplayCalendar::date(day, QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("٤ ذو الحجة ١٤٤٧"));
        const QDate first = DisplayCalendar::firstOfMonth(day);
        QCOMPARE(first.day(DisplayCalendar::calendar()), 1);
        QCOMPARE(first, day.addDays(-3));
        // The next month starts a new Hijri year.
        const QDate next = DisplayCalendar::addMonths(first, 1);
        QCOMPARE(DisplayCalendar::year(next), 1448);
        QCOMPARE(DisplayCalendar::month(next), 1);
        QCOMPARE(DisplayCalendar::firstOfYear(day).day(DisplayCalendar::calendar()), 1);
        // The Gregorian date for tooltips.
        QVERIFY(DisplayCalendar::gregorian(day).contains(QStringLiteral("مايو")));
    }

    void latinDigitsInArabic()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Libya));
        const QString text = DisplayCalendar::date(QDate(2026, 5, 21), QLocale::LongFormat);
        QVERIFY2(text.contains(QStringLiteral("21")) && text.contains(QStringLiteral("مايو")),
                 qPrintable(text));
        QVERIFY(std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() >= 0x0660 && c.unicode() <= 0x0669;
        }));
    }
};

QTEST_GUILESS_MAIN(TestDisplayCalendar)
#include "tst_displaycalendar.moc"
