// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up on the large profile (tests/bench/largeprofile.h): from starting the masar process to
// its main window's first paint, offscreen, and the peak resident memory by then — against the
// same figures of an empty QMainWindow built with the same Qt (bench_emptywindow), measured in
// turn in the same run. Medians of 9 runs each (after one warm-up run of each). Targets: both
// ratios at most 1.5.
#include "benchutil.h"
#include "largeprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace {

struct Run
{
    double ms = 0;
    double peakMiB = 0;
};

Run launch(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MASAR_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(30000))
        output += process.readAllStandardOutput();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    process.waitForFinished(30000);
    output += process.readAllStandardOutput();
    const QList<QByteArray> words = output.trimmed().split(' ');
    if (words.size() != 2 || words.at(0) != "painted") {
        std::fprintf(stderr, "%s did not report its first paint: %s %s\n", qPrintable(program),
                     output.constData(), process.readAllStandardError().constData());
        std::exit(1);
    }
    return {ms, words.at(1).toDouble() / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("masar.sqlite"));
    if (!Masar::LargeProfile::write(database))
        return 1;
    const auto counts = Masar::LargeProfile::counts();
    const QStringList masarArguments{QStringLiteral("--database"), database};

    std::vector<double> masarMs, masarPeak, emptyMs, emptyPeak;
    for (int i = 0; i < 10; ++i) {
        const Run empty = launch(QStringLiteral(MASAR_EMPTY_WINDOW), {}, home.path());
        const Run masar = launch(QStringLiteral(MASAR_BINARY), masarArguments, home.path());
        if (i == 0)
            continue; // warm-up: caches, fonts, the database's first open
        emptyMs.push_back(empty.ms);
        emptyPeak.push_back(empty.peakMiB);
        masarMs.push_back(masar.ms);
        masarPeak.push_back(masar.peakMiB);
    }
    const double e = Masar::Bench::median(emptyMs), ep = Masar::Bench::median(emptyPeak);
    const double m = Masar::Bench::median(masarMs), mp = Masar::Bench::median(masarPeak);
    std::printf("startup empty QMainWindow: first paint %.1f ms, peak RSS %.1f MiB\n", e, ep);
    std::printf("startup masar, large profile (%d topics, %d sessions, %d notes; %.1f MB file): "
                "first paint %.1f ms (x%.2f, target 1.5), peak RSS %.1f MiB (x%.2f, target 1.5)\n",
                counts.topics, counts.sessions, counts.notes,
                QFileInfo(database).size() / 1048576.0, m, m / e, mp, mp / ep);
    return 0;
}
