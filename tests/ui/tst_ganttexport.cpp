// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/roadmaptreemodel.h"
#include "gantt/ganttexporter.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "uitestfixture.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTest>

using namespace Masar;

class TestGanttExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_out;

    void keep(const QImage &image, const QString &name)
    {
        const QString folder = qEnvironmentVariable("MASAR_SCREENSHOT_DIR");
        if (!folder.isEmpty() && QDir().mkpath(folder))
            image.save(QDir(folder).filePath(name));
    }

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void wholePlanAsImageInBothDirections()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.document->setToday(QDate(2026, 1, 5));
        GanttScene scene(f.document.get());
        scene.rebuild();
        scene.setScale(GanttScene::Scale::Month);
        const QPalette palette = f.window->palette();
        const GanttExporter ltr(f.document.get(), scene, false, palette);
        const GanttExporter::Range whole = ltr.wholePlan();
        QCOMPARE(whole.rows.size(), f.document->treeModel()->nodes().size());
        QCOMPARE(whole.rows.constFirst(), f.document->treeModel()->childIds(0).constFirst());
        auto left = ltr.image(whole);
        QVERIFY2(left.ok(), qPrintable(left.error()));
        QVERIFY(left->width() > 320);
        keep(left.value(), QStringLiteral("export-whole-en.png"));

        const GanttExporter rtl(f.document.get(), scene, true, palette);
        auto right = rtl.image(whole);
        QVERIFY(right.ok());
        QCOMPARE(right->size(), left->size());
        QVERIFY(right.value() != left.value());
        // The title column's separator is at the start edge: left in English, right in Arabic.
        const QColor mid = palette.color(QPalette::Mid);
        const int y = left->height() - 3;
        QCOMPARE(left->pixel(320, y), mid.rgb());
        QCOMPARE(right->pixel(left->width() - 320, y), mid.rgb());
    }

    void tooLargeImagesAreRefusedWithAMessage()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        GanttScene scene(f.document.get());
        scene.rebuild();
        scene.setScale(GanttScene::Scale::Day);
        const GanttExporter exporter(f.document.get(), scene, false, f.window->palette());
        GanttExporter::Range range = exporter.wholePlan();
        range.to = range.from.addYears(5);
        auto image = exporter.image(range);
        QVERIFY(!image.ok());
        QVERIFY2(image.error().contains(QStringLiteral("PDF")), qPrintable(image.error()));
    }

    void pdfSplitsRowsIntoPages()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        GanttScene scene(f.document.get());
        scene.rebuild();
        const GanttExporter exporter(f.document.get(), scene, false, f.window->palette());
        const QString path = m_out.filePath(QStringLiteral("plan.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
            QVERIFY(exporter.paint(&writer, exporter.wholePlan()).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                              pdf.count("/Type /Page "));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // 153 rows do not fit one page
    }

    void visiblePartFollowsTheView()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->resize(1280, 760);
        f.window->show();
        f.window->showPage(MainWindow::Page::Calendar);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        GanttPage *page = f.window->ganttPage();
        const GanttExporter::Range visible = page->visibleRange();
        QCOMPARE(visible.rows.size(), page->timeline()->visibleRows().size());
        QVERIFY(visible.from < visible.to);
        QVERIFY(visible.from.daysTo(visible.to) <
                f.document->schedule().finish.daysTo(QDate(2020, 1, 1)) * -1);
        const GanttExporter exporter(f.document.get(), page->timeline()->scene(), false,
                                     page->palette());
        auto image = exporter.image(visible);
        QVERIFY(image.ok());
        keep(image.value(), QStringLiteral("export-visible-en.png"));
    }
};

QTEST_MAIN(TestGanttExport)
#include "tst_ganttexport.moc"
