// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "areaclassifier.h"
#include "durationparser.h"
#include "effortdistribution.h"
#include "importdraft.h"
#include "importvocabulary.h"
#include "markdownoutline.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace Masar {

namespace {

using namespace ImportDraft;

/// Below this many items (or outline blocks), a second thread would cost more than it saves.
constexpr int kDraftsWorthASecondThread = 4000;
constexpr std::size_t kBlocksWorthASecondThread = 4000;

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    Importer(const QString &origin, const MarkdownImporter::Options &options)
        : m_origin(origin), m_options(options)
    {}

    Result<ImportResult> run(QString markdown)
    {
        blankFrontMatter(markdown);
        Outline outline = MarkdownOutline::parse(markdown);
        if (outline.flattenedItems > 0) {
            m_result.notices.append(
                {ImportNotice::Kind::Document, 0, QString(),
                 tr("%Ln list item(s) nested deeper than %1 levels were kept at level %1.", nullptr,
                    outline.flattenedItems)
                     .arg(MarkdownOutline::kMaxDepth)});
        }
        if (outline.tightHeadings) {
            m_result.notices.append(
                {ImportNotice::Kind::Document, 0, QString(),
                 tr("Lines such as “##Month 1” were read as headings, although Markdown needs a "
                    "space after the #.")});
        }
        readTitle(outline);
        readAllBlocks(outline);
        if (m_roots.empty()) {
            // A document that is only a list under its title: the list is the roadmap.
            m_roots = std::move(m_preambleItems.children);
        } else {
            for (int i = 0; i < m_preambleLines.size(); ++i) {
                m_result.notices.append({ImportNotice::Kind::Block, m_preambleLines.at(i),
                                         shortened(m_preambleTexts.value(i)),
                                         tr("It comes before the first section.")});
            }
        }
        const double pace = decidePace();
        m_result.roadmap.hoursPerWeek = pace;
        finishRoots(DurationParser(pace), std::move(outline));
        if (m_result.nodes.isEmpty()) {
            return Error{tr("No roadmap was found in %1: it has no headings, lists or course "
                            "tables to turn into phases and courses.")
                             .arg(m_origin)};
        }
        EffortDistribution::applyAmong(m_result.nodes); // each one's own tree: finishRoots()
        return std::move(m_result);
    }

private:
    /// YAML front matter ("---" … "---" at the top) is metadata for a site generator, not part
    /// of the roadmap: blanked (lines kept, so line numbers stay right) and reported.
    void blankFrontMatter(QString &markdown)
    {
        if (!markdown.startsWith(QLatin1String("---\n")))
            return;
        qsizetype end = 4;
        int lines = 1;
        while (end < markdown.size()) {
            const qsizetype next = markdown.indexOf(u'\n', end);
            const QStringView line =
                QStringView(markdown).mid(end, (next < 0 ? markdown.size() : next) - end);
            ++lines;
            if (line.trimmed() == u"---" || line.trimmed() == u"...") {
                const qsizetype stop = next < 0 ? markdown.size() : next;
                markdown.replace(0, stop, QString(lines - 1, u'\n'));
                m_result.notices.append({ImportNotice::Kind::Block, 1, QString(),
                                         tr("The front matter (metadata at the top, between "
                                            "“---” lines) is not imported.")});
                return;
            }
            if (next < 0 || lines > 200)
                return; // no closing line: a thematic break, not front matter
            end = next + 1;
        }
    }

    // ---- Reading the outline ---------------------------------------------------------------

    void readTitle(const Outline &outline)
    {
        int h1 = 0;
        const OutlineBlock *first = nullptr;
        for (const auto &block : outline.blocks) {
            if (block->type != OutlineBlock::Type::Heading)
                continue;
            if (!first)
                first = block.get();
            if (block->level == 1)
                ++h1;
        }
        QString title;
        // One top heading names the document; otherwise every heading is a section.
        if (first && first->level == 1 && h1 == 1) {
            m_titleBlock = first;
            title = cleanTitle(first->text, true);
        }
        if (title.isEmpty())
            title = QFileInfo(m_origin).completeBaseName();
        Roadmap &roadmap = m_result.roadmap;
        roadmap.titleEn = title;
        if (AreaClassifier::contentLanguage(title) == QLatin1String("ar"))
            roadmap.titleAr = title;
        roadmap.source = QFileInfo(m_origin).fileName();
    }

