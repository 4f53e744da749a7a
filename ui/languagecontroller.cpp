// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.h"

#include "translations.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace Masar {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDigitsKey = QStringLiteral("ui/digits");
const QString kCalendarKey = QStringLiteral("ui/calendar");
} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent), m_translations(new Translations(this))
{
    const QSettings settings;
    m_digits = settings.value(kDigitsKey).toString() == QLatin1String("latn") ? Digits::Latin
                                                                              : Digits::ArabicIndic;
    DisplayCalendar::setSystem(DisplayCalendar::fromKey(settings.value(kCalendarKey).toString()));
}

void LanguageController::applyLocale()
{
    // Arabic locales differ in their digits: Egypt writes ٠١٢٣, Libya 0123 with the same month
    // names (the Maghreb locales name the months differently), in Qt 5 and 6 alike.
    QLocale::setDefault(m_translations->language() != QLatin1String("ar")
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Arabic,
                                      m_digits == Digits::Latin ? QLocale::Libya : QLocale::Egypt));
    // Widgets take the default locale when they are made; the windows already open are given
    // the new one and pass it on to their fields (spin boxes, dates and times format with it).
    for (QWidget *window : QApplication::topLevelWidgets())
        window->setLocale(QLocale());
}

void LanguageController::announce()
{
    for (QWidget *widget : QApplication::allWidgets())
        QCoreApplication::postEvent(widget, new QEvent(QEvent::LanguageChange));
}

void LanguageController::setDigits(Digits digits)
{
    if (digits == m_digits)
        return;
    m_digits = digits;
    QSettings().setValue(kDigitsKey,
                         digits == Digits::Latin ? QStringLiteral("latn") : QStringLiteral("arab"));
    applyLocale();
    announce();
    emit languageChanged(language());
}

void LanguageController::setCalendar(DisplayCalendar::System calendar)
{
    if (calendar == DisplayCalendar::system())
        return;
    DisplayCalendar::setSystem(calendar);
    QSettings().setValue(kCalendarKey, DisplayCalendar::key(calendar));
    announce();
    emit languageChanged(language());
}

QString LanguageController::language() const
{
    return m_translations->language();
}

QString LanguageController::savedLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return Translations::languages().contains(saved) ? saved : Translations::systemLanguage();
}

void LanguageController::setLanguage(const QString &language)
{
    if (language == m_translations->language() || !m_translations->setLanguage(language))
        return;
    // Set explicitly: Qt would otherwise take the direction from whichever catalogue loaded.
    QGuiApplication::setLayoutDirection(Translations::isRightToLeft(language) ? Qt::RightToLeft
                                                                              : Qt::LeftToRight);
    applyLocale();
    QSettings().setValue(kLanguageKey, language);
    emit languageChanged(language);
}

} // namespace Masar
