// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>

namespace MnemonicClashes {

/// "Alt+L: &Log Study…, De&lete" for each key given to more than one of `texts`.
inline QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> owners;
    for (const QString &text : texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString()].append(text);
    }
    QStringList result;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            result.append(
                QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return result;
}

/**
 * The Alt keys that more than one control of `window` answers to as it is shown now: buttons,
 * labels with a buddy, group boxes and the menu bar's menus. Such a key only moves the focus
 * between them (or opens a menu one time in two) instead of doing what it says.
 */
inline QStringList inWindow(QWidget *window)
{
    QStringList texts;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts.append(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            texts.append(label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts.append(group->title());
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible() && action->isEnabled())
                    texts.append(action->text());
            }
        }
    }
    return clashes(texts);
}

/// The same within each menu of `bar` and their submenus, where such a key only selects.
inline QStringList inMenus(const QList<QAction *> &actions)
{
    QStringList result;
    for (QAction *action : actions) {
        QMenu *menu = action->menu();
        if (!menu)
            continue;
        QStringList texts;
        for (QAction *item : menu->actions()) {
            if (item->isVisible() && !item->isSeparator())
                texts.append(item->text());
        }
        for (const QString &clash : clashes(texts))
            result.append(QStringLiteral("%1 → %2").arg(menu->title(), clash));
        result += inMenus(menu->actions());
    }
    return result;
}

} // namespace MnemonicClashes

#define MASAR_VERIFY_NO_CLASH(clashList)                                                           \
    do {                                                                                           \
        const QStringList found = (clashList);                                                     \
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));                   \
    } while (false)
