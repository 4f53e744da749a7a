// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetailpanel.h"

#include "desktop/weblinks.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "icons.h"
#include "model/roadmapsummary.h"
#include "notes/noteeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace Masar {

using Field = PlannerDocument::Field;

NodeDetailPanel::NodeDetailPanel(PlannerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("NodeDetailPanel"));
    // The fields scroll (a short window), the item's note below them keeps its room.
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *top = new QVBoxLayout(content);
    top->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    top->addWidget(m_heading);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    top->addWidget(m_placeholder);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow panel (a 1024-pixel window) a field goes below its label rather than squeezing
    // the roadmap tree beside the panel.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = new QLineEdit(this);
    m_titleAr = new QLineEdit(this);
    m_titleAr->setLayoutDirection(Qt::RightToLeft);
    m_kind = new QComboBox(this);
    m_area = new QComboBox(this);
    m_status = new QComboBox(this);
    m_effort = new QDoubleSpinBox(this);
    m_effort->setDecimals(2);
    m_effort->setRange(0, 100000);
    m_effort->setSingleStep(0.5);
    m_effort->setKeyboardTracking(false);
    m_effortSum = new QLabel(this);
    m_effortSum->setWordWrap(true);
    auto *effortRow = new QHBoxLayout;
    effortRow->addWidget(m_effort);
    effortRow->addWidget(m_effortSum, 1);
    m_duration = new QLineEdit(this);
    m_url = new QLineEdit(this);
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_openUrl = new QPushButton(this);
    m_openUrl->setIcon(Icons::themed(
        {QStringLiteral("document-open-remote"), QStringLiteral("internet-web-browser")}));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openUrl);
    m_language = new QComboBox(this);
    // The longest area or kind name must not set the panel's width.
    for (QComboBox *combo : {m_kind, m_area, m_status, m_language}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_optional = new QCheckBox(this);
    m_prerequisites = new QListWidget(this);
    m_prerequisites->setObjectName(QStringLiteral("prerequisites"));
    m_prerequisites->setMaximumHeight(3 * fontMetrics().height() + 10);
    m_addPrerequisite = new QPushButton(this);
    m_addPrerequisite->setIcon(Icons::themed({QStringLiteral("list-add")}));
    m_removePrerequisite = new QPushButton(this);
    m_removePrerequisite->setIcon(Icons::themed({QStringLiteral("list-remove")}));
    auto *prerequisiteButtons = new QVBoxLayout;
    prerequisiteButtons->addWidget(m_addPrerequisite);
    prerequisiteButtons->addWidget(m_removePrerequisite);
    prerequisiteButtons->addStretch(1);
    auto *prerequisiteRow = new QHBoxLayout;
    prerequisiteRow->addWidget(m_prerequisites, 1, Qt::AlignTop); // level with its label
    prerequisiteRow->addLayout(prerequisiteButtons);
    m_mismatch = new QLabel(this);
    m_mismatch->setWordWrap(true);
    m_mismatch->setObjectName(QStringLiteral("mismatchNote"));

    // Rows: each label is the buddy-linked label of its editor (mnemonics, screen readers).
    const auto addRow = [this](QWidget *buddy, auto field) {
        auto *label = new QLabel(m_fields);
        label->setBuddy(buddy);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    addRow(m_title, m_title);
    addRow(m_titleAr, m_titleAr);
    addRow(m_kind, m_kind);
    addRow(m_area, m_area);
    addRow(m_status, m_status);
    addRow(m_effort, effortRow);
    addRow(m_duration, m_duration);
    addRow(m_url, urlRow);
    addRow(m_language, m_language);
    m_form->addRow(QString(), m_optional);
    addRow(m_prerequisites, prerequisiteRow);
    top->addWidget(m_fields);
    top->addWidget(m_mismatch);
    // The item's note, in the same editor as on the notes page.
    m_notesTitle = new QLabel(this);
    QFont bold = m_notesTitle->font();
    bold.setBold(true);
    m_notesTitle->setFont(bold);
    m_addNote = new QPushButton(this);
    m_addNote->setIcon(Icons::themed({QStringLiteral("document-new")}));
    m_note = new NoteEditor(document, this);
    top->addWidget(m_notesTitle);
    top->addWidget(m_addNote, 0, Qt::AlignLeading);
    top->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_note->setMinimumHeight(8 * fontMetrics().height());
    outer->addWidget(m_note, 1);
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        if (m_nodeId)
            m_document->noteBook()->create(m_nodeId, m_document->treeModel()->displayTitle(
                                                         *m_document->treeModel()->node(m_nodeId)));
    });
    connect(document->noteBook(), &NoteBook::notesChanged, this, &NodeDetailPanel::refresh);

    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { edit(int(Field::Title), m_title->text()); });
    connect(m_titleAr, &QLineEdit::editingFinished, this,
            [this] { edit(int(Field::TitleAr), m_titleAr->text()); });
    connect(m_duration, &QLineEdit::editingFinished, this,
            [this] { edit(int(Field::DurationText), m_duration->text()); });
    connect(m_url, &QLineEdit::editingFinished, this,
            [this] { edit(int(Field::Url), m_url->text()); });
    connect(m_kind, &QComboBox::activated, this,
            [this] { edit(int(Field::Kind), m_kind->currentData()); });
    connect(m_area, &QComboBox::activated, this,
            [this] { edit(int(Field::Area), m_area->currentData()); });
    connect(m_status, &QComboBox::activated, this,
            [this] { edit(int(Field::Status), m_status->currentData()); });
    connect(m_language, &QComboBox::activated, this,
            [this] { edit(int(Field::Language), m_language->currentData()); });
    connect(m_addPrerequisite, &QPushButton::clicked, this, &NodeDetailPanel::addPrerequisite);
    connect(m_removePrerequisite, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_prerequisites->currentItem();
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        QList<qint64> list = m_document->prerequisites(m_nodeId);
        list.removeAll(item->data(Qt::UserRole).toLongLong());
        m_document->setPrerequisites(m_nodeId, list);
    });
    connect(document, &PlannerDocument::scheduleChanged, this, &NodeDetailPanel::refresh);
    connect(m_optional, &QCheckBox::clicked, this,
            [this](bool checked) { edit(int(Field::Optional), checked); });
    connect(m_effort, &QDoubleSpinBox::valueChanged, this,
            [this](double hours) { edit(int(Field::Effort), qRound(hours * 60)); });
    connect(m_openUrl, &QPushButton::clicked, this,
            [this] { WebLinks::open(QUrl(m_url->text(), QUrl::StrictMode)); });

    RoadmapTreeModel *model = document->treeModel();
    connect(model, &QAbstractItemModel::dataChanged, this, &NodeDetailPanel::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { setNode(0); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_document->treeModel()->node(m_nodeId))
            setNode(0);
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, &NodeDetailPanel::refresh);
    retranslateUi();
    refresh();
}

