// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "backgroundwork.h"
#include "bidi.h"
#include "document/roadmaptreemodel.h"
#include "import/areaclassifier.h"
#include "import/effortdistribution.h"
#include "treeexpansion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Masar {

namespace {

constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kSectionLineRole = Qt::UserRole + 2;

/// Kind and area as combo boxes, effort as hours.
class PreviewDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (index.column()) {
        case ImportPreviewDialog::KindColumn: {
            auto *combo = new QComboBox(parent);
            for (RoadmapNode::Kind kind : RoadmapNode::allKinds())
                combo->addItem(RoadmapNode::kindName(kind), int(kind));
            return combo;
        }
        case ImportPreviewDialog::AreaColumn: {
            auto *combo = new QComboBox(parent);
            combo->addItem(CompetencyAreas::displayName(CompetencyArea::Unassigned),
                           int(CompetencyArea::Unassigned));
            for (CompetencyArea area : CompetencyAreas::all())
                combo->addItem(CompetencyAreas::displayName(area), int(area));
            return combo;
        }
        case ImportPreviewDialog::EffortColumn: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 2000);
            spin->setDecimals(1);
            spin->setSuffix(ImportPreviewDialog::tr(" h"));
            return spin;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::UserRole).toInt()));
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(index.data(Qt::UserRole).toInt() / 60.0);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::UserRole);
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            model->setData(index, int(spin->value() * 60 + 0.5), Qt::UserRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &path, ImportResult result, QWidget *parent)
    : QDialog(parent), m_path(path), m_result(std::move(result))
{
    setObjectName(QStringLiteral("importPreview"));
    resize(960, 680);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setText(m_result.roadmap.titleEn);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_title);
    form->addRow(m_titleLabel, m_title);
    auto *paceRow = new QHBoxLayout;
    m_pace = new QDoubleSpinBox(this);
    m_pace->setRange(0.5, 100);
    m_pace->setDecimals(1);
    m_pace->setValue(m_result.roadmap.hoursPerWeek);
    m_paceSource = new QLabel(this);
    m_paceSource->setWordWrap(true);
    paceRow->addWidget(m_pace);
    paceRow->addWidget(m_paceSource, 1);
    m_paceLabel = new QLabel(this);
    m_paceLabel->setBuddy(m_pace);
    form->addRow(m_paceLabel, paceRow);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setItemDelegate(new PreviewDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(lower);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_details);
    m_leftOutLabel = new QLabel(lower);
    lowerLayout->addWidget(m_leftOutLabel);
    m_leftOut = new QListWidget(lower);
    m_leftOut->setObjectName(QStringLiteral("importLeftOut"));
    m_leftOutLabel->setBuddy(m_leftOut);
    lowerLayout->addWidget(m_leftOut, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportPreviewDialog::itemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImportPreviewDialog::showDetails);
    connect(m_pace, &QDoubleSpinBox::editingFinished, this, [this] {
        if (qAbs(m_pace->value() - m_result.roadmap.hoursPerWeek) > 0.01)
            reimport();
    });
    connect(m_leftOut, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item->data(kSectionLineRole).isValid())
            return;
        const int line = item->data(kSectionLineRole).toInt();
        if (item->checkState() == Qt::Checked)
            m_options.includeSections.insert(line);
        else
            m_options.includeSections.remove(line);
        reimport();
    });
    retranslateUi();
    fill();
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Import Roadmap"));
    m_intro->setText(tr("This is what was found in %1. Check the kinds, durations and areas; "
                        "double-click a value to correct it, untick what you do not want. "
                        "Nothing is stored until you import.")
                         .arg(QFileInfo(m_path).fileName()));
    m_titleLabel->setText(tr("&Title:"));
    m_paceLabel->setText(tr("&Hours per week:"));
    m_pace->setSuffix(tr(" h"));
    m_pace->setToolTip(tr("The weekly study time the document's durations assume: “3 weeks” "
                          "means 3 × this many hours."));
    m_pace->setAccessibleName(tr("Hours per week the durations assume"));
    m_tree->setHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Duration in the text"), tr("Effort"), tr("Area")});
    m_tree->setAccessibleName(tr("Roadmap found in the file"));
    m_leftOutLabel->setText(tr("&Left out:"));
    m_leftOut->setAccessibleName(tr("Parts of the file that were left out"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    if (m_result.paceText.isEmpty())
        m_paceSource->setText(tr("The document states no weekly pace; 10 h is assumed."));
    else
        m_paceSource->setText(tr("From “%1”.").arg(Bidi::embedded(m_result.paceText.left(80))));
}

void ImportPreviewDialog::fill()
{
    m_filling = true;
    m_tree->clear();
    for (ImportedNode &node : m_result.nodes)
        addItem(nullptr, node);
    TreeExpansion::expandToDepth(m_tree, 1);
    for (int c = KindColumn; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));

    m_leftOut->clear();
    const QLocale locale;
    for (const ImportNotice &notice : std::as_const(m_result.notices)) {
        QString text;
        if (notice.line > 0 && !notice.text.isEmpty())
            text =
                tr("Line %1: “%2” — %3")
                    .arg(locale.toString(notice.line), Bidi::embedded(notice.text), notice.reason);
        else if (!notice.text.isEmpty())
            text = tr("“%1” — %2").arg(Bidi::embedded(notice.text), notice.reason);
        else
            text = notice.reason;
        auto *item = new QListWidgetItem(text, m_leftOut);
        if (notice.kind == ImportNotice::Kind::Section) {
            item->setData(kSectionLineRole, notice.line);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("Tick to import this section after all."));
        }
    }
    // Sections the learner chose to import are no longer listed; list them, ticked, to undo.
    for (int line : std::as_const(m_options.includeSections)) {
        auto *item = new QListWidgetItem(
            tr("Line %1: a section you chose to import").arg(locale.toString(line)), m_leftOut);
        item->setData(kSectionLineRole, line);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_leftOut->count() == 0)
        new QListWidgetItem(tr("Nothing: every part of the file was read."), m_leftOut);
    m_filling = false;
    updateSummary();
}

