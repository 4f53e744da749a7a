// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsynccontroller.h"

#include "calendar/caldavclient.h"
#include "calendar/studyevents.h"
#include "displaycalendar.h"
#include "document/plannerdocument.h"

#include <QTimeZone>
#include <QTimer>

namespace Masar {

CalendarSyncController::CalendarSyncController(PlannerDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_settings(document->calendarSyncSettings()),
      m_credentials(new CredentialStore(this)), m_client(new CalDavClient(account(), this)),
      m_sync(document->createCalendarSync(m_client, this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(defaultDelay);
    connect(m_debounce, &QTimer::timeout, this, [this] { syncNow(false); });
    connect(m_document, &PlannerDocument::scheduleChanged, this,
            &CalendarSyncController::onScheduleChanged);
    connect(m_sync, &CalendarSync::progress, this, &CalendarSyncController::progress);
    connect(m_sync, &CalendarSync::finished, this, &CalendarSyncController::onFinished);
}

CalendarSyncController::~CalendarSyncController() = default;

CalDavAccount CalendarSyncController::account() const
{
    return {m_settings.serverUrl, m_settings.userName, m_password};
}

Status CalendarSyncController::setSettings(const CalendarSyncSettings &settings)
{
    const bool otherCalendar = settings.calendarUrl != m_settings.calendarUrl ||
                               settings.serverUrl != m_settings.serverUrl ||
                               settings.userName != m_settings.userName;
    if (otherCalendar) {
        if (const Status forgotten = m_sync->forgetSyncedEvents(); !forgotten)
            return forgotten;
    }
    if (settings.serverUrl != m_settings.serverUrl || settings.userName != m_settings.userName) {
        m_password.clear();
        m_keychainTried = false;
    }
    CalendarSyncSettings saved = settings;
    saved.lastSync = m_settings.lastSync;
    saved.lastResult = m_settings.lastResult;
    if (const Status status = m_document->saveCalendarSyncSettings(saved); !status)
        return status;
    m_settings = saved;
    m_client->setAccount(account());
    emit settingsChanged();
    return {};
}

void CalendarSyncController::setPassword(const QString &password, bool remember,
                                         std::function<void(const CredentialStore::Outcome &)> done)
{
    m_password = password;
    m_keychainTried = true;
    m_client->setAccount(account());
    if (!remember) {
        if (done)
            done({CredentialStore::Status::Ok, {}, {}});
        return;
    }
    m_credentials->writePassword(account(), password, this,
                                 [done](const CredentialStore::Outcome &outcome) {
                                     if (done)
                                         done(outcome);
                                 });
}

void CalendarSyncController::forgetPassword(
    std::function<void(const CredentialStore::Outcome &)> done)
{
    const CalDavAccount forgotten = account();
    m_password.clear();
    m_client->setAccount(account());
    m_credentials->deletePassword(forgotten, this, [done](const CredentialStore::Outcome &outcome) {
        if (done)
            done(outcome);
    });
}

void CalendarSyncController::fetchPassword(
    std::function<void(const CredentialStore::Outcome &)> done)
{
    if (!m_password.isEmpty()) {
        done({CredentialStore::Status::Ok, m_password, {}});
        return;
    }
    m_credentials->readPassword(account(), this,
                                [this, done](const CredentialStore::Outcome &outcome) {
                                    m_keychainTried = true;
                                    if (outcome.status == CredentialStore::Status::Ok) {
                                        m_password = outcome.password;
                                        m_client->setAccount(account());
                                    }
                                    done(outcome);
                                });
}

bool CalendarSyncController::isRunning() const
{
    return m_sync->isRunning() || m_fetching;
}

void CalendarSyncController::setDelay(std::chrono::milliseconds delay)
{
    m_debounce->setInterval(delay);
}

void CalendarSyncController::onScheduleChanged()
{
    if (!m_settings.isConfigured() || !m_settings.syncAfterReplan)
        return;
    if (isRunning())
        m_again = true; // once this one is done
    else
        m_debounce->start();
}

void CalendarSyncController::syncNow(bool interactive)
{
    m_debounce->stop();
    if (isRunning())
        return;
    if (!m_settings.isConfigured()) {
        emit statusMessage(tr("No calendar account is set up: Settings → Calendar Account."));
        return;
    }
    if (!m_document->scheduleError().isEmpty()) {
        emit statusMessage(tr("The calendar was not synced: %1").arg(m_document->scheduleError()));
        return;
    }
    if (!m_password.isEmpty()) {
        startWithPassword();
        return;
    }
    if (m_keychainTried && !interactive) {
        // Asked once this session already; a background sync does not ask again.
        emit statusMessage(tr("The calendar was not synced: its password is needed "
                              "(Settings → Calendar Account)."));
        return;
    }
    m_fetching = true;
    emit started();
    fetchPassword([this, interactive](const CredentialStore::Outcome &outcome) {
        m_fetching = false;
        if (outcome.status == CredentialStore::Status::Ok) {
            startWithPassword();
            return;
        }
        const QString reason = outcome.status == CredentialStore::Status::NotFound
                                   ? tr("No password for %1 is stored in the system keychain.")
                                         .arg(m_settings.userName)
                                   : outcome.message;
        CalendarSyncResult result;
        result.message = reason;
        emit finished(result);
        if (interactive)
            emit passwordNeeded(reason);
        else
            emit statusMessage(tr("The calendar was not synced: %1").arg(reason));
    });
}

void CalendarSyncController::startWithPassword()
{
    m_client->setAccount(account());
    const QDate today = m_document->today();
    const QList<StudyEvent> events = StudyEvents::planned(*m_document, m_settings.weeksAhead);
    if (m_sync->start(m_settings.calendarUrl, m_document->currentRoadmap().id, events, today,
                      QTimeZone::systemTimeZoneId()))
        emit started();
}

void CalendarSyncController::cancel()
{
    m_again = false;
    m_debounce->stop();
    m_sync->cancel();
}

void CalendarSyncController::onFinished(const CalendarSyncResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const Status saved = m_document->saveCalendarSyncResult(now, result); saved) {
        m_settings.lastSync = now;
        m_settings.lastResult = result;
    }
    if (result.errorKind == CalDavReply::ErrorKind::WrongPassword)
        m_password.clear(); // ask again rather than repeat a refused password
    emit finished(result);
    emit statusMessage(describe(result));
    if (m_again) {
        m_again = false;
        m_debounce->start();
    }
}

QString CalendarSyncController::describe(const CalendarSyncResult &result)
{
    const QString counts =
        tr("%1 added, %2 changed, %3 removed, %4 unchanged")
            .arg(QLocale().toString(result.created), QLocale().toString(result.updated),
                 QLocale().toString(result.deleted), QLocale().toString(result.unchanged));
    if (result.cancelled)
        return tr("Calendar sync cancelled: %1; %Ln change(s) not made.", nullptr, result.pending)
            .arg(counts);
    if (!result.message.isEmpty()) {
        if (result.pending > 0)
            return tr("Calendar sync stopped: %1 (%2; %Ln change(s) not made)", nullptr,
                      result.pending)
                .arg(result.message, counts);
        return tr("Calendar sync stopped: %1").arg(result.message);
    }
    if (result.conflicts > 0)
        return tr("Calendar synced: %1; %Ln event(s) changed on the server meanwhile were put "
                  "back as planned.",
                  nullptr, result.conflicts)
            .arg(counts);
    return tr("Calendar synced: %1.").arg(counts);
}

QString CalendarSyncController::lastSyncText() const
{
    if (!m_settings.lastSync.isValid())
        return tr("Never synced.");
    return tr("Last sync %1: %2")
        .arg(DisplayCalendar::dateTime(m_settings.lastSync.toLocalTime()),
             describe(m_settings.lastResult));
}

} // namespace Masar
