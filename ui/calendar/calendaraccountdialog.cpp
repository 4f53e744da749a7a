// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendaraccountdialog.h"

#include "calendar/caldavclient.h"
#include "calendarsynccontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace Masar {

namespace {

/// The address as typed, with "https://" added when no scheme was given.
QUrl serverAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl::fromUserInput(trimmed);
}

/// A folder name for a new calendar: the name's letters and digits, or a random one.
QString slugFor(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.size() < 3)
        slug = QStringLiteral("masar-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    return slug;
}

} // namespace

CalendarAccountDialog::CalendarAccountDialog(CalendarSyncController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("calendarAccountDialog"));
    setWindowTitle(tr("Calendar Account"));
    const CalendarSyncSettings &settings = controller->settings();
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Masar puts each planned study block in a calendar on your "
                                "CalDAV server (Nextcloud, Radicale, Fastmail, iCloud …), "
                                "where your phone can show it. Only Masar's own events are "
                                "ever changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *account = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(account);
    m_server = new QLineEdit(settings.serverUrl.toString(), account);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://dav.example.org/"));
    m_server->setLayoutDirection(Qt::LeftToRight); // addresses read left to right
    m_server->setAccessibleName(tr("Server address"));
    form->addRow(tr("&Server address:"), m_server);
    m_user = new QLineEdit(settings.userName, account);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(controller->sessionPassword(), account);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), account);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    m_keychainNote = new QLabel(account);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);
    form->addRow(QString(), m_keychainNote);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), account);
    m_test->setObjectName(QStringLiteral("testConnection"));
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    m_status = new QLabel(account);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_status);
    layout->addWidget(account);

    auto *sync = new QGroupBox(tr("Sync"), this);
    auto *syncForm = new QFormLayout(sync);
    auto *calendarRow = new QHBoxLayout;
    m_calendar = new QComboBox(sync);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_calendar->setMinimumContentsLength(24);
    if (settings.calendarUrl.isValid() && !settings.calendarUrl.isEmpty()) {
        m_calendar->addItem(settings.calendarName.isEmpty() ? settings.calendarUrl.toString()
                                                            : settings.calendarName,
                            settings.calendarUrl);
    }
    calendarRow->addWidget(m_calendar, 1);
    m_newCalendar = new QPushButton(tr("&New Calendar…"), sync);
    m_newCalendar->setObjectName(QStringLiteral("newCalendar"));
    m_newCalendar->setToolTip(tr("Test the connection first: the new calendar is made on the "
                                 "server."));
    calendarRow->addWidget(m_newCalendar);
    auto *calendarLabel = new QLabel(tr("&Calendar:"), sync);
    calendarLabel->setBuddy(m_calendar);
    syncForm->addRow(calendarLabel, calendarRow);
    m_weeks = new QSpinBox(sync);
    m_weeks->setObjectName(QStringLiteral("weeks"));
    m_weeks->setRange(0, 520);
    m_weeks->setSpecialValueText(tr("The whole plan"));
    const auto updateSuffix = [this](int weeks) {
        m_weeks->setSuffix(tr(" week(s)", nullptr, weeks));
    };
    connect(m_weeks, qOverload<int>(&QSpinBox::valueChanged), this, updateSuffix);
    m_weeks->setValue(settings.weeksAhead);
    updateSuffix(m_weeks->value());
    m_weeks->setAccessibleName(tr("Weeks ahead"));
    syncForm->addRow(tr("&Weeks ahead:"), m_weeks);
    m_afterReplan = new QCheckBox(tr("Sync &automatically when the plan changes"), sync);
    m_afterReplan->setObjectName(QStringLiteral("afterReplan"));
    m_afterReplan->setChecked(settings.syncAfterReplan);
    syncForm->addRow(QString(), m_afterReplan);
    m_lastSync = new QLabel(controller->lastSyncText(), sync);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setWordWrap(true);
    // Room for two lines from the start: a wrapped result must not be cut off.
    m_lastSync->setMinimumHeight(2 * m_lastSync->fontMetrics().lineSpacing());
    syncForm->addRow(m_lastSync);
    auto *syncRow = new QHBoxLayout;
    m_progress = new QProgressBar(sync);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setVisible(false);
    syncRow->addWidget(m_progress, 1);
    m_sync = new QPushButton(tr("S&ync Now"), sync);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    syncRow->addWidget(m_sync);
    m_cancel = new QPushButton(tr("&Cancel Sync"), sync);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    syncRow->addWidget(m_cancel);
    syncForm->addRow(syncRow);
    layout->addWidget(sync);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_forget = m_buttons->addButton(tr("&Forget Password"), QDialogButtonBox::ResetRole);
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    layout->addWidget(m_buttons);

    setMinimumWidth(560);
    connect(m_test, &QPushButton::clicked, this, &CalendarAccountDialog::testConnection);
    connect(m_newCalendar, &QPushButton::clicked, this, &CalendarAccountDialog::createCalendar);
    connect(m_sync, &QPushButton::clicked, this, &CalendarAccountDialog::syncNow);
    connect(m_cancel, &QPushButton::clicked, controller, &CalendarSyncController::cancel);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_controller->forgetPassword([this](const CredentialStore::Outcome &outcome) {
            m_password->clear();
            if (outcome.status == CredentialStore::Status::Unavailable)
                showStatus(outcome.message, true);
            else
                showStatus(tr("The password was removed from the system keychain."), false);
        });
    });
    for (QLineEdit *edit : {m_server, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &CalendarAccountDialog::updateState);
    connect(controller, &CalendarSyncController::started, this,
            &CalendarAccountDialog::updateState);
    connect(controller, &CalendarSyncController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(
            tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(controller, &CalendarSyncController::finished, this,
            &CalendarAccountDialog::onSyncFinished);

    // The password of an account set up earlier is in the keychain: show that it is there
    // (and learn whether a keychain answers at all).
    if (m_password->text().isEmpty() && settings.isConfigured()) {
        m_password->setPlaceholderText(tr("Reading the system keychain…"));
        QPointer<CalendarAccountDialog> self(this);
        controller->fetchPassword([self](const CredentialStore::Outcome &outcome) {
            if (!self)
                return;
            self->m_password->setPlaceholderText(QString());
            if (outcome.status == CredentialStore::Status::Ok) {
                if (self->m_password->text().isEmpty())
                    self->m_password->setText(outcome.password);
            } else if (outcome.status == CredentialStore::Status::Unavailable) {
                self->m_keychainUsable = false;
                self->m_remember->setChecked(false);
                self->m_remember->setEnabled(false);
                self->m_keychainNote->setText(
                    tr("%1 The password is asked for in each session and never stored.")
                        .arg(outcome.message));
                self->m_keychainNote->setVisible(true);
            }
        });
    }
    updateState();
}

CalendarAccountDialog::~CalendarAccountDialog()
{
    if (m_pending)
        m_pending->abort();
}

void CalendarAccountDialog::askForPassword(const QString &reason)
{
    showStatus(reason, true);
    m_password->setFocus();
}

CalDavClient *CalendarAccountDialog::testClient()
{
    const CalDavAccount account{serverAddress(m_server->text()), m_user->text().trimmed(),
                                m_password->text()};
    if (!m_client)
        m_client = new CalDavClient(account, this);
    else
        m_client->setAccount(account);
    return m_client;
}

void CalendarAccountDialog::testConnection()
{
    if (m_pending)
        return;
    showStatus(tr("Connecting to %1…").arg(serverAddress(m_server->text()).host()), false);
    CalDavReply *reply = testClient()->discoverCalendars();
    m_pending = reply;
    connect(reply, &CalDavReply::finished, this, [this, reply] { onDiscovered(reply); });
    updateState();
}

void CalendarAccountDialog::onDiscovered(CalDavReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    if (!reply->isOk()) {
        showStatus(reply->error(), true);
        updateState();
        return;
    }
    m_home = reply->url();
    const QUrl chosen = m_calendar->currentData().toUrl();
    m_calendar->clear();
    for (const CalDavCalendar &calendar : reply->calendars()) {
        m_calendar->addItem(calendar.displayName.isEmpty() ? calendar.url.path()
                                                           : calendar.displayName,
                            calendar.url);
        m_calendar->setItemData(m_calendar->count() - 1, calendar.url.toString(), Qt::ToolTipRole);
    }
    const int index = m_calendar->findData(chosen);
    if (index >= 0)
        m_calendar->setCurrentIndex(index);
    if (reply->calendars().isEmpty())
        showStatus(tr("Connected. The account has no calendar for events yet: make one with "
                      "New Calendar."),
                   false);
    else
        showStatus(tr("Connected: %Ln calendar(s) found.", nullptr, int(reply->calendars().size())),
                   false);
    updateState();
}

void CalendarAccountDialog::createCalendar()
{
    if (m_pending || !m_home.isValid())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Calendar"), tr("Name of the new calendar:"),
                              QLineEdit::Normal, tr("Study plan"), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    CalDavReply *reply = testClient()->createCalendar(m_home, slugFor(name), name);
    m_pending = reply;
    connect(reply, &CalDavReply::finished, this, [this, reply, name] { onCreated(reply, name); });
    updateState();
}

void CalendarAccountDialog::onCreated(CalDavReply *reply, const QString &name)
{
    reply->deleteLater();
    m_pending = nullptr;
    if (!reply->isOk()) {
        showStatus(reply->error(), true);
    } else {
        m_calendar->addItem(name, reply->url());
        m_calendar->setCurrentIndex(m_calendar->count() - 1);
        showStatus(tr("The calendar “%1” was made.").arg(name), false);
    }
    updateState();
}

bool CalendarAccountDialog::apply()
{
    const QUrl server = serverAddress(m_server->text());
    if (!server.isValid() || (server.scheme() != u"https" && server.scheme() != u"http")) {
        showStatus(tr("Enter the server's address, such as https://dav.example.org/."), true);
        m_server->setFocus();
        return false;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showStatus(tr("Enter the user name."), true);
        m_user->setFocus();
        return false;
    }
    if (m_calendar->currentIndex() < 0) {
        showStatus(tr("Choose a calendar: Test Connection lists them."), true);
        m_test->setFocus();
        return false;
    }
    CalendarSyncSettings settings = m_controller->settings();
    settings.serverUrl = server;
    settings.userName = m_user->text().trimmed();
    settings.calendarUrl = m_calendar->currentData().toUrl();
    settings.calendarName = m_calendar->currentText();
    settings.weeksAhead = m_weeks->value();
    settings.syncAfterReplan = m_afterReplan->isChecked();
    if (const Status saved = m_controller->setSettings(settings); !saved) {
        showStatus(saved.error(), true);
        return false;
    }
    const QString password = m_password->text();
    if (!password.isEmpty() && password != m_controller->sessionPassword()) {
        const bool remember = m_remember->isChecked() && m_keychainUsable;
        QPointer<QWidget> owner(parentWidget());
        m_controller->setPassword(
            password, remember, [owner](const CredentialStore::Outcome &outcome) {
                if (outcome.status != CredentialStore::Status::Unavailable)
                    return;
                QMessageBox::warning(
                    owner, tr("Calendar Account"),
                    tr("%1 The password is kept for this session only.").arg(outcome.message));
            });
    }
    return true;
}

void CalendarAccountDialog::syncNow()
{
    if (!apply())
        return;
    m_controller->syncNow(true);
    updateState();
}

void CalendarAccountDialog::onSyncFinished(const CalendarSyncResult &result)
{
    m_lastSync->setText(m_controller->lastSyncText());
    showStatus(CalendarSyncController::describe(result), !result.isComplete());
    updateState();
}

void CalendarAccountDialog::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    m_status->setAccessibleDescription(message);
    fitHeight();
}

void CalendarAccountDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void CalendarAccountDialog::fitHeight()
{
    // Wrapped messages need more lines than the dialog had room for: grow, never shrink.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void CalendarAccountDialog::updateState()
{
    const bool busy = m_pending != nullptr;
    const bool syncing = m_controller->isRunning();
    const bool filled =
        !m_server->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_test->setEnabled(!busy && filled);
    m_newCalendar->setEnabled(!busy && m_home.isValid());
    m_sync->setEnabled(!busy && !syncing && filled && m_calendar->count() > 0);
    m_cancel->setVisible(syncing);
    m_progress->setVisible(syncing);
    if (syncing && m_progress->maximum() == 100 && m_progress->value() <= 0)
        m_progress->setRange(0, 0); // busy until the calendar was listed
    m_forget->setEnabled(m_keychainUsable);
}

} // namespace Masar
