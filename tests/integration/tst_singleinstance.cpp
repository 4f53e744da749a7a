// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Masar;

namespace {

QProcessEnvironment environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // Settings (the welcome shown once) of this test only.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

/// A database with a roadmap in it, so that the window opens without the first-run welcome.
bool prepareDatabase(const QTemporaryDir &home, const QString &path)
{
    QProcess cli;
    cli.setProcessEnvironment(environment(home));
    cli.start(QStringLiteral(MASAR_BINARY),
              {QStringLiteral("roadmaps"), QStringLiteral("--database"), path});
    return cli.waitForFinished(30000) && cli.exitCode() == 0;
}

bool waitUntilListening(const QString &name, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(200)) {
            probe.disconnectFromServer();
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void namesDifferPerDatabase()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(SingleInstance::serverName(a) != SingleInstance::serverName(b));
        QCOMPARE(SingleInstance::serverName(a),
                 SingleInstance::serverName(dir.path() + QStringLiteral("/./a.sqlite")));
        QVERIFY(SingleInstance::serverName(a).size() < 40);
    }

    /// The real executable, launched on a database that already has a window, hands its files
    /// over (as absolute paths) and exits at once.
    void secondLaunchHandsOverItsFiles()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("m.sqlite"));
        QVERIFY(prepareDatabase(home, db));
        SingleInstance running(db, this);
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::activationRequested);

        QProcess second;
        second.setProcessEnvironment(environment(home));
        second.setWorkingDirectory(home.path());
        QElapsedTimer timer;
        timer.start();
        second.start(QStringLiteral(MASAR_BINARY),
                     {QStringLiteral("--database"), db, QStringLiteral("roadmap.md")});
        QVERIFY(second.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        qInfo("second launch handed over and exited after %lld ms", timer.elapsed());
        QCOMPARE(requests.at(0).at(0).toStringList(),
                 QStringList({QDir(home.path()).filePath(QStringLiteral("roadmap.md"))}));
    }

    /// A window left running keeps a second one from opening; after it is killed, the socket it
    /// left behind does not keep the next launch from starting.
    void staleSocketIsReplaced()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("m.sqlite"));
        QVERIFY(prepareDatabase(home, db));
        const QString name = SingleInstance::serverName(db);

        QProcess first;
        first.setProcessEnvironment(environment(home));
        first.start(QStringLiteral(MASAR_BINARY), {QStringLiteral("--database"), db});
        QVERIFY(first.waitForStarted());
        QVERIFY(waitUntilListening(name));

        QProcess second;
        second.setProcessEnvironment(environment(home));
        second.start(QStringLiteral(MASAR_BINARY), {QStringLiteral("--database"), db});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        ::kill(pid_t(first.processId()), SIGKILL); // no chance to clean up
        QVERIFY(first.waitForFinished(10000));

        QProcess third;
        third.setProcessEnvironment(environment(home));
        third.start(QStringLiteral(MASAR_BINARY), {QStringLiteral("--database"), db});
        QVERIFY(third.waitForStarted());
        QVERIFY(waitUntilListening(name));
        QCOMPARE(third.state(), QProcess::Running); // it took over rather than exiting
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
