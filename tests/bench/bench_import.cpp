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
    // The time of the import alone: each result is freed after its timing, as an import ends
    // with its result in hand. The first import of the process, which finds no memory freed
    // before to reuse, is printed apart.
    std::vector<double> times;
    double first = 0;
    for (int run = 0; run <= 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = MarkdownImporter::importBytes(roadmap, QStringLiteral("big.md"));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        nodes = result ? result->nodeCount() : -1;
        if (run == 0)
            first = ms;
        else
            times.push_back(ms);
    }
    const double import = Bench::median(times);
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = nothing;
    parser.leave_block = nothing;
    parser.enter_span = nothingSpan;
    parser.leave_span = nothingSpan;
    parser.text = nothingText;
    const double md4c = Bench::medianMs(
        15, [&] { md_parse(roadmap.constData(), MD_SIZE(roadmap.size()), &parser, nullptr); });
    QString text;
    const double decode = Bench::medianMs(15, [&] {
        auto decoded = TextDecoder::decode(roadmap, QStringLiteral("big.md"));
        text = decoded ? decoded->text : QString();
    });
    const double outline = Bench::medianMs(15, [&] { MarkdownOutline::parse(text); });
    std::printf(
        "import 1 MB markdown (%d KB, %d nodes): %.1f ms (x%.1f md4c alone, target 30 ms)\n",
        int(roadmap.size() / 1024), nodes, import, import / md4c);
    std::printf("  md4c parse, empty callbacks (baseline): %.1f ms\n", md4c);
    std::printf("  first import of the process: %.1f ms (x%.1f)\n", first, first / md4c);
    std::printf("  decode (UTF-8 check, mojibake repair): %.1f ms (x%.1f)\n", decode,
                decode / md4c);
    std::printf("  outline (md4c + blocks): %.1f ms (x%.1f)\n", outline, outline / md4c);
    return nodes > 0 ? 0 : 1;
}
