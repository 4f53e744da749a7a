// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the real Secret Service of the session bus (the test command runs
// the tests in dbus-run-session with an unlocked gnome-keyring), and, in child processes of
// this program, against a session bus that does not exist and one that never answers.
#include "calendar/caldavaccount.h"
#include "calendar/credentialstore.h"
#include "calendar/keychaincompat.h"

#include "requiredservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <optional>

// A macro, not a helper function: QSKIP and QFAIL return from the function they are written in,
// and the test must stop there.
#define REQUIRE_SESSION_BUS()                                                                      \
    MASAR_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),                        \
                  QStringLiteral("No session bus: run inside dbus-run-session with an "            \
                                 "unlocked gnome-keyring (see packaging/dev)."))

using namespace Masar;
using Status = CredentialStore::Status;
using Outcome = CredentialStore::Outcome;
using namespace std::chrono_literals;

namespace {

const char childSwitch[] = "--keychain-child";

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

CalDavAccount testAccount(const QString &user)
{
    // The host only names the key; nothing connects to it.
    return {QUrl(QStringLiteral("https://calendar.example.org/dav/")), user, {}};
}

/// Starts an operation with a callback and waits (running the event loop) for its answer.
std::optional<Outcome> await(const std::function<void(CredentialStore::Callback)> &start,
                             int timeoutMs = 30000)
{
    std::optional<Outcome> outcome;
    int calls = 0;
    start([&](const Outcome &answer) {
        outcome = answer;
        ++calls;
    });
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents(); // a second answer would arrive now
    if (calls > 1)
        return std::nullopt;
    return outcome;
}

QString describe(const std::optional<Outcome> &outcome)
{
    if (!outcome)
        return QStringLiteral("no answer (or more than one)");
    return QStringLiteral("status %1: %2").arg(int(outcome->status)).arg(outcome->message);
}

/// The files under `roots` (regular files only, each read once) that contain `secret` in UTF-8,
/// UTF-16 or base64; `scanned` gets every file read.
QStringList filesContaining(const QStringList &roots, const QString &secret, QStringList *scanned)
{
    const QList<QByteArray> needles = {
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        secret.toUtf8().toBase64()};
    QStringList found;
    QSet<QString> seen;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (seen.contains(info.canonicalFilePath()) || !info.isFile() ||
                info.size() > 64 * 1024 * 1024)
                continue;
            seen.insert(info.canonicalFilePath());
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets, fifos
            const QByteArray content = file.readAll();
            if (scanned)
                scanned->append(path);
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    found.append(path);
                    break;
                }
            }
        }
    }
    return found;
}

/// HOME and every XDG folder the environment names.
QStringList privateFolders()
{
    QStringList folders = {QDir::homePath()};
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR"}) {
        const QString folder = qEnvironmentVariable(name);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            folders.append(folder);
    }
    return folders;
}

/// In a child process: write, read and delete a password, printing one line per answer:
/// operation, status, milliseconds, message.
int runChild(const QString &password, int timeoutMs)
{
    QTextStream out(stdout);
    QObject scope;
    auto *store = new CredentialStore(&scope);
    store->setTimeout(std::chrono::milliseconds(timeoutMs));
    const CalDavAccount account = testAccount(QStringLiteral("child"));
    const auto report = [&](const char *operation,
                            const std::function<void(CredentialStore::Callback)> &start) {
        QElapsedTimer clock;
        clock.start();
        const std::optional<Outcome> outcome = await(start, timeoutMs + 30000);
        out << operation << '\t' << (outcome ? int(outcome->status) : -1) << '\t' << clock.elapsed()
            << '\t' << (outcome ? outcome->message : QString()) << '\n';
        out.flush();
    };
    report("write", [&](CredentialStore::Callback done) {
        store->writePassword(account, password, nullptr, done);
    });
    report("read",
           [&](CredentialStore::Callback done) { store->readPassword(account, nullptr, done); });
    report("delete",
           [&](CredentialStore::Callback done) { store->deletePassword(account, nullptr, done); });
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    struct ChildLine
    {
        QString operation;
        int status = -1;
        qint64 elapsedMs = -1;
        QString message;
    };

    /// Runs this program as a child against the session bus at `busAddress`, with a HOME of
    /// its own (`home`); returns its lines.
    QList<ChildLine> runChildProcess(const QString &busAddress, const QString &home,
                                     const QString &password, int timeoutMs)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Set before the child's first keychain call: the bus address is read once, then.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(childSwitch), password, QString::number(timeoutMs)});
        if (!child.waitForFinished(120000)) {
            child.kill();
            child.waitForFinished();
            qWarning("the child did not finish");
            return {};
        }
        const QByteArray errors = child.readAllStandardError();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            qWarning("the child failed: %s", errors.constData());
            return {};
        }
        QList<ChildLine> lines;
        const QStringList output = QString::fromUtf8(child.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &text : output) {
            const QStringList fields = text.split(QLatin1Char('\t'));
            if (fields.size() == 4)
                lines.append(
                    {fields.at(0), fields.at(1).toInt(), fields.at(2).toLongLong(), fields.at(3)});
        }
        return lines;
    }

