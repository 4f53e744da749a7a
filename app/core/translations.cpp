// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "compat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace Masar {

Translations::Translations(QObject *parent) : QObject(parent)
{
    static const bool initialised = (initTranslationResources(), true);
    Q_UNUSED(initialised);
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ar")};
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Arabic ? QStringLiteral("ar")
                                                           : QStringLiteral("en");
}

bool Translations::isRightToLeft(const QString &language)
{
    return language == QLatin1String("ar");
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}

bool Translations::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (language == m_language)
        return true;
    for (QTranslator *old : {m_app, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_app = new QTranslator(this);
    m_qt = new QTranslator(this);
    if (!m_app->load(QStringLiteral(":/i18n/masar_%1.qm").arg(language)))
        qWarning("Masar: the %s translation is missing from this build", qPrintable(language));
    m_hasQtCatalogue =
        m_qt->load(QStringLiteral("qtbase_%1").arg(language), Compat::qtTranslationsPath());
    QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app);
    m_language = language;
    return true;
}

} // namespace Masar
