// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include "displaycalendar.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "icons.h"
#include "import/builtinroadmaps.h"
#include "languagecontroller.h"
#include "model/roadmapsummary.h"
#include "schedule/planinput.h"
#include "schedule/scheduler.h"
#include "translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Masar {

WelcomeDialog::WelcomeDialog(LanguageController *language, const Availability &defaults,
                             QWidget *parent)
    : QDialog(parent), m_language(language), m_defaults(defaults)
{
    setObjectName(QStringLiteral("WelcomeDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *grid = new QGridLayout;
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    for (const QString &lang : Translations::languages())
        m_languageCombo->addItem(Translations::nativeName(lang), lang);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(language->language()));
    m_languageLabel->setBuddy(m_languageCombo);
    grid->addWidget(m_languageLabel, 0, 0);
    grid->addWidget(m_languageCombo, 0, 1);
    m_startLabel = new QLabel(this);
    m_start = new QDateEdit(defaults.startDate, this);
    m_start->setCalendarPopup(true);
    m_startLabel->setBuddy(m_start);
    grid->addWidget(m_startLabel, 1, 0);
    grid->addWidget(m_start, 1, 1);
    layout->addLayout(grid);

    m_roadmapLabel = new QLabel(this);
    layout->addWidget(m_roadmapLabel);
    m_roadmaps = new QListWidget(this);
    m_roadmapLabel->setBuddy(m_roadmaps);
    // The list beside what the chosen roadmap holds: no half-empty list box.
    auto *choice = new QHBoxLayout;
    m_roadmaps->setWordWrap(true); // whole titles, on two lines where they need them
    m_roadmaps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    choice->addWidget(m_roadmaps, 1);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("roadmapDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsArea = new QScrollArea(this);
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Read-only text: Tab goes from the list straight on to the study time, not to an unframed
    // area that shows no focus.
    detailsArea->setFocusPolicy(Qt::NoFocus);
    choice->addWidget(detailsArea, 1);
    layout->addLayout(choice, 1);

    m_weekLabel = new QLabel(this);
    layout->addWidget(m_weekLabel);
    auto *week = new QGridLayout;
    for (int day = 0; day < 7; ++day) {
        m_dayLabels[size_t(day)] = new QLabel(this);
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 24 * 60);
        spin->setSingleStep(15);
        spin->setValue(defaults.minutesPerWeekday[size_t(day)]);
        m_dayLabels[size_t(day)]->setBuddy(spin);
        m_days[size_t(day)] = spin;
        week->addWidget(m_dayLabels[size_t(day)], day / 4 * 2, day % 4);
        week->addWidget(spin, day / 4 * 2 + 1, day % 4);
    }
    layout->addLayout(week);
    m_finish = new QLabel(this);
    m_finish->setObjectName(QStringLiteral("finishPreview"));
    m_finish->setWordWrap(true);
    QFont bold = m_finish->font();
    bold.setBold(true);
    m_finish->setFont(bold);
    layout->addWidget(m_finish);

    auto *buttons = new QDialogButtonBox(this);
    m_skip = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_go = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_go->setDefault(true);
    // A roadmap of the learner's own instead of a built-in one.
    m_import = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importRoadmap"));
    m_import->setIcon(Icons::themed({QStringLiteral("document-import")}));
    connect(m_import, &QPushButton::clicked, this, [this] { done(ImportRequested); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QSpinBox *spin : m_days)
        connect(spin, &QSpinBox::valueChanged, this, &WelcomeDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &WelcomeDialog::updatePreview);
    connect(m_roadmaps, &QListWidget::currentRowChanged, this, &WelcomeDialog::updatePreview);
    connect(m_languageCombo, &QComboBox::activated, this,
            [this] { m_language->setLanguage(m_languageCombo->currentData().toString()); });
    retranslateUi();
    resize(760, 680);
}

void WelcomeDialog::fillRoadmaps()
{
    const QString selected = roadmapId();
    m_roadmaps->clear();
    for (const QString &id : BuiltinRoadmaps::ids()) {
        auto data = BuiltinRoadmaps::load(id);
        if (!data)
            continue;
        auto *item = new QListWidgetItem(data->roadmap.title(m_language->language()), m_roadmaps);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, data->roadmap.description(m_language->language()));
        item->setToolTip(data->roadmap.description(m_language->language()));
        if (!m_nodes.contains(id))
            m_nodes.insert(id, RoadmapNodeTree::flatten(data->nodes));
        if (id == selected || (selected.isEmpty() && id == BuiltinRoadmaps::defaultId()))
            m_roadmaps->setCurrentItem(item);
    }
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Masar"));
    m_intro->setText(tr("Masar turns a learning roadmap into a study calendar that fits your "
                        "week. Choose a roadmap and say how much time you can study; you can "
                        "change all of it later."));
    m_languageLabel->setText(tr("&Language:"));
    m_startLabel->setText(tr("&Start on:"));
    m_roadmapLabel->setText(tr("&Roadmap:"));
    // A list takes no name from its label's buddy: screen readers need it said.
    m_roadmaps->setAccessibleName(tr("Roadmaps"));
    m_weekLabel->setText(tr("Minutes of study on each day:"));
    const QLocale locale;
    for (int day = 0; day < 7; ++day)
        m_dayLabels[size_t(day)]->setText(locale.dayName(day + 1, QLocale::LongFormat));
    for (QSpinBox *spin : m_days) {
        spin->setSuffix(tr(" min"));
        spin->setLocale(locale);
    }
    m_skip->setText(tr("S&kip"));
    m_go->setText(tr("&Plan My Studies"));
    m_import->setText(tr("&Import a Roadmap…"));
    m_import->setToolTip(
        tr("Plan a roadmap of your own instead: a Markdown file, or one exported from Masar"));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_language->language()));
    m_start->setLocale(locale);
    fillRoadmaps();
    updatePreview();
    // Texts changed length (and maybe direction): let the layout measure them again.
    layout()->invalidate();
    m_intro->updateGeometry();
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WelcomeDialog::updatePreview()
{
    const QListWidgetItem *item = m_roadmaps->currentItem();
    const QList<RoadmapNode> nodes = m_nodes.value(roadmapId());
    if (!item || nodes.isEmpty()) {
        m_details->clear();
        m_finish->clear();
        return;
    }
    const RoadmapSummary summary = RoadmapSummary::compute(nodes);
    // The size first: it is what the description does not say.
    m_details->setText(
        tr("%Ln phase(s), %1 courses, %2 topics; about %3 of study.", nullptr, summary.phases)
            .arg(QLocale().toString(summary.courses), QLocale().toString(summary.topics),
                 RoadmapTreeModel::formatMinutes(summary.plannedMinutes)) +
        QLatin1String("\n\n") + item->data(Qt::UserRole + 1).toString());
    const Availability a = availability();
    if (a.weeklyMinutes() == 0) {
        m_finish->setText(tr("Give at least one day some minutes to see when you would finish."));
        return;
    }
    // Planned as the window will plan it: from the start date, or from today when that is later.
    const QDate from = std::max(a.startDate, QDate::currentDate());
    const auto plan = Scheduler::plan(PlanInput::tasks(nodes), a, from);
    if (!plan || !plan->finish.isValid()) {
        m_finish->setText(plan ? QString() : plan.error());
        return;
    }
    const qint64 days = from.daysTo(plan->finish) + 1;
    m_finish->setText(
        tr("At %1 a week you would finish on %2 (about %Ln week(s)).", nullptr, int((days + 6) / 7))
            .arg(RoadmapTreeModel::formatMinutes(a.weeklyMinutes()),
                 DisplayCalendar::date(plan->finish, QLocale::LongFormat)));
}

QString WelcomeDialog::detailsText() const
{
    return m_details->text();
}

QString WelcomeDialog::finishText() const
{
    return m_finish->text();
}

QString WelcomeDialog::roadmapId() const
{
    const QListWidgetItem *item = m_roadmaps->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool WelcomeDialog::applyTo(PlannerDocument *document) const
{
    const QString id = roadmapId();
    if (!document->hasRoadmap() || document->currentRoadmap().builtinId != id) {
        auto added = document->addBuiltinRoadmap(id);
        if (!added) {
            emit document->errorOccurred(added.error());
            return false;
        }
    }
    if (!document->setAvailability(availability()))
        return false;
    if (Status accepted = document->acceptPlan(); !accepted) {
        emit document->errorOccurred(accepted.error());
        return false;
    }
    return true;
}

Availability WelcomeDialog::availability() const
{
    Availability a = m_defaults;
    a.startDate = m_start->date();
    for (int day = 0; day < 7; ++day)
        a.minutesPerWeekday[size_t(day)] = m_days[size_t(day)]->value();
    return a;
}

} // namespace Masar
