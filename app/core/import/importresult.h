// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Masar {

/**
 * A node found by the Markdown importer, with where it came from: the source line, the text its
 * duration was read from and the phrase within it, and what its own text states. The efforts in
 * `node` are derived from the stated values by EffortDistribution, so an edit in the preview
 * changes the stated value and the efforts are derived again.
 */
struct ImportedNode
{
    RoadmapNode node;
    int line = 0;         ///< 1-based line in the source document
    QString context;      ///< the text the duration phrase was found in
    int phraseStart = -1; ///< the phrase within `context` (-1: no duration found)
    int phraseLength = 0;
    bool stated = false; ///< its own text states a duration (or the user set one)
    int statedMinutes = 0;
    int statedLowMinutes = 0;  ///< 0: not a range
    int statedHighMinutes = 0; ///< 0: not a range
    /// Siblings with the same non-zero group are alternatives ("choose one of the following"):
    /// the one not marked optional is planned; the others carry the same effort, unplanned.
    int alternativeGroup = 0;
    bool included = true; ///< unticked in the preview: left out of the roadmap
    /// The stated minutes are a default the importer chose (the source states no duration):
    /// the effort stays marked as a default until the learner sets one.
    bool defaultEffort = false;
    /// Markdown kept as the node's note when the roadmap is stored (empty: none).
    QString note;
    QVector<ImportedNode> children;
};

/// Something the importer did not turn into a node, and why (shown in the preview).
struct ImportNotice
{
    enum class Kind
    {
        Section,  ///< a section about the role or the document, not something to study
        Block,    ///< code, HTML, a table without titles, text before the first section
        Detail,   ///< a "Label: value" line that is not a duration, link or title
        Document, ///< about the whole file: encoding, nesting flattened, size
    };
    Kind kind = Kind::Block;
    int line = 0;
    QString text;   ///< what was left out (shortened)
    QString reason; ///< translated
};

/// What an import found: the roadmap, its nodes with their provenance, and what was left out.
struct ImportResult
{
    Roadmap roadmap;
    QString paceText; ///< the phrase the roadmap's hours per week came from (empty: default)
    QString encoding;
    QVector<ImportedNode> nodes;
    QList<ImportNotice> notices;

    /// The roadmap as it will be stored: included nodes only.
    RoadmapDocumentData toDocument() const;
    /// Planned effort of the included, non-optional leaves, in minutes.
    int totalMinutes() const;
    /// Number of included nodes, and of those whose duration was read from the text.
    int nodeCount() const;
    int statedCount() const;
};

} // namespace Masar
