// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace Masar {

class CalendarSyncController;

/// The status bar's calendar sync: a progress bar and a cancel button, shown while a sync runs.
class CalendarSyncStatus : public QWidget
{
    Q_OBJECT

public:
    CalendarSyncStatus(CalendarSyncController *controller, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace Masar
