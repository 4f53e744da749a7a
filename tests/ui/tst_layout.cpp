// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartscompat.h"
#include "charts/progresspage.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "pagestack.h"
#include "uitestfixture.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QScrollBar>
#include <QTest>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

using namespace Masar;
using Page = PageStack::Page;

/**
 * Every page at 1024 × 720 and at 1920 × 1080, in English and Arabic, light and dark: nothing is
 * wider than the window, no chart title or legend is cut short, and the larger screen is used.
 * With MASAR_SCREENSHOT_DIR set, each state is also written as a PNG.
 */
class TestLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QString m_out;

    struct Measure
    {
        qint64 chartArea = 0; ///< of all the Progress page's charts
        int ganttRows = 0;
    };

    static QString pageName(Page page)
    {
        static const char *const names[] = {"today", "roadmap", "calendar", "progress", "notes"};
        return QString::fromLatin1(names[int(page)]);
    }

    /// Scroll areas inside `page` that show a horizontal scroll bar (the page is too wide).
    static QStringList horizontallyScrolled(QWidget *page)
    {
        QStringList found;
        QList<QAbstractScrollArea *> areas = page->findChildren<QAbstractScrollArea *>();
        if (auto *self = qobject_cast<QAbstractScrollArea *>(page))
            areas.prepend(self);
        for (QAbstractScrollArea *area : areas) {
            if (area->isVisible() && area->horizontalScrollBar()->isVisible())
                found.append(QStringLiteral("%1 (%2)").arg(
                    area->objectName(), QString::fromLatin1(area->metaObject()->className())));
        }
        return found;
    }

    /// Chart titles and legends that do not fit their chart (Qt Charts then elides them).
    static QStringList elided(QWidget *page)
    {
        QStringList found;
        for (QChartView *view : page->findChildren<QChartView *>()) {
            QChart *chart = view->chart();
            const qreal room = chart->size().width() - chart->margins().left() -
                               chart->margins().right() - chart->layout()->contentsRect().x();
            const QFontMetrics title(chart->titleFont());
            if (title.horizontalAdvance(chart->title()) > room)
                found.append(QStringLiteral("title \"%1\"").arg(chart->title()));
            if (!chart->legend()->isVisible())
                continue;
            const QFontMetrics labels(chart->legend()->font());
            qreal legend = 0;
            for (QLegendMarker *marker : chart->legend()->markers()) {
                if (marker->isVisible())
                    legend += labels.horizontalAdvance(marker->label()) + 2.5 * labels.height();
            }
            if (legend > room)
                found.append(QStringLiteral("legend of \"%1\"").arg(chart->title()));
        }
        return found;
    }

    void capture(QWidget *window, const QString &name)
    {
        if (m_out.isEmpty())
            return;
        QVERIFY(window->grab().save(QDir(m_out).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_settings.path());
        m_out = qEnvironmentVariable("MASAR_SCREENSHOT_DIR");
        if (!m_out.isEmpty())
            QVERIFY(QDir().mkpath(m_out));
    }

    void everyPageFitsAndUsesTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en-light") << QStringLiteral("en") << false;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
        QTest::newRow("ar-light") << QStringLiteral("ar") << false;
        QTest::newRow("ar-dark") << QStringLiteral("ar") << true;
    }

    void everyPageFitsAndUsesTheScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        UiTestFixture f;
        QVERIFY(f.open(language));
        f.generateHistory(6);
        f.theme->setMode(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        auto *stack = f.window->findChild<PageStack *>();
        QVERIFY(stack);
        QList<Measure> measures;
        for (const QSize size : {QSize(1024, 720), QSize(1920, 1080)}) {
            f.window->resize(size);
            f.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
            QCoreApplication::processEvents();
            // No page makes the window wider or taller than this.
            QCOMPARE(f.window->size(), size);
            Measure measure;
            for (int p = 0; p <= int(Page::Notes); ++p) {
                const auto page = Page(p);
                f.window->showPage(page);
                if (page == Page::Progress)
                    stack->progressPage()->refreshNow();
                QCoreApplication::processEvents();
                QCOMPARE(f.window->size(), size);
                QWidget *shown = stack->currentWidget();
                const QString where = QStringLiteral("%1 at %2×%3")
                                          .arg(pageName(page))
                                          .arg(size.width())
                                          .arg(size.height());
                capture(f.window.get(), QStringLiteral("%1-%2x%3-%4-%5.png")
                                            .arg(pageName(page))
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(language, dark ? QStringLiteral("dark")
                                                                : QStringLiteral("light")));
                const QStringList scrolled = horizontallyScrolled(shown);
                QVERIFY2(scrolled.isEmpty(),
                         qPrintable(where + QStringLiteral(": a horizontal scroll bar on ") +
                                    scrolled.join(QStringLiteral(", "))));
                QVERIFY2(shown->minimumSizeHint().width() <= shown->width(), qPrintable(where));
                const QStringList cut = elided(shown);
                QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(": cut short: ") +
                                                   cut.join(QStringLiteral(", "))));
                if (page == Page::Progress) {
                    for (QWidget *chart : stack->progressPage()->charts())
                        measure.chartArea += qint64(chart->width()) * chart->height();
                }
                if (page == Page::Calendar) {
                    auto *timeline = stack->ganttPage()->findChild<GanttTimeline *>();
                    QVERIFY(timeline);
                    measure.ganttRows = int(timeline->visibleRows().size());
                }
            }
            measures.append(measure);
        }
        // The larger screen is used: the charts grow, and the calendar shows more rows.
        QVERIFY2(measures.at(1).chartArea > measures.at(0).chartArea * 5 / 4,
                 qPrintable(QStringLiteral("charts %1 → %2 square pixels")
                                .arg(measures.at(0).chartArea)
                                .arg(measures.at(1).chartArea)));
        QVERIFY2(measures.at(1).ganttRows > measures.at(0).ganttRows,
                 qPrintable(QStringLiteral("calendar rows %1 → %2")
                                .arg(measures.at(0).ganttRows)
                                .arg(measures.at(1).ganttRows)));
        f.theme->setMode(Theme::Mode::System);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
