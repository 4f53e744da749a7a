// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courselanguagefilter.h"

#include <QWidget>

class QAction;
class QComboBox;
class QMenu;
class QSplitter;
class QToolBar;
class QTreeView;

namespace Masar {

class EmptyState;
class NodeDetailPanel;
class PlannerDocument;

/**
 * The roadmap as a tree (title, competency area, effort, status) beside a panel that edits the
 * selected node. Adding, removing, moving (drag and drop or keyboard) and status changes of a
 * multi-selection all go through the document's undo commands.
 */
class RoadmapPage : public QWidget
{
    Q_OBJECT

public:
    RoadmapPage(PlannerDocument *document, QWidget *parent);

    QList<QAction *> editActions() const;
    QMenu *statusMenu() const { return m_statusMenu; }
    QTreeView *treeView() const { return m_tree; }
    NodeDetailPanel *detailPanel() const { return m_detail; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    QList<qint64> selectedIds() const;
    void selectNode(qint64 id);

    /// Which courses the tree shows, by the language they are taught in.
    void setCourseLanguage(CourseLanguageFilter::Mode mode);
    CourseLanguageFilter::Mode courseLanguage() const { return m_filter->mode(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    qint64 currentId() const;
    void addNode(bool asChild);

    PlannerDocument *m_document;
    QSplitter *m_splitter;
    QToolBar *m_toolBar;
    QTreeView *m_tree;
    EmptyState *m_empty = nullptr;
    CourseLanguageFilter *m_filter;
    QComboBox *m_languageFilter;
    NodeDetailPanel *m_detail;
    QAction *m_addChild;
    QAction *m_addSibling;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_indent;
    QAction *m_outdent;
    QMenu *m_statusMenu;
    QList<QAction *> m_statusActions;
};

} // namespace Masar
