// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Masar {

/**
 * Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the window's thread, so that `kill`, a
 * terminal closing or a desktop that ends the session by signal ends Masar the way closing the
 * window does: what was typed is saved first. The handler only writes a byte to a socket (the
 * one thing a signal handler may safely do); the rest runs in the event loop. One instance per
 * process.
 */
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Masar
