// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDBusVariant>
#include <QIcon>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Masar {

namespace {
const QString kModeKey = QStringLiteral("ui/theme");
const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

Theme::Theme(QObject *parent) : QObject(parent), m_mode(savedMode())
{
    // The portal answers on real desktops; without one the scheme stays "no preference".
    QDBusInterface portal(kPortalService, kPortalPath, kPortalSettings,
                          QDBusConnection::sessionBus());
    portal.setTimeout(300);
    if (portal.isValid()) {
        const QDBusReply<QVariant> reply =
            portal.call(QStringLiteral("Read"), kAppearance, kColorScheme);
        if (reply.isValid()) {
            QVariant value = reply.value();
            // Read() wraps the value in one or two variants depending on the portal version.
            while (value.canConvert<QDBusVariant>())
                value = value.value<QDBusVariant>().variant();
            m_portalScheme = value.toInt();
        }
        // QtDBus signal connections take a slot signature; there is no pointer-to-member form.
        QDBusConnection::sessionBus().connect(
            kPortalService, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"), this,
            SLOT(portalSettingChanged(QString, QString, QVariant)));
    }
    apply();
}

Theme::Mode Theme::savedMode()
{
    const QString saved = QSettings().value(kModeKey).toString();
    if (saved == QLatin1String("light"))
        return Mode::Light;
    if (saved == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Theme::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(kModeKey, mode == Mode::Light  ? QStringLiteral("light")
                                   : mode == Mode::Dark ? QStringLiteral("dark")
                                                        : QStringLiteral("system"));
    apply();
}

void Theme::portalSettingChanged(const QString &group, const QString &key, const QVariant &value)
{
    if (group != kAppearance || key != kColorScheme)
        return;
    QVariant v = value;
    while (v.canConvert<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    m_portalScheme = v.toInt();
    apply();
}

bool Theme::systemPrefersDark() const
{
    if (m_portalScheme == 1)
        return true;
    if (m_portalScheme == 2)
        return false;
    // No portal preference: a GTK theme named "…:dark" or "…-dark" is the other common signal.
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME").toLower();
    return gtkTheme.endsWith(QLatin1String(":dark")) || gtkTheme.endsWith(QLatin1String("-dark"));
}

void Theme::apply()
{
    m_dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemPrefersDark());
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app->setPalette(m_dark ? darkPalette() : app->style()->standardPalette());
    }
    // Where Masar chose Breeze (the desktop named no icon theme), its dark variant goes with a
    // dark palette: dark icons on a dark window cannot be seen. A desktop's own theme is kept.
    const QString icons = QIcon::themeName();
    if (icons == QLatin1String("breeze") || icons == QLatin1String("breeze-dark"))
        QIcon::setThemeName(m_dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
}

} // namespace Masar
