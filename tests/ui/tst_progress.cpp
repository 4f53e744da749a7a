// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartscompat.h"
#include "charts/heatmapwidget.h"
#include "charts/progresspage.h"
#include "document/studylog.h"
#include "uitestfixture.h"

#include <QCalendar>
#include <QTest>
#include <QtCharts/QCategoryAxis>

#include <algorithm>

using namespace Masar;

class TestProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void areaBarsSayWhatIsDoneAndWhatIsLeft()
    {
        // A fresh plan: every area is 0% done with all its hours to go (the bars once read
        // "100%", the to-do share); marking an item done moves its area's figure.
        UiTestFixture f;
        QVERIFY(f.open());
        ProgressPage *page = f.window->progressPage();
        page->refreshNow();
        const QList<ProgressStatistics::Area> areas = page->statistics().areas;
        QVERIFY(areas.size() >= 3);
        QCOMPARE(page->areaSummaries().size(), areas.size());
        for (int i = 0; i < areas.size(); ++i) {
            const QString expected =
                QStringLiteral("0% done · %1 to go")
                    .arg(RoadmapTreeModel::formatMinutes(areas.at(i).plannedMinutes));
            QCOMPARE(page->areaSummaries().at(i), expected);
        }
        qint64 calculus = 0;
        for (const RoadmapNode &n : f.document->treeModel()->nodes()) {
            if (n.title == QStringLiteral("Calculus"))
                calculus = n.id;
        }
        QVERIFY(calculus);
        QVERIFY(f.document->setStatus({calculus}, RoadmapNode::Status::Done));
        page->refreshNow();
        bool moved = false;
        for (int i = 0; i < page->statistics().areas.size(); ++i) {
            const ProgressStatistics::Area &a = page->statistics().areas.at(i);
            if (a.doneMinutes == 0)
                continue;
            moved = true;
            const int percent = qRound(100.0 * a.completion());
            QVERIFY(percent > 0 && percent < 100);
            QCOMPARE(page->areaSummaries().at(i),
                     QStringLiteral("%1% done · %2 to go")
                         .arg(percent)
                         .arg(RoadmapTreeModel::formatMinutes(a.plannedMinutes - a.doneMinutes -
                                                              a.skippedMinutes)));
        }
        QVERIFY(moved);
    }

    void chartsFollowLoggedStudy()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        f.window->showPage(MainWindow::Page::Progress);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        ProgressPage *page = f.window->progressPage();
        QCOMPARE(page->charts().size(), 4);
        QCOMPARE(page->statistics().studiedMinutes, 0);

        qint64 calculus = 0;
        for (const RoadmapNode &n : f.document->treeModel()->nodes()) {
            if (n.title == QStringLiteral("Calculus"))
                calculus = n.id;
        }
        StudySession s;
        s.nodeId = calculus;
        s.start = QDateTime(QDate::currentDate().addDays(-1), QTime(12, 0));
        s.end = s.start.addSecs(90 * 60);
        QVERIFY(f.document->studyLog()->add(s));
        QCoreApplication::processEvents(); // the page refreshes once the event loop is free
        QCOMPARE(page->statistics().studiedMinutes, 90);
        f.document->setStatus({calculus}, RoadmapNode::Status::Done);
        QCoreApplication::processEvents();
        QVERIFY(page->statistics().doneMinutes > 0);
        // Each chart renders to a picture (what "Save as PNG" writes).
        for (QWidget *chart : page->charts()) {
            const QImage image = chart->grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 380);
        }
        f.document->undoStack()->undo();
        f.document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(page->statistics().studiedMinutes, 0);
    }

    void burnUpMonthsFollowTheDisplayCalendar()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->show();
        f.window->showPage(MainWindow::Page::Progress);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        // The months' short names a label may start with, in one calendar.
        auto monthNames = [](QCalendar calendar) {
            QStringList names;
            for (int month = 1; month <= 12; ++month)
                names.append(calendar.monthName(QLocale(), month, 1447, QLocale::ShortFormat));
            return names;
        };
        auto timeLabels = [&] {
            for (QWidget *widget : f.window->progressPage()->charts()) {
                auto *view = qobject_cast<QChartView *>(widget);
                if (auto *axis =
                        view ? view->chart()->findChild<QCategoryAxis *>(QStringLiteral("timeAxis"))
                             : nullptr)
                    return axis->categoriesLabels();
            }
            return QStringList();
        };
        auto allStartWithOneOf = [](const QStringList &labels, const QStringList &names) {
            for (const QString &label : labels) {
                if (std::none_of(names.cbegin(), names.cend(),
                                 [&](const QString &n) { return label.startsWith(n); }))
                    return false;
            }
            return true;
        };
        const QStringList gregorianMonths = monthNames(QCalendar(QCalendar::System::Gregorian));
        const QStringList hijriMonths = monthNames(QCalendar(QCalendar::System::IslamicCivil));
        const QStringList gregorian = timeLabels();
        QVERIFY(gregorian.size() >= 3);
        QVERIFY2(allStartWithOneOf(gregorian, gregorianMonths), qPrintable(gregorian.join(u'|')));

        f.language->setCalendar(DisplayCalendar::System::Hijri);
        // The page rebuilds when the event loop is free after the switch.
        QTRY_VERIFY(allStartWithOneOf(timeLabels(), hijriMonths));
        const QStringList hijri = timeLabels();
        QVERIFY(hijri.size() >= 3);
        QVERIFY2(allStartWithOneOf(hijri, hijriMonths), qPrintable(hijri.join(u'|')));
        QVERIFY(!allStartWithOneOf(hijri, gregorianMonths));
        f.language->setCalendar(DisplayCalendar::System::Gregorian);
    }

    void heatmapMapsDaysToCells()
    {
        HeatmapWidget heatmap(nullptr);
        const QDate last(2026, 11, 21); // a Saturday
        heatmap.setData({{last, 60}, {last.addDays(-1), 5}}, last, 15);
        heatmap.resize(heatmap.sizeHint());
        // Every day of the grid maps back to itself from the centre of its cell.
        int found = 0;
        for (int x = 0; x < heatmap.width(); x += 3) {
            for (int y = 0; y < heatmap.height(); y += 3) {
                if (heatmap.dayAt(QPoint(x, y)) == last)
                    ++found;
            }
        }
        QVERIFY(found > 0);
        const QImage image = heatmap.grab().toImage();
        QVERIFY(!image.isNull());
        // Mirrored: in right-to-left the newest day is on the left half.
        heatmap.setLayoutDirection(Qt::RightToLeft);
        int xSum = 0;
        int count = 0;
        for (int x = 0; x < heatmap.width(); x += 2) {
            for (int y = 0; y < heatmap.height(); y += 2) {
                if (heatmap.dayAt(QPoint(x, y)) == last) {
                    xSum += x;
                    ++count;
                }
            }
        }
        QVERIFY(count > 0);
        QVERIFY(xSum / count < heatmap.width() / 2);
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
