// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecontroller.h"

#include "translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace Masar {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent), m_translations(new Translations(this))
{}

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
    QLocale::setDefault(
        QLocale(language == QLatin1String("ar") ? QLocale::Arabic : QLocale::English));
    QSettings().setValue(kLanguageKey, language);
    emit languageChanged(language);
}

} // namespace Masar
