// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighting.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

namespace Masar::CodeHighlighting {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loads 300+ definitions: on first use only
    return instance;
}

KSyntaxHighlighting::Theme theme(bool dark)
{
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    if (language.isEmpty())
        return {};
    // Fence names are written freely: "python" and "Python", "C++" and "cpp", "py", "sh".
    static QHash<QString, KSyntaxHighlighting::Definition> cache;
    const QString key = language.toLower();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    KSyntaxHighlighting::Definition found;
    const auto all = repository().definitions();
    for (const KSyntaxHighlighting::Definition &definition : all) {
        if (definition.name().toLower() == key) {
            found = definition;
            break;
        }
    }
    if (!found.isValid()) // by file name suffix
        found = repository().definitionForFileName(QStringLiteral("code.") + key);
    cache.insert(key, found);
    return found;
}

/// Drives the library's engine line by line and collects the formats as HTML spans.
class HtmlSpans : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString convert(const QString &code)
    {
        QString html;
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_html.clear();
            m_done = 0;
            state = highlightLine(m_line, state);
            m_html += m_line.mid(m_done).toHtmlEscaped();
            html += m_html;
            if (i + 1 < lines.size())
                html += QLatin1Char('\n');
        }
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_html += m_line.mid(m_done, offset - m_done).toHtmlEscaped();
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        QStringList style;
        if (format.hasTextColor(theme()))
            style.append(QStringLiteral("color:%1").arg(format.textColor(theme()).name()));
        if (format.isBold(theme()))
            style.append(QStringLiteral("font-weight:bold"));
        if (format.isItalic(theme()))
            style.append(QStringLiteral("font-style:italic"));
        m_html += style.isEmpty() ? text
                                  : QStringLiteral("<span style=\"%1\">%2</span>")
                                        .arg(style.join(QLatin1Char(';')), text);
        m_done = offset + length;
    }

private:
    QString m_line;
    QString m_html;
    int m_done = 0;
};

/// Per block: the engine's state at the end of the block, to continue from.
class BlockState : public QTextBlockUserData
{
public:
    BlockState(KSyntaxHighlighting::State state, bool inFence)
        : state(std::move(state)), inFence(inFence)
    {}
    KSyntaxHighlighting::State state;
    bool inFence; ///< the block ends inside a fenced code block
};

/// A line that opens or closes a fenced code block.
bool isFence(const QString &line)
{
    const QString text = line.trimmed();
    return text.startsWith(QLatin1String("```")) || text.startsWith(QLatin1String("~~~"));
}

/**
 * Highlights a document with KSyntaxHighlighting's engine in time slices. Formats go into each
 * block's layout (as QSyntaxHighlighter does), not into the document, so they touch neither the
 * text nor its undo history.
 */
class IncrementalHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
public:
    static constexpr int kSliceMs = 8;

    IncrementalHighlighter(QTextDocument *document) : QObject(document), m_document(document)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &IncrementalHighlighter::work);
        // A document reports its changes only once it has a layout: make sure it has one.
        document->documentLayout();
        connect(document, &QTextDocument::contentsChange, this, [this](int position, int, int) {
            if (m_applying)
                return;
            const int block = m_document->findBlock(position).blockNumber();
            m_dirtyFrom = m_dirtyFrom < 0 ? block : std::min(m_dirtyFrom, block);
            // Until the states match again after the edit, everything after it may change.
            m_stableAfter = m_document->findBlock(position).blockNumber();
            work();
        });
        m_dirtyFrom = 0;
        m_stableAfter = -1;
    }

    void restart()
    {
        m_dirtyFrom = 0;
        m_stableAfter = m_document->blockCount();
        work();
    }

    bool busy() const { return m_dirtyFrom >= 0; }

    void setTheme(const KSyntaxHighlighting::Theme &theme) override
    {
        AbstractHighlighter::setTheme(theme);
        m_formats.clear();
    }

    void work()
    {
        if (m_dirtyFrom < 0 || !definition().isValid())
            return;
        QElapsedTimer clock;
        clock.start();
        QTextBlock block = m_document->findBlockByNumber(m_dirtyFrom);
        KSyntaxHighlighting::State state;
        bool inFence = false;
        if (const QTextBlock previous = block.previous(); previous.isValid()) {
            if (auto *data = dynamic_cast<BlockState *>(previous.userData())) {
                state = data->state;
                inFence = data->inFence;
            }
        }
        m_applying = true;
        while (block.isValid()) {
            const auto *old = dynamic_cast<BlockState *>(block.userData());
            const bool hadState = old != nullptr;
            const KSyntaxHighlighting::State oldState =
                hadState ? old->state : KSyntaxHighlighting::State();
            const bool hadFence = hadState && old->inFence;
            m_ranges.clear();
            // A fenced block, fences included, is code: the whole line in the fixed-pitch font,
            // the highlighting's colours over it.
            const QString text = block.text();
            const bool fence = isFence(text);
            if (inFence || fence)
                m_ranges.append({0, int(text.size()), m_codeFormat});
            if (fence)
                inFence = !inFence;
            state = highlightLine(text, state);
            block.layout()->setFormats(m_ranges);
            block.setUserData(new BlockState(state, inFence));
            m_document->markContentsDirty(block.position(), block.length());
            const int number = block.blockNumber();
            block = block.next();
            // Past the edit, a block ending in the same state as before means the rest is right.
            if (hadState && oldState == state && hadFence == inFence && number >= m_stableAfter) {
                block = QTextBlock();
                break;
            }
            if (clock.elapsed() >= kSliceMs && block.isValid()) {
                m_dirtyFrom = block.blockNumber();
                m_applying = false;
                m_timer.start();
                return;
            }
        }
        m_applying = false;
        m_dirtyFrom = -1;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        // One QTextCharFormat per engine format and theme, built once.
        auto it = m_formats.find(format.id());
        if (it == m_formats.end())
            it = m_formats.insert(format.id(), toCharFormat(format));
        if (!it->isValid())
            return; // the default style: nothing to apply
        QTextLayout::FormatRange range;
        range.start = offset;
        range.length = length;
        range.format = *it;
        m_ranges.append(range);
    }