    struct Section
    {
        int level = 0;
        Draft *draft = nullptr; ///< null: left out (off-topic), or the document's preamble
        bool skipped = false;
    };

    /// A heading that opens no section: "#" alone (what follows stays in the section above).
    static bool isEmptyHeading(const OutlineBlock &block)
    {
        return block.type == OutlineBlock::Type::Heading && isBlank(block.text);
    }

    /// Where a large document's blocks can be read in two halves: a heading past the middle
    /// that closes every section open before it, so the second half starts as the document
    /// does. The block count when there is none.
    std::size_t splitPoint(const Outline &outline) const
    {
        const std::size_t n = outline.blocks.size();
        int lowest = 7; // the lowest heading level so far
        for (std::size_t i = 0; i < n; ++i) {
            const OutlineBlock &block = *outline.blocks[i];
            if (block.type != OutlineBlock::Type::Heading || &block == m_titleBlock ||
                isEmptyHeading(block))
                continue;
            if (i >= n / 2 && block.level <= lowest)
                return i;
            lowest = std::min(lowest, block.level);
        }
        return n;
    }

    /// Reads the blocks; a large document's second half on a second thread at the same time,
    /// by an importer of its own whose sections, notices and alternatives groups then follow
    /// this one's as if it had read them itself.
    void readAllBlocks(const Outline &outline)
    {
        const std::size_t n = outline.blocks.size();
        const std::size_t split = n >= kBlocksWorthASecondThread ? splitPoint(outline) : n;
        if (split >= n) {
            readBlocks(outline, 0, n);
            return;
        }
        Importer second(m_origin, m_options);
        second.m_titleBlock = m_titleBlock; // may lie in the second half after a long preamble
        std::thread worker([&] { second.readBlocks(outline, split, n); });
        readBlocks(outline, 0, split);
        worker.join();
        offsetGroups(second.m_roots, m_groups);
        m_groups += second.m_groups;
        for (Draft &root : second.m_roots)
            m_roots.push_back(std::move(root));
        m_result.notices += second.m_result.notices;
    }

    void readBlocks(const Outline &outline, std::size_t from, std::size_t to)
    {
        std::vector<Section> stack;
        for (std::size_t i = from; i < to; ++i) {
            const OutlineBlock &block = *outline.blocks[i];
            if (&block == m_titleBlock)
                continue;
            if (isEmptyHeading(block))
                continue; // "#" alone: no section, what follows stays in the one above
            if (block.type == OutlineBlock::Type::Heading) {
                m_choiceGroup = 0;
                while (!stack.empty() && stack.back().level >= block.level)
                    stack.pop_back();
                const bool parentSkipped = !stack.empty() && stack.back().skipped;
                Section section;
                section.level = block.level;
                if (parentSkipped) {
                    section.skipped = true;
                } else if ((ImportVocabulary::isOffTopicSection(block.text) ||
                            namesOwnSections(outline, i)) &&
                           !m_options.includeSections.contains(block.line)) {
                    section.skipped = true;
                    m_result.notices.append({ImportNotice::Kind::Section, block.line,
                                             shortened(block.text),
                                             tr("It describes the role, the career or the "
                                                "document rather than something to study.")});
                } else {
                    Draft *parent = stack.empty() ? nullptr : stack.back().draft;
                    section.draft = addHeading(parent, block);
                }
                // Sections are kept by address: reserve so that adding siblings moves nothing.
                stack.push_back(section);
                continue;
            }
            Section *current = stack.empty() ? nullptr : &stack.back();
            if (current && current->skipped)
                continue;
            Draft *owner = current ? current->draft : nullptr;
            readContent(owner, block);
        }
    }

