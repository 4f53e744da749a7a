// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QTimer;

namespace Masar {

class PlannerDocument;

/**
 * An optional desktop notification at the learner's preferred time of day with the day's plan,
 * through the system tray. Off by default. Without a system tray it does nothing at all (no
 * icon, no message, no error): isAvailable() tells the menu to say so.
 */
class StudyReminder : public QObject
{
    Q_OBJECT

public:
    StudyReminder(PlannerDocument *document, QObject *parent);
    ~StudyReminder() override;

    /// A system tray exists to show notifications in.
    static bool isAvailable();
    bool isEnabled() const { return m_enabled; }
    /// Turns reminders on or off (remembered); ignored without a system tray.
    void setEnabled(bool enabled);

    /// When the next reminder is due after `now`: the preferred time today, or tomorrow.
    QDateTime nextReminder(const QDateTime &now) const;
    /// The reminder's text for `date`: each planned item and its time (empty: nothing planned).
    QString planText(const QDate &date) const;
    /// Whether a tray icon is currently shown (tests).
    bool hasTrayIcon() const { return m_tray != nullptr; }

signals:
    /// A reminder was shown (tests, status bar).
    void reminded(const QString &text);

private:
    void schedule();
    void remind();

    PlannerDocument *m_document;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = false;
};

} // namespace Masar
