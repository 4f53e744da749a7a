// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace Masar {

/// A link inside a block's plain text: `text` spans [start, start + length).
struct OutlineLink
{
    QString url;
    int start = 0;
    int length = 0;
};

/**
 * One block of a Markdown document reduced to what a roadmap is made of: its plain text (inline
 * markup removed), its links, a leading bold run ("**Duration**: 4 weeks") and its source line.
 * Headings, paragraphs, list items (with their nested blocks), table rows and the blocks that are
 * not read (code, HTML), so that they can be reported.
 */
struct OutlineBlock
{
    enum class Type
    {
        Heading,
        Paragraph,
        ListItem,
        Table,
        Code,
        Html,
    };
    enum class Task
    {
        None,
        Open,
        Checked,
    };

    Type type = Type::Paragraph;
    int level = 0; ///< heading level 1–6; list nesting depth (1 = top) for list items
    int line = 0;  ///< 1-based source line of the block's first text
    QString text;
    QVector<OutlineLink> links;
    int strongLength = 0; ///< length of a bold run the text starts with (0: none)
    bool ordered = false; ///< list item of a numbered list
    Task task = Task::None;
    /// List items: their paragraphs after the first, nested lists' items, tables.
    std::vector<std::unique_ptr<OutlineBlock>> children;
    /// Tables: rows of cells (the first row is the header), each cell as its own block.
    std::vector<std::vector<OutlineBlock>> rows;

    QString strongText() const { return text.left(strongLength); }
    /// The text is one link and nothing else (besides punctuation and space).
    bool isOnlyLink() const;
};

/// A Markdown document read into blocks; see MarkdownOutline::parse().
struct Outline
{
    std::vector<std::unique_ptr<OutlineBlock>> blocks; ///< top level, in document order
    int deepestNesting = 0;                            ///< deepest list nesting seen
    int flattenedItems = 0;     ///< list items deeper than kMaxDepth, kept at that depth
    bool tightHeadings = false; ///< "##Heading" without a space was read as a heading
    int parts = 1;              ///< read in this many parts at once (see MarkdownOutline)
};

/**
 * Reads Markdown (GitHub dialect: tables, task lists, autolinks) with md4c into an Outline.
 * Never uses patterns over the raw text: structure comes from the parser only.
 */
class MarkdownOutline
{
public:
    /// Lists nested deeper than this are kept at this depth (and counted in flattenedItems).
    static constexpr int kMaxDepth = 32;

    /// How a document is read: a large one in two parts at once (Auto), or in one go (Whole,
    /// which tests compare Auto with).
    enum class Reading
    {
        Auto,
        Whole,
    };

    static Outline parse(const QString &markdown, Reading reading = Reading::Auto);
};

} // namespace Masar
