// SPDX-License-Identifier: GPL-3.0-or-later
#include "newroadmapdialog.h"

#include "document/roadmaptreemodel.h"
#include "import/builtinroadmaps.h"
#include "model/roadmapsummary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masar {

NewRoadmapDialog::NewRoadmapDialog(const QString &language, QWidget *parent)
    : QDialog(parent), m_language(language)
{
    setWindowTitle(tr("New from Built-in Roadmap"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Choose a roadmap to add. Your other roadmaps stay as they are."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Built-in roadmaps"));
    layout->addWidget(m_list, 1);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(90);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    layout->addWidget(m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Roadmap"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &NewRoadmapDialog::showDescription);

    for (const QString &id : BuiltinRoadmaps::ids()) {
        auto data = BuiltinRoadmaps::load(id);
        if (!data)
            continue;
        const RoadmapSummary summary =
            RoadmapSummary::compute(RoadmapNodeTree::flatten(data.value().nodes));
        auto *item = new QListWidgetItem(data.value().roadmap.title(language), m_list);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1,
                      tr("%1\n\n%2 phases, %3 courses, %4 topics; about %5 of study.")
                          .arg(data.value().roadmap.description(language))
                          .arg(summary.phases)
                          .arg(summary.courses)
                          .arg(summary.topics)
                          .arg(RoadmapTreeModel::formatMinutes(summary.plannedMinutes)));
    }
    m_list->setCurrentRow(0);
    resize(560, 420);
}

QString NewRoadmapDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewRoadmapDialog::showDescription()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_description->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
}

} // namespace Masar
