// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmappage.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "emptystate.h"
#include "icons.h"
#include "nodedetailpanel.h"
#include "treeexpansion.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Masar {

namespace {
const QString kCourseLanguageKey = QStringLiteral("roadmap/courseLanguage");

} // namespace

RoadmapPage::RoadmapPage(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("RoadmapPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("roadmapSplitter"));
    m_tree = new QTreeView(m_splitter);
    m_tree->setObjectName(QStringLiteral("roadmapTree"));
    m_filter = new CourseLanguageFilter(document->treeModel(), this);
    m_tree->setModel(m_filter);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RoadmapTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->header()->resizeSection(RoadmapTreeModel::AreaColumn, 150);
    m_tree->header()->resizeSection(RoadmapTreeModel::EffortColumn, 70);
    m_tree->header()->resizeSection(RoadmapTreeModel::StatusColumn, 95);
    m_empty = new EmptyState(m_tree);
    m_empty->button()->setIcon(Icons::themed({QStringLiteral("list-add")}));
    m_detail = new NodeDetailPanel(document, m_splitter);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 400}); // until the learner's own sizes are restored
    layout->addWidget(m_splitter, 1);

    const auto makeAction = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addChild = makeAction(QKeySequence(Qt::Key_Insert), [this] { addNode(true); });
    connect(m_empty->button(), &QPushButton::clicked, m_addChild, &QAction::trigger);
    m_addSibling =
        makeAction(QKeySequence(QStringLiteral("Ctrl+Return")), [this] { addNode(false); });
    m_remove = makeAction(QKeySequence::Delete, [this] { m_document->removeNodes(selectedIds()); });
    const auto keepCurrent = [this](auto operation) {
        return [this, operation] {
            const qint64 id = currentId();
            if ((m_document->*operation)(id))
                selectNode(id);
        };
    };
    m_moveUp = makeAction(QKeySequence(QStringLiteral("Ctrl+Shift+Up")),
                          keepCurrent(&PlannerDocument::moveUp));
    m_moveDown = makeAction(QKeySequence(QStringLiteral("Ctrl+Shift+Down")),
                            keepCurrent(&PlannerDocument::moveDown));
    m_indent =
        makeAction(QKeySequence(QStringLiteral("Ctrl+]")), keepCurrent(&PlannerDocument::indent));
    m_outdent =
        makeAction(QKeySequence(QStringLiteral("Ctrl+[")), keepCurrent(&PlannerDocument::outdent));
    m_addChild->setIcon(Icons::themed({QStringLiteral("list-add")}));
    m_addSibling->setIcon(Icons::themed(
        {QStringLiteral("edit-table-insert-row-below"), QStringLiteral("insert-table-row")}));
    m_remove->setIcon(Icons::themed({QStringLiteral("edit-delete")}));
    m_moveUp->setIcon(Icons::themed({QStringLiteral("go-up")}));
    m_moveDown->setIcon(Icons::themed({QStringLiteral("go-down")}));
    m_outdent->setIcon(Icons::directional({QStringLiteral("format-indent-less")}));
    m_indent->setIcon(Icons::directional({QStringLiteral("format-indent-more")}));
    for (QAction *action :
         {m_addChild, m_addSibling, m_remove, m_moveUp, m_moveDown, m_outdent, m_indent})
        m_toolBar->addAction(action);
    // Moving and removing are shown by their icons (with a tool tip), so that the row fits a
    // narrow window; adding and the statuses keep their words.
    for (QAction *action : {m_remove, m_moveUp, m_moveDown, m_outdent, m_indent}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    m_statusMenu = new QMenu(this);
    // Alt+0 … Alt+3: Ctrl+1 … Ctrl+5 switch pages.
    const QList<QKeySequence> statusKeys{
        QKeySequence(QStringLiteral("Alt+0")), QKeySequence(QStringLiteral("Alt+1")),
        QKeySequence(QStringLiteral("Alt+2")), QKeySequence(QStringLiteral("Alt+3"))};
    const QList<RoadmapNode::Status> statuses = RoadmapNode::allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const RoadmapNode::Status status = statuses.at(i);
        QAction *action = makeAction(
            statusKeys.value(i), [this, status] { m_document->setStatus(selectedIds(), status); });
        action->setIcon(Icons::status(status));
        m_statusMenu->addAction(action);
        m_statusActions.append(action);
    }
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_statusActions);
    m_toolBar->addSeparator();
    m_languageFilter = new QComboBox(m_toolBar);
    m_languageFilter->setObjectName(QStringLiteral("courseLanguage"));
    m_toolBar->addWidget(m_languageFilter);
    connect(m_languageFilter, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const auto mode = CourseLanguageFilter::Mode(m_languageFilter->itemData(index).toInt());
        QSettings().setValue(kCourseLanguageKey, CourseLanguageFilter::key(mode));
        setCourseLanguage(mode);
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoadmapPage::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_detail->setNode(currentId()); });
    connect(document, &PlannerDocument::currentRoadmapChanged, this, [this] {
        TreeExpansion::expandToDepth(m_tree, 0);
        selectNode(m_document->treeModel()->childIds(0).value(0));
    });
    TreeExpansion::expandToDepth(m_tree, 0);
    retranslateUi();
    setCourseLanguage(
        CourseLanguageFilter::fromKey(QSettings().value(kCourseLanguageKey).toString()));
    updateActions();
    if (const qint64 first = document->treeModel()->childIds(0).value(0))
        selectNode(first);
}

