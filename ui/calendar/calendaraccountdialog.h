// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Masar {

class CalDavClient;
class CalDavReply;
class CalendarSyncController;
struct CalendarSyncResult;

/**
 * Settings → Calendar Account: the CalDAV server, user name and password (kept in the system
 * keychain), a connection test that lists the account's calendars, a new calendar for the plan,
 * how far ahead to sync, and Sync Now with progress, cancel and the last result.
 */
class CalendarAccountDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarAccountDialog(CalendarSyncController *controller, QWidget *parent);
    ~CalendarAccountDialog() override;

    /// Shows why a sync needs the password (it opened the dialog) and puts the cursor there.
    void askForPassword(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void testConnection();
    void onDiscovered(CalDavReply *reply);
    void createCalendar();
    void onCreated(CalDavReply *reply, const QString &name);
    /// Saves the account and, when typed, the password. False (with a message) when incomplete.
    bool apply();
    void syncNow();
    void onSyncFinished(const CalendarSyncResult &result);
    void updateState();
    void showStatus(const QString &message, bool error);
    void fitHeight();
    CalDavClient *testClient();

    CalendarSyncController *m_controller;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QPushButton *m_test;
    QLabel *m_status;
    QComboBox *m_calendar;
    QPushButton *m_newCalendar;
    QSpinBox *m_weeks;
    QCheckBox *m_afterReplan;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QPushButton *m_forget;
    QDialogButtonBox *m_buttons;
    CalDavClient *m_client = nullptr;
    QPointer<CalDavReply> m_pending;
    QUrl m_home;
    bool m_keychainUsable = true;
};

} // namespace Masar
