// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "result.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDateEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace Masar {

/// Edits the study time of a roadmap: minutes per weekday, blocked periods, start and target
/// dates, courses in parallel and the preferred time of day.
class StudyTimeDialog : public QDialog
{
    Q_OBJECT

public:
    StudyTimeDialog(const Availability &availability, QWidget *parent);

    Availability availability() const;
    /// Adds the days of an iCalendar file's events from the start date on as days off (those
    /// not listed yet). Returns how many ranges were added, or why the file was refused.
    Result<int> importBlockedDays(const QString &path);

private:
    void addBlockedRow(const BlockedRange &range);

    Availability m_original;
    QDateEdit *m_start;
    std::array<QSpinBox *, 7> m_weekdays{};
    QSpinBox *m_parallel;
    QCheckBox *m_hasTarget;
    QDateEdit *m_target;
    QTimeEdit *m_preferred;
    QTableWidget *m_blocked;
};

} // namespace Masar
