// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the Markdown importer: it returns a roadmap or a message, never crashes or
// hangs, and what it returns is consistent — every node has a title and no negative effort, and
// the roadmap written as JSON reads back.
#include "fuzzcheck.h"
#include "import/markdownimporter.h"
#include "import/roadmapjson.h"

#include <algorithm>
#include <cstdint>

using namespace Masar;

namespace {

void checkNodes(const QVector<ImportedNode> &nodes, int depth)
{
    FUZZ_CHECK(depth < 200);
    for (const ImportedNode &imported : nodes) {
        const RoadmapNode &n = imported.node;
        FUZZ_CHECK(std::any_of(n.title.cbegin(), n.title.cend(), [](QChar c) {
            return !c.isSpace() && c.category() != QChar::Other_Format &&
                   c.category() != QChar::Other_Control;
        })); // something visible
        FUZZ_CHECK(n.effortMinutes >= 0 && n.effortLowMinutes >= 0 && n.effortHighMinutes >= 0);
        FUZZ_CHECK(n.effortLowMinutes <= n.effortHighMinutes);
        if (imported.phraseStart >= 0)
            FUZZ_CHECK(imported.phraseStart + imported.phraseLength <= imported.context.size());
        checkNodes(imported.children, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    auto result = MarkdownImporter::importBytes(bytes, QStringLiteral("fuzz.md"));
    if (!result) {
        FUZZ_CHECK(!result.error().isEmpty()); // refused with a message
        return 0;
    }
    FUZZ_CHECK(!result->nodes.isEmpty());
    checkNodes(result->nodes, 0);
    FUZZ_CHECK(result->totalMinutes() >= 0);
    const QByteArray json = RoadmapJson::write(result->toDocument());
    auto back = RoadmapJson::parse(json, QStringLiteral("fuzz.json"));
    FUZZ_CHECK(back.ok());
    return 0;
}