    /// A "Prerequisites" section that names two or more of the document's other sections says
    /// in which order to read the document: it names nothing new to study. (A document has one
    /// such section: only the first few are looked at, and only their first blocks.)
    bool namesOwnSections(const Outline &outline, std::size_t at)
    {
        constexpr int kSectionsLookedAt = 4;
        constexpr int kBlocksLookedAt = 24;
        constexpr int kTitlesLookedFor = 400;
        const OutlineBlock &heading = *outline.blocks[at];
        if (!ImportVocabulary::isPrerequisites(heading.text) ||
            ++m_prerequisitesSeen > kSectionsLookedAt)
            return false;
        QStringList titles;
        for (const auto &other : outline.blocks) {
            if (other->type != OutlineBlock::Type::Heading || other.get() == &heading ||
                other.get() == m_titleBlock)
                continue;
            const QString title = cleanTitle(other->text, true);
            if (title.size() >= 4 && !titles.contains(title))
                titles.append(title);
            if (titles.size() >= kTitlesLookedFor)
                break;
        }
        QStringList named;
        int blocks = 0;
        const std::function<void(const OutlineBlock &)> look = [&](const OutlineBlock &block) {
            if (++blocks > kBlocksLookedAt)
                return;
            for (const QString &title : std::as_const(titles)) {
                if (!named.contains(title) && ImportVocabulary::containsPhrase(block.text, title))
                    named.append(title);
            }
            for (const auto &child : block.children)
                look(*child);
        };
        for (std::size_t i = at + 1;
             i < outline.blocks.size() && named.size() < 2 && blocks < kBlocksLookedAt; ++i) {
            const OutlineBlock &block = *outline.blocks[i];
            if (block.type == OutlineBlock::Type::Heading && !isEmptyHeading(block)) {
                if (block.level <= heading.level)
                    break;
                continue;
            }
            if (block.type == OutlineBlock::Type::Paragraph ||
                block.type == OutlineBlock::Type::ListItem)
                look(block);
        }
        return named.size() >= 2;
    }

    Draft *addHeading(Draft *parent, const OutlineBlock &block)
    {
        std::vector<Draft> &siblings = parent ? parent->children : m_roots;
        Draft draft;
        draft.origin = Draft::Origin::Heading;
        draft.line = block.line;
        draft.text = block.text;
        if (block.isOnlyLink()) {
            const OutlineLink &link = block.links.constFirst();
            draft.title = block.text.mid(link.start, link.length);
            draft.url = link.url;
        } else {
            draft.title = block.text;
        }
        draft.candidates.append({block.text, TextContext::Heading, Candidate::Origin::Title});
        draft.optional =
            ImportVocabulary::marksOptional(block.text) || (parent && parent->itemsOptional);
        draft.itemKind = ImportVocabulary::collectionKind(cleanTitle(draft.title, true));
        if (!draft.itemKind && parent)
            draft.itemKind = parent->itemKind;
        draft.itemsOptional = ImportVocabulary::isReferenceReading(block.text);
        if (ImportVocabulary::offersChoice(block.text))
            m_choiceGroup = ++m_groups;
        siblings.push_back(std::move(draft));
        return &siblings.back();
    }