void RoadmapPage::setCourseLanguage(CourseLanguageFilter::Mode mode)
{
    const qint64 current = currentId();
    m_filter->setMode(mode);
    m_languageFilter->setCurrentIndex(m_languageFilter->findData(int(mode)));
    // Dragging rows reorders the roadmap: only where the view shows the roadmap's own order.
    m_tree->setDragEnabled(mode == CourseLanguageFilter::Mode::All);
    TreeExpansion::expandToDepth(m_tree, 0);
    selectNode(current);
}

QList<QAction *> RoadmapPage::editActions() const
{
    return {m_addChild, m_addSibling, m_remove, m_moveUp, m_moveDown, m_outdent, m_indent};
}

void RoadmapPage::retranslateUi()
{
    m_empty->setText(tr("This roadmap is empty. Add its first phase here, or import a roadmap "
                        "from the File menu."));
    m_empty->button()->setText(tr("Add an Item"));
    m_addChild->setText(tr("Add &Child"));
    m_addChild->setToolTip(tr("Add an item inside the selected one (Insert)"));
    m_addSibling->setText(tr("Add &Below"));
    m_addSibling->setToolTip(tr("Add an item after the selected one (Ctrl+Enter)"));
    // Alt+R and Alt+U are Redo's and Undo's in the Edit menu these share.
    m_remove->setText(tr("Remo&ve"));
    m_remove->setToolTip(tr("Remove the selected items (Delete)"));
    m_moveUp->setText(tr("Move U&p"));
    m_moveUp->setToolTip(tr("Move up among its siblings (Ctrl+Shift+Up)"));
    m_moveDown->setText(tr("Move &Down"));
    m_moveDown->setToolTip(tr("Move down among its siblings (Ctrl+Shift+Down)"));
    m_indent->setText(tr("&Indent"));
    m_indent->setToolTip(tr("Make it a part of the item above (Ctrl+])"));
    m_outdent->setText(tr("&Outdent"));
    m_outdent->setToolTip(tr("Move it out of its parent (Ctrl+[)"));
    m_statusMenu->setTitle(tr("&Mark As"));
    const QList<RoadmapNode::Status> statuses = RoadmapNode::allStatuses();
    for (int i = 0; i < m_statusActions.size(); ++i)
        m_statusActions.at(i)->setText(RoadmapNode::statusName(statuses.at(i)));
    m_toolBar->setWindowTitle(tr("Roadmap tools"));
    const QSignalBlocker blocker(m_languageFilter);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("All courses"), int(CourseLanguageFilter::Mode::All));
    m_languageFilter->addItem(tr("Arabic-language courses first"),
                              int(CourseLanguageFilter::Mode::ArabicFirst));
    m_languageFilter->addItem(tr("Arabic-language courses only"),
                              int(CourseLanguageFilter::Mode::ArabicOnly));
    m_languageFilter->setCurrentIndex(m_languageFilter->findData(int(m_filter->mode())));
    m_languageFilter->setAccessibleName(tr("Course language"));
    m_languageFilter->setToolTip(
        tr("Show the courses taught in Arabic first, or only those (the plan is not changed)"));
    m_tree->setAccessibleName(tr("Roadmap tree"));
}

void RoadmapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

qint64 RoadmapPage::currentId() const
{
    return m_document->treeModel()->idOf(m_filter->mapToSource(m_tree->currentIndex()));
}

QList<qint64> RoadmapPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_document->treeModel()->idOf(m_filter->mapToSource(index)));
    if (ids.isEmpty() && currentId())
        ids.append(currentId());
    return ids;
}

void RoadmapPage::selectNode(qint64 id)
{
    const QModelIndex index = m_filter->mapFromSource(m_document->treeModel()->indexOf(id));
    if (!index.isValid())
        return; // not there, or not shown in the chosen course language
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void RoadmapPage::updateActions()
{
    const bool hasSelection = !selectedIds().isEmpty();
    for (QAction *action : {m_remove, m_moveUp, m_moveDown, m_indent, m_outdent})
        action->setEnabled(hasSelection);
    for (QAction *action : std::as_const(m_statusActions))
        action->setEnabled(hasSelection);
}

void RoadmapPage::addNode(bool asChild)
{
    const qint64 current = currentId();
    const RoadmapNode *node = m_document->treeModel()->node(current);
    qint64 parentId = 0;
    int row = int(m_document->treeModel()->childIds(0).size());
    RoadmapNode::Kind kind = RoadmapNode::Kind::Phase;
    if (node && asChild) {
        parentId = node->id;
        row = int(m_document->treeModel()->childIds(node->id).size());
        kind = node->kind == RoadmapNode::Kind::Phase ? RoadmapNode::Kind::Course
                                                      : RoadmapNode::Kind::Topic;
    } else if (node) {
        parentId = node->parentId;
        row = node->position + 1;
        kind = node->kind;
    }
    const qint64 id = m_document->addNode(parentId, row, kind, tr("New item"));
    if (id) {
        selectNode(id);
        m_tree->edit(m_filter->mapFromSource(m_document->treeModel()->indexOf(id)));
    }
}

QByteArray RoadmapPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_tree->header()->saveState();
    return state;
}

void RoadmapPage::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    QByteArray splitter;
    QByteArray header;
    stream >> splitter >> header;
    m_splitter->restoreState(splitter);
    m_tree->header()->restoreState(header);
}

} // namespace Masar
