// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Masar {

class Translations;

/**
 * Switches the UI language at runtime: installs the catalogues, sets the layout direction and
 * remembers the choice. Widgets retranslate themselves on QEvent::LanguageChange.
 */
class LanguageController : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent);

    QString language() const;
    /// The remembered language, or the system's on first run.
    static QString savedLanguage();

public slots:
    void setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    Translations *m_translations;
};

} // namespace Masar
