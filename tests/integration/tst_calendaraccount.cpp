// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar account as the learner uses it: the account dialog, the keychain (a real
// gnome-keyring on the test's private session bus), syncs against a real Radicale server,
// the .ics export, days off from an .ics file and the reminders. Afterwards every file the
// application wrote, and everything it logged, is searched for the password.
//
// Run a second time with MASAR_TEST_NO_KEYCHAIN=1 and a session bus address that leads nowhere:
// then only noKeychain() runs.
#include "../ui/uitestfixture.h"
#include "calendar/caldavclient.h"
#include "calendar/calendaraccountdialog.h"
#include "calendar/calendarsynccontroller.h"
#include "calendar/credentialstore.h"
#include "calendar/icsreader.h"
#include "calendar/studyreminder.h"
#include "dialogs/studytimedialog.h"
#include "import/roadmapfiles.h"
#include "radicaleserver.h"

#include "requiredservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// A macro, not a helper function: QSKIP and QFAIL return from the function they are written in,
// and the test must stop there.
#define REQUIRE_KEYCHAIN_RUN()                                                                     \
    do {                                                                                           \
        if (noKeychainRun())                                                                       \
            QSKIP("this run has no keychain: only noKeychain() runs");                             \
        MASAR_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),                    \
                      QStringLiteral("no session bus with a keychain (the test command starts "    \
                                     "one)"));                                                     \
    } while (false)

using namespace Masar;