QTreeWidgetItem *ImportPreviewDialog::addItem(QTreeWidgetItem *parent, ImportedNode &node)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(TitleColumn, kNodeRole, QVariant::fromValue(quintptr(&node)));
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    showValues(item, node);
    for (ImportedNode &child : node.children)
        addItem(item, child);
    return item;
}

void ImportPreviewDialog::showValues(QTreeWidgetItem *item, const ImportedNode &node)
{
    item->setText(TitleColumn, Bidi::embedded(node.node.title));
    item->setCheckState(TitleColumn, node.included ? Qt::Checked : Qt::Unchecked);
    item->setText(KindColumn, node.node.optional
                                  ? tr("%1 (optional)").arg(RoadmapNode::kindName(node.node.kind))
                                  : RoadmapNode::kindName(node.node.kind));
    item->setData(KindColumn, Qt::UserRole, int(node.node.kind));
    item->setText(DurationColumn, Bidi::embedded(node.node.durationText));
    item->setToolTip(DurationColumn, node.node.durationText);
    item->setData(AreaColumn, Qt::UserRole, int(node.node.area));
    item->setText(AreaColumn, CompetencyAreas::displayName(node.node.area));
    item->setData(EffortColumn, Qt::UserRole, node.node.effortMinutes);
    const bool leaf = std::none_of(node.children.cbegin(), node.children.cend(),
                                   [](const ImportedNode &child) { return child.included; });
    if (leaf)
        item->setText(EffortColumn, RoadmapTreeModel::formatMinutes(node.node.effortMinutes));
    else if (node.stated)
        item->setText(EffortColumn, RoadmapTreeModel::formatMinutes(node.statedMinutes));
    else
        item->setText(EffortColumn, QString());
}

ImportedNode *ImportPreviewDialog::nodeOf(QTreeWidgetItem *item) const
{
    return item ? reinterpret_cast<ImportedNode *>(
                      item->data(TitleColumn, kNodeRole).value<quintptr>())
                : nullptr;
}

void ImportPreviewDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    ImportedNode *node = nodeOf(item);
    if (!node)
        return;
    switch (column) {
    case TitleColumn: {
        QString title = item->text(TitleColumn);
        title.remove(QChar(0x202A)).remove(QChar(0x202B)).remove(QChar(0x202C));
        title = title.simplified();
        if (!title.isEmpty())
            node->node.title = title;
        node->included = item->checkState(TitleColumn) == Qt::Checked;
        break;
    }
    case KindColumn:
        node->node.kind = RoadmapNode::Kind(item->data(KindColumn, Qt::UserRole).toInt());
        break;
    case AreaColumn:
        node->node.area = CompetencyArea(item->data(AreaColumn, Qt::UserRole).toInt());
        break;
    case EffortColumn:
        if (node->children.isEmpty()) {
            node->stated = true;
            node->statedMinutes = item->data(EffortColumn, Qt::UserRole).toInt();
            node->statedLowMinutes = 0;
            node->statedHighMinutes = 0;
            node->node.effortSource = RoadmapNode::EffortSource::User;
        }
        break;
    default:
        return;
    }
    // Efforts depend on each other (shares of a stated parent): derive them again and show
    // them in place (the item being edited must not be replaced while it reports the edit).
    EffortDistribution::apply(m_result.nodes);
    m_filling = true;
    std::function<void(QTreeWidgetItem *)> refresh = [&](QTreeWidgetItem *i) {
        showValues(i, *nodeOf(i));
        for (int c = 0; c < i->childCount(); ++c)
            refresh(i->child(c));
    };
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t)
        refresh(m_tree->topLevelItem(t));
    m_filling = false;
    updateSummary();
    showDetails();
}

