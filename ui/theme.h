// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Masar {

/**
 * Light or dark colours. "System" follows the desktop's colour-scheme preference, read from the
 * XDG desktop portal (org.freedesktop.appearance) and updated when it changes; the learner can
 * also force light or dark. Widgets use palette roles only, so they follow on PaletteChange.
 */
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    explicit Theme(QObject *parent);

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    void setMode(Mode mode);

    static Mode savedMode();

private slots:
    void portalSettingChanged(const QString &group, const QString &key, const QVariant &value);

private:
    void apply();
    bool systemPrefersDark() const;

    Mode m_mode = Mode::System;
    int m_portalScheme = 0; ///< 0 no preference, 1 dark, 2 light
    bool m_dark = false;
};

} // namespace Masar
