// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import speed on a 1 MB roadmap (target: 30 ms), made of the sample roadmap repeated.
// Prints: name, median milliseconds, and the ratio to a baseline measured in the same run — md4c
// parsing the same bytes with callbacks that do nothing, the floor of any importer built on it.
// md4c runs on one thread; the importer reads a large document on two. So that the ratio
// compares the same work on the same processor, the baseline and the import it is compared with
// run on one core (the process pinned to it: the importer's second thread shares it); the import
// on two threads with both cores free, as the app runs it, is printed apart.
// With --once: one import only, for a profiler.
#include "benchutil.h"
#include "import/markdownimporter.h"
#include "import/markdownoutline.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <md4c.h>

#include <sched.h>

#include <cstdio>
#include <vector>

using namespace Masar;

namespace {

int nothing(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int nothingSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int nothingText(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *)
{
    return 0;
}

/// Pins the calling thread, and the threads it starts from now on, to one processor.
class OneCore
{
public:
    OneCore()
    {
        m_saved = sched_getaffinity(0, sizeof m_all, &m_all) == 0;
        int cpu = sched_getcpu();
        if (cpu < 0 || !CPU_ISSET(cpu, &m_all)) {
            for (cpu = 0; cpu < CPU_SETSIZE && !CPU_ISSET(cpu, &m_all); ++cpu) {
            }
        }
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        m_pinned = m_saved && sched_setaffinity(0, sizeof one, &one) == 0;
    }
    ~OneCore()
    {
        if (m_saved)
            sched_setaffinity(0, sizeof m_all, &m_all);
    }
    bool pinned() const { return m_pinned; }
    OneCore(const OneCore &) = delete;
    OneCore &operator=(const OneCore &) = delete;

private:
    cpu_set_t m_all{};
    bool m_saved = false;
    bool m_pinned = false;
};

int cores()
{
    cpu_set_t all;
    return sched_getaffinity(0, sizeof all, &all) == 0 ? CPU_COUNT(&all) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray roadmap = Bench::repeatedSampleRoadmap(1024 * 1024);
    int nodes = 0;
    if (app.arguments().contains(QStringLiteral("--once"))) {
        // One import and nothing else, to run under a profiler (valgrind, perf).
        auto result = MarkdownImporter::importBytes(roadmap, QStringLiteral("big.md"));
        std::printf("imported %d nodes\n", result ? result->nodeCount() : -1);
        return result ? 0 : 1;
    }
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = nothing;
    parser.leave_block = nothing;
    parser.enter_span = nothingSpan;
    parser.leave_span = nothingSpan;
    parser.text = nothingText;
    const auto timed = [](auto &&work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const auto import = [&] {
        Result<ImportResult> result = Error{QString()};
        const double ms = timed(
            [&] { result = MarkdownImporter::importBytes(roadmap, QStringLiteral("big.md")); });
        nodes = result ? result->nodeCount() : -1;
        return ms; // the result is freed after the timing, as an import ends with it in hand
    };
    // Rounds of md4c alone, then the import and its parts, all on one core, then the import on
    // two threads: the ratio of each round is taken between neighbours in time, so a machine
    // whose speed drifts shows less in it. The first import of the process (on one core), which
    // finds no memory freed before to reuse, is printed apart.
    constexpr int kRounds = 15;
    std::vector<double> md4c, oneCore, ratio, decode, outline, twoThreads;
    double first = 0;
    bool pinned = true;
    for (int round = 0; round <= kRounds; ++round) {
        double baseline = 0;
        double ms = 0;
        {
            const OneCore core;
            pinned &= core.pinned();
            baseline = timed(
                [&] { md_parse(roadmap.constData(), MD_SIZE(roadmap.size()), &parser, nullptr); });
            ms = import();
            QString text;
            decode.push_back(timed([&] {
                auto decoded = TextDecoder::decode(roadmap, QStringLiteral("big.md"));
                text = decoded ? decoded->text : QString();
            }));
            outline.push_back(timed([&] { MarkdownOutline::parse(text); }));
        }
        twoThreads.push_back(import());
        if (round == 0) {
            first = ms;
            continue;
        }
        md4c.push_back(baseline);
        oneCore.push_back(ms);
        ratio.push_back(ms / baseline);
    }
    const double baseline = Bench::median(md4c);
    if (!pinned)
        std::printf("the process could not be pinned to one core: the one-core figures ran on "
                    "%d\n",
                    cores());
    std::printf("import 1 MB markdown (%d KB, %d nodes), on one core: %.1f ms (x%.1f md4c alone "
                "on the same core)\n",
                int(roadmap.size() / 1024), nodes, Bench::median(oneCore), Bench::median(ratio));
    std::printf("  md4c parse, empty callbacks, one core (baseline): %.1f ms\n", baseline);
    std::printf("  first import of the process, one core: %.1f ms (x%.1f)\n", first,
                first / baseline);
    std::printf("  decode (UTF-8 check, mojibake repair), one core: %.1f ms (x%.1f)\n",
                Bench::median(decode), Bench::median(decode) / baseline);
    std::printf("  outline (md4c + blocks), one core: %.1f ms (x%.1f)\n", Bench::median(outline),
                Bench::median(outline) / baseline);
    std::printf("import 1 MB markdown on two threads, %d cores free (as the app runs it): %.1f ms "
                "(target 30 ms; not a like-for-like ratio: md4c runs on one thread)\n",
                cores(), Bench::median(twoThreads));
    return nodes > 0 ? 0 : 1;
}
