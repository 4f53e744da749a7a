// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownoutline.h"

#include "charclass.h"

#include <QByteArray>

#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <thread>

namespace Masar {

bool OutlineBlock::isOnlyLink() const
{
    if (links.size() != 1)
        return false;
    const OutlineLink &link = links.constFirst();
    auto onlyDecoration = [](QStringView rest) {
        return std::all_of(rest.begin(), rest.end(),
                           [](QChar c) { return c.isSpace() || c.isPunct() || c.isSymbol(); });
    };
    return link.length > 0 && onlyDecoration(QStringView(text).left(link.start)) &&
           onlyDecoration(QStringView(text).mid(link.start + link.length));
}

namespace {

/// The few named entities roadmaps use; numeric ones are decoded in full.
QString decodeEntity(QStringView entity)
{
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const bool hex = entity.size() > 2 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const QStringView digits = entity.mid(hex ? 3 : 2).chopped(1);
        const uint code = digits.toString().toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }
    static const struct
    {
        const char16_t *name;
        char16_t value;
    } named[] = {{u"&amp;", u'&'},   {u"&lt;", u'<'},    {u"&gt;", u'>'},     {u"&quot;", u'"'},
                 {u"&apos;", u'\''}, {u"&nbsp;", u' '},  {u"&ndash;", u'–'},  {u"&mdash;", u'—'},
                 {u"&rarr;", u'→'},  {u"&larr;", u'←'},  {u"&hellip;", u'…'}, {u"&copy;", u'©'},
                 {u"&times;", u'×'}, {u"&rsquo;", u'’'}, {u"&lsquo;", u'‘'},  {u"&ldquo;", u'“'},
                 {u"&rdquo;", u'”'}};
    for (const auto &entry : named) {
        if (entity == QStringView(entry.name))
            return QString(QChar(entry.value));
    }
    return entity.toString();
}

/**
 * Whether the HTML block whose source runs over [begin, end) may not have ended there: it is of
 * a kind that only a closing marker ends (a comment, "<pre>", "<script>", "<?", "<!"), and the
 * marker does not follow its opening. (The others end at a blank line: CommonMark's HTML blocks
 * of kinds 6 and 7.)
 */
bool htmlMayBeOpen(const char *begin, const char *end)
{
    static const struct
    {
        const char *open;
        const char *close;
    } kinds[] = {{"<!--", "-->"},
                 {"<![CDATA[", "]]>"},
                 {"<?", "?>"},
                 {"<!", ">"},
                 {"<script", "</script>"},
                 {"<pre", "</pre>"},
                 {"<style", "</style>"},
                 {"<textarea", "</textarea>"}};
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    const QByteArray source = QByteArray::fromRawData(begin, int(end - begin));
    for (const auto &kind : kinds) {
        const int length = int(qstrlen(kind.open));
        if (source.size() < length || qstrnicmp(begin, kind.open, uint(length)) != 0)
            continue;
        return !source.mid(length).toLower().contains(kind.close);
    }
    return false;
}

/// What a chunk of text md4c gives is: ASCII without control characters or two spaces in a
/// row (Plain), other ASCII, or UTF-8 with other characters.
enum class Chunk
{
    Plain,
    Ascii,
    Utf8
};

/// Chunk of `size` bytes at `text`, eight bytes at a time: a byte of (v - 0x01…) & ~v & 0x80…
/// is set only if v has a zero byte, and v is zero where a byte is a space and so is the next.
Chunk kindOf(const char *text, qsizetype size)
{
    constexpr quint64 ones = 0x0101010101010101u;
    constexpr quint64 highs = 0x8080808080808080u;
    constexpr quint64 spaces = 0x2020202020202020u;
    const auto anyZero = [](quint64 v) { return ((v - ones) & ~v & highs) != 0; };
    bool plain = true;
    qsizetype i = 0;
    for (; i + 9 <= size; i += 8) {
        quint64 bytes, next;
        std::memcpy(&bytes, text + i, sizeof bytes);
        std::memcpy(&next, text + i + 1, sizeof next);
        if (bytes & highs)
            return Chunk::Utf8;
        // Below 0x20 (all bytes are ASCII here), or a space followed by a space.
        if (((bytes - 0x20 * ones) & ~bytes & highs) || anyZero((bytes ^ spaces) | (next ^ spaces)))
            plain = false;
    }
    for (; i < size; ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x80)
            return Chunk::Utf8;
        if (c < 0x20 || (c == ' ' && i + 1 < size && text[i + 1] == ' '))
            plain = false;
    }
    return plain ? Chunk::Plain : Chunk::Ascii;
}