    /// A block under a heading (or before any: the preamble).
    void readContent(Draft *owner, const OutlineBlock &block)
    {
        switch (block.type) {
        case OutlineBlock::Type::Paragraph:
            m_choiceGroup = 0;
            if (!owner) {
                m_preamble.append(block.text);
                return;
            }
            if (block.isOnlyLink()) {
                // "[SQL course](…)" on a line of its own names something to study.
                addItem(*owner, block, 0);
                return;
            }
            owner->candidates.append({block.text, TextContext::Prose, Candidate::Origin::Prose});
            if (ImportVocabulary::offersChoice(block.text))
                m_choiceGroup = ++m_groups;
            return;
        case OutlineBlock::Type::ListItem:
            if (!owner) {
                // Before the first section: kept aside, used only if no section follows.
                m_preamble.append(block.text);
                addItem(m_preambleItems, block, 0);
                m_preambleLines.append(block.line);
                m_preambleTexts.append(block.text);
                return;
            }
            addItem(*owner, block, m_choiceGroup);
            return;
        case OutlineBlock::Type::Table:
            m_choiceGroup = 0;
            if (owner) {
                addTable(*owner, block);
            } else {
                m_tableRoot.origin = Draft::Origin::Heading;
                addTable(m_tableRoot, block);
                for (Draft &row : m_tableRoot.children)
                    m_roots.push_back(std::move(row));
                m_tableRoot.children.clear();
            }
            return;
        case OutlineBlock::Type::Code:
            m_result.notices.append({ImportNotice::Kind::Block, block.line, shortened(block.text),
                                     tr("Code blocks are not imported.")});
            return;
        case OutlineBlock::Type::Html:
            m_result.notices.append(
                {ImportNotice::Kind::Block, block.line, shortened(block.text),
                 tr("HTML is not imported; write tables and lists in Markdown to import them.")});
            return;
        case OutlineBlock::Type::Heading:
            return;
        }
    }

    void addItem(Draft &parent, const OutlineBlock &item, int group,
                 std::optional<RoadmapNode::Kind> hint = std::nullopt)
    {
        if (!hint)
            hint = parent.itemKind;
        QString label;
        QString rest;
        if (splitLabel(item, label, rest)) {
            const ImportVocabulary::Label kindOfLabel = ImportVocabulary::label(label);
            if ((kindOfLabel == ImportVocabulary::Label::None ||
                 kindOfLabel == ImportVocabulary::Label::Collection) &&
                item.children.empty() && addLabelledLink(parent, item, label, rest, group, hint))
                return;
            switch (kindOfLabel) {
            case ImportVocabulary::Label::Duration:
                parent.candidates.append(
                    {item.text, TextContext::Prose, Candidate::Origin::Attribute});
                return;
            case ImportVocabulary::Label::Link:
                if (!item.links.isEmpty()) {
                    if (parent.url.isEmpty())
                        parent.url = item.links.constFirst().url;
                } else {
                    detail(item);
                }
                return;
            case ImportVocabulary::Label::Course: {
                Draft course =
                    fromText(item, rest, item.links.isEmpty() ? nullptr : &item.links.first());
                course.kind = RoadmapNode::Kind::Course;
                addChildren(course, item);
                parent.children.push_back(std::move(course));
                return;
            }
            case ImportVocabulary::Label::Group: {
                // "Topics:", "Projects:": the items belong to the parent itself.
                const auto kind = ImportVocabulary::itemKind(label);
                for (const auto &child : item.children) {
                    if (child->type == OutlineBlock::Type::ListItem)
                        addItem(parent, *child, 0, kind ? kind : hint);
                    else if (child->type == OutlineBlock::Type::Paragraph)
                        parent.candidates.append(
                            {child->text, TextContext::Prose, Candidate::Origin::Prose});
                }
                if (item.children.empty() && !rest.isEmpty()) {
                    Draft single = fromText(item, rest, nullptr);
                    single.kind = kind ? kind : hint;
                    parent.children.push_back(std::move(single));
                }
                return;
            }
            case ImportVocabulary::Label::Collection: {
                Draft collection;
                collection.origin = Draft::Origin::Item;
                collection.line = item.line;
                collection.title = label;
                collection.text = item.text;
                collection.itemKind = ImportVocabulary::itemKind(label);
                collection.itemsOptional = ImportVocabulary::isReferenceReading(label);
                collection.optional = parent.itemsOptional;
                addChildren(collection, item);
                if (item.children.empty() && !rest.isEmpty()) {
                    Draft single =
                        fromText(item, rest, item.links.isEmpty() ? nullptr : &item.links.first());
                    collection.children.push_back(std::move(single));
                }
                parent.children.push_back(std::move(collection));
                return;
            }
            case ImportVocabulary::Label::None:
                break;
            }
            // The label is the title ("**Linear Algebra:** The language of data").
            Draft draft = fromText(item, label, nullptr);
            draft.candidates.append({rest, TextContext::Prose, Candidate::Origin::Prose});
            draft.kind = hint;
            finishItem(parent, draft, item, group);
            return;
        }
        if (item.isOnlyLink() && item.links.constFirst().url.startsWith(u'#')) {
            // "[Intro CS](#intro-cs)": a table of contents, which the sections themselves follow.
            m_result.notices.append({ImportNotice::Kind::Block, item.line, shortened(item.text),
                                     tr("A link within the document (a table of contents).")});
            return;
        }
        const OutlineLink *link = nullptr;
        if (!item.links.isEmpty()) {
            const OutlineLink &first = item.links.constFirst();
            const QStringView before = QStringView(item.text).left(first.start).trimmed();
            if (std::all_of(before.begin(), before.end(), [](QChar c) { return !c.isLetter(); }))
                link = &first; // the item starts with its link: the link is the title
        }
        Draft draft = fromText(item, item.text, link);
        draft.kind = hint;
        finishItem(parent, draft, item, group);
    }

