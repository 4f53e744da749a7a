// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside RoadmapTreeModel: one item of the tree, shared by the files the model is written in.

#include "roadmaptreemodel.h"

#include <memory>
#include <vector>

namespace Masar {

struct RoadmapTreeModel::Item
{
    RoadmapNode node;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;
    int total = 0;
    bool mismatch = false;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

} // namespace Masar