namespace {

const QString kUser = QStringLiteral("amina");
const QString kPassword = QStringLiteral("Kalimat-Sirr-7d41c9");

QStringList g_log; // every message the application logged

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

bool noKeychainRun()
{
    return qEnvironmentVariableIntValue("MASAR_TEST_NO_KEYCHAIN") == 1;
}

/// Files under `folder` whose bytes contain `secret` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &folder, const QString &secret, int *searched)
{
    QStringList found;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++*searched;
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(path);
    }
    return found;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestCalendarAccount : public QObject
{
    Q_OBJECT

private:
    UiTestFixture m_ui;
    RadicaleServer *m_server = nullptr;
    QUrl m_calendar;

    CalendarSyncResult syncAndWait(CalendarSyncController *controller)
    {
        QSignalSpy finished(controller, &CalendarSyncController::finished);
        controller->syncNow(true);
        if (!finished.wait(60000))
            return {};
        return finished.constLast().constFirst().value<CalendarSyncResult>();
    }

    int eventsOnServer()
    {
        CalDavClient client({m_server->url(), kUser, kPassword}, nullptr);
        CalDavReply *reply = client.listEvents(m_calendar);
        QSignalSpy spy(reply, &CalDavReply::finished);
        if (!spy.wait(20000) || !reply->isOk())
            return -1;
        return int(reply->events().size());
    }

    /// Fills the account (server, user) and a chosen calendar without the dialog.
    void configure(CalendarSyncController *controller)
    {
        CalendarSyncSettings settings = controller->settings();
        settings.serverUrl = m_server->url();
        settings.userName = kUser;
        settings.calendarUrl = m_calendar;
        settings.calendarName = QStringLiteral("Study");
        QVERIFY(controller->setSettings(settings));
    }

private slots:
    void initTestCase()
    {
        qInstallMessageHandler(collect);
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const QString reason = RadicaleServer::unavailableReason();
        MASAR_REQUIRE(reason.isEmpty(), reason);
        m_server = new RadicaleServer(this);
        m_server->addUser(kUser, kPassword);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        CalDavClient client({m_server->url(), kUser, kPassword}, nullptr);
        CalDavReply *made = client.createCalendar(m_server->url(QStringLiteral("/amina/")),
                                                  QStringLiteral("study"), QStringLiteral("Study"));
        QSignalSpy spy(made, &CalDavReply::finished);
        QVERIFY(spy.wait(20000) && made->isOk());
        m_calendar = made->url();
        QVERIFY(m_ui.open());
        m_ui.document->setToday(QDate(2026, 3, 2));
        Availability availability = m_ui.document->availability();
        availability.startDate = m_ui.document->today();
        QVERIFY(m_ui.document->setAvailability(availability, QStringLiteral("start")));
    }

    void accountDialogSavesAndSyncs()
    {
        REQUIRE_KEYCHAIN_RUN();
        CalendarSyncController *controller = m_ui.window->calendarSync();
        auto *dialog = new CalendarAccountDialog(controller, m_ui.window.get());
        dialog->show();
        auto *server = child<QLineEdit>(dialog, "server");
        auto *user = child<QLineEdit>(dialog, "user");
        auto *password = child<QLineEdit>(dialog, "password");
        auto *test = child<QPushButton>(dialog, "testConnection");
        auto *calendar = child<QComboBox>(dialog, "calendar");
        auto *status = child<QLabel>(dialog, "status");
        QVERIFY(server && user && password && test && calendar && status);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!test->isEnabled()); // nothing typed yet

        server->setText(m_server->url().toString());
        user->setText(kUser);
        password->setText(QStringLiteral("wrong"));
        QVERIFY(test->isEnabled());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("password")), qPrintable(status->text()));
        QCOMPARE(calendar->count(), 0);

        password->setText(kPassword);
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(calendar->count(), 1, 20000);
        QCOMPARE(calendar->currentData().toUrl(), m_calendar);
        QCOMPARE(calendar->currentText(), QStringLiteral("Study"));
        QVERIFY(child<QPushButton>(dialog, "newCalendar")->isEnabled());

        // Sync Now saves the account, stores the password and pushes the plan.
        QSignalSpy finished(controller, &CalendarSyncController::finished);
        child<QPushButton>(dialog, "syncNow")->click();
        QVERIFY(finished.wait(60000));
        const auto result = finished.constLast().constFirst().value<CalendarSyncResult>();
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QVERIFY(result.created > 0);
        QCOMPARE(eventsOnServer(), result.created);
        QVERIFY2(
            child<QLabel>(dialog, "lastSync")->text().contains(QLocale().toString(result.created)),
            qPrintable(child<QLabel>(dialog, "lastSync")->text()));
        QCOMPARE(controller->settings().calendarUrl, m_calendar);
        QCOMPARE(controller->settings().userName, kUser);
        dialog->close();
        delete dialog;

        // A new session reads the password from the keychain.
        QSignalSpy stored(this, &QObject::objectNameChanged); // a signal to wait on
        CalendarSyncController next(m_ui.document.get(), nullptr);
        QCOMPARE(next.settings().calendarUrl, m_calendar);
        CredentialStore::Outcome read;
        next.fetchPassword([&](const CredentialStore::Outcome &outcome) {
            read = outcome;
            setObjectName(QStringLiteral("read"));
        });
        QVERIFY(stored.wait(15000));
        QCOMPARE(read.status, CredentialStore::Status::Ok);
        QCOMPARE(read.password, kPassword);
        // The last sync is remembered with the account.
        QCOMPARE(next.settings().lastResult.created, result.created);
        QVERIFY(next.settings().lastSync.isValid());
    }

    void replanSyncsByItself()
    {
        REQUIRE_KEYCHAIN_RUN();
        CalendarSyncController *controller = m_ui.window->calendarSync();
        QVERIFY(controller->settings().isConfigured());
        controller->setDelay(std::chrono::milliseconds(200));
        QSignalSpy finished(controller, &CalendarSyncController::finished);
        Availability availability = m_ui.document->availability();
        availability.blocked.append({QDate(2026, 3, 4), QDate(2026, 3, 6), QStringLiteral("Trip")});
        QVERIFY(m_ui.document->setAvailability(availability, QStringLiteral("trip")));
        // Several changes in a row make one sync.
        availability.minutesPerWeekday[6] = 30;
        QVERIFY(m_ui.document->setAvailability(availability, QStringLiteral("sundays")));
        QVERIFY(finished.wait(30000));
        QTest::qWait(600);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<CalendarSyncResult>();
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QVERIFY(result.updated + result.created + result.deleted > 0);
        controller->setDelay(CalendarSyncController::defaultDelay);
    }

    void serverGoneIsReported()
    {
        REQUIRE_KEYCHAIN_RUN();
        CalendarSyncController *controller = m_ui.window->calendarSync();
        m_server->stop();
        QSignalSpy messages(controller, &CalendarSyncController::statusMessage);
        const CalendarSyncResult result = syncAndWait(controller);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(result.errorKind, CalDavReply::ErrorKind::Unreachable);
        QVERIFY(!messages.isEmpty());
        const QString shown = messages.constLast().constFirst().toString();
        QVERIFY2(shown.contains(QStringLiteral("127.0.0.1")), qPrintable(shown));
        // The next sync finds nothing to do beyond what the plan says.
        const CalendarSyncResult again = syncAndWait(controller);
        QVERIFY2(again.isComplete(), qPrintable(again.message));
        QCOMPARE(again.created + again.updated + again.deleted, 0);
    }

    void exportedPlanReadsBack()
    {
        const QString path = m_ui.dir.filePath(QStringLiteral("plan.ics"));
        const Result<int> written = m_ui.window->roadmapFiles()->writePlanIcs(path, 2);
        QVERIFY2(written, written ? "" : qPrintable(written.error()));
        QVERIFY(written.value() > 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto entries = IcsReader::entries(file.readAll(), path);
        QVERIFY(entries);
        QCOMPARE(entries->size(), written.value());
        QVERIFY(entries->constFirst().summary.startsWith(QStringLiteral("Study: ")));
        // Into a folder that does not exist: a message, no file.
        const Result<int> refused =
            m_ui.window->roadmapFiles()->writePlanIcs(QStringLiteral("/nonexistent/plan.ics"), 2);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("plan.ics")));
    }

    void daysOffFromACalendarFile()
    {
        const QString path = m_ui.dir.filePath(QStringLiteral("school.ics"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//School//EN\r\n"
                       "BEGIN:VEVENT\r\nUID:spring\r\nDTSTAMP:20260101T000000Z\r\n"
                       "DTSTART;VALUE=DATE:20260406\r\nDTEND;VALUE=DATE:20260411\r\n"
                       "SUMMARY:عطلة الربيع\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:old\r\nDTSTAMP:20260101T000000Z\r\n"
                       "DTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20250102\r\n"
                       "SUMMARY:Past\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        }
        StudyTimeDialog dialog(m_ui.document->availability(), m_ui.window.get());
        const int before = int(dialog.availability().blocked.size());
        const Result<int> added = dialog.importBlockedDays(path);
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        QCOMPARE(added.value(), 1); // the past day is before the start date
        const BlockedRange range = dialog.availability().blocked.constLast();
        QCOMPARE(range.from, QDate(2026, 4, 6));
        QCOMPARE(range.to, QDate(2026, 4, 10));
        QCOMPARE(range.reason, QStringLiteral("عطلة الربيع"));
        // The same file again adds nothing.
        QCOMPARE(dialog.importBlockedDays(path).value(), 0);
        QCOMPARE(dialog.availability().blocked.size(), before + 1);

        const QString broken = m_ui.dir.filePath(QStringLiteral("broken.ics"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut off");
        }
        const Result<int> refused = dialog.importBlockedDays(broken);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("broken.ics")),
                 qPrintable(refused.error()));
        QCOMPARE(dialog.availability().blocked.size(), before + 1);
    }

    void remindersWithoutATray()
    {
        StudyReminder *reminder = m_ui.window->studyReminder();
        QVERIFY(!reminder->isEnabled());        // off by default
        QVERIFY(!StudyReminder::isAvailable()); // no tray on this platform
        reminder->setEnabled(true);
        QVERIFY(!reminder->isEnabled());
        QVERIFY(!reminder->hasTrayIcon());
        // What it would say: the day's plan, item by item.
        QDate day = m_ui.document->today();
        while (m_ui.document->availability().minutesOn(day) == 0)
            day = day.addDays(1);
        const QString text = reminder->planText(day);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(QStringLiteral(" — ")));
        QVERIFY(reminder->planText(QDate(2020, 1, 1)).isEmpty());
        const QTime at = m_ui.document->availability().preferredTime;
        const QDateTime before(QDate(2026, 3, 2), at.addSecs(-3600));
        QCOMPARE(reminder->nextReminder(before), QDateTime(QDate(2026, 3, 2), at));
        const QDateTime after(QDate(2026, 3, 2), at.addSecs(60));
        QCOMPARE(reminder->nextReminder(after), QDateTime(QDate(2026, 3, 3), at));
    }

    void passwordOnlyInTheKeychain()
    {
        REQUIRE_KEYCHAIN_RUN();
        int searched = 0;
        const QStringList found = filesContaining(m_ui.dir.path(), kPassword, &searched);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
        const QString settingsHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        const QStringList inSettings = filesContaining(settingsHome, kPassword, &searched);
        QVERIFY2(inSettings.isEmpty(), qPrintable(inSettings.join(u' ')));
        QVERIFY(searched >= 2); // the database and the settings file at least
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kPassword), qPrintable(line));

        // Forget Password empties the keychain entry.
        CalendarSyncController *controller = m_ui.window->calendarSync();
        QSignalSpy done(this, &QObject::objectNameChanged);
        CredentialStore::Outcome outcome;
        controller->forgetPassword([&](const CredentialStore::Outcome &o) {
            outcome = o;
            setObjectName(QStringLiteral("forgot"));
        });
        QVERIFY(done.wait(15000));
        QCOMPARE(outcome.status, CredentialStore::Status::Ok);
        QVERIFY(controller->sessionPassword().isEmpty());
        controller->fetchPassword([&](const CredentialStore::Outcome &o) {
            outcome = o;
            setObjectName(QStringLiteral("read again"));
        });
        QVERIFY(done.wait(15000));
        QCOMPARE(outcome.status, CredentialStore::Status::NotFound);
    }

    void noKeychain()
    {
        if (!noKeychainRun())
            QSKIP("run with MASAR_TEST_NO_KEYCHAIN=1 and an unusable session bus");
        CalendarSyncController *controller = m_ui.window->calendarSync();
        configure(controller);
        // A sync asks for the password, saying why: the account dialog opens with the reason,
        // and it offers no keychain to remember the password in.
        QString shownReason;
        bool rememberOffered = true;
        QTimer watcher;
        watcher.setInterval(50);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CalendarAccountDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"));
            if (remember->isEnabled())
                return; // the keychain's answer is still coming
            rememberOffered = remember->isChecked();
            shownReason = dialog->findChild<QLabel *>(QStringLiteral("status"))->text();
            dialog->reject();
        });
        watcher.start();
        QSignalSpy needed(controller, &CalendarSyncController::passwordNeeded);
        controller->syncNow(true);
        QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty(), 20000);
        watcher.stop();
        const QString reason = needed.constFirst().constFirst().toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(shownReason, reason);
        QVERIFY(!rememberOffered);

        // Remembering fails, said plainly; the session still syncs with the typed password.
        QSignalSpy done(this, &QObject::objectNameChanged);
        CredentialStore::Outcome outcome;
        controller->setPassword(kPassword, true, [&](const CredentialStore::Outcome &o) {
            outcome = o;
            setObjectName(QStringLiteral("written"));
        });
        QVERIFY(done.wait(15000));
        QCOMPARE(outcome.status, CredentialStore::Status::Unavailable);
        QVERIFY(!outcome.message.isEmpty());
        const CalendarSyncResult result = syncAndWait(controller);
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QVERIFY(result.created + result.unchanged > 0);

        int searched = 0;
        QVERIFY(filesContaining(m_ui.dir.path(), kPassword, &searched).isEmpty());
        QVERIFY(filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME"), kPassword, &searched)
                    .isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kPassword), qPrintable(line));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir settings;
    UiTestFixture::isolateSettings(settings.path());
    QApplication app(argc, argv);
    TestCalendarAccount test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendaraccount.moc"
