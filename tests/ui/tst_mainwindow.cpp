// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartscompat.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/databaseerrordialog.h"
#include "dialogs/welcomedialog.h"
#include "displaycalendar.h"
#include "document/roadmaptreemodel.h"
#include "roadmap/nodedetailpanel.h"
#include "roadmap/roadmappage.h"
#include "today/todaypage.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCalendar>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QTreeView>
#include <QtCharts/QAbstractAxis>

#include <functional>

using namespace Masar;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QStringList menuTitles(QMainWindow *window)
    {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private slots:
    void aboutNamesLicenseAndLibraries()
    {
        const QString text = AboutDialog::text();
        QVERIFY(text.contains(QStringLiteral("General Public License, version 3 or later")));
        QVERIFY(text.contains(QStringLiteral("Masar " MASAR_VERSION)));
        for (const QString &library :
             {QStringLiteral("SQLite 3."), QStringLiteral("md4c 0."), QStringLiteral("libical 3."),
              QStringLiteral("QtKeychain 0."), QStringLiteral("Qt " QT_VERSION_STR)}) {
            QVERIFY2(text.contains(library), qPrintable(library));
        }
        QVERIFY(text.contains(QStringLiteral("code in notes is highlighted")));
    }

    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_settings.path());
        QSettings().clear();
    }

    void nobodyIsBehindOnDayOne()
    {
        // A plan accepted this morning: today's share is not due until its study time (19:00 for
        // 75 minutes) has passed. Before, the learner is on plan; after, behind by that share.
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        Availability availability = f.document->availability();
        availability.startDate = f.document->today();
        availability.preferredTime = QTime(19, 0);
        availability.minutesPerWeekday.fill(75);
        availability.blocked.clear();
        QVERIFY(f.document->setAvailability(availability));
        QVERIFY(f.document->acceptPlan());
        f.document->setTimeOfDay(QTime(9, 0));
        f.document->setToday(f.document->today()); // worked out again at 09:00
        f.window->showPage(MainWindow::Page::Today);
        QTRY_COMPARE(f.window->todayPage()->standing(), QStringLiteral("You are on plan."));
        f.document->setTimeOfDay(QTime(20, 16));
        f.document->setToday(f.document->today());
        QTRY_VERIFY2(f.window->todayPage()->standing().startsWith(
                         QStringLiteral("You are 1 h 15 min behind plan")),
                     qPrintable(f.window->todayPage()->standing()));
    }

    void digitsAndCalendarFollowTheSettings()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("ar")));
        f.window->showPage(MainWindow::Page::Today);
        auto *date = f.window->findChild<QLabel *>(QStringLiteral("todayDate"));
        QVERIFY(date);
        const auto arabicIndic = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x0660 && c.unicode() <= 0x0669;
            });
        };
        const auto latin = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(),
                               [](QChar c) { return c >= u'0' && c <= u'9'; });
        };
        QTRY_VERIFY(arabicIndic(date->text()));
        f.language->setDigits(LanguageController::Digits::Latin);
        QTRY_VERIFY2(latin(date->text()) && !arabicIndic(date->text()), qPrintable(date->text()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/digits")).toString(), QStringLiteral("latn"));
        // The Hijri calendar: today's Hijri month by name, the Gregorian date in the tooltip.
        f.language->setCalendar(DisplayCalendar::System::Hijri);
        const QCalendar hijri(QCalendar::System::IslamicCivil);
        const QDate today = f.document->today();
        const QString month = hijri.monthName(QLocale(), today.month(hijri), today.year(hijri));
        QTRY_VERIFY2(date->text().contains(month), qPrintable(date->text()));
        QVERIFY(!date->toolTip().isEmpty());
        f.language->setCalendar(DisplayCalendar::System::Gregorian);
        f.language->setDigits(LanguageController::Digits::ArabicIndic);
        QTRY_VERIFY(arabicIndic(date->text()));
        QVERIFY(date->toolTip().isEmpty());
        f.language->setLanguage(QStringLiteral("en"));
    }

    void arabicPagesShowArabicDigits()
    {
        // Opened in English and switched at run time: what was built in English must follow.
        // (The history comes after the switch: an undo step keeps the words it was made with.)
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        for (int page = 0; page <= int(MainWindow::Page::Notes); ++page)
            f.window->showPage(MainWindow::Page(page)); // every page built in English first
        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        f.generateHistory(6);
        f.window->resize(1280, 860);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        // What the roadmap itself says (course titles such as "CS50", links) is data, not text
        // Masar writes: it is taken out before looking for Latin digits.
        QStringList data;
        for (const RoadmapNode &node : f.document->treeModel()->nodes()) {
            data.append(node.title);
            data.append(node.url);
        }
        std::sort(data.begin(), data.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QRegularExpression arabic(QStringLiteral("[\\x{0621}-\\x{064A}]"));
        const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
        QStringList offenders;
        const auto check = [&](const QString &where, QString text) {
            for (const QString &piece : std::as_const(data)) {
                if (!piece.isEmpty())
                    text.remove(piece);
            }
            text.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>|&\\w+;"))); // rich text
            text.remove(QStringLiteral("(0123)")); // View → Digits → Latin shows Latin digits
            // Keys are named as the keyboard labels them (Ctrl+1 opens the first page).
            text.remove(QRegularExpression(QStringLiteral("\\bCtrl\\+\\d\\b")));
            text.remove(QRegularExpression(QStringLiteral("«[^»]*»"))); // the roadmap's words
            if (text.contains(arabic) && text.contains(latinDigit))
                offenders.append(where + QStringLiteral(": ") + text);
        };
        for (int page = 0; page <= int(MainWindow::Page::Notes); ++page) {
            f.window->showPage(MainWindow::Page(page));
            QTest::qWait(50);
            const QString where = QStringLiteral("page %1").arg(page);
            for (QWidget *widget : f.window->findChildren<QWidget *>()) {
                if (!widget->isVisible())
                    continue;
                if (auto *label = qobject_cast<QLabel *>(widget))
                    check(where, label->text());
                else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget);
                         spin && spin->text().contains(latinDigit))
                    offenders.append(where + QStringLiteral(" field: ") + spin->text());
                else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    check(where, button->text());
                if (!widget->toolTip().isEmpty())
                    check(where + QStringLiteral(" tooltip"), widget->toolTip());
                if (auto *chartView = qobject_cast<QChartView *>(widget)) {
                    check(where + QStringLiteral(" chart"), chartView->chart()->title());
                    for (QAbstractAxis *axis : chartView->chart()->axes())
                        check(where + QStringLiteral(" chart axis"), axis->titleText());
                }
                if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                    QAbstractItemModel *model = view->model();
                    if (!model)
                        continue;
                    for (int column = 0; column < model->columnCount(); ++column)
                        check(where + QStringLiteral(" header"),
                              model->headerData(column, Qt::Horizontal).toString());
                    for (int row = 0; row < qMin(model->rowCount(), 40); ++row) {
                        for (int column = 0; column < model->columnCount(); ++column) {
                            const QModelIndex index = model->index(row, column);
                            // An item's title is the roadmap's content, digits and all.
                            if (column != RoadmapTreeModel::TitleColumn ||
                                !index.data(RoadmapTreeModel::NodeIdRole).isValid())
                                check(where + QStringLiteral(" item"), index.data().toString());
                            check(where + QStringLiteral(" item tooltip"),
                                  index.data(Qt::ToolTipRole).toString());
                        }
                    }
                }
            }
        }
        for (QAction *action : f.window->findChildren<QAction *>())
            check(QStringLiteral("action"), action->text());
        check(QStringLiteral("title"), f.window->windowTitle());
        offenders.removeDuplicates();
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
        f.language->setLanguage(QStringLiteral("en"));
    }

    void opensOnTheDefaultRoadmap()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QCOMPARE(f.window->windowTitle(), QStringLiteral("AI/ML Engineer Career Roadmap"));
        QTreeView *tree = f.window->roadmapPage()->treeView();
        QCOMPARE(tree->model()->rowCount(), f.document->treeModel()->childIds(0).size());
        QVERIFY(tree->model()->rowCount() > 0);
        QCOMPARE(tree->header()->count(), int(RoadmapTreeModel::ColumnCount));
        // The first phase is selected and shown in the detail panel.
        NodeDetailPanel *panel = f.window->roadmapPage()->detailPanel();
        QCOMPARE(panel->nodeId(), f.document->treeModel()->childIds(0).constFirst());
        QVERIFY(menuTitles(f.window.get()).contains(QStringLiteral("&Edit")));
    }

    void pagesHaveIconsAndShortcuts()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto *navigation = f.window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 5);
        for (int page = 0; page < navigation->count(); ++page) {
            const QListWidgetItem *item = navigation->item(page);
            QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
            QVERIFY(!item->icon().pixmap(22, 22).isNull());
            QVERIFY2(item->toolTip().contains(QStringLiteral("Ctrl+%1").arg(page + 1)),
                     qPrintable(item->toolTip()));
        }
        // Ctrl+3 opens the Calendar, Ctrl+1 goes back to Today; the list follows.
        QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(navigation->currentRow(), int(MainWindow::Page::Calendar));
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(navigation->currentRow(), int(MainWindow::Page::Today));
        // The menus' main actions carry theme icons too.
        int withIcons = 0;
        for (QAction *action : f.window->findChildren<QAction *>()) {
            if (!action->icon().isNull())
                ++withIcons;
        }
        QVERIFY2(withIcons >= 10, qPrintable(QString::number(withIcons)));
    }

    void prerequisitesSayNoneWhenEmpty()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        NodeDetailPanel *panel = f.window->roadmapPage()->detailPanel();
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("prerequisites"));
        QVERIFY(list);
        QList<qint64> leaves;
        for (const RoadmapNode &n : f.document->treeModel()->nodes()) {
            if (f.document->treeModel()->childCount(n.id) == 0 &&
                f.document->prerequisites(n.id).isEmpty())
                leaves.append(n.id);
        }
        QVERIFY(leaves.size() >= 2);
        panel->setNode(leaves.at(1));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("None"));
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
        QPushButton *remove = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Remove"))
                remove = button;
        }
        QVERIFY(remove && !remove->isEnabled());
        QVERIFY(f.document->setPrerequisites(leaves.at(1), {leaves.at(0)}));
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), f.document->treeModel()->displayTitle(
                                            *f.document->treeModel()->node(leaves.at(0))));
        QVERIFY(remove->isEnabled());
        list->setCurrentRow(0);
        remove->click();
        QVERIFY(f.document->prerequisites(leaves.at(1)).isEmpty());
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("None"));
    }

    void editingInThePanelIsUndoable()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        RoadmapPage *page = f.window->roadmapPage();
        const qint64 id = f.document->treeModel()->childIds(0).constFirst();
        const QString original = f.document->treeModel()->node(id)->title;
        auto *title = page->detailPanel()->findChildren<QLineEdit *>().constFirst();
        QCOMPARE(title->text(), original);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed phase"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(f.document->treeModel()->node(id)->title, QStringLiteral("Renamed phase"));
        QCOMPARE(page->treeView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Renamed phase"));
        // Ctrl+Z through the window's own Undo action.
        QAction *undo = nullptr;
        for (QAction *action : f.window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Rename")));
        undo->trigger();
        QCOMPARE(f.document->treeModel()->node(id)->title, original);
        QCOMPARE(title->text(), original);
    }

    void keyboardAddRemoveAndStatus()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->showPage(MainWindow::Page::Roadmap);
        RoadmapPage *page = f.window->roadmapPage();
        QTreeView *tree = page->treeView();
        tree->setFocus();
        const int before = int(f.document->treeModel()->nodes().size());
        QTest::keyClick(tree, Qt::Key_Insert);
        QCOMPARE(int(f.document->treeModel()->nodes().size()), before + 1);
        if (QWidget *editor = tree->findChild<QLineEdit *>())
            QTest::keyClick(editor, Qt::Key_Escape);
        const qint64 added = page->selectedIds().value(0);
        QCOMPARE(f.document->treeModel()->node(added)->title, QStringLiteral("New item"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_2, Qt::AltModifier); // Done
        QCOMPARE(f.document->treeModel()->node(added)->status, RoadmapNode::Status::Done);
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!f.document->treeModel()->node(added));
        QCOMPARE(int(f.document->treeModel()->nodes().size()), before);
    }

    void languageSwitchesAtRuntimeAndBack()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QStringList english = menuTitles(f.window.get());
        const QString header = f.document->treeModel()->headerData(0, Qt::Horizontal).toString();
        QCOMPARE(f.window->layoutDirection(), Qt::LeftToRight);

        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents(); // LanguageChange is delivered by the event loop
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(f.window->layoutDirection(), Qt::RightToLeft);
        const QStringList arabic = menuTitles(f.window.get());
        QCOMPARE(arabic.size(), english.size());
        for (int i = 0; i < arabic.size(); ++i)
            QVERIFY2(arabic.at(i) != english.at(i), qPrintable(arabic.at(i)));
        QVERIFY(arabic.constFirst().contains(QChar(0x0645))); // an Arabic letter (meem)
        QVERIFY(f.document->treeModel()->headerData(0, Qt::Horizontal).toString() != header);
        // The phase titles show their Arabic names.
        const RoadmapNode *phase =
            f.document->treeModel()->node(f.document->treeModel()->childIds(0).constFirst());
        QCOMPARE(f.window->roadmapPage()->treeView()->model()->index(0, 0).data().toString(),
                 phase->titleAr);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));

        f.language->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(f.window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(menuTitles(f.window.get()), english);
        QCOMPARE(f.document->treeModel()->headerData(0, Qt::Horizontal).toString(), header);
    }

    void databaseErrorDialogOffersTheBackup()
    {
        DatabaseErrorDialog withBackup(QStringLiteral("The database x is damaged."),
                                       QStringLiteral("/tmp/x.sqlite"),
                                       QStringLiteral("/tmp/backups/x-2026-01-01.sqlite"), nullptr);
        QPushButton *restore = nullptr;
        for (QPushButton *button : withBackup.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Restore Backup"))
                restore = button;
        }
        QVERIFY(restore);
        restore->click();
        QCOMPARE(withBackup.result(), int(QDialog::Accepted));
        QCOMPARE(withBackup.choice(), DatabaseErrorDialog::Choice::RestoreBackup);
        QCOMPARE(withBackup.backupPath(), QStringLiteral("/tmp/backups/x-2026-01-01.sqlite"));

        DatabaseErrorDialog without(QStringLiteral("The database x is damaged."),
                                    QStringLiteral("/tmp/x.sqlite"), QString(), nullptr);
        for (QPushButton *button : without.findChildren<QPushButton *>())
            QVERIFY(button->text() != QStringLiteral("&Restore Backup"));
        QCOMPARE(without.choice(), DatabaseErrorDialog::Choice::Quit);
    }

    void coursesCanBeShownByLanguage()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        QVERIFY(f.document->addBuiltinRoadmap(QStringLiteral("ai-engineer-arabic")));
        f.window->show();
        f.window->showPage(MainWindow::Page::Roadmap);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        RoadmapPage *page = f.window->roadmapPage();
        const RoadmapTreeModel *model = f.document->treeModel();
        // Two siblings of different languages, the Arabic one second.
        qint64 first = 0, second = 0;
        for (const RoadmapNode &n : model->nodes()) {
            const QList<qint64> siblings = model->childIds(n.parentId);
            if (siblings.size() >= 3 && n.position == 0) {
                first = siblings.at(0);
                second = siblings.at(1);
                break;
            }
        }
        QVERIFY(first && second);
        QVERIFY(f.document->setNodeField({first}, PlannerDocument::Field::Language,
                                         QStringLiteral("en")));
        QVERIFY(f.document->setNodeField({second}, PlannerDocument::Field::Language,
                                         QStringLiteral("ar")));
        int arabic = 0;
        for (const RoadmapNode &n : model->nodes())
            arabic += n.language == QLatin1String("ar");
        QVERIFY(arabic > 0 && arabic < model->nodes().size());

        // Every item the tree shows, with its parent's id, in the view's order.
        const QAbstractItemModel *shown = page->treeView()->model();
        std::function<void(const QModelIndex &, QList<QPair<qint64, qint64>> &)> walk =
            [&](const QModelIndex &parent, QList<QPair<qint64, qint64>> &out) {
                for (int row = 0; row < shown->rowCount(parent); ++row) {
                    const QModelIndex index = shown->index(row, 0, parent);
                    const qint64 id = model->idOf(
                        static_cast<const QSortFilterProxyModel *>(shown)->mapToSource(index));
                    out.append({model->node(id)->parentId, id});
                    walk(index, out);
                }
            };
        auto items = [&] {
            QList<QPair<qint64, qint64>> out;
            walk(QModelIndex(), out);
            return out;
        };
        auto isArabic = [&](qint64 id) { return model->node(id)->language == QLatin1String("ar"); };

        QCOMPARE(items().size(), model->nodes().size());

        page->setCourseLanguage(CourseLanguageFilter::Mode::ArabicFirst);
        const auto ordered = items();
        QCOMPARE(ordered.size(), model->nodes().size());
        for (int i = 1; i < ordered.size(); ++i) {
            if (ordered.at(i).first == ordered.at(i - 1).first) // siblings: Arabic ones first
                QVERIFY(isArabic(ordered.at(i - 1).second) || !isArabic(ordered.at(i).second));
        }
        QVERIFY(ordered.indexOf({model->node(second)->parentId, second}) <
                ordered.indexOf({model->node(first)->parentId, first}));

        page->setCourseLanguage(CourseLanguageFilter::Mode::ArabicOnly);
        const auto only = items();
        QSet<qint64> ids;
        for (const auto &item : only)
            ids.insert(item.second);
        for (const RoadmapNode &n : model->nodes()) {
            if (n.language == QLatin1String("ar"))
                QVERIFY(ids.contains(n.id)); // every Arabic-language item is shown …
        }
        QVERIFY(!ids.contains(first)); // … an English one is not
        for (const auto &item : only) {
            // … and what else is shown holds an Arabic-language item.
            bool holds = isArabic(item.second);
            for (const auto &other : only)
                holds = holds || (other.first == item.second);
            QVERIFY(holds);
        }
        page->selectNode(second);
        QCOMPARE(page->treeView()->currentIndex().data().toString(), model->node(second)->title);
        QCOMPARE(page->detailPanel()->findChild<QLineEdit *>()->text(), model->node(second)->title);

        // Remembered, and worded in Arabic too.
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("courseLanguage"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(CourseLanguageFilter::Mode::ArabicOnly));
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QCOMPARE(QSettings().value(QStringLiteral("roadmap/courseLanguage")).toString(),
                 QStringLiteral("all"));
        QCOMPARE(items().size(), model->nodes().size());
        const QString english = combo->itemText(2);
        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        QVERIFY(combo->itemText(2) != english);
        QCOMPARE(combo->count(), 3);
        f.language->setLanguage(QStringLiteral("en"));
    }

    void undoHistorySpeaksTheCurrentLanguage()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QList<RoadmapNode> nodes = f.document->treeModel()->nodes();
        QVERIFY(nodes.size() > 10);
        QVERIFY(f.document->setStatus({nodes.at(5).id, nodes.at(6).id}, RoadmapNode::Status::Done));
        QVERIFY(f.document->setStatus({nodes.at(7).id}, RoadmapNode::Status::InProgress));
        f.document->undoStack()->undo(); // a step to redo as well
        QAction *undo = nullptr;
        for (QAction *action : f.window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        auto words = [](int count) {
            return PlannerDocument::tr("Change status of %Ln item(s)", nullptr, count);
        };
        const QString english = words(2);
        QCOMPARE(f.document->undoStack()->undoText(), english);
        QCOMPARE(f.document->undoStack()->redoText(), words(1));
        QVERIFY(undo->text().contains(english));

        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        const QString arabic = words(2);
        QVERIFY(arabic != english);
        QCOMPARE(f.document->undoStack()->undoText(), arabic);
        QCOMPARE(f.document->undoStack()->redoText(), words(1));
        QVERIFY2(undo->text().contains(arabic), qPrintable(undo->text()));

        f.language->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(f.document->undoStack()->undoText(), english);
    }

    void splittersAreKeptPerDirection()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->resize(1200, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->showPage(MainWindow::Page::Roadmap);
        auto *splitter =
            f.window->roadmapPage()->findChild<QSplitter *>(QStringLiteral("roadmapSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({800, 300});
        const QList<int> english = splitter->sizes();
        f.language->setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(f.window->layoutDirection(), Qt::RightToLeft);
        splitter->setSizes({450, 650});
        const QList<int> arabic = splitter->sizes();
        QVERIFY2(arabic != english, qPrintable(QStringLiteral("%1 %2 / %3 %4")
                                                   .arg(english.value(0))
                                                   .arg(english.value(1))
                                                   .arg(arabic.value(0))
                                                   .arg(arabic.value(1))));
        f.language->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(f.window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(splitter->sizes(), english);
        f.language->setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(f.window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(splitter->sizes(), arabic);
        f.window->close(); // saved as the Arabic arrangement …
        f.language->setLanguage(QStringLiteral("en"));
        UiTestFixture again;
        QVERIFY(again.open());
        auto *reopened =
            again.window->roadmapPage()->findChild<QSplitter *>(QStringLiteral("roadmapSplitter"));
        again.window->resize(1200, 800);
        again.window->show();
        again.window->showPage(MainWindow::Page::Roadmap);
        QVERIFY(QTest::qWaitForWindowExposed(again.window.get()));
        QCOMPARE(reopened->sizes(), english); // … and the English one comes back in English
    }

    void rememberesWindowGeometry()
    {
        // A size that fits the screen (Qt 6 moves and shrinks a restored window to fit it) and
        // is not the one a first start chooses.
        QSize wanted;
        {
            UiTestFixture f;
            QVERIFY(f.open());
            const QSize firstStart = f.window->size();
            wanted = f.window->screen()->availableGeometry().size() - QSize(60, 50);
            QVERIFY(wanted != firstStart);
            f.window->resize(wanted);
            f.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
            wanted = f.window->size();
            f.window->close();
        }
        UiTestFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.window->size(), wanted);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
