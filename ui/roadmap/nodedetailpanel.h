// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Masar {

class NoteEditor;
class PlannerDocument;

/// Edits every field of one roadmap node; each change is an undo command of the document.
class NodeDetailPanel : public QWidget
{
    Q_OBJECT

public:
    NodeDetailPanel(PlannerDocument *document, QWidget *parent);

    qint64 nodeId() const { return m_nodeId; }
    void setNode(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void fillCombos();
    void addPrerequisite();
    template <typename T> void edit(int field, const T &value);

    PlannerDocument *m_document;
    qint64 m_nodeId = 0;
    bool m_refreshing = false;

    QWidget *m_fields;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLabel *m_heading;
    QLabel *m_placeholder;
    QLineEdit *m_title;
    QLineEdit *m_titleAr;
    QComboBox *m_kind;
    QComboBox *m_area;
    QComboBox *m_status;
    QDoubleSpinBox *m_effort;
    QLabel *m_effortSum;
    QLineEdit *m_duration;
    QLineEdit *m_url;
    QPushButton *m_openUrl;
    QComboBox *m_language;
    QCheckBox *m_optional;
    QListWidget *m_prerequisites;
    QPushButton *m_addPrerequisite;
    QPushButton *m_removePrerequisite;
    QLabel *m_mismatch;
    QLabel *m_notesTitle;
    QPushButton *m_addNote;
    NoteEditor *m_note;
};

} // namespace Masar
