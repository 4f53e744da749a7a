// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace Masar {

/**
 * For the startup benchmark (tests/bench/bench_startup): with MASAR_STARTUP_PROBE set, the
 * process prints "painted VmHWM-KiB" on standard output as soon as its main window has painted
 * for the first time, and quits. Header-only and Qt Widgets only, so that the empty-window
 * baseline the benchmark compares with uses the very same probe.
 */
class StartupProbe : public QObject
{
public:
    /// Installs the probe on `app` when the environment asks for it.
    static void installIfAsked(QApplication &app)
    {
        if (qEnvironmentVariableIsSet("MASAR_STARTUP_PROBE"))
            app.installEventFilter(new StartupProbe(&app));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *window = qobject_cast<QMainWindow *>(static_cast<QWidget *>(watched)->window());
            if (window && window->isVisible()) {
                m_seen = true;
                // After this paint has reached the screen (the rest of this event loop pass).
                QTimer::singleShot(0, qApp, [] {
                    std::printf("painted %lld\n", peakResidentKiB());
                    std::fflush(stdout);
                    QApplication::exit(0);
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;

    static long long peakResidentKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
        return -1;
    }

    bool m_seen = false;
};

} // namespace Masar
