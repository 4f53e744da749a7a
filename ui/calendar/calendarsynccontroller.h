// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarsync.h"
#include "calendar/calendarsyncsettings.h"
#include "calendar/credentialstore.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QTimer;

namespace Masar {

class CalDavClient;
class PlannerDocument;

/**
 * Keeps the learner's CalDAV calendar in step with the plan: on demand (syncNow()) and, when
 * the account says so, a little while after every change of the plan (debounced, so a burst of
 * edits makes one sync). Holds the password for this session only; between sessions it is in
 * the system keychain, or, without one, asked for again (passwordNeeded()).
 */
class CalendarSyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultDelay{15000};

    CalendarSyncController(PlannerDocument *document, QObject *parent);
    ~CalendarSyncController() override;

    const CalendarSyncSettings &settings() const { return m_settings; }
    /// Saves a new account; a different calendar or server starts from an empty record of
    /// what was synced (the old calendar is left as it is). Returns the error, if any.
    Status setSettings(const CalendarSyncSettings &settings);

    /// The password for this session (empty: not known yet).
    const QString &sessionPassword() const { return m_password; }
    /// Uses `password` from now on and, with `remember`, stores it in the keychain; `done`
    /// gets the keychain's answer (Ok without `remember`).
    void setPassword(const QString &password, bool remember,
                     std::function<void(const CredentialStore::Outcome &)> done = {});
    /// Removes the account's password from the keychain and from this session.
    void forgetPassword(std::function<void(const CredentialStore::Outcome &)> done = {});
    /// Calls `done` with the password: this session's, or the keychain's. Without one (nothing
    /// stored, or no usable keychain) the outcome says why.
    void fetchPassword(std::function<void(const CredentialStore::Outcome &)> done);

    CredentialStore *credentials() const { return m_credentials; }
    /// A client for the saved account with this session's password (for the account dialog's
    /// tests, which may use other values: see CalDavClient::setAccount()).
    CalDavClient *client() const { return m_client; }

    bool isRunning() const;
    /// Starts a sync now. `interactive`: a missing password is asked for (passwordNeeded());
    /// otherwise the sync is skipped with a status message.
    void syncNow(bool interactive);
    void cancel();

    /// How long after a change of the plan the sync starts (tests shorten it).
    void setDelay(std::chrono::milliseconds delay);

    /// One line about a sync's outcome, translated: counts, and why it stopped.
    static QString describe(const CalendarSyncResult &result);
    /// The last sync, for the status bar and the account dialog ("never" when none).
    QString lastSyncText() const;

signals:
    void started();
    void progress(int done, int total);
    void finished(const Masar::CalendarSyncResult &result);
    /// A sync wanted the password and none is known; `reason` says why (translated).
    void passwordNeeded(const QString &reason);
    /// A short message for the status bar.
    void statusMessage(const QString &message);
    void settingsChanged();

private:
    void onScheduleChanged();
    void startWithPassword();
    void onFinished(const CalendarSyncResult &result);
    CalDavAccount account() const;

    PlannerDocument *m_document;
    CalendarSyncSettings m_settings;
    QString m_password; // before m_client, which is made with it
    CredentialStore *m_credentials;
    CalDavClient *m_client;
    CalendarSync *m_sync;
    QTimer *m_debounce;
    bool m_keychainTried = false;
    bool m_fetching = false;
    bool m_again = false;
};

} // namespace Masar
