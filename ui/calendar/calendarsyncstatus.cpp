// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsyncstatus.h"

#include "calendarsynccontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace Masar {

CalendarSyncStatus::CalendarSyncStatus(CalendarSyncController *controller, QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setVisible(false);
    connect(m_cancel, &QToolButton::clicked, controller, &CalendarSyncController::cancel);
    connect(controller, &CalendarSyncController::started, this, [this] {
        m_progress->setRange(0, 0); // busy until the calendar was listed
        setVisible(true);
    });
    connect(controller, &CalendarSyncController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(controller, &CalendarSyncController::finished, this, [this] { setVisible(false); });
    retranslateUi();
}

void CalendarSyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CalendarSyncStatus::retranslateUi()
{
    m_cancel->setToolTip(tr("Cancel the calendar sync"));
    m_cancel->setAccessibleName(tr("Cancel the calendar sync"));
    m_progress->setAccessibleName(tr("Calendar sync progress"));
}

} // namespace Masar
