// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the roadmap JSON reader: a document or a message, never a crash. What it
// accepts is consistent (references inside the tree, no tree deeper than the limit) and reaches a
// fixed point: written and read again, it writes the same bytes.
#include "fuzzcheck.h"
#include "import/roadmapjson.h"

#include <cstdint>

using namespace Masar;

namespace {

int countNodes(const QList<RoadmapNodeTree> &nodes, int depth)
{
    FUZZ_CHECK(depth <= RoadmapJson::kMaxDepth);
    int count = 0;
    for (const RoadmapNodeTree &tree : nodes) {
        FUZZ_CHECK(tree.node.effortMinutes >= 0);
        count += 1 + countNodes(tree.children, depth + 1);
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    auto parsed = RoadmapJson::parse(bytes, QStringLiteral("fuzz.json"));
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty());
        return 0;
    }
    const int nodes = countNodes(parsed->nodes, 1);
    for (const StudySession &session : parsed->sessions)
        FUZZ_CHECK(session.nodeId >= 0 && session.nodeId <= nodes); // 0: no node
    for (const Note &note : parsed->notes)
        FUZZ_CHECK(note.nodeId >= 0 && note.nodeId <= nodes);
    for (const auto &[node, after] : parsed->prerequisites)
        FUZZ_CHECK(node >= 1 && node <= nodes && after >= 1 && after <= nodes);

    const QByteArray written = RoadmapJson::write(*parsed);
    auto again = RoadmapJson::parse(written, QStringLiteral("fuzz.json"));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(RoadmapJson::write(*again) == written);
    return 0;
}