class Builder
{
public:
    /// Reads `size` bytes at `data`, whose first line is line `firstLine` of the document.
    Builder(const char *data, qsizetype size, int firstLine)
        : m_data(data), m_size(size), m_firstLine(firstLine)
    {
        m_lineStarts.reserve(std::size_t(size / 32 + 1));
        m_lineStarts.push_back(0);
        const char *end = data + size;
        for (const char *at = data; (at = static_cast<const char *>(memchr(at, '\n', end - at)));)
            m_lineStarts.push_back(int(++at - data));
    }

    Outline take() { return std::move(m_outline); }

    /// The last block with text was code or HTML that may still have been open when the text
    /// ended: HTML without its closing marker, or a fenced code block with nothing but white
    /// space after its last text (no closing fence), or either one with no text at all.
    bool rawBlockMayBeOpen() const
    {
        switch (m_lastRaw) {
        case Raw::None:
            return false;
        case Raw::Html:
            return !m_rawStart || htmlMayBeOpen(m_rawStart, m_rawEnd);
        case Raw::Code:
            return !m_rawEnd || std::all_of(m_rawEnd, m_data + m_size, [](char c) {
                return c == ' ' || c == '\t' || c == '\n' || c == '\r';
            });
        }
        return true;
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_lists.push_back(type == MD_BLOCK_OL);
            break;
        case MD_BLOCK_LI:
            enterListItem(static_cast<MD_BLOCK_LI_DETAIL *>(detail));
            break;
        case MD_BLOCK_H:
            if (m_items.empty()) {
                auto *heading = add(OutlineBlock::Type::Heading);
                heading->level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
                m_target = heading;
            } else {
                enterParagraph(); // a heading inside a list item reads as its text
            }
            break;
        case MD_BLOCK_P:
            enterParagraph();
            break;
        case MD_BLOCK_TABLE:
            m_table = add(OutlineBlock::Type::Table);
            break;
        case MD_BLOCK_TR:
            if (m_table)
                m_table->rows.emplace_back();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_table && !m_table->rows.empty()) {
                m_table->rows.back().emplace_back();
                m_target = &m_table->rows.back().back();
            }
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            m_skipped =
                add(type == MD_BLOCK_CODE ? OutlineBlock::Type::Code : OutlineBlock::Type::Html);
            m_rawStart = m_rawEnd = nullptr;
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.empty())
                m_lists.pop_back();
            break;
        case MD_BLOCK_LI:
            finish(m_target);
            if (!m_items.empty()) {
                finish(m_items.back());
                m_items.pop_back();
            }
            m_target = nullptr;
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_P:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            finish(m_target);
            m_target = nullptr;
            break;
        case MD_BLOCK_TABLE:
            if (m_table) {
                for (auto &row : m_table->rows) {
                    for (OutlineBlock &cell : row)
                        m_table->line = m_table->line ? m_table->line : cell.line;
                }
            }
            m_table = nullptr;
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            if (m_skipped) {
                finish(m_skipped);
                // Until a block after it has text, it may have run on to the end.
                m_lastRaw = type == MD_BLOCK_CODE ? Raw::Code : Raw::Html;
            }
            m_skipped = nullptr;
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (!m_target)
            return 0;
        switch (type) {
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            m_linkStack.push_back({QString::fromUtf8(a->href.text, int(a->href.size)),
                                   int(m_target->text.size()), 0});
            break;
        }
        case MD_SPAN_STRONG:
            if (m_strongDepth++ == 0 && m_target->strongLength == 0 &&
                m_target->text.trimmed().isEmpty())
                m_strongOpen = true;
            break;
        case MD_SPAN_IMG:
            ++m_imageDepth; // alternative text of an image is not a title
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (!m_target)
            return 0;
        switch (type) {
        case MD_SPAN_A:
            if (!m_linkStack.empty()) {
                OutlineLink link = m_linkStack.back();
                m_linkStack.pop_back();
                link.length = int(m_target->text.size()) - link.start;
                if (m_imageDepth == 0)
                    m_target->links.append(link);
            }
            break;
        case MD_SPAN_STRONG:
            if (--m_strongDepth == 0 && m_strongOpen) {
                m_strongOpen = false;
                m_target->strongLength = int(m_target->text.size());
            }
            break;
        case MD_SPAN_IMG:
            --m_imageDepth;
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        OutlineBlock *block = m_target ? m_target : m_skipped;
        if (!block)
            return 0;
        if (block->line == 0)
            block->line = lineOf(text);
        if (block != m_skipped)
            m_lastRaw = Raw::None;
        if (block == m_skipped) {
            if (text >= m_data && text < m_data + m_size) { // not a line break md4c supplies
                if (!m_rawStart)
                    m_rawStart = text;
                m_rawEnd = text + size;
            }
            // Only a little of a skipped block is kept, to name it in the report.
            if (block->text.size() < 80 && type != MD_TEXT_BR && type != MD_TEXT_SOFTBR)
                append(block, QString::fromUtf8(text, int(size)).left(80));
            return 0;
        }
        if (m_imageDepth > 0)
            return 0;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            switch (kindOf(text, qsizetype(size))) {
            case Chunk::Plain: // most text: no string made for it
                appendAscii(block, text, qsizetype(size), true);
                break;
            case Chunk::Ascii:
                appendAscii(block, text, qsizetype(size), false);
                break;
            case Chunk::Utf8:
                append(block, QString::fromUtf8(text, int(size)));
                break;
            }
            break;
        case MD_TEXT_ENTITY:
            append(block, decodeEntity(QString::fromUtf8(text, int(size))));
            break;
        case MD_TEXT_NULLCHAR:
            append(block, QString(QChar::ReplacementCharacter));
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            append(block, QStringLiteral(" "));
            break;
        default: // inline HTML tags
            break;
        }
        return 0;
    }