private:
    QTextCharFormat toCharFormat(const KSyntaxHighlighting::Format &format) const
    {
        QTextCharFormat f;
        if (format.name().contains(QLatin1String("Code"), Qt::CaseInsensitive))
            f = m_codeFormat; // inline and indented code
        else if (format.isDefaultTextStyle(theme()))
            return f; // invalid: skipped
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.hasBackgroundColor(theme()))
            f.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        if (format.isUnderline(theme()))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(theme()))
            f.setFontStrikeOut(true);
        if (!f.isValid()) // a style with nothing to show still counts as handled
            f.setProperty(QTextFormat::UserProperty, true);
        return f;
    }

    static QTextCharFormat codeFormat()
    {
        QTextCharFormat f;
        f.setFontFamilies({fixedPitchFamily()});
        f.setFontFixedPitch(true);
        return f;
    }

    QHash<quint16, QTextCharFormat> m_formats;
    const QTextCharFormat m_codeFormat = codeFormat();
    QTextDocument *m_document;
    QTimer m_timer;
    int m_dirtyFrom = -1;
    int m_stableAfter = -1;
    bool m_applying = false;
    QVector<QTextLayout::FormatRange> m_ranges;
};

} // namespace

QString fixedPitchFamily()
{
    static const QString family = [] {
        const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (QFontInfo(system).fixedPitch())
            return system.family();
        QFont monospace(QStringLiteral("monospace"));
        monospace.setStyleHint(QFont::Monospace);
        return QFontInfo(monospace).family();
    }();
    return family;
}

void warmUp()
{
    // Definitions load their rules when first used: run the Markdown definition once over a
    // sample with the common fenced languages.
    HtmlSpans spans;
    spans.setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    spans.setTheme(theme(false));
    (void)spans.convert(QStringLiteral("# Title\n*text* `code`\n```python\nx = 1\n```\n```cpp\n"
                                       "int x = 1;\n```\n```sql\nSELECT 1;\n```\n"));
}

QObject *attachMarkdown(QTextDocument *document, bool dark)
{
    auto *highlighter = new IncrementalHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(theme(dark));
    highlighter->restart();
    return highlighter;
}

void setDark(QObject *highlighter, bool dark)
{
    if (auto *h = dynamic_cast<IncrementalHighlighter *>(highlighter)) {
        h->setTheme(theme(dark));
        h->restart();
    }
}

bool isBusy(const QObject *highlighter)
{
    const auto *h = dynamic_cast<const IncrementalHighlighter *>(highlighter);
    return h && h->busy();
}

QString toHtml(const QString &code, const QString &language, bool dark)
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language);
    if (!definition.isValid())
        return code.toHtmlEscaped();
    HtmlSpans spans;
    spans.setDefinition(definition);
    spans.setTheme(theme(dark));
    return spans.convert(code);
}

} // namespace Masar::CodeHighlighting
