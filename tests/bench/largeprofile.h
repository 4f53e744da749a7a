// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Masar::LargeProfile {

/**
 * The large profile the benchmarks share: a five-year plan of 2,000 topics (phases of 50, the
 * first 60 % done), 20,000 study sessions over those five years and 500 notes (Markdown, half of
 * them attached to a topic), with study time of an hour on weekdays and three at weekends.
 * `scale` multiplies every count (10 and 100 for the scaling figures) and divides each topic's
 * effort, so that the calendar keeps its length. Written to a new database
 * at `path` as the learner's only roadmap; false (with the reason on stderr) when it cannot be.
 */
bool write(const QString &path, int scale = 1);

struct Counts
{
    int topics = 0;
    int sessions = 0;
    int notes = 0;
};
Counts counts(int scale = 1);

} // namespace Masar::LargeProfile
