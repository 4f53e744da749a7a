// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/roadmapnode.h"

#include <QDialog>
#include <QHash>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Masar {

class LanguageController;
class PlannerDocument;

/**
 * The first-run welcome: language, roadmap, study time per weekday and start date. Skipping
 * keeps the defaults. Shown once; Help → Welcome shows it again.
 */
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    /// The result when the learner chose to import a roadmap of their own.
    static constexpr int ImportRequested = 2;

    WelcomeDialog(LanguageController *language, const Availability &defaults, QWidget *parent);

    /// What the preview says of the chosen roadmap (for tests).
    QString detailsText() const;
    QString finishText() const;

    QString roadmapId() const;
    Availability availability() const;

    /// Opens the chosen roadmap (adding it unless it is the one open) with the chosen study time,
    /// and accepts the resulting plan. False when the document refused (it reported why).
    bool applyTo(PlannerDocument *document) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRoadmaps();
    /// The chosen roadmap's size and description, and when the learner would finish it with the
    /// study time given now.
    void updatePreview();

    LanguageController *m_language;
    Availability m_defaults;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_roadmapLabel;
    QListWidget *m_roadmaps;
    QLabel *m_details;
    QLabel *m_finish;
    QHash<QString, QList<RoadmapNode>> m_nodes; ///< per built-in roadmap, read once
    QLabel *m_weekLabel;
    std::array<QLabel *, 7> m_dayLabels{};
    std::array<QSpinBox *, 7> m_days{};
    QLabel *m_startLabel;
    QDateEdit *m_start;
    QPushButton *m_skip;
    QPushButton *m_go;
    QPushButton *m_import;
};

} // namespace Masar
