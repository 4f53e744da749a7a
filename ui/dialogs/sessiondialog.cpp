// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondialog.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace Masar {

SessionDialog::SessionDialog(const PlannerDocument *document, const StudySession &session,
                             QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(session.id ? tr("Edit Study Session") : tr("Log Study"));
    auto *form = new QFormLayout(this);
    m_node = new QComboBox(this);
    const RoadmapTreeModel *model = document->treeModel();
    for (const RoadmapNode &n : model->nodes()) {
        if (model->childIds(n.id).isEmpty())
            m_node->addItem(model->displayTitle(n), n.id);
    }
    m_node->setCurrentIndex(std::max(0, m_node->findData(session.nodeId)));
    m_node->setMaximumWidth(480);
    form->addRow(tr("&Item:"), m_node);
    const QDateTime start = session.start.isValid() ? session.start.toLocalTime()
                                                    : QDateTime::currentDateTime().addSecs(-3600);
    m_date = new QDateEdit(start.date(), this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    m_start = new QTimeEdit(start.time(), this);
    // Qt lays a time's sections out right to left in an Arabic interface ("م ٠٠:٧"):
    // a time reads left to right, as a number does.
    m_start->setLayoutDirection(Qt::LeftToRight);
    form->addRow(tr("&Started at:"), m_start);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(session.minutes() > 0 ? session.minutes() : 60);
    form->addRow(tr("D&uration:"), m_minutes);
    m_note = new QLineEdit(session.note, this);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

StudySession SessionDialog::session() const
{
    StudySession s = m_session;
    s.nodeId = m_node->currentData().toLongLong();
    s.start = QDateTime(m_date->date(), m_start->time());
    s.end = s.start.addSecs(60LL * m_minutes->value());
    s.note = m_note->text();
    return s;
}

} // namespace Masar
