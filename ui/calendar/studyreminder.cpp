// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyreminder.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace Masar {

namespace {
const QString kEnabledKey = QStringLiteral("reminders/enabled");
constexpr qint64 kHour = 60 * 60 * 1000;
} // namespace

StudyReminder::StudyReminder(PlannerDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &StudyReminder::remind);
    // A new preferred time or plan moves the next reminder.
    connect(m_document, &PlannerDocument::scheduleChanged, this, &StudyReminder::schedule);
    setEnabled(QSettings().value(kEnabledKey, false).toBool());
}

StudyReminder::~StudyReminder() = default;

bool StudyReminder::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void StudyReminder::setEnabled(bool enabled)
{
    if (enabled && !isAvailable())
        enabled = false;
    if (enabled != m_enabled)
        QSettings().setValue(kEnabledKey, enabled);
    m_enabled = enabled;
    if (enabled && !m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    } else if (!enabled && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
    schedule();
}

QDateTime StudyReminder::nextReminder(const QDateTime &now) const
{
    const QTime preferred = m_document->availability().preferredTime.isValid()
                                ? m_document->availability().preferredTime
                                : QTime(19, 0);
    QDateTime next = now;
    next.setTime(preferred);
    if (next <= now) {
        next = now.addDays(1);
        next.setTime(preferred);
    }
    return next;
}

QString StudyReminder::planText(const QDate &date) const
{
    const Schedule &schedule = m_document->schedule();
    for (const DayPlan &day : schedule.days) {
        if (day.date < date)
            continue;
        if (day.date > date)
            break;
        QStringList lines;
        for (const auto &[nodeId, minutes] : day.minutes) {
            if (minutes <= 0)
                continue;
            const QModelIndex index = m_document->treeModel()->indexOf(nodeId);
            const QString title =
                index.isValid() ? index.data(Qt::DisplayRole).toString() : QString::number(nodeId);
            lines.append(tr("%1 — %2").arg(title, RoadmapTreeModel::formatMinutes(minutes)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

void StudyReminder::schedule()
{
    m_timer->stop();
    if (!m_enabled)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 wait = now.msecsTo(nextReminder(now));
    // Timers are checked at least hourly, so a suspended machine does not delay a reminder
    // by the time it slept.
    m_timer->start(int(std::clamp<qint64>(wait, 1000, kHour)));
}

void StudyReminder::remind()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QTime preferred = m_document->availability().preferredTime;
    const bool due = preferred.isValid() && qAbs(now.time().secsTo(preferred)) < 5 * 60;
    if (due && m_tray) {
        const QString text = planText(now.date());
        if (!text.isEmpty()) {
            m_tray->showMessage(tr("Time to study"), text, QSystemTrayIcon::Information, 30 * 1000);
            emit reminded(text);
        }
    }
    // Next one; a minute later at least, so a reminder just shown is not shown again.
    m_timer->start(
        int(std::clamp<qint64>(now.msecsTo(nextReminder(now.addSecs(60))), 60 * 1000, kHour)));
}

} // namespace Masar
