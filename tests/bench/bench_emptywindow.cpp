// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of bench_startup: the least a Qt Widgets program does to show a window — an empty
// QMainWindow, built with the same Qt, reporting its first paint through the same probe.
#include "startupprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Masar::StartupProbe::installIfAsked(app);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
