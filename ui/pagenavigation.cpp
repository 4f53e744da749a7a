// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagenavigation.h"

#include "icons.h"

#include <QEvent>
#include <QKeySequence>

#include <array>

namespace Masar {

PageNavigation::PageNavigation(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setFrameShape(QFrame::NoFrame);
    setMaximumWidth(160);
    setIconSize(QSize(22, 22));
    setSpacing(1);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Freedesktop names first, Breeze's where it has its own.
    const std::array<QStringList, 5> icons{
        QStringList{QStringLiteral("view-calendar-day"), QStringLiteral("go-home")},
        QStringList{QStringLiteral("view-list-tree"), QStringLiteral("view-list-details")},
        QStringList{QStringLiteral("view-calendar-timeline"), QStringLiteral("x-office-calendar")},
        QStringList{QStringLiteral("view-statistics"), QStringLiteral("office-chart-bar")},
        QStringList{QStringLiteral("view-pim-notes"), QStringLiteral("accessories-text-editor")}};
    for (const QStringList &names : icons)
        addItem(new QListWidgetItem(Icons::themed(names), QString()));
    updateColours();
    updateRowHeight();
    retranslateUi();
}

QKeySequence PageNavigation::shortcut(int page)
{
    return QKeySequence(QStringLiteral("Ctrl+%1").arg(page + 1));
}

void PageNavigation::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
        updateColours();
        break;
    case QEvent::FontChange:
        updateRowHeight();
        break;
    default:
        break;
    }
    QListWidget::changeEvent(event);
}

void PageNavigation::retranslateUi()
{
    const QStringList names{tr("Today"), tr("Roadmap"), tr("Calendar"), tr("Progress"),
                            tr("Notes")};
    for (int page = 0; page < count() && page < names.size(); ++page) {
        QListWidgetItem *row = item(page);
        row->setText(names.at(page));
        // The key in a left-to-right isolate: "Ctrl+1" stays whole in an Arabic sentence.
        row->setToolTip(
            QStringLiteral("%1 (\u2066%2\u2069)")
                .arg(names.at(page), shortcut(page).toString(QKeySequence::NativeText)));
    }
    setAccessibleName(tr("Pages"));
}

void PageNavigation::updateColours()
{
    // The selected page keeps the active highlight while the focus is in the page itself; the
    // column takes the window's colour so that it reads as a side bar, not as a list of data.
    QPalette colours = palette();
    for (const QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText}) {
        const QBrush active = colours.brush(QPalette::Active, role);
        if (colours.brush(QPalette::Inactive, role) != active)
            colours.setBrush(QPalette::Inactive, role, active);
    }
    const QBrush window = colours.brush(QPalette::Active, QPalette::Window);
    if (colours.brush(QPalette::Active, QPalette::Base) != window) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            colours.setBrush(group, QPalette::Base, colours.brush(group, QPalette::Window));
    }
    if (colours != palette())
        setPalette(colours);
}

void PageNavigation::updateRowHeight()
{
    const QSize row(0, qMax(iconSize().height(), fontMetrics().height()) + 14);
    for (int page = 0; page < count(); ++page)
        item(page)->setSizeHint(row);
}

} // namespace Masar
