// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/studysession.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace Masar {

class PlannerDocument;

/// Logs a study session by hand, or edits one: item, date, start time, duration, note.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const PlannerDocument *document, const StudySession &session, QWidget *parent);
    StudySession session() const;

private:
    StudySession m_session;
    QComboBox *m_node;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_note;
};

} // namespace Masar