    /// "Video: [Title](…)": the label says what the link is, the link names it. False when
    /// the rest is not one link alone.
    bool addLabelledLink(Draft &parent, const OutlineBlock &item, const QString &label,
                         const QString &rest, int group, std::optional<RoadmapNode::Kind> hint)
    {
        const qsizetype restAt = item.text.indexOf(rest);
        if (rest.isEmpty() || item.links.size() != 1 || restAt < 0 ||
            item.links.constFirst().start < restAt)
            return false;
        const OutlineLink &link = item.links.constFirst();
        const QStringView before = QStringView(rest).left(link.start - restAt);
        const QStringView after = QStringView(item.text).mid(link.start + link.length);
        const auto words = [](QStringView part) {
            return std::any_of(part.begin(), part.end(),
                               [](QChar c) { return c.isLetterOrNumber(); });
        };
        if (words(before) || words(after))
            return false;
        Draft draft = fromText(item, QString(), &link);
        const auto labelled = ImportVocabulary::itemKind(label);
        draft.kind = labelled ? labelled : hint;
        finishItem(parent, draft, item, group);
        return true;
    }

    void finishItem(Draft &parent, Draft &draft, const OutlineBlock &item, int group)
    {
        if (isBlank(draft.title)) {
            m_result.notices.append({ImportNotice::Kind::Block, item.line, shortened(item.text),
                                     tr("It has no title.")});
            return;
        }
        // Reference reading makes its items optional, not the groups inside it.
        const bool hasItems = !item.children.empty();
        draft.optional = draft.optional || (parent.itemsOptional && !hasItems) ||
                         (draft.text.size() < 160 && ImportVocabulary::marksOptional(draft.text));
        if (hasItems) {
            // A list item over a list is a section like a heading: "1. Technical Books".
            draft.itemKind = ImportVocabulary::collectionKind(cleanTitle(draft.title, false));
            if (!draft.itemKind)
                draft.itemKind = parent.itemKind;
            draft.itemsOptional =
                parent.itemsOptional || ImportVocabulary::isReferenceReading(draft.title);
        }
        draft.alternativeGroup = group;
        draft.recommended = group && ImportVocabulary::recommends(draft.text);
        if (item.task == OutlineBlock::Task::Checked)
            draft.status = RoadmapNode::Status::Done;
        addChildren(draft, item);
        parent.children.push_back(std::move(draft));
    }

