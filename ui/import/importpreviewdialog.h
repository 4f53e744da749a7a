// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"
#include "import/markdownimporter.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Masar {

/**
 * What a Markdown import found, before anything is stored: the tree with each node's kind,
 * duration (the phrase it came from highlighted), effort, area and whether it is planned, and
 * what was left out and why. Every value can be corrected; sections left out as off-topic and
 * the hours per week can be changed, which reads the file again.
 */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString &path, ImportResult result, QWidget *parent);

    /// Reads the source again with changed options (the default reads `path` as Markdown).
    using Reader = std::function<Result<ImportResult>(const MarkdownImporter::Options &)>;
    /// Sets how the source is read again when the pace or the sections to include change.
    void setReader(Reader reader) { m_reader = std::move(reader); }

    /// The roadmap as confirmed, with the learner's corrections.
    RoadmapDocumentData roadmap() const;
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *leftOut() const { return m_leftOut; }

    enum Column
    {
        TitleColumn,
        KindColumn,
        DurationColumn,
        EffortColumn,
        AreaColumn,
        ColumnCount
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, ImportedNode &node);
    void showValues(QTreeWidgetItem *item, const ImportedNode &node);
    void itemChanged(QTreeWidgetItem *item, int column);
    void showDetails();
    void updateSummary();
    void reimport();
    ImportedNode *nodeOf(QTreeWidgetItem *item) const;

    QString m_path;
    ImportResult m_result;
    MarkdownImporter::Options m_options;
    Reader m_reader;
    bool m_filling = false;

    QLabel *m_intro = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_paceLabel = nullptr;
    QDoubleSpinBox *m_pace = nullptr;
    QLabel *m_paceSource = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    QListWidget *m_leftOut = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Masar