private:
    OutlineBlock *add(OutlineBlock::Type type)
    {
        auto block = std::make_unique<OutlineBlock>();
        block->type = type;
        OutlineBlock *raw = block.get();
        if (m_items.empty()) {
            m_outline.blocks.push_back(std::move(block));
        } else {
            raw->level = m_items.back()->level;
            m_items.back()->children.push_back(std::move(block));
        }
        return raw;
    }

    void enterListItem(const MD_BLOCK_LI_DETAIL *detail)
    {
        finish(m_target); // a nested list ends the parent item's own text
        m_target = nullptr;
        const int depth = int(m_lists.size());
        m_outline.deepestNesting = std::max(m_outline.deepestNesting, depth);
        auto item = std::make_unique<OutlineBlock>();
        item->type = OutlineBlock::Type::ListItem;
        item->ordered = !m_lists.empty() && m_lists.back();
        item->level = std::min(depth, MarkdownOutline::kMaxDepth);
        if (detail->is_task) {
            item->task = (detail->task_mark == 'x' || detail->task_mark == 'X')
                             ? OutlineBlock::Task::Checked
                             : OutlineBlock::Task::Open;
            item->line = lineOf(m_data + detail->task_mark_offset);
        }
        OutlineBlock *raw = item.get();
        // Too deep: kept as a sibling at the deepest level allowed, so nothing is lost.
        OutlineBlock *parent = nullptr;
        for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
            if ((*it)->level < item->level) {
                parent = *it;
                break;
            }
        }
        if (depth > MarkdownOutline::kMaxDepth)
            ++m_outline.flattenedItems;
        if (parent)
            parent->children.push_back(std::move(item));
        else
            m_outline.blocks.push_back(std::move(item));
        m_items.push_back(raw);
        m_target = raw;
    }

    void enterParagraph()
    {
        if (!m_items.empty() && m_items.back()->text.isEmpty() &&
            m_items.back()->children.empty()) {
            m_target = m_items.back(); // a loose list item's first paragraph is its text
            return;
        }
        m_target = add(OutlineBlock::Type::Paragraph);
    }

    /// append() for ASCII text; `plain` as kindOf() tells.
    void appendAscii(OutlineBlock *block, const char *chunk, qsizetype size, bool plain)
    {
        QString &out = block->text;
        plain = plain && size > 0 && !(chunk[0] == ' ' && (out.isEmpty() || out.endsWith(u' ')));
        if (plain) {
            out.append(QLatin1String(chunk, int(size)));
            return;
        }
        append(block, QString::fromLatin1(chunk, int(size)));
    }

    void append(OutlineBlock *block, const QString &chunk)
    {
        QString &out = block->text;
        // Most chunks are plain words and single spaces: no run of white space to collapse.
        bool plain =
            !chunk.isEmpty() && !(chunk.front() == u' ' && (out.isEmpty() || out.endsWith(u' ')));
        for (qsizetype i = 0; plain && i < chunk.size(); ++i) {
            const QChar c = chunk.at(i);
            if (c.unicode() < 0x80 ? (c == u' ' ? (i + 1 < chunk.size() && chunk.at(i + 1) == u' ')
                                                : c.unicode() < 0x20)
                                   : CharClass::isSpace(c))
                plain = false;
        }
        if (plain) {
            out.append(chunk);
            return;
        }
        out.reserve(out.size() + chunk.size());
        for (QChar c : chunk) {
            if (CharClass::isSpace(c)) {
                if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                    out.append(QLatin1Char(' '));
            } else {
                out.append(c);
            }
        }
    }

    void finish(OutlineBlock *block)
    {
        if (!block)
            return;
        while (block->text.endsWith(QLatin1Char(' ')))
            block->text.chop(1);
        const int size = int(block->text.size());
        block->strongLength = std::min(block->strongLength, size);
        for (int i = 0; i < block->links.size(); ++i) { // (no block made for an empty list)
            OutlineLink &link = block->links[i];
            link.start = std::min(link.start, size);
            link.length = std::clamp(link.length, 0, size - link.start);
        }
        m_strongOpen = false;
        m_strongDepth = 0;
        m_linkStack.clear();
    }

    int lineOf(const MD_CHAR *pointer) const
    {
        if (pointer < m_data || pointer >= m_data + m_size)
            return 0;
        const int offset = int(pointer - m_data);
        auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        return m_firstLine - 1 + int(it - m_lineStarts.begin());
    }

    const char *m_data;
    qsizetype m_size;
    int m_firstLine;
    std::vector<int> m_lineStarts;
    Outline m_outline;
    std::vector<bool> m_lists;           // open lists: ordered?
    std::vector<OutlineBlock *> m_items; // open list items, outermost first
    std::vector<OutlineLink> m_linkStack;
    OutlineBlock *m_target = nullptr; // the block whose text is being read
    OutlineBlock *m_table = nullptr;
    OutlineBlock *m_skipped = nullptr; // code or HTML: named in the report, not read
    // The last code or HTML block if no block with text followed it, and its source's span.
    enum class Raw
    {
        None,
        Code,
        Html,
    };
    Raw m_lastRaw = Raw::None;
    const char *m_rawStart = nullptr;
    const char *m_rawEnd = nullptr;
    int m_strongDepth = 0;
    bool m_strongOpen = false;
    int m_imageDepth = 0;
};

} // namespace

