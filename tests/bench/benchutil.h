// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark program needs: medians of repeated timings, and (where the program knows
// the source folder) the 1 MB Markdown roadmap made of the sample roadmap. Header-only, Qt Core
// only, so that the KGantt peer program can use it without linking Masar.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace Masar::Bench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The median time, in milliseconds, of `runs` runs of `work()` (or `work(run)`).
template <typename F> double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if constexpr (std::is_invocable_v<F &, int>)
            work(i);
        else
            work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

#ifdef MASAR_SOURCE_DIR
/// The sample roadmap (tests/data: headings, label lines, a course table, checklists,
/// alternatives, an Arabic section) repeated under numbered parts to `bytes`.
inline QByteArray repeatedSampleRoadmap(int bytes)
{
    QFile file(QStringLiteral(MASAR_SOURCE_DIR "/tests/data/sample-roadmap.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray sample = file.readAll();
    sample = sample.mid(sample.indexOf("\n## ")); // without the title and the pace line
    sample.replace("\n### ", "\n#### ").replace("\n## ", "\n### "); // one level down
    QByteArray out = "# A Very Long Roadmap\n\nA plan at about 10 h/week.\n";
    for (int part = 1; out.size() < bytes; ++part)
        out += "\n## Part " + QByteArray::number(part) + "\n" + sample;
    return out;
}
#endif

} // namespace Masar::Bench