    /// A draft titled `title` (or by the link's text), the rest of the item as its prose.
    Draft fromText(const OutlineBlock &item, const QString &title, const OutlineLink *link)
    {
        Draft draft;
        draft.origin = Draft::Origin::Item;
        draft.line = item.line;
        draft.text = item.text;
        if (link) {
            draft.title = item.text.mid(link->start, link->length);
            draft.url = link->url;
            if (looksLikeUrl(draft.title)) {
                // "[https://…]" written around a bare address: the address names nothing.
                draft.url = trimmedUrl(draft.title);
                draft.title = titleFromUrl(draft.url);
            }
            QString after = item.text.mid(link->start + link->length).trimmed();
            while (!after.isEmpty() && (after.front() == u'-' || after.front() == u':' ||
                                        after.front() == u'–' || after.front() == u'—'))
                after = after.mid(1).trimmed();
            if (!after.isEmpty())
                draft.candidates.append({after, TextContext::Prose, Candidate::Origin::Prose});
        } else {
            draft.title = title;
            draft.candidates.append({title, TextContext::Prose, Candidate::Origin::Title});
        }
        if (draft.url.isEmpty() && !item.links.isEmpty() && item.isOnlyLink())
            draft.url = item.links.constFirst().url;
        return draft;
    }

    void addChildren(Draft &draft, const OutlineBlock &item)
    {
        int group = 0;
        for (const auto &child : item.children) {
            switch (child->type) {
            case OutlineBlock::Type::ListItem:
                addItem(draft, *child, group);
                break;
            case OutlineBlock::Type::Paragraph:
                group = ImportVocabulary::offersChoice(child->text) ? ++m_groups : 0;
                draft.candidates.append(
                    {child->text, TextContext::Prose, Candidate::Origin::Prose});
                break;
            case OutlineBlock::Type::Table:
                addTable(draft, *child);
                break;
            default:
                readContent(&draft, *child);
                break;
            }
        }
    }

    void addTable(Draft &parent, const OutlineBlock &table)
    {
        if (table.rows.size() < 2) {
            m_result.notices.append({ImportNotice::Kind::Block, table.line, QString(),
                                     tr("The table has no rows under its header.")});
            return;
        }
        const std::vector<OutlineBlock> &header = table.rows.front();
        int titleColumn = -1;
        QList<int> durationColumns;
        for (int c = 0; c < int(header.size()); ++c) {
            const QString name = header.at(c).text;
            const auto label = ImportVocabulary::label(name);
            if (label == ImportVocabulary::Label::Duration ||
                ImportVocabulary::containsPhrase(name, QStringLiteral("hours")) ||
                ImportVocabulary::containsPhrase(name, QStringLiteral("weeks")) ||
                ImportVocabulary::containsPhrase(name, QStringLiteral("الساعات"))) {
                durationColumns.append(c);
            } else if (titleColumn < 0 && isTitleColumn(name)) {
                titleColumn = c;
            }
        }
        if (titleColumn < 0) {
            // No named column: the first one that is not a duration.
            for (int c = 0; c < int(header.size()); ++c) {
                if (!durationColumns.contains(c)) {
                    titleColumn = c;
                    break;
                }
            }
        }
        if (titleColumn < 0) {
            m_result.notices.append({ImportNotice::Kind::Block, table.line, QString(),
                                     tr("The table has no column of titles.")});
            return;
        }
        for (std::size_t r = 1; r < table.rows.size(); ++r) {
            const std::vector<OutlineBlock> &row = table.rows.at(r);
            if (titleColumn >= int(row.size()))
                continue;
            const OutlineBlock &cell = row.at(titleColumn);
            const OutlineLink *link = cell.links.isEmpty() ? nullptr : &cell.links.first();
            Draft draft = fromText(cell, cell.text, cell.isOnlyLink() ? link : nullptr);
            if (!draft.url.isEmpty() || !link) {
                // fine as it is
            } else {
                draft.url = link->url;
            }
            draft.origin = Draft::Origin::Row;
            draft.line = cell.line ? cell.line : table.line;
            draft.kind = parent.itemKind;
            QStringList durations;
            for (int c : std::as_const(durationColumns)) {
                if (c < int(row.size()) && !row.at(c).text.isEmpty())
                    durations.append(row.at(c).text);
            }
            if (!durations.isEmpty()) {
                draft.candidates.prepend({durations.join(QStringLiteral(", ")),
                                          TextContext::TableCell, Candidate::Origin::Attribute});
            }
            if (draft.title.trimmed().isEmpty())
                continue;
            parent.children.push_back(std::move(draft));
        }
    }

