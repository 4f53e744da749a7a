// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displaycalendar.h"

#include <QObject>
#include <QString>

namespace Masar {

class Translations;

/**
 * Switches the UI language at runtime: installs the catalogues, sets the layout direction and
 * remembers the choice. Widgets retranslate themselves on QEvent::LanguageChange. Also the way
 * numbers and dates are written: Arabic-Indic or Latin digits in Arabic, and the Gregorian or
 * Hijri calendar; a change is announced to every widget as a language change, since every text
 * that shows a number or a date is rebuilt then.
 */
class LanguageController : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent);

    enum class Digits
    {
        ArabicIndic, ///< ٠١٢٣ (the Arabic default)
        Latin,       ///< 0123
    };

    QString language() const;
    /// The remembered language, or the system's on first run.
    static QString savedLanguage();
    Digits digits() const { return m_digits; }
    DisplayCalendar::System calendar() const { return DisplayCalendar::system(); }

public slots:
    void setLanguage(const QString &language);
    void setDigits(Digits digits);
    void setCalendar(DisplayCalendar::System calendar);

signals:
    void languageChanged(const QString &language);

private:
    void applyLocale();
    static void announce();

    Translations *m_translations;
    Digits m_digits = Digits::ArabicIndic;
};

} // namespace Masar
