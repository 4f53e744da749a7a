// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "guiapplication.h"
#include "startupprobe.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
}

int runCommandLine(int argc, char **argv, bool windowRequested)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Masar"));
    QCoreApplication::setApplicationName(QStringLiteral("masar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    Masar::Translations translations(&app);
    translations.setLanguage(Masar::Translations::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (!windowRequested)
        return Masar::CommandLine::run(args, out, err);
    // No display: show what the window would open on, and how to open it.
    const int code =
        Masar::CommandLine::printSummary(Masar::CommandLine::databasePath(args), out, err);
    out << Qt::endl
        << QCoreApplication::translate("main", "No display is available (DISPLAY and "
                                               "WAYLAND_DISPLAY are not set), so the window was "
                                               "not opened. Run Masar in a desktop session to "
                                               "open it.")
        << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = arguments(argc, argv);
    if (Masar::CommandLine::isCommand(args))
        return runCommandLine(argc, argv, false);
    if (!hasDisplay())
        return runCommandLine(argc, argv, true);

    QApplication app(argc, argv);
    Masar::StartupProbe::installIfAsked(app);
    Masar::GuiApplication::configure(app);
    const QStringList appArgs = QCoreApplication::arguments();
    const bool customDatabase = appArgs.contains(QStringLiteral("--database")) ||
                                std::any_of(appArgs.cbegin(), appArgs.cend(), [](const QString &a) {
                                    return a.startsWith(QLatin1String("--database="));
                                });
    return Masar::GuiApplication::run(
        app, customDatabase ? Masar::CommandLine::databasePath(appArgs) : QString(),
        Masar::CommandLine::filesToOpen(appArgs));
}
