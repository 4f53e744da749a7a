// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace Masar {

/**
 * The page switcher beside the pages: each page's theme icon and name, Ctrl+1 … Ctrl+5 (in the
 * tool tips; the window owns the shortcuts), and a selected row that stays in the highlight
 * colour when the focus is elsewhere, so that the page shown is plain at a glance.
 */
class PageNavigation : public QListWidget
{
    Q_OBJECT

public:
    explicit PageNavigation(QWidget *parent);

    /// Ctrl+1 … Ctrl+5: the pages in their order.
    static QKeySequence shortcut(int page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateColours();
    void updateRowHeight();
};

} // namespace Masar
