// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include <QApplication>
#include <QMainWindow>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Masar;

namespace {

/// The progress dialog shown over `window`, if any.
QProgressDialog *shownProgress(QWidget *window)
{
    for (QProgressDialog *dialog : window->findChildren<QProgressDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void shortWorkShowsNothingAndReturnsItsResult()
    {
        QMainWindow window;
        window.show();
        bool seen = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, [&] { seen = seen || shownProgress(&window); });
        probe.start(5);
        const Qt::HANDLE caller = QThread::currentThreadId();
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading"), [caller] {
            QThread::msleep(20);
            return QThread::currentThreadId() != caller ? 42 : -1;
        });
        QVERIFY(result.has_value());
        QCOMPARE(*result, 42); // it ran on another thread
        QVERIFY(!seen);
    }

    void longWorkKeepsTheWindowAnsweringAndShowsProgress()
    {
        // The work can only end once the window's thread has run its timer 40 times: it waits
        // for the heartbeat. A window that stopped answering while it waited would never let
        // it end (the 30 s limit turns that into a failure, not a hang).
        QMainWindow window;
        window.show();
        int beats = 0;
        QSemaphore answered;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, [&] {
            if (++beats == 40)
                answered.release();
        });
        heartbeat.start(10);
        QString label;
        bool cancelButton = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, [&] {
            if (QProgressDialog *dialog = shownProgress(&window)) {
                label = dialog->labelText();
                cancelButton = dialog->findChild<QPushButton *>() != nullptr;
            }
        });
        probe.start(20);
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading big.md…"), [&answered] {
            return answered.tryAcquire(1, 30000) ? QStringLiteral("done")
                                                 : QStringLiteral("the window stopped answering");
        });
        heartbeat.stop();
        QCOMPARE(result.value_or(QString()), QStringLiteral("done"));
        QVERIFY(beats >= 40);
        // 40 beats of 10 ms outlast the 250 ms after which the progress dialog shows.
        QCOMPARE(label, QStringLiteral("Reading big.md…"));
        QVERIFY(cancelButton);
        QVERIFY(!shownProgress(&window)); // gone once the work is done
    }

    void cancelStopsWaiting_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel button") << false;
        QTest::newRow("Escape") << true;
    }

    void cancelStopsWaiting()
    {
        QFETCH(bool, escape);
        QMainWindow window;
        window.show();
        QTimer probe;
        connect(&probe, &QTimer::timeout, [&] {
            QProgressDialog *dialog = shownProgress(&window);
            if (dialog && escape)
                QTest::keyClick(dialog, Qt::Key_Escape);
            else if (auto *button = dialog ? dialog->findChild<QPushButton *>() : nullptr)
                button->click();
        });
        probe.start(20);
        // The work waits until it is let go after run() returned: only a Cancel that stops the
        // waiting lets run() return first (else the work ends after 30 s with a value).
        auto gate = std::make_shared<QSemaphore>();
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading"), [gate] {
            gate->tryAcquire(1, 30000);
            return 1;
        });
        QVERIFY(!result.has_value());
        gate->release(); // the abandoned work ends now
    }

    void workThatMustFinishHasNoCancel()
    {
        QMainWindow window;
        window.show();
        bool shown = false;
        bool cancelButton = true;
        QTimer probe;
        connect(&probe, &QTimer::timeout, [&] {
            if (QProgressDialog *dialog = shownProgress(&window)) {
                shown = true;
                cancelButton = dialog->findChild<QPushButton *>() != nullptr;
                QTest::keyClick(dialog, Qt::Key_Escape); // the waiting goes on
            }
        });
        probe.start(20);
        auto result = BackgroundWork::run(
            &window, QStringLiteral("Adding"),
            [] {
                QThread::msleep(700);
                return 7;
            },
            BackgroundWork::Cancel::NotAllowed);
        QVERIFY(shown);
        QVERIFY(!cancelButton);
        QCOMPARE(result.value_or(0), 7);
    }
};

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
