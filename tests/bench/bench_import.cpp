// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import speed on a 1 MB roadmap (target: 30 ms), made of the sample roadmap repeated.
// Prints: name, median milliseconds, and the ratio to a baseline measured in the same run — md4c
// parsing the same bytes with callbacks that do nothing, the floor of any importer built on it.
#include "import/markdownimporter.h"
#include "import/markdownoutline.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <md4c.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Masar;

namespace {

/// The sample roadmap (tests/data: headings, label lines, a course table, checklists,
/// alternatives, an Arabic section) repeated under numbered parts to `bytes`.
QByteArray makeRoadmap(int bytes)
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

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

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
    const QByteArray roadmap = makeRoadmap(1024 * 1024);
    int nodes = 0;
    const double import = medianMs(15, [&] {
        auto result = MarkdownImporter::importBytes(roadmap, QStringLiteral("big.md"));
        nodes = result ? result->nodeCount() : -1;
    });
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = nothing;
    parser.leave_block = nothing;
    parser.enter_span = nothingSpan;
    parser.leave_span = nothingSpan;
    parser.text = nothingText;
    const double md4c = medianMs(
        15, [&] { md_parse(roadmap.constData(), MD_SIZE(roadmap.size()), &parser, nullptr); });
    QString text;
    const double decode = medianMs(15, [&] {
        auto decoded = TextDecoder::decode(roadmap, QStringLiteral("big.md"));
        text = decoded ? decoded->text : QString();
    });
    const double outline = medianMs(15, [&] { MarkdownOutline::parse(text); });
    std::printf(
        "import 1 MB markdown (%d KB, %d nodes): %.1f ms (x%.1f md4c alone, target 30 ms)\n",
        int(roadmap.size() / 1024), nodes, import, import / md4c);
    std::printf("  md4c parse, empty callbacks (baseline): %.1f ms\n", md4c);
    std::printf("  decode (UTF-8 check, mojibake repair): %.1f ms (x%.1f)\n", decode,
                decode / md4c);
    std::printf("  outline (md4c + blocks): %.1f ms (x%.1f)\n", outline, outline / md4c);
    return nodes > 0 ? 0 : 1;
}