void ImportPreviewDialog::showDetails()
{
    const ImportedNode *node = nodeOf(m_tree->currentItem());
    if (!node) {
        m_details->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    if (node->line > 0)
        lines.append(tr("Line %1 of the file.").arg(locale.toString(node->line)));
    if (node->phraseStart >= 0 && node->phraseStart + node->phraseLength <= node->context.size()) {
        const QString marked = escaped(node->context.left(node->phraseStart)) +
                               QStringLiteral("<b><u>") +
                               escaped(node->context.mid(node->phraseStart, node->phraseLength)) +
                               QStringLiteral("</u></b>") +
                               escaped(node->context.mid(node->phraseStart + node->phraseLength));
        lines.append(tr("Duration read from: %1").arg(Bidi::embedded(marked)));
        if (node->statedHighMinutes > 0) {
            lines.append(tr("A range: %1 to %2; %3 is planned.")
                             .arg(RoadmapTreeModel::formatMinutes(node->statedLowMinutes),
                                  RoadmapTreeModel::formatMinutes(node->statedHighMinutes),
                                  RoadmapTreeModel::formatMinutes(node->statedMinutes)));
        }
    } else if (node->children.isEmpty()) {
        switch (node->node.effortSource) {
        case RoadmapNode::EffortSource::Share:
            lines.append(tr("No duration of its own: a share of what a section above states."));
            break;
        case RoadmapNode::EffortSource::User:
            lines.append(tr("Effort set by you."));
            break;
        default: {
            // The parts of a course (its lectures) share the default for the course.
            const ImportedNode *parent = nodeOf(m_tree->currentItem()->parent());
            const RoadmapNode::Kind kind = parent && EffortDistribution::sharesCourseEffort(*parent)
                                               ? parent->node.kind
                                               : node->node.kind;
            lines.append(tr("No duration found: the default for a %1 is planned.")
                             .arg(RoadmapNode::kindName(kind).toLower()));
            break;
        }
        }
    }
    QStringList areaWords;
    for (const auto &evidence : AreaClassifier::evidence(node->node.title)) {
        if (evidence.first == node->node.area)
            areaWords = evidence.second;
    }
    if (!areaWords.isEmpty()) {
        lines.append(tr("Area from the words: %1")
                         .arg(Bidi::embedded(escaped(QLocale().createSeparatedList(areaWords)))));
    }
    if (node->alternativeGroup > 0) {
        lines.append(node->node.optional
                         ? tr("One of several alternatives; not planned unless you choose it.")
                         : tr("The alternative that is planned."));
    }
    if (!node->node.url.isEmpty())
        lines.append(Bidi::embedded(escaped(node->node.url)));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void ImportPreviewDialog::updateSummary()
{
    const int minutes = m_result.totalMinutes();
    const double weeks = minutes / 60.0 / std::max(0.5, m_pace->value());
    m_summary->setText(tr("%Ln item(s), %1 with a duration from the text; %2 planned, about %3 "
                          "weeks at %4 h a week.",
                          nullptr, m_result.nodeCount())
                           .arg(QLocale().toString(m_result.statedCount()),
                                RoadmapTreeModel::formatMinutes(minutes),
                                QLocale().toString(weeks, 'f', 1),
                                QLocale().toString(m_pace->value(), 'g', 3)));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_result.nodeCount() > 0 && !m_title->text().trimmed().isEmpty());
}

void ImportPreviewDialog::reimport()
{
    m_options.hoursPerWeek = m_pace->value();
    auto read = BackgroundWork::run(this, tr("Reading %1 again…").arg(QFileInfo(m_path).fileName()),
                                    [path = m_path, options = m_options, reader = m_reader] {
                                        return reader ? reader(options)
                                                      : MarkdownImporter::importFile(path, options);
                                    });
    if (!read)
        return; // cancelled: the preview keeps what it showed
    auto again = std::move(*read);
    if (!again) {
        m_details->setText(escaped(again.error()));
        return;
    }
    const QString title = m_title->text();
    m_result = std::move(again).value();
    m_result.roadmap.titleEn = title;
    retranslateUi();
    fill();
}

RoadmapDocumentData ImportPreviewDialog::roadmap() const
{
    ImportResult result = m_result;
    result.roadmap.titleEn = m_title->text().simplified();
    result.roadmap.hoursPerWeek = m_pace->value();
    return result.toDocument();
}

} // namespace Masar
