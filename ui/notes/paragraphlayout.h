// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextDocumentLayout>

namespace Masar {

/**
 * QPlainTextEdit's block layout, with each paragraph aligned by its own direction: an Arabic
 * paragraph to the right, an English one to the left, in either UI language. Lines of a fenced
 * code block (``` or ~~~) stay left to right and left-aligned, even when they start with an
 * Arabic comment. A paragraph without a strong letter (empty, digits only) follows the editor's
 * direction.
 *
 * The stock layout gives every block the document's one text option. This one keeps that
 * layout (lazy, per block, fast on a 20,000-line note) and adjusts a block's option when the
 * block is asked for its geometry, which the editor does before it paints or hit-tests it.
 * Which lines are code is kept in each block's user state, worked out as far as the editor has
 * shown (prepare(), called before each paint: the first screen of a long note first) and,
 * after an edit, again from the edited block only until the states match the ones from before.
 */
class ParagraphLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit ParagraphLayout(QTextDocument *document);

    QRectF blockBoundingRect(const QTextBlock &block) const override;

    /// Works out which lines are code up to `lastBlock`, the last one about to be painted.
    void prepare(int lastBlock);
    /// The direction of paragraphs without a strong letter (the editor's layout direction).
    void setFallbackDirection(Qt::LayoutDirection direction);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    /// True when `block` is a line of a fenced code block, fences included.
    bool isCode(const QTextBlock &block) const;
    void ensureCodeStates(int upTo) const;
    void adjust(const QTextBlock &block) const;

    Qt::LayoutDirection m_fallback = Qt::LeftToRight;
    // Blocks 0..m_known have the right code state. After an edit, the states stored in blocks
    // m_editEnd+1..m_trusted were right before it: once a block past the edit gets its old
    // state again, all of them are right again.
    mutable int m_known = -1;
    mutable int m_editEnd = -1;
    mutable int m_trusted = -1;
    int m_blockCount = 1;
};

} // namespace Masar
