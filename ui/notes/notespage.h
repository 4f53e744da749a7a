// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Masar {

class EmptyState;
class NoteEditor;
class PlannerDocument;

/**
 * All notes of the roadmap (free ones and those attached to items), full-text search with
 * results as you type, and the editor. A search result opens its note at the match.
 */
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    NotesPage(PlannerDocument *document, QWidget *parent);

    NoteEditor *editor() const { return m_editor; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    void openNote(qint64 id, int cursor = 0);
    /// A new note attached to `nodeId` (0: free), opened for typing.
    void newNote(qint64 nodeId);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshList();
    void selectOpenNote();
    void showNoteInfo();
    void attach();
    void exportNote();
    void exportAll();

    PlannerDocument *m_document;
    QLineEdit *m_search;
    EmptyState *m_listEmpty = nullptr;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLineEdit *m_title;
    QLabel *m_attachedTo;
    QPushButton *m_attach;
    QToolButton *m_export;
    NoteEditor *m_editor;
};

} // namespace Masar
