// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Masar {

class EmptyState;
class PlannerDocument;

/**
 * What to study now: today's planned work and why it is next, what is overdue, whether the
 * learner is ahead or behind, a focus timer, and the study log (log by hand, edit, delete).
 */
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(PlannerDocument *document, QWidget *parent);

    QTreeWidget *planList() const { return m_plan; }
    QTreeWidget *sessionList() const { return m_sessions; }
    /// Text of the ahead/behind line (for tests).
    QString standing() const;

    /// Asks for a study session to log by hand (the dialog), and logs it.
    void logStudy();

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The item (plan and overdue lists) or the session (study log) a row stands for.
    static constexpr int kNodeRole = Qt::UserRole + 1;

    void retranslateUi();
    void refresh();
    QString nothingToday() const;
    void refreshSessions();
    void refreshTimer();
    void tick();
    qint64 selectedPlanNode() const;
    void editSession();
    void deleteSession();

    PlannerDocument *m_document;
    QLabel *m_date;
    QLabel *m_standing;
    QPushButton *m_replan;
    QLabel *m_planTitle;
    QTreeWidget *m_plan;
    QPushButton *m_markDone;
    QPushButton *m_markInProgress;
    QPushButton *m_markSkipped;
    QLabel *m_overdueTitle;
    QTreeWidget *m_overdue;
    QLabel *m_timerTitle;
    QComboBox *m_timerNode;
    QComboBox *m_timerMode;
    QLabel *m_clock;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_discard;
    QLabel *m_logTitle;
    QTreeWidget *m_sessions;
    EmptyState *m_planEmpty = nullptr;
    EmptyState *m_overdueEmpty = nullptr;
    EmptyState *m_sessionsEmpty = nullptr;
    QPushButton *m_log;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_ticker;
    QTimer *m_dueTimer; ///< refreshes the standing when today's study time has passed
    bool m_focusAnnounced = false;
};

} // namespace Masar
