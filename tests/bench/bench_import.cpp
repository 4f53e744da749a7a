// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import speed on a 1 MB roadmap (target: 30 ms), made of the sample roadmap repeated.
// Prints: name, median milliseconds, and the ratio to a baseline measured in the same run — md4c
// parsing the same bytes with callbacks that do nothing, the floor of any importer built on it.
// With --once: one import only, for a profiler.
#include "benchutil.h"
#include "import/markdownimporter.h"
#include "import/markdownoutline.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <md4c.h>

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
    // Rounds of md4c alone, then the import, then its parts: the ratio of each round is taken
    // between neighbours in time, so a machine whose speed drifts shows less in it. The import
    // is timed alone: its result is freed after the timing, as an import ends with its result
    // in hand. The first import of the process, which finds no memory freed before to reuse,
    // is printed apart.
    constexpr int kRounds = 15;
    std::vector<double> md4c, import, ratio, decode, outline;
    double first = 0;
    for (int round = 0; round <= kRounds; ++round) {
        const double baseline = timed(
            [&] { md_parse(roadmap.constData(), MD_SIZE(roadmap.size()), &parser, nullptr); });
        Result<ImportResult> result = Error{QString()};
        const double ms = timed(
            [&] { result = MarkdownImporter::importBytes(roadmap, QStringLiteral("big.md")); });
        nodes = result ? result->nodeCount() : -1;
        result = Error{QString()};
        QString text;
        decode.push_back(timed([&] {
            auto decoded = TextDecoder::decode(roadmap, QStringLiteral("big.md"));
            text = decoded ? decoded->text : QString();
        }));
        outline.push_back(timed([&] { MarkdownOutline::parse(text); }));
        if (round == 0) {
            first = ms;
            continue;
        }
        md4c.push_back(baseline);
        import.push_back(ms);
        ratio.push_back(ms / baseline);
    }
    const double baseline = Bench::median(md4c);
    std::printf("import 1 MB markdown (%d KB, %d nodes): %.1f ms (x%.1f md4c alone, target 30 "
                "ms)\n",
                int(roadmap.size() / 1024), nodes, Bench::median(import), Bench::median(ratio));
    std::printf("  md4c parse, empty callbacks (baseline): %.1f ms\n", baseline);
    std::printf("  first import of the process: %.1f ms (x%.1f)\n", first, first / baseline);
    std::printf("  decode (UTF-8 check, mojibake repair): %.1f ms (x%.1f)\n", Bench::median(decode),
                Bench::median(decode) / baseline);
    std::printf("  outline (md4c + blocks): %.1f ms (x%.1f)\n", Bench::median(outline),
                Bench::median(outline) / baseline);
    return nodes > 0 ? 0 : 1;
}