template <typename T> void NodeDetailPanel::edit(int field, const T &value)
{
    if (m_refreshing || !m_nodeId)
        return;
    if (!m_document->setNodeField({m_nodeId}, Field(field), QVariant::fromValue(value)))
        refresh(); // refused: show the stored value again
}

void NodeDetailPanel::addPrerequisite()
{
    const RoadmapTreeModel *model = m_document->treeModel();
    const QList<qint64> current = m_document->prerequisites(m_nodeId);
    QStringList titles;
    QList<qint64> ids;
    for (const RoadmapNode &n : model->nodes()) {
        if (n.id == m_nodeId || current.contains(n.id) || model->isAncestor(n.id, m_nodeId) ||
            model->isAncestor(m_nodeId, n.id))
            continue;
        titles.append(model->displayTitle(n));
        ids.append(n.id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add a Prerequisite"), tr("This item starts only after:"), titles, 0, false, &ok);
    const int index = int(titles.indexOf(chosen));
    if (!ok || index < 0)
        return;
    m_document->setPrerequisites(m_nodeId, current + QList<qint64>{ids.at(index)});
}

void NodeDetailPanel::setNode(qint64 id)
{
    m_nodeId = id;
    refresh();
}

void NodeDetailPanel::fillCombos()
{
    const auto refill = [](QComboBox *combo, const QList<QPair<QString, QVariant>> &items) {
        combo->clear();
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
    };
    QList<QPair<QString, QVariant>> kinds;
    for (RoadmapNode::Kind kind : RoadmapNode::allKinds())
        kinds.append({RoadmapNode::kindName(kind), int(kind)});
    refill(m_kind, kinds);
    QList<QPair<QString, QVariant>> areas{{CompetencyAreas::displayName(CompetencyArea::Unassigned),
                                           int(CompetencyArea::Unassigned)}};
    for (CompetencyArea area : CompetencyAreas::all())
        areas.append({CompetencyAreas::displayName(area), int(area)});
    refill(m_area, areas);
    QList<QPair<QString, QVariant>> statuses;
    for (RoadmapNode::Status status : RoadmapNode::allStatuses())
        statuses.append({RoadmapNode::statusName(status), int(status)});
    refill(m_status, statuses);
    refill(m_language,
           {{tr("English"), QStringLiteral("en")}, {tr("Arabic"), QStringLiteral("ar")}});
}

void NodeDetailPanel::retranslateUi()
{
    m_refreshing = true;
    fillCombos();
    m_refreshing = false;
    const QStringList labels{tr("&Title:"),           tr("Arabic title:"), tr("&Kind:"),
                             tr("Competency &area:"), tr("Stat&us:"),      tr("Effo&rt:"),
                             tr("Stated &duration:"), tr("&Link:"),        tr("Content lan&guage:"),
                             tr("&Prerequisites:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_optional->setText(tr("&Optional"));
    m_optional->setToolTip(tr("An optional item is not planned unless you include it"));
    m_addPrerequisite->setText(tr("Add…"));
    m_addPrerequisite->setToolTip(
        tr("Choose an item that must be finished before this one starts"));
    m_removePrerequisite->setText(tr("Remove"));
    m_prerequisites->setAccessibleName(tr("Prerequisites"));
    m_openUrl->setText(tr("Open"));
    m_notesTitle->setText(tr("Notes"));
    m_addNote->setText(tr("Add a &Note"));
    m_openUrl->setToolTip(tr("Open the link in the web browser"));
    m_effort->setSuffix(tr(" h"));
    m_title->setAccessibleName(tr("Title"));
    m_titleAr->setAccessibleName(tr("Arabic title"));
    m_effort->setAccessibleName(tr("Effort in hours"));
    m_url->setAccessibleName(tr("Link"));
    m_duration->setAccessibleName(tr("Stated duration"));
    m_placeholder->setText(tr("Select an item of the roadmap to see and edit its details."));
    refresh();
}

void NodeDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange)
        refresh();
    QWidget::changeEvent(event);
}

void NodeDetailPanel::refresh()
{
    const RoadmapTreeModel *model = m_document->treeModel();
    const RoadmapNode *node = model->node(m_nodeId);
    const bool has = node != nullptr;
    m_placeholder->setVisible(!has);
    m_fields->setVisible(has);
    m_notesTitle->setVisible(has);
    const QList<Note> notes = has ? m_document->noteBook()->notesOf(m_nodeId) : QList<Note>();
    m_addNote->setVisible(has && notes.isEmpty());
    m_note->setVisible(has && !notes.isEmpty());
    if (!notes.isEmpty() && m_note->noteId() != notes.constFirst().id)
        m_note->setNote(notes.constFirst().id);
    else if (notes.isEmpty() && m_note->noteId())
        m_note->setNote(0);
    m_heading->setVisible(has);
    if (!has) {
        m_mismatch->hide();
        return;
    }
    m_refreshing = true;
    const bool leaf = model->childIds(node->id).isEmpty();
    const int total = model->totalMinutes(node->id);
    // A heading paragraph takes its direction from its first letter; start it with the UI's
    // direction mark so that a Latin title still sits at the start edge of an Arabic UI.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    m_heading->setText(mark + model->displayTitle(*node));
    m_title->setText(node->title);
    m_titleAr->setText(node->titleAr);
    m_kind->setCurrentIndex(m_kind->findData(int(node->kind)));
    m_area->setCurrentIndex(m_area->findData(int(node->area)));
    m_status->setCurrentIndex(m_status->findData(int(node->status)));
    m_language->setCurrentIndex(m_language->findData(node->language));
    m_effort->setVisible(leaf);
    m_effort->setValue(node->effortMinutes / 60.0);
    if (leaf && node->effortLowMinutes > 0) {
        m_effortSum->setText(tr("range %1 – %2")
                                 .arg(RoadmapTreeModel::formatMinutes(node->effortLowMinutes),
                                      RoadmapTreeModel::formatMinutes(node->effortHighMinutes)));
    } else if (leaf) {
        m_effortSum->clear();
    } else {
        m_effortSum->setText(
            tr("%1, the sum of its parts").arg(RoadmapTreeModel::formatMinutes(total)));
    }
    m_duration->setText(node->durationText);
    m_url->setText(node->url);
    m_openUrl->setEnabled(!node->url.isEmpty());
    m_optional->setChecked(node->optional);
    m_prerequisites->clear();
    for (qint64 id : m_document->prerequisites(node->id)) {
        if (const RoadmapNode *p = model->node(id)) {
            auto *item = new QListWidgetItem(model->displayTitle(*p), m_prerequisites);
            item->setData(Qt::UserRole, id);
        }
    }
    const bool none = m_prerequisites->count() == 0;
    if (none) {
        // Said, not an empty box: this item waits for nothing but the roadmap's order.
        auto *item = new QListWidgetItem(tr("None"), m_prerequisites);
        item->setFlags(Qt::NoItemFlags);
    }
    m_removePrerequisite->setEnabled(!none);
    const bool mismatch = RoadmapSummary::hasMismatch(*node, total, !leaf);
    m_mismatch->setVisible(mismatch);
    if (mismatch) {
        m_mismatch->setText(tr("The roadmap states \"%1\" (%2) for this item, but its parts add up "
                               "to %3. Planning uses the parts.")
                                .arg(node->durationText,
                                     RoadmapTreeModel::formatMinutes(node->statedMinutes),
                                     RoadmapTreeModel::formatMinutes(total)));
    }
    m_refreshing = false;
}

} // namespace Masar