private slots:
    void keyAndService()
    {
        QCOMPARE(CredentialStore::serviceName(), QStringLiteral("io.github.masar.Masar"));
        QCOMPARE(CredentialStore::keyFor({QUrl(QStringLiteral("https://Dav.Example.org:8443/x/")),
                                          QStringLiteral("learner"), QStringLiteral("pw")}),
                 QStringLiteral("caldav:learner@dav.example.org"));
        auto *store = new CredentialStore(this);
        QVERIFY(store->timeout() == 10s);
    }

    void roundTrip()
    {
        REQUIRE_SESSION_BUS();
        CredentialStore *store = new CredentialStore(this);
        const CalDavAccount account = testAccount(QStringLiteral("learner-") + randomHex(4));
        const QString first = QStringLiteral("pässwörd-كلمة-") + randomHex(8);
        const QString second = QStringLiteral("second-") + randomHex(8);

        auto written = await([&](auto done) { store->writePassword(account, first, this, done); });
        QVERIFY2(written && written->status == Status::Ok, qPrintable(describe(written)));
        QVERIFY(written->message.isEmpty());
        auto read = await([&](auto done) { store->readPassword(account, this, done); });
        QVERIFY2(read && read->status == Status::Ok, qPrintable(describe(read)));
        QCOMPARE(read->password, first);

        // Stored where the key says, seen by QtKeychain itself.
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("io.github.masar.Masar"), this);
        job->setKey(QStringLiteral("caldav:%1@calendar.example.org").arg(account.userName));
        QSignalSpy jobDone(job, &QKeychain::Job::finished);
        job->start();
        QVERIFY(jobDone.wait(10000));
        QCOMPARE(job->error(), QKeychain::NoError);
        QCOMPARE(job->textData(), first);

        auto replaced =
            await([&](auto done) { store->writePassword(account, second, this, done); });
        QVERIFY2(replaced && replaced->status == Status::Ok, qPrintable(describe(replaced)));
        read = await([&](auto done) { store->readPassword(account, this, done); });
        QVERIFY2(read && read->status == Status::Ok, qPrintable(describe(read)));
        QCOMPARE(read->password, second);

        auto removed = await([&](auto done) { store->deletePassword(account, this, done); });
        QVERIFY2(removed && removed->status == Status::Ok, qPrintable(describe(removed)));
        read = await([&](auto done) { store->readPassword(account, this, done); });
        QVERIFY2(read && read->status == Status::NotFound, qPrintable(describe(read)));
        QVERIFY(read->password.isEmpty());
        removed = await([&](auto done) { store->deletePassword(account, this, done); });
        QVERIFY2(removed && removed->status == Status::Ok, qPrintable(describe(removed)));
    }

    void noCallbackForGoneContext()
    {
        REQUIRE_SESSION_BUS();
        CredentialStore *store = new CredentialStore(this);
        auto *context = new QObject(this);
        bool called = false;
        store->readPassword(testAccount(QStringLiteral("nobody-") + randomHex(4)), context,
                            [&](const Outcome &) { called = true; });
        delete context;
        // A call with a live context, queued behind it, shows that the first has answered.
        auto later = await([&](auto done) {
            store->readPassword(testAccount(QStringLiteral("nobody")), this, done);
        });
        QVERIFY2(later, qPrintable(describe(later)));
        QVERIFY(!called);
    }

    void passwordNeverInFiles()
    {
        REQUIRE_SESSION_BUS();
        const QString home = QDir::homePath();
        const QString temp = QDir(QDir::tempPath()).canonicalPath();
        MASAR_REQUIRE(QDir(home).canonicalPath().startsWith(temp + QLatin1Char('/')),
                      QStringLiteral("HOME is not a private temporary folder: the whole of it "
                                     "would be searched"));

        // The search must be able to find the password where it is written in clear.
        const QString marker = QStringLiteral("plain-") + randomHex(16);
        {
            QFile planted(QDir(home).filePath(QStringLiteral(".planted-by-test")));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write(marker.toUtf8());
        }
        QStringList found = filesContaining(privateFolders(), marker, nullptr);
        QFile::remove(QDir(home).filePath(QStringLiteral(".planted-by-test")));
        QCOMPARE(found.size(), 1);

        CredentialStore *store = new CredentialStore(this);
        const CalDavAccount account = testAccount(QStringLiteral("files-") + randomHex(4));
        const QString password = QStringLiteral("secret-") + randomHex(16);
        auto written =
            await([&](auto done) { store->writePassword(account, password, this, done); });
        QVERIFY2(written && written->status == Status::Ok, qPrintable(describe(written)));

        QStringList scanned;
        found = filesContaining(privateFolders(), password, &scanned);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        // The keyring itself is among the files searched (it holds the password, encrypted).
        const bool keyringSearched =
            std::any_of(scanned.cbegin(), scanned.cend(), [](const QString &path) {
                return path.contains(QStringLiteral("/keyrings/"));
            });
        QVERIFY2(keyringSearched, qPrintable(scanned.join(QLatin1Char(' '))));

        auto removed = await([&](auto done) { store->deletePassword(account, this, done); });
        QVERIFY2(removed && removed->status == Status::Ok, qPrintable(describe(removed)));
    }

    void noSessionBus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString password = QStringLiteral("nobus-") + randomHex(16);
        const QList<ChildLine> lines = runChildProcess(
            QStringLiteral("unix:path=%1").arg(dir.filePath(QStringLiteral("no-bus-here"))),
            dir.path(), password, 10000);
        QCOMPARE(lines.size(), 3);
        for (const ChildLine &line : lines) {
            QCOMPARE(line.status, int(Status::Unavailable));
            QVERIFY2(!line.message.isEmpty(), qPrintable(line.operation));
            // An answer from the keychain library, not the store's timeout.
            QVERIFY2(line.elapsedMs < 10000, qPrintable(QString::number(line.elapsedMs)));
        }
        QCOMPARE(lines.at(0).operation, QStringLiteral("write"));
        // Nothing was written in clear instead.
        QStringList scanned;
        QVERIFY(filesContaining({dir.path()}, password, &scanned).isEmpty());
    }

    void keychainNeverAnswers()
    {
        // A "session bus" that accepts connections and never says a word: each job waits
        // until the store gives up on it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer silent(this);
        const QString socket = dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(silent.listen(socket));
        const QString password = QStringLiteral("hung-") + randomHex(16);
        const QList<ChildLine> lines =
            runChildProcess(QStringLiteral("unix:path=%1").arg(socket), dir.path(), password, 700);
        QCOMPARE(lines.size(), 3);
        for (const ChildLine &line : lines) {
            QCOMPARE(line.status, int(Status::Unavailable));
            QVERIFY2(!line.message.isEmpty(), qPrintable(line.operation));
            QVERIFY2(
                line.elapsedMs >= 650 && line.elapsedMs < 5000,
                qPrintable(QStringLiteral("%1: %2 ms").arg(line.operation).arg(line.elapsedMs)));
        }
        QVERIFY(filesContaining({dir.path()}, password, nullptr).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], childSwitch) == 0)
        return runChild(QString::fromUtf8(argv[2]), QByteArray(argv[3]).toInt());
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