namespace {

/// Reads `size` bytes at `data` (line `firstLine` of the document); `rawBlockMayBeOpen`, when
/// given, learns whether a code or HTML block may have been cut off by the end of them.
Outline parseWith(const char *data, qsizetype size, unsigned flags, int firstLine = 1,
                  bool *rawBlockMayBeOpen = nullptr)
{
    Builder builder(data, size, firstLine);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = flags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        return static_cast<Builder *>(self)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
        return static_cast<Builder *>(self)->leaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        return static_cast<Builder *>(self)->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
        return static_cast<Builder *>(self)->leaveSpan(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        return static_cast<Builder *>(self)->text(type, text, size);
    };
    md_parse(data, MD_SIZE(size), &parser, &builder);
    if (rawBlockMayBeOpen)
        *rawBlockMayBeOpen = builder.rawBlockMayBeOpen();
    return builder.take();
}

/// Documents from this size on are read in two parts at once.
constexpr qsizetype kBytesWorthASecondThread = 256 * 1024;

/**
 * Where a large document can be read as two documents that md4c reads exactly as it reads the
 * whole: the start of a line past the middle that is a heading at the margin after a blank line
 * ("\n\n## Part 7"). That line ends every list, quote, table and paragraph open before it; only a
 * fenced code block or an HTML block that is still open could take it in, which parseInParts()
 * checks on the first part (Builder::rawBlockMayBeOpen()). A link reference definition
 * ("[id]: url") is used from anywhere in the document, so a document that may hold one is read
 * whole. 0 when there is no such place.
 */
qsizetype splitPoint(const QByteArray &utf8)
{
    if (utf8.size() < kBytesWorthASecondThread)
        return 0;
    const char *data = utf8.constData();
    const char *end = data + utf8.size();
    for (const char *at = data; (at = static_cast<const char *>(memchr(at, ']', end - at)));) {
        if (++at < end && *at == ':')
            return 0;
    }
    for (qsizetype at = utf8.indexOf("\n\n#", utf8.size() / 2); at >= 0;
         at = utf8.indexOf("\n\n#", at + 1)) {
        qsizetype end = at + 2;
        while (end < utf8.size() && utf8.at(end) == '#')
            ++end;
        if (end - (at + 2) <= 6 && end < utf8.size() &&
            (utf8.at(end) == ' ' || utf8.at(end) == '\t'))
            return at + 2;
    }
    return 0;
}

/// Reads a large document's two parts (see splitPoint()) on two threads, a small one whole.
Outline parseInParts(const QByteArray &utf8, unsigned flags)
{
    const qsizetype split = splitPoint(utf8);
    if (split <= 0)
        return parseWith(utf8.constData(), utf8.size(), flags);
    Outline second;
    std::thread worker([&] {
        int firstLine = 1;
        const char *end = utf8.constData() + split;
        for (const char *at = utf8.constData();
             (at = static_cast<const char *>(memchr(at, '\n', end - at))); ++at)
            ++firstLine;
        second = parseWith(utf8.constData() + split, utf8.size() - split, flags, firstLine);
    });
    bool openAtSplit = false;
    Outline outline = parseWith(utf8.constData(), split, flags, 1, &openAtSplit);
    worker.join();
    if (openAtSplit) // it may reach into the second part: read the whole instead
        return parseWith(utf8.constData(), utf8.size(), flags);
    outline.parts = 2;
    outline.blocks.reserve(outline.blocks.size() + second.blocks.size());
    for (auto &block : second.blocks)
        outline.blocks.push_back(std::move(block));
    outline.deepestNesting = std::max(outline.deepestNesting, second.deepestNesting);
    outline.flattenedItems += second.flattenedItems;
    return outline;
}

/// A line that starts like a heading written without its space ("##Month 1").
bool hasTightHeading(const QByteArray &utf8)
{
    for (qsizetype i = 0; i + 1 < utf8.size(); ++i) {
        if ((i == 0 || utf8.at(i - 1) == '\n') && utf8.at(i) == '#') {
            qsizetype k = i;
            while (k < utf8.size() && utf8.at(k) == '#')
                ++k;
            if (k - i <= 6 && k < utf8.size() && utf8.at(k) != ' ' && utf8.at(k) != '\t' &&
                utf8.at(k) != '\n')
                return true;
        }
    }
    return false;
}

} // namespace

Outline MarkdownOutline::parse(const QString &markdown, Reading reading)
{
    const QByteArray utf8 = markdown.toUtf8();
    const unsigned flags = MD_DIALECT_GITHUB | MD_FLAG_NOINDENTEDCODEBLOCKS;
    Outline outline = reading == Reading::Whole ? parseWith(utf8.constData(), utf8.size(), flags)
                                                : parseInParts(utf8, flags);
    const bool anyHeading =
        std::any_of(outline.blocks.cbegin(), outline.blocks.cend(),
                    [](const auto &block) { return block->type == OutlineBlock::Type::Heading; });
    // No heading at all, but lines like "##Month 1": the author meant headings. (Only then:
    // in a document with real headings, "#hashtag" lines are not headings.)
    if (!anyHeading && hasTightHeading(utf8)) {
        outline = parseWith(utf8.constData(), utf8.size(), flags | MD_FLAG_PERMISSIVEATXHEADERS);
        outline.tightHeadings = true;
    }
    return outline;
}

} // namespace Masar
