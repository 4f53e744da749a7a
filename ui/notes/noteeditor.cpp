// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "codehighlighting.h"
#include "desktop/weblinks.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "icons.h"
#include "markdownrenderer.h"
#include "paragraphlayout.h"
#include "safebrowser.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Masar {

namespace {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}

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
    m_previewToggle->setIcon(Icons::themed({QStringLiteral("document-preview")}));
    m_previewToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addStretch(1);
    bar->addWidget(m_previewToggle);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    // QPlainTextEdit: its layout is per block, so highlighting and editing a 20,000-line note
    // stay fast (QTextEdit relayouts everything after each changed block). ParagraphLayout
    // aligns each paragraph by its own direction and keeps code left to right.
    m_edit = new QPlainTextEdit(m_splitter);
    auto *text = new QTextDocument(m_edit);
    m_layout = new ParagraphLayout(text);
    text->setDocumentLayout(m_layout);
    m_edit->setDocument(text);
    m_layout->setFallbackDirection(layoutDirection());
    m_edit->viewport()->installEventFilter(this);
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

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_edit->viewport()) {
        // Before the editor paints: which of the lines it is about to show are code.
        const QPoint bottom(0, m_edit->viewport()->height());
        m_layout->prepare(m_edit->cursorForPosition(bottom).blockNumber());
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LayoutDirectionChange)
        m_layout->setFallbackDirection(layoutDirection());
    if (event->type() == QEvent::PaletteChange) {
        CodeHighlighting::setDark(m_highlighter, isDark(this));
        if (m_preview->isVisible())
            updatePreview();
    }
    QWidget::changeEvent(event);
}

bool NoteEditor::setNote(qint64 id, int cursor)
{
    // Replacing text that could not be saved would lose it: it stays, with saveFailed's message.
    if (id != m_noteId && !flush())
        return false;
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
    if (m_preview->isVisible())
        updatePreview();
    return true;
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
