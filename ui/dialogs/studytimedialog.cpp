// SPDX-License-Identifier: GPL-3.0-or-later
#include "studytimedialog.h"

#include "calendar/icsreader.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Masar {

namespace {
enum BlockedColumn
{
    FromColumn,
    ToColumn,
    ReasonColumn
};
}

StudyTimeDialog::StudyTimeDialog(const Availability &availability, QWidget *parent)
    : QDialog(parent), m_original(availability)
{
    setWindowTitle(tr("Study Time"));
    auto *layout = new QVBoxLayout(this);

    auto *week = new QGroupBox(tr("Minutes of study on each day of the week"), this);
    auto *grid = new QGridLayout(week);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *label = new QLabel(locale.dayName(day + 1, QLocale::LongFormat), week);
        auto *spin = new QSpinBox(week);
        spin->setRange(0, 24 * 60);
        spin->setSingleStep(15);
        spin->setSuffix(tr(" min"));
        spin->setValue(availability.minutesPerWeekday[size_t(day)]);
        spin->setAccessibleName(label->text());
        label->setBuddy(spin);
        grid->addWidget(label, day, 0);
        grid->addWidget(spin, day, 1);
        m_weekdays[size_t(day)] = spin;
    }
    layout->addWidget(week);

    auto *form = new QFormLayout;
    m_start = new QDateEdit(availability.startDate, this);
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Start date:"), m_start);
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, 10);
    m_parallel->setValue(availability.parallelCourses);
    form->addRow(tr("Courses at the sa&me time:"), m_parallel);
    auto *targetRow = new QHBoxLayout;
    m_hasTarget = new QCheckBox(tr("&Finish by"), this);
    m_target = new QDateEdit(this);
    m_target->setCalendarPopup(true);
    m_target->setAccessibleName(tr("Target date")); // its row's label is no one widget's buddy
    m_hasTarget->setChecked(availability.targetDate.isValid());
    m_target->setDate(availability.targetDate.isValid() ? availability.targetDate
                                                        : availability.startDate.addYears(1));
    m_target->setEnabled(m_hasTarget->isChecked());
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    targetRow->addWidget(m_hasTarget);
    targetRow->addWidget(m_target, 1);
    form->addRow(tr("Target:"), targetRow);
    m_preferred = new QTimeEdit(availability.preferredTime, this);
    // Qt lays a time's sections out right to left in an Arabic interface ("م ٠٠:٧"):
    // a time reads left to right, as a number does.
    m_preferred->setLayoutDirection(Qt::LeftToRight);
    form->addRow(tr("Preferred &time of day:"), m_preferred);
    layout->addLayout(form);

    auto *blockedBox = new QGroupBox(tr("Days off (holidays, exams, travel)"), this);
    auto *blockedLayout = new QVBoxLayout(blockedBox);
    m_blocked = new QTableWidget(0, 3, blockedBox);
    m_blocked->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Reason")});
    m_blocked->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_blocked->verticalHeader()->hide();
    m_blocked->setAccessibleName(tr("Days off"));
    blockedLayout->addWidget(m_blocked);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Days Off"), blockedBox);
    auto *remove = new QPushButton(tr("&Remove"), blockedBox);
    auto *fromFile = new QPushButton(tr("&Import from Calendar File…"), blockedBox);
    fromFile->setObjectName(QStringLiteral("importBlockedDays"));
    fromFile->setToolTip(tr("Adds the days of an .ics file's events (a school calendar, public "
                            "holidays, exams) as days off."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(fromFile);
    buttons->addStretch(1);
    blockedLayout->addLayout(buttons);
    layout->addWidget(blockedBox, 1);
    for (const BlockedRange &range : availability.blocked)
        addBlockedRow(range);
    connect(add, &QPushButton::clicked, this, [this] {
        const QDate from = QDate::currentDate();
        addBlockedRow({from, from.addDays(6), QString()});
    });
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Days Off"), QString(), tr("iCalendar file (*.ics);;All files (*)"));
        if (path.isEmpty())
            return;
        const Result<int> added = importBlockedDays(path);
        if (!added)
            QMessageBox::warning(this, tr("Import Days Off"), added.error());
        else if (added.value() == 0)
            QMessageBox::information(this, tr("Import Days Off"),
                                     tr("%1 has no days from the start date on that are not "
                                        "listed already.")
                                         .arg(QFileInfo(path).fileName()));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_blocked->currentRow() >= 0)
            m_blocked->removeRow(m_blocked->currentRow());
    });

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(520, 640);
}

Result<int> StudyTimeDialog::importBlockedDays(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 could not be read: %2").arg(name, file.errorString())};
    if (file.size() > IcsReader::kMaxBytes)
        return Error{tr("%1 is too large for a calendar of days off (%2).")
                         .arg(name, QLocale().formattedDataSize(file.size()))};
    const Result<QList<BlockedRange>> ranges =
        IcsReader::blockedDays(file.readAll(), name, m_start->date(), QDate());
    if (!ranges)
        return Error{ranges.error()};
    const QList<BlockedRange> listed = availability().blocked;
    int added = 0;
    for (const BlockedRange &range : ranges.value()) {
        if (listed.contains(range))
            continue;
        addBlockedRow(range);
        ++added;
    }
    return added;
}

void StudyTimeDialog::addBlockedRow(const BlockedRange &range)
{
    const int row = m_blocked->rowCount();
    m_blocked->insertRow(row);
    auto *from = new QDateEdit(range.from, m_blocked);
    auto *to = new QDateEdit(range.to, m_blocked);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    from->setAccessibleName(tr("From"));
    to->setAccessibleName(tr("To"));
    m_blocked->setCellWidget(row, FromColumn, from);
    m_blocked->setCellWidget(row, ToColumn, to);
    m_blocked->setItem(row, ReasonColumn, new QTableWidgetItem(range.reason));
}

Availability StudyTimeDialog::availability() const
{
    Availability a = m_original;
    a.startDate = m_start->date();
    for (int day = 0; day < 7; ++day)
        a.minutesPerWeekday[size_t(day)] = m_weekdays[size_t(day)]->value();
    a.parallelCourses = m_parallel->value();
    a.targetDate = m_hasTarget->isChecked() ? m_target->date() : QDate();
    a.preferredTime = m_preferred->time();
    a.blocked.clear();
    for (int row = 0; row < m_blocked->rowCount(); ++row) {
        const auto *from = qobject_cast<QDateEdit *>(m_blocked->cellWidget(row, FromColumn));
        const auto *to = qobject_cast<QDateEdit *>(m_blocked->cellWidget(row, ToColumn));
        const QTableWidgetItem *reason = m_blocked->item(row, ReasonColumn);
        a.blocked.append({from->date(), to->date(), reason ? reason->text() : QString()});
    }
    return a;
}

} // namespace Masar
