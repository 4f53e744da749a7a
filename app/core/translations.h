// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace Masar {

/**
 * Installs the application's catalogue (embedded masar_<lang>.qm) and Qt's own (qtbase_<lang>.qm
 * from the Qt installation) for one UI language, replacing the previous ones. Installing posts
 * QEvent::LanguageChange to every widget, so the UI can switch at runtime.
 */
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent);

    static QStringList languages(); ///< "en", "ar"
    /// The UI language to use by default: Arabic when the system locale is Arabic, else English.
    static QString systemLanguage();
    static bool isRightToLeft(const QString &language);
    /// The language's own name ("English", "العربية").
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    /// Returns false when `language` is not one of languages().
    bool setLanguage(const QString &language);
    /// Whether Qt's own catalogue for the current language was found (standard dialogs).
    bool hasQtCatalogue() const { return m_hasQtCatalogue; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language;
    bool m_hasQtCatalogue = false;
};

} // namespace Masar
