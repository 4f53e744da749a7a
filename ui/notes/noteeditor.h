// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace Masar {

class ParagraphLayout;
class PlannerDocument;

/**
 * The Markdown editor of one note: highlighted text (KSyntaxHighlighting), an
 * optional preview beside it, each paragraph in its own direction. Typing is saved by itself
 * within kSaveDelayMs of a change (also while typing goes on), when another note is opened and
 * when the editor goes away; a refused save keeps the text and says why.
 */
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 800;

    NoteEditor(PlannerDocument *document, QWidget *parent);
    ~NoteEditor() override;

    qint64 noteId() const { return m_noteId; }
    /**
     * Opens a note (saving the one open); 0 closes it. `cursor`: where to put the cursor. False,
     * with the open note and its text left as they are, when the open note could not be saved.
     */
    bool setNote(qint64 id, int cursor = 0);
    /// Saves pending typing now; false when the save was refused (the text stays).
    bool flush();
    bool hasUnsavedText() const { return m_dirty; }
    QPlainTextEdit *textEdit() const { return m_edit; }
    QTextBrowser *preview() const { return m_preview; }
    /// The text's highlighter (null until a note is open).
    QObject *highlighter() const { return m_highlighter; }
    void setPreviewVisible(bool visible);

signals:
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();
    void retranslateUi();

    PlannerDocument *m_document;
    qint64 m_noteId = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QToolButton *m_previewToggle;
    QSplitter *m_splitter;
    QPlainTextEdit *m_edit;
    ParagraphLayout *m_layout;
    QTextBrowser *m_preview;
    QObject *m_highlighter = nullptr;
    QTimer *m_saveTimer;
    QTimer *m_previewTimer;
};

} // namespace Masar