    static bool isTitleColumn(const QString &name)
    {
        static const QStringList words{
            QStringLiteral("course"),  QStringLiteral("courses"), QStringLiteral("name"),
            QStringLiteral("title"),   QStringLiteral("topic"),   QStringLiteral("topics"),
            QStringLiteral("subject"), QStringLiteral("module"),  QStringLiteral("resource"),
            QStringLiteral("step"),    QStringLiteral("الدورة"),  QStringLiteral("الموضوع"),
            QStringLiteral("الاسم"),   QStringLiteral("العنوان")};
        for (const QString &word : words) {
            if (ImportVocabulary::containsPhrase(name, word))
                return true;
        }
        return false;
    }

    void detail(const OutlineBlock &item)
    {
        m_result.notices.append({ImportNotice::Kind::Detail, item.line, shortened(item.text),
                                 tr("A detail that is neither a title, a duration nor a link.")});
    }

    // ---- Pace, durations, kinds ------------------------------------------------------------

    /// The hours per week the document's durations assume (see ImportDraft::decidePace()).
    double decidePace()
    {
        if (m_options.hoursPerWeek && *m_options.hoursPerWeek > 0)
            return *m_options.hoursPerWeek;
        return ImportDraft::decidePace(m_preamble, m_roots, &m_result.paceText);
    }

    ImportedNode finish(Draft &draft, const DurationParser &parser, const Draft *parent)
    {
        ImportedNode out;
        out.line = draft.line;
        RoadmapNode &node = out.node;
        node.url = webAddress(draft.url);
        node.optional = draft.optional;
        node.status = draft.status;
        out.alternativeGroup = draft.alternativeGroup;
        QString title = draft.title;
        for (const Candidate &candidate : std::as_const(draft.candidates)) {
            if (candidate.text.isEmpty())
                continue;
            const auto estimate = parser.estimate(candidate.text, candidate.context);
            if (!estimate || estimate->minutes <= 0)
                continue;
            out.stated = true;
            out.statedMinutes = estimate->minutes;
            out.statedLowMinutes = estimate->lowMinutes;
            out.statedHighMinutes = estimate->highMinutes;
            out.context = candidate.text;
            out.phraseStart = estimate->start;
            out.phraseLength = estimate->length;
            node.durationText = durationText(candidate, *estimate);
            if (candidate.origin == Candidate::Origin::Title && candidate.text == title)
                title = withoutPhrase(title, *estimate);
            break;
        }
        node.title = cleanTitle(title, draft.origin == Draft::Origin::Heading);
        if (node.title.isEmpty())
            node.title = cleanTitle(draft.title, false);
        if (node.title.isEmpty()) // only symbols ("~", "★"): they are all it has
            node.title = visibleTrimmed(draft.title);
        if (node.title.isEmpty())
            node.title = visibleTrimmed(draft.text).left(kMaxTitleLength);
        if (node.title.isEmpty())
            node.title = QStringLiteral("…");
        const bool arabic = AreaClassifier::contentLanguage(node.title) == QLatin1String("ar") ||
                            ImportVocabulary::marksArabicContent(draft.text);
        node.language = arabic ? QStringLiteral("ar") : QStringLiteral("en");

        out.children.reserve(int(draft.children.size()));
        for (Draft &child : draft.children)
            out.children.append(finish(child, parser, &draft));
        chooseAlternatives(draft, out);
        node.kind = decideKind(draft, out, parent);
        if (listsLectures(draft, out, parent)) {
            // Its lectures are its parts, whatever the section's items are (see
            // EffortDistribution).
            node.kind = RoadmapNode::Kind::Course;
            for (ImportedNode &lecture : out.children)
                lecture.node.kind = RoadmapNode::Kind::Topic;
        }
        return out;
    }

