// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPushButton>
#include <QTest>
#include <QThread>

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
        QMainWindow window;
        window.show();
        int beats = 0;
        qint64 longestGap = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, [&] {
            ++beats;
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
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
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading big.md…"), [] {
            QThread::msleep(900);
            return QStringLiteral("done");
        });
        heartbeat.stop();
        QCOMPARE(result.value_or(QString()), QStringLiteral("done"));
        QCOMPARE(label, QStringLiteral("Reading big.md…"));
        QVERIFY(cancelButton);
        QVERIFY2(beats >= 40, qPrintable(QString::number(beats)));
        QVERIFY2(longestGap < 200, qPrintable(QString::number(longestGap)));
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
        QElapsedTimer clock;
        clock.start();
        auto result = BackgroundWork::run(&window, QStringLiteral("Reading"), [] {
            QThread::msleep(3000);
            return 1;
        });
        QVERIFY(!result.has_value());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
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
