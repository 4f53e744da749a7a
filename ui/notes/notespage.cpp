// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespage.h"

#include "bidi.h"
#include "displaycalendar.h"
#include "emptystate.h"
#include "icons.h"

#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "noteeditor.h"
#include "noteexport.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Masar {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kOffsetRole = Qt::UserRole + 2;
} // namespace

NotesPage::NotesPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("NotesPage"));
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("noteSearch"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(side);
    m_listEmpty = new EmptyState(m_list);
    m_listEmpty->button()->setIcon(Icons::themed({QStringLiteral("document-new")}));
    connect(m_listEmpty->button(), &QPushButton::clicked, this, [this] { newNote(0); });
    m_list->setWordWrap(true);
    auto *sideButtons = new QHBoxLayout;
    m_new = new QPushButton(side);
    m_new->setIcon(Icons::themed({QStringLiteral("document-new")}));
    m_delete = new QPushButton(side);
    m_delete->setIcon(Icons::themed({QStringLiteral("edit-delete")}));
    sideButtons->addWidget(m_new);
    sideButtons->addWidget(m_delete);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addLayout(sideButtons);

    auto *main = new QWidget(splitter);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title = new QLineEdit(main);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_attach = new QPushButton(main);
    m_attach->setIcon(Icons::themed({QStringLiteral("mail-attachment")}));
    m_export = new QToolButton(main);
    m_export->setIcon(Icons::themed({QStringLiteral("document-export")}));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    m_export->setMenu(exportMenu);
    header->addWidget(m_title, 1);
    header->addWidget(m_attach);
    header->addWidget(m_export);
    m_attachedTo = new QLabel(main);
    m_editor = new NoteEditor(document, main);
    mainLayout->addLayout(header);
    mainLayout->addWidget(m_attachedTo);
    mainLayout->addWidget(m_editor, 1);
    splitter->addWidget(side);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});

    connect(m_search, &QLineEdit::textChanged, this, &NotesPage::refreshList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            openNote(item->data(kIdRole).toLongLong(), item->data(kOffsetRole).toInt());
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newNote(0); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_editor->noteId())
            m_document->noteBook()->remove(m_editor->noteId());
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_editor->noteId())
            m_document->noteBook()->rename(m_editor->noteId(), m_title->text());
    });
    connect(m_attach, &QPushButton::clicked, this, &NotesPage::attach);
    connect(exportMenu->addAction(QString()), &QAction::triggered, this, &NotesPage::exportNote);
    connect(exportMenu->addAction(QString()), &QAction::triggered, this, &NotesPage::exportAll);
    connect(m_editor, &NoteEditor::saveFailed, this, &NotesPage::message);
    connect(document->noteBook(), &NoteBook::notesChanged, this, [this] {
        refreshList();
        showNoteInfo();
    });
    connect(document, &PlannerDocument::currentRoadmapChanged, this, [this] {
        m_editor->setNote(0);
        refreshList();
        showNoteInfo();
    });
    retranslateUi();
    refreshList();
    showNoteInfo();
}

void NotesPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setAccessibleName(tr("Search notes"));
    m_list->setAccessibleName(tr("Notes"));
    m_new->setText(tr("&New Note"));
    m_delete->setText(tr("&Delete"));
    m_title->setAccessibleName(tr("Note title"));
    m_attach->setText(tr("&Attach to Item…"));
    m_export->setText(tr("E&xport"));
    const QList<QAction *> actions = m_export->menu()->actions();
    actions.at(0)->setText(tr("This Note (Markdown, HTML or PDF)…"));
    actions.at(1)->setText(tr("All Notes to a Folder…"));
    refreshList();
    showNoteInfo();
}

void NotesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotesPage::refreshList()
{
    const qint64 current = m_editor->noteId();
    const RoadmapTreeModel *model = m_document->treeModel();
    m_list->blockSignals(true);
    m_list->clear();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        for (const Note &note : m_document->noteBook()->notes()) {
            const RoadmapNode *node = model->node(note.nodeId);
            QString where = tr("Free note");
            if (node)
                where = model->displayTitle(*node);
            else if (note.nodeId)
                where = tr("Its item was removed");
            auto *item = new QListWidgetItem(
                QStringLiteral("%1\n%2 · %3")
                    .arg(Bidi::embedded(note.title), Bidi::embedded(where),
                         DisplayCalendar::dateTime(note.modified.toLocalTime())),
                m_list);
            item->setData(kIdRole, note.id);
            item->setData(kOffsetRole, 0);
            if (note.id == current)
                m_list->setCurrentItem(item);
        }
    } else {
        auto hits = m_document->noteBook()->search(query);
        if (!hits) {
            emit message(hits.error());
        } else {
            for (const NoteRepository::Hit &hit : hits.value()) {
                auto *item = new QListWidgetItem(m_list);
                item->setData(kIdRole, hit.id);
                item->setData(kOffsetRole, std::max(0, hit.bodyOffset));
                auto *label =
                    new QLabel(QStringLiteral("<b>%1</b><br/>%2")
                                   .arg(Bidi::embedded(hit.title).toHtmlEscaped(), hit.snippet),
                               m_list);
                label->setWordWrap(true);
                label->setContentsMargins(4, 2, 4, 2);
                item->setSizeHint(label->sizeHint() + QSize(0, 6));
                m_list->setItemWidget(item, label);
            }
        }
    }
    m_list->blockSignals(false);
    if (query.isEmpty()) {
        m_listEmpty->setText(tr("No notes yet. Write down what you learn as you go: a note can "
                                "belong to an item of the roadmap or stand on its own."));
        m_listEmpty->button()->setText(tr("New Note"));
    } else {
        // The query in a first-strong isolate, so that it keeps its own direction.
        m_listEmpty->setText(tr("No note contains “%1”.").arg(Bidi::embedded(query)));
        m_listEmpty->button()->setText(QString());
    }
    m_listEmpty->refresh();
}

void NotesPage::openNote(qint64 id, int cursor)
{
    if (!m_editor->setNote(id, cursor)) {
        // The open note's text could not be saved and stays on screen: so does its selection.
        selectOpenNote();
        return;
    }
    showNoteInfo();
}

void NotesPage::selectOpenNote()
{
    const qint64 open = m_editor->noteId();
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == open) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentItem(nullptr);
}

void NotesPage::newNote(qint64 nodeId)
{
    if (!m_editor->flush())
        return; // the note being typed could not be saved: it stays open, with the reason
    const qint64 id = m_document->noteBook()->create(nodeId, tr("Untitled note"));
    if (!id)
        return;
    m_search->clear();
    openNote(id);
    refreshList();
    m_title->setFocus();
    m_title->selectAll();
}

void NotesPage::showNoteInfo()
{
    const qint64 id = m_editor->noteId();
    auto note = id ? m_document->noteBook()->note(id) : Result<Note>(Error{});
    const bool has = id && note.ok();
    m_title->setEnabled(has);
    m_attach->setEnabled(has);
    m_delete->setEnabled(has);
    m_export->setEnabled(has || !m_document->noteBook()->notes().isEmpty());
    if (!has) {
        m_title->clear();
        m_attachedTo->setText(m_document->noteBook()->notes().isEmpty()
                                  ? tr("No notes yet. Create one with New Note.")
                                  : tr("Choose a note on the left."));
        return;
    }
    if (!m_title->hasFocus())
        m_title->setText(note->title);
    const RoadmapTreeModel *model = m_document->treeModel();
    const RoadmapNode *node = model->node(note->nodeId);
    if (node)
        m_attachedTo->setText(tr("Attached to: %1").arg(model->displayTitle(*node)));
    else if (note->nodeId)
        m_attachedTo->setText(tr("The item this note was attached to has been removed; the "
                                 "note is kept as a free note."));
    else
        m_attachedTo->setText(tr("A free note, not attached to an item."));
}

void NotesPage::attach()
{
    const RoadmapTreeModel *model = m_document->treeModel();
    QStringList titles{tr("(No item: a free note)")};
    QList<qint64> ids{0};
    for (const RoadmapNode &n : model->nodes()) {
        titles.append(model->displayTitle(n));
        ids.append(n.id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Attach the Note"),
                                                 tr("Attach this note to:"), titles, 0, false, &ok);
    const int index = int(titles.indexOf(chosen));
    if (ok && index >= 0)
        m_document->noteBook()->link(m_editor->noteId(), ids.at(index));
}

void NotesPage::exportNote()
{
    if (!m_editor->noteId() || !m_editor->flush())
        return;
    auto note = m_document->noteBook()->note(m_editor->noteId());
    if (!note)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Note"), note->title + QStringLiteral(".md"),
        tr("Markdown (*.md);;HTML (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = NoteExport::write(note.value(), path); !written)
        emit message(written.error());
}

void NotesPage::exportAll()
{
    m_editor->flush();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export All Notes"));
    if (folder.isEmpty())
        return;
    QList<Note> notes;
    for (const Note &meta : m_document->noteBook()->notes()) {
        if (auto full = m_document->noteBook()->note(meta.id))
            notes.append(full.value());
    }
    auto written = NoteExport::writeAll(
        notes, folder, m_document->currentRoadmap().title(QLocale().name().left(2)));
    emit message(written ? tr("%Ln file(s) written.", nullptr, written.value()) : written.error());
}

} // namespace Masar
