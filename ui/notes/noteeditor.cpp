// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "codehighlighting.h"
#include "desktop/weblinks.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "markdownrenderer.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Masar {

namespace {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}

/// A preview that never loads anything: no remote images, no local files.
class SafeBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

NoteEditor::NoteEditor(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("NoteEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_previewToggle = new QToolButton(this);
    m_previewToggle->setCheckable(true);
    m_previewToggle->setAutoRaise(true);
    bar->addStretch(1);
    bar->addWidget(m_previewToggle);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    // QPlainTextEdit: its layout is per block, so highlighting and editing a 20,000-line note
    // stay fast (QTextEdit relayouts everything after each changed block). Each paragraph is
    // ordered by its own direction (bidi per block); alignment follows the note's first
    // paragraph, since this layout aligns all blocks alike.
    m_edit = new QPlainTextEdit(m_splitter);
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_edit->setTabStopDistance(4 * m_edit->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    m_preview = new SafeBrowser(m_splitter);
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_preview->setOpenLinks(false);
    m_preview->hide();
    m_splitter->addWidget(m_edit);
    m_splitter->addWidget(m_preview);
    layout->addWidget(m_splitter, 1);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NoteEditor::flush);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &NoteEditor::updatePreview);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_noteId)
            return;
        m_dirty = true;
        if (m_edit->textCursor().blockNumber() < 3)
            updateAlignment(); // the first paragraphs decide it
        // Not restarted on every keystroke: while typing goes on, the text is still saved at
        // most kSaveDelayMs after its first unsaved change.
        if (!m_saveTimer->isActive())
            m_saveTimer->start();
        if (m_preview->isVisible())
            m_previewTimer->start();
    });
    connect(m_previewToggle, &QToolButton::toggled, this, &NoteEditor::setPreviewVisible);
    // Links open in the browser on a click, and only web and mail links.
    connect(m_preview, &QTextBrowser::anchorClicked, this,
            [](const QUrl &url) { WebLinks::open(url); });
    setEnabled(false);
    retranslateUi();
}

NoteEditor::~NoteEditor()
{
    flush();
}

void NoteEditor::retranslateUi()
{
    m_previewToggle->setText(tr("Preview"));
    m_previewToggle->setToolTip(tr("Show the rendered note beside the text"));
    m_edit->setAccessibleName(tr("Note text"));
    m_preview->setAccessibleName(tr("Note preview"));
    m_edit->setPlaceholderText(tr("Write in Markdown: # headings, - lists, ``` code blocks ```"));
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        CodeHighlighting::setDark(m_highlighter, isDark(this));
        if (m_preview->isVisible())
            updatePreview();
    }
    QWidget::changeEvent(event);
}

void NoteEditor::setNote(qint64 id, int cursor)
{
    if (id != m_noteId)
        flush();
    m_noteId = id;
    m_loading = true;
    QString body;
    if (id) {
        auto note = m_document->noteBook()->note(id);
        if (note)
            body = note->body;
        else
            m_noteId = 0;
    }
    if (!m_highlighter && m_noteId) // the highlighting library loads with the first note
        m_highlighter = CodeHighlighting::attachMarkdown(m_edit->document(), isDark(this));
    m_edit->setPlainText(body);
    m_loading = false;
    m_dirty = false;
    setEnabled(m_noteId != 0);
    QTextCursor c = m_edit->textCursor();
    c.setPosition(std::clamp(cursor, 0, int(body.size())));
    m_edit->setTextCursor(c);
    m_edit->centerCursor();
    updateAlignment();
    if (m_preview->isVisible())
        updatePreview();
}

bool NoteEditor::flush()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_noteId)
        return true;
    const Status saved = m_document->noteBook()->saveBody(m_noteId, m_edit->toPlainText());
    if (!saved) {
        emit saveFailed(saved.error());
        return false; // still dirty: the next change or close tries again
    }
    m_dirty = false;
    return true;
}

void NoteEditor::updateAlignment()
{
    bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1String("```")))
            continue;
        bool strong = false;
        for (const QChar c : text) {
            const QChar::Direction d = c.direction();
            if (d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL) {
                rightToLeft = d != QChar::DirL;
                strong = true;
                break;
            }
        }
        if (strong)
            break;
    }
    QTextOption option = m_edit->document()->defaultTextOption();
    const Qt::Alignment alignment =
        Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    if (option.textDirection() == Qt::LayoutDirectionAuto && option.alignment() == alignment)
        return;
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(alignment);
    m_edit->document()->setDefaultTextOption(option);
}

void NoteEditor::setPreviewVisible(bool visible)
{
    m_previewToggle->setChecked(visible);
    m_preview->setVisible(visible);
    if (visible)
        updatePreview();
}

void NoteEditor::updatePreview()
{
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(MarkdownRenderer::toHtml(m_edit->toPlainText(), isDark(this)));
    MarkdownRenderer::applyParagraphDirections(m_preview->document());
    m_preview->verticalScrollBar()->setValue(scroll);
}

} // namespace Masar