    /// Turns the top-level drafts into nodes with their areas and efforts, releasing the drafts
    /// and the `outline` they were read from. Each top-level subtree is read on its own, so a
    /// large document's second half is read on a second thread meanwhile, and each thread frees
    /// half of the outline.
    void finishRoots(const DurationParser &parser, Outline outline)
    {
        const auto finishRange = [this, &parser](std::size_t from, std::size_t to) {
            QVector<ImportedNode> nodes;
            nodes.reserve(int(to - from));
            for (std::size_t i = from; i < to; ++i) {
                nodes.append(finish(m_roots[i], parser, nullptr));
                assignArea(nodes.last(), CompetencyArea::Unassigned);
                EffortDistribution::applyBelow(nodes.last());
                m_roots[i] = Draft(); // freed by the thread that read it
            }
            return nodes;
        };
        m_titleBlock = nullptr; // in the outline, which goes
        std::size_t half = m_roots.size();
        std::vector<int> sizes; // drafts in each top-level subtree
        int total = 0;
        for (const Draft &root : m_roots) {
            sizes.push_back(1 + countDrafts(root.children));
            total += sizes.back();
        }
        if (total >= kDraftsWorthASecondThread && m_roots.size() > 1) {
            int done = 0;
            for (half = 0; half < m_roots.size() && done * 2 < total; ++half)
                done += sizes[half];
        }
        QVector<ImportedNode> second;
        std::thread worker;
        if (half < m_roots.size()) {
            std::vector<std::unique_ptr<OutlineBlock>> &blocks = outline.blocks;
            const auto middle = blocks.begin() + std::ptrdiff_t(blocks.size() / 2);
            std::vector<std::unique_ptr<OutlineBlock>> later(std::make_move_iterator(middle),
                                                             std::make_move_iterator(blocks.end()));
            blocks.erase(middle, blocks.end());
            worker = std::thread([&, later = std::move(later)]() mutable {
                second = finishRange(half, m_roots.size());
                later.clear();
            });
        }
        m_result.nodes = finishRange(0, half);
        outline.blocks.clear();
        if (worker.joinable()) {
            worker.join();
            m_result.nodes.reserve(m_result.nodes.size() + second.size());
            for (ImportedNode &node : second)
                m_result.nodes.append(std::move(node));
        }
        m_roots.clear();
    }

    QString m_origin;
    MarkdownImporter::Options m_options;
    ImportResult m_result;
    const OutlineBlock *m_titleBlock = nullptr;
    std::vector<Draft> m_roots;
    Draft m_tableRoot;
    Draft m_preambleItems;      ///< list items before any section
    QList<int> m_preambleLines; ///< their lines and texts, to report them when sections follow
    QStringList m_preambleTexts;
    QStringList m_preamble;
    int m_groups = 0;
    int m_choiceGroup = 0;       ///< the alternatives group the next list's items join (0: none)
    int m_prerequisitesSeen = 0; ///< "Prerequisites" headings seen (see namesOwnSections())
};

} // namespace

Result<ImportResult> MarkdownImporter::importFile(const QString &path, const Options &options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists())
        return Error{tr("The file %1 does not exist.").arg(path)};
    if (QFileInfo(path).isDir())
        return Error{tr("%1 is a folder, not a roadmap file.").arg(path)};
    if (file.size() > TextDecoder::kMaxBytes) {
        return Error{tr("%1 is %2 MB; roadmap files larger than %3 MB are not imported.")
                         .arg(name)
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(TextDecoder::kMaxBytes / (1024 * 1024))};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 could not be read: %2").arg(path, file.errorString())};
    return importBytes(file.readAll(), name, options);
}

Result<ImportResult> MarkdownImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                                   const Options &options)
{
    auto decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded)
        return Error{decoded.error()};
    auto result = importText(decoded->text, fileName, options);
    if (!result)
        return result;
    result.value().encoding = decoded->encoding;
    for (const QString &note : decoded->notes)
        result.value().notices.prepend({ImportNotice::Kind::Document, 0, QString(), note});
    return result;
}

Result<ImportResult> MarkdownImporter::importText(const QString &markdown, const QString &origin,
                                                  const Options &options)
{
    Importer importer(origin, options);
    return importer.run(markdown);
}

} // namespace Masar
