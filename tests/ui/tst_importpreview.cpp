// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpreviewdialog.h"
#include "import/markdownimporter.h"
#include "import/roadmapfiles.h"
#include "import/roadmapjson.h"
#include "import/roadmapshimporter.h"
#include "uitestfixture.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace Masar;

namespace {

const char *const kRoadmap = "# Test Roadmap\n\n"
                             "## Career Tips\n- Network\n\n"
                             "## Python (3 weeks)\n- Syntax\n- Functions\n- Modules\n\n"
                             "## Resources\n- [PyTorch](https://pytorch.org/)\n";

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &title)
{
    const auto items = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.constFirst();
}

/// Accepts the next modal dialog of type T once it is shown.
template <typename T> void acceptNext()
{
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                    for (QAbstractButton *button : box->buttons()) {
                        if (box->buttonRole(button) == QMessageBox::AcceptRole)
                            button->click();
                    }
                    return;
                }
                dialog->accept();
                return;
            }
        }
        acceptNext<T>(); // not shown yet
    });
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private:
    UiTestFixture m_fixture;
    QString m_file;

private slots:
    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_fixture.dir.filePath(QStringLiteral("settings")));
        QVERIFY(m_fixture.open());
        m_file = m_fixture.dir.filePath(QStringLiteral("roadmap.md"));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kRoadmap);
    }

    void showsTreeDurationsAndWhatWasLeftOut()
    {
        auto result = MarkdownImporter::importFile(m_file);
        QVERIFY(result);
        ImportPreviewDialog dialog(m_file, result.value(), nullptr);
        dialog.show();
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *python = findItem(tree, QStringLiteral("Python"));
        QVERIFY(python);
        QCOMPARE(python->text(ImportPreviewDialog::DurationColumn), QStringLiteral("(3 weeks)"));
        QCOMPARE(python->text(ImportPreviewDialog::EffortColumn), QStringLiteral("30 h"));
        QTreeWidgetItem *syntax = findItem(tree, QStringLiteral("Syntax"));
        QCOMPARE(syntax->text(ImportPreviewDialog::EffortColumn), QStringLiteral("10 h"));
        // Selecting shows the phrase the duration came from, marked in its text.
        tree->setCurrentItem(python);
        auto *details = dialog.findChild<QLabel *>(QStringLiteral("importDetails"));
        QVERIFY(details->text().contains(QStringLiteral("<b><u>(3 weeks)</u></b>")));
        // The section left out is listed and can be ticked.
        QListWidget *leftOut = dialog.leftOut();
        QCOMPARE(leftOut->count(), 1);
        QVERIFY(leftOut->item(0)->text().contains(QStringLiteral("Career Tips")));
        QVERIFY(leftOut->item(0)->flags() & Qt::ItemIsUserCheckable);
    }

    void editsRederiveEfforts()
    {
        auto result = MarkdownImporter::importFile(m_file);
        QVERIFY(result);
        ImportPreviewDialog dialog(m_file, result.value(), nullptr);
        QTreeWidget *tree = dialog.tree();
        // Syntax takes 16 h of Python's 30: the two others share the 14 left.
        findItem(tree, QStringLiteral("Syntax"))
            ->setData(ImportPreviewDialog::EffortColumn, Qt::UserRole, 16 * 60);
        QCOMPARE(findItem(tree, QStringLiteral("Syntax"))->text(ImportPreviewDialog::EffortColumn),
                 QStringLiteral("16 h"));
        QCOMPARE(
            findItem(tree, QStringLiteral("Functions"))->text(ImportPreviewDialog::EffortColumn),
            QStringLiteral("7 h"));
        // Unticked: left out of the roadmap, and its share goes to the rest.
        findItem(tree, QStringLiteral("Modules"))->setCheckState(0, Qt::Unchecked);
        QCOMPARE(
            findItem(tree, QStringLiteral("Functions"))->text(ImportPreviewDialog::EffortColumn),
            QStringLiteral("14 h"));
        // A kind corrected by hand.
        findItem(tree, QStringLiteral("PyTorch"))
            ->setData(ImportPreviewDialog::KindColumn, Qt::UserRole,
                      int(RoadmapNode::Kind::Course));
        const RoadmapDocumentData data = dialog.roadmap();
        QCOMPARE(data.nodes.at(0).children.size(), 2);
        QCOMPARE(data.nodes.at(0).children.at(0).node.effortMinutes, 16 * 60);
        QCOMPARE(data.nodes.at(0).children.at(0).node.effortSource,
                 RoadmapNode::EffortSource::User);
        QCOMPARE(data.nodes.at(1).children.at(0).node.kind, RoadmapNode::Kind::Course);
    }

    void includingASectionAndChangingThePaceReadAgain()
    {
        auto result = MarkdownImporter::importFile(m_file);
        QVERIFY(result);
        ImportPreviewDialog dialog(m_file, result.value(), nullptr);
        dialog.leftOut()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 3);
        QVERIFY(findItem(dialog.tree(), QStringLiteral("Career Tips")));
        auto *pace = dialog.findChild<QDoubleSpinBox *>();
        QVERIFY(pace);
        pace->setValue(5);
        emit pace->editingFinished();
        QCOMPARE(findItem(dialog.tree(), QStringLiteral("Python"))
                     ->text(ImportPreviewDialog::EffortColumn),
                 QStringLiteral("15 h"));
        QCOMPARE(dialog.roadmap().roadmap.hoursPerWeek, 5.0);
        QVERIFY(findItem(dialog.tree(), QStringLiteral("Career Tips"))); // still included
    }

    void arabicInterface()
    {
        m_fixture.language->setLanguage(QStringLiteral("ar"));
        auto result = MarkdownImporter::importFile(m_file);
        QVERIFY(result);
        ImportPreviewDialog dialog(m_file, result.value(), nullptr);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("استيراد خارطة طريق"));
        QCOMPARE(dialog.tree()->headerItem()->text(ImportPreviewDialog::KindColumn),
                 QStringLiteral("النوع"));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        m_fixture.language->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Import Roadmap"));
    }

    void openingAFileImportsItUndoably()
    {
        PlannerDocument *doc = m_fixture.document.get();
        const qint64 before = doc->currentRoadmap().id;
        const int roadmaps = int(doc->roadmaps().size());
        acceptNext<ImportPreviewDialog>();
        m_fixture.window->openFiles({m_file});
        QCOMPARE(int(doc->roadmaps().size()), roadmaps + 1);
        QCOMPARE(doc->currentRoadmap().titleEn, QStringLiteral("Test Roadmap"));
        doc->undoStack()->undo();
        QCOMPARE(doc->currentRoadmap().id, before);
        QCOMPARE(int(doc->roadmaps().size()), roadmaps);
    }

    void exportedJsonOpensAgain()
    {
        PlannerDocument *doc = m_fixture.document.get();
        auto data = doc->exportCurrentRoadmap();
        QVERIFY(data);
        const QString json = m_fixture.dir.filePath(QStringLiteral("export.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(RoadmapJson::write(data.value()));
        file.close();
        QVERIFY(RoadmapFiles::isRoadmapJson(json));
        QVERIFY(!RoadmapFiles::isRoadmapJson(m_file));
        const int roadmaps = int(doc->roadmaps().size());
        acceptNext<QMessageBox>();
        QVERIFY(m_fixture.window->roadmapFiles()->open(json));
        QCOMPARE(int(doc->roadmaps().size()), roadmaps + 1);
        QCOMPARE(doc->currentRoadmap().titleEn, data->roadmap.titleEn);
    }

    void roadmapShFolderGoesThroughThePreview()
    {
        const QString folder =
            QStringLiteral(MASAR_SOURCE_DIR "/tests/data/roadmapsh/mini-roadmap");
        auto result = RoadmapShImporter::importFolder(folder);
        QVERIFY(result);
        ImportPreviewDialog dialog(folder, result.value(), nullptr);
        dialog.setReader([folder](const MarkdownImporter::Options &options) {
            auto again = RoadmapShImporter::importFolder(folder);
            if (again && options.hoursPerWeek)
                again.value().roadmap.hoursPerWeek = *options.hoursPerWeek;
            return again;
        });
        QCOMPARE(dialog.tree()->topLevelItemCount(), 6);
        QCOMPARE(findItem(dialog.tree(), QStringLiteral("Merging"))
                     ->text(ImportPreviewDialog::EffortColumn),
                 QStringLiteral("5 h 30 min"));
        auto *pace = dialog.findChild<QDoubleSpinBox *>();
        pace->setValue(5);
        emit pace->editingFinished(); // read again through the folder's reader
        QCOMPARE(dialog.tree()->topLevelItemCount(), 6);
        QCOMPARE(dialog.roadmap().roadmap.hoursPerWeek, 5.0);
        QCOMPARE(dialog.roadmap().notes.size(), 10);

        // Opening the graph file imports the folder, undoably.
        PlannerDocument *doc = m_fixture.document.get();
        const int roadmaps = int(doc->roadmaps().size());
        acceptNext<ImportPreviewDialog>();
        QVERIFY(
            m_fixture.window->roadmapFiles()->open(folder + QStringLiteral("/mini-roadmap.json")));
        QCOMPARE(int(doc->roadmaps().size()), roadmaps + 1);
        QCOMPARE(doc->currentRoadmap().titleEn, QStringLiteral("Mini Roadmap"));
        doc->undoStack()->undo();
        QCOMPARE(int(doc->roadmaps().size()), roadmaps);
    }

    /// Sections about the people behind a document are listed with their reason; lectures that
    /// share their course's default say so.
    void showsLeftOutSectionsAndSharedDefaults()
    {
        const QString data = QStringLiteral(MASAR_SOURCE_DIR "/tests/data/fidelity/");
        auto people = MarkdownImporter::importFile(data + QStringLiteral("people-sections.md"));
        QVERIFY(people);
        ImportPreviewDialog peopleDialog(data, people.value(), nullptr);
        QStringList leftOut;
        for (int i = 0; i < peopleDialog.leftOut()->count(); ++i)
            leftOut.append(peopleDialog.leftOut()->item(i)->text());
        for (const QString &section :
             {QStringLiteral("“Team”"), QStringLiteral("“Congratulations”"),
              QStringLiteral("“Prerequisites”"), QStringLiteral("“Code of Conduct”")}) {
            const auto it =
                std::find_if(leftOut.cbegin(), leftOut.cend(),
                             [&](const QString &text) { return text.contains(section); });
            QVERIFY2(it != leftOut.cend(), qPrintable(section));
            QVERIFY(it->contains(QStringLiteral("rather than something to study")));
        }

        auto courses = MarkdownImporter::importFile(data + QStringLiteral("course-list.md"));
        QVERIFY(courses);
        ImportPreviewDialog dialog(data, courses.value(), nullptr);
        dialog.show();
        QTreeWidgetItem *lecture = findItem(dialog.tree(), QStringLiteral("Lecture 2: Centering"));
        QVERIFY(lecture);
        QCOMPARE(lecture->text(ImportPreviewDialog::EffortColumn), QStringLiteral("5 h"));
        dialog.tree()->setCurrentItem(lecture);
        auto *details = dialog.findChild<QLabel *>(QStringLiteral("importDetails"));
        QVERIFY2(details->text().contains(QStringLiteral("the default for a course is planned")),
                 qPrintable(details->text()));
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
