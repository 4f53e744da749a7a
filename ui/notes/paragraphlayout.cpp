// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphlayout.h"

#include "bidi.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVector>

namespace Masar {

namespace {

// A block's user state: kCode when the line belongs to a code block (its fences included),
// kOpenAfter when a fence is still open after it. -1 (Qt's default) means not yet known.
constexpr int kCode = 1;
constexpr int kOpenAfter = 2;

bool isFence(const QString &line)
{
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    const QStringView start = QStringView(line).mid(i, 3);
    return start == QLatin1String("```") || start == QLatin1String("~~~");
}

// The layout marks a block it has adjusted with Qt::AlignAbsolute in the block's own text
// option; the stock layout resets that option whenever it lays the block out again.
constexpr Qt::Alignment kAdjusted = Qt::AlignAbsolute;

/// Drops a block's mark, so that it is adjusted again when next asked for.
void unmark(QTextLayout *layout)
{
    QTextOption option = layout->textOption();
    option.setAlignment(option.alignment() & ~kAdjusted);
    layout->setTextOption(option);
}

} // namespace

ParagraphLayout::ParagraphLayout(QTextDocument *document) : QPlainTextDocumentLayout(document)
{
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(Qt::AlignLeft);
    document->setDefaultTextOption(option);
}

bool ParagraphLayout::isCode(const QTextBlock &block) const
{
    ensureCodeStates(block.blockNumber());
    return block.userState() >= 0 && (block.userState() & kCode);
}

void ParagraphLayout::setFallbackDirection(Qt::LayoutDirection direction)
{
    if (direction == m_fallback)
        return;
    m_fallback = direction;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        unmark(block.layout());
    emit update();
}

QRectF ParagraphLayout::blockBoundingRect(const QTextBlock &block) const
{
    const QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block); // lays it out
    // Adjusted once it is known whether the block is code: up to what the editor has shown, see
    // prepare(). A block asked for beyond that (the editor following its cursor to the end of a
    // long text just loaded) keeps the document's option until it is shown.
    if (block.isValid() && document()->blockCount() == m_blockCount &&
        block.blockNumber() <= m_known && !(block.layout()->textOption().alignment() & kAdjusted))
        adjust(block);
    return rect;
}

void ParagraphLayout::prepare(int lastBlock)
{
    // In the middle of an edit not announced yet, where it is is not known: wait for it.
    if (document()->blockCount() == m_blockCount)
        ensureCodeStates(lastBlock);
}

void ParagraphLayout::adjust(const QTextBlock &block) const
{
    QTextLayout *layout = block.layout();
    QTextOption option = layout->textOption();
    // Code left to right; other text by its first strong letter, else the editor's direction.
    const bool code = isCode(block);
    const Qt::LayoutDirection strong = Bidi::strongDirection(block.text());
    const Qt::LayoutDirection shown = code                                ? Qt::LeftToRight
                                      : strong == Qt::LayoutDirectionAuto ? m_fallback
                                                                          : strong;
    const Qt::Alignment alignment =
        kAdjusted | (shown == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    // The stock layout ordered the text by its own first strong letter. A code line starting
    // with an Arabic comment must be laid out again, left to right; the lines break at the same
    // places (the same glyphs, the same widths), so they keep their positions.
    const bool relayout =
        code && strong == Qt::RightToLeft && option.textDirection() != Qt::LeftToRight;
    option.setAlignment(alignment);
    if (!relayout || layout->lineCount() == 0) {
        layout->setTextOption(option);
        return;
    }
    QVector<QPointF> positions;
    QVector<qreal> widths;
    for (int i = 0; i < layout->lineCount(); ++i) {
        positions.append(layout->lineAt(i).position());
        widths.append(layout->lineAt(i).width());
    }
    option.setTextDirection(Qt::LeftToRight);
    layout->setTextOption(option);
    layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const int at = std::min(i, int(positions.size()) - 1);
        line.setLeadingIncluded(true);
        line.setLineWidth(widths.at(at));
        line.setPosition(i < positions.size()
                             ? positions.at(i)
                             : positions.last() + QPointF(0, line.height() * (i - at)));
    }
    layout->endLayout();
}

void ParagraphLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *text = document();
    const int first = text->findBlock(from).blockNumber();
    const QTextBlock end = text->findBlock(from + charsAdded);
    const int last = end.isValid() ? end.blockNumber() : text->blockCount() - 1;
    const int delta = text->blockCount() - m_blockCount;
    m_blockCount = text->blockCount();
    if (first <= m_known) {
        // Everything from the edited block on is to be worked out again; what was known past
        // the edit moved with the blocks.
        m_trusted = m_known + delta;
        m_editEnd = last;
        m_known = first - 1;
    } else if (first <= m_trusted) {
        m_trusted = first - 1; // a second edit inside what was still to be confirmed
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

void ParagraphLayout::ensureCodeStates(int upTo) const
{
    if (upTo <= m_known)
        return;
    bool flipped = false;
    QTextBlock block = document()->findBlockByNumber(m_known + 1);
    bool open = false;
    if (const QTextBlock previous = block.previous(); previous.isValid())
        open = previous.userState() >= 0 && (previous.userState() & kOpenAfter);
    for (; block.isValid() && m_known < upTo; block = block.next()) {
        const int number = m_known + 1; // blocks are walked in order
        const bool fence = isFence(block.text());
        const bool code = open || fence;
        if (fence)
            open = !open;
        const int state = (code ? kCode : 0) | (open ? kOpenAfter : 0);
        const int old = block.userState();
        m_known = number;
        if (old == state) {
            if (number > m_editEnd && number <= m_trusted) {
                m_known = m_trusted; // the rest of the old states hold
                m_trusted = -1;
                if (m_known >= upTo)
                    break;
                block = document()->findBlockByNumber(m_known);
                open = block.userState() >= 0 && (block.userState() & kOpenAfter);
            }
            continue;
        }
        QTextBlock changed = block;
        changed.setUserState(state);
        if (old >= 0 && (old & kCode) != (state & kCode)) {
            QTextLayout *layout = changed.layout();
            unmark(layout);
            // A line laid out left to right as code goes back to the document's ordering.
            if (!(state & kCode) && layout->textOption().textDirection() == Qt::LeftToRight)
                layout->clearLayout();
            flipped = true;
        }
    }
    // Blocks that became code or stopped being code are adjusted when next painted.
    if (flipped)
        emit const_cast<ParagraphLayout *>(this)->update();
}

} // namespace Masar
