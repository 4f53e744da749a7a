// SPDX-License-Identifier: GPL-3.0-or-later
#include "../integration/radicaleserver.h"
#include "calendar/caldavclient.h"
#include "calendar/calendaraccountdialog.h"
#include "calendar/calendarsynccontroller.h"
#include "charts/progresspage.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/databaseerrordialog.h"
#include "dialogs/newroadmapdialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/studytimedialog.h"
#include "dialogs/welcomedialog.h"
#include "document/notebook.h"
#include "document/roadmaptreemodel.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "gantt/gantttreeview.h"
#include "import/importpreviewdialog.h"
#include "import/markdownimporter.h"
#include "notes/noteeditor.h"
#include "notes/notespage.h"
#include "requiredservice.h"
#include "roadmap/nodedetailpanel.h"
#include "roadmap/roadmappage.h"
#include "today/todaypage.h"
#include "uitestfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Masar;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QDir m_out;

    /// Saves a screenshot and checks it is a real picture, not an empty or one-colour frame.
    void capture(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(name));
        const QString path = m_out.filePath(name);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_settings.path());
        const QString folder = qEnvironmentVariable("MASAR_SCREENSHOT_DIR", QDir::currentPath());
        QVERIFY(QDir().mkpath(folder));
        m_out = QDir(folder);
    }

    void mainWindowInEnglishAndArabic()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.window->resize(1280, 760);
        f.window->show();
        f.window->showPage(MainWindow::Page::Roadmap);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTreeView *tree = f.window->roadmapPage()->treeView();
        tree->expandToDepth(1);
        // Select a course so the detail panel shows a link and an effort.
        for (const RoadmapNode &n : f.document->treeModel()->nodes()) {
            if (n.kind == RoadmapNode::Kind::Course && !n.url.isEmpty()) {
                f.window->roadmapPage()->selectNode(n.id);
                break;
            }
        }
        capture(f.window.get(), QStringLiteral("mainwindow-en.png"));
        const int treeX = tree->mapTo(f.window.get(), QPoint(0, 0)).x();
        const int panelX =
            f.window->roadmapPage()->detailPanel()->mapTo(f.window.get(), QPoint(0, 0)).x();
        QVERIFY(treeX < panelX);

        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("mainwindow-ar.png"));
        // Mirrored: the tree is now on the right of the detail panel.
        const int treeXAr = tree->mapTo(f.window.get(), QPoint(0, 0)).x();
        const int panelXAr =
            f.window->roadmapPage()->detailPanel()->mapTo(f.window.get(), QPoint(0, 0)).x();
        QVERIFY(treeXAr > panelXAr);

        f.theme->setMode(Theme::Mode::Dark);
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("mainwindow-ar-dark.png"));
        f.language->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("mainwindow-en-dark.png"));
        f.theme->setMode(Theme::Mode::System);
    }

    void calendarWeekAndMonthInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        // A plan with days off and a target date it misses.
        f.document->setToday(QDate(2026, 1, 5));
        Availability a = f.document->availability();
        a.startDate = QDate(2026, 1, 5);
        a.minutesPerWeekday = {60, 60, 60, 60, 60, 180, 0};
        a.blocked.append({QDate(2026, 1, 19), QDate(2026, 1, 30), QStringLiteral("Exams")});
        a.targetDate = QDate(2027, 6, 30);
        QVERIFY(f.document->setAvailability(a, QStringLiteral("Study time")));
        QVERIFY(f.document->acceptPlan().ok());
        // An explicit prerequisite, drawn as an arrow.
        qint64 fundamentals = 0;
        qint64 ethics = 0;
        for (const RoadmapNode &n : f.document->treeModel()->nodes()) {
            if (n.title == QStringLiteral("Understanding AI fundamentals"))
                fundamentals = n.id;
            if (n.title == QStringLiteral("Ethical awareness"))
                ethics = n.id;
        }
        QVERIFY(f.document->setPrerequisites(ethics, {fundamentals}));
        f.window->resize(1280, 760);
        f.window->show();
        f.window->showPage(MainWindow::Page::Calendar);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        GanttPage *page = f.window->ganttPage();
        page->treeView()->expandToDepth(2);
        page->timeline()->setScale(GanttScene::Scale::Week);
        page->timeline()->scrollToDate(QDate(2026, 1, 1));
        QVERIFY(page->timeline()->visibleRows().size() > 10);
        capture(f.window.get(), QStringLiteral("calendar-week-en.png"));
        page->timeline()->setScale(GanttScene::Scale::Month);
        page->timeline()->scrollToDate(QDate(2026, 1, 1));
        capture(f.window.get(), QStringLiteral("calendar-month-en.png"));

        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        page->timeline()->setScale(GanttScene::Scale::Week);
        page->timeline()->scrollToDate(QDate(2026, 1, 1));
        capture(f.window.get(), QStringLiteral("calendar-week-ar.png"));
        // Mirrored: later dates lie further left.
        const GanttScene &scene = page->timeline()->scene();
        const int w = page->timeline()->width();
        QVERIFY(scene.xFor(QDate(2026, 3, 1), 0, w, true) <
                scene.xFor(QDate(2026, 2, 1), 0, w, true));
        page->timeline()->setScale(GanttScene::Scale::Month);
        page->timeline()->scrollToDate(QDate(2026, 1, 1));
        capture(f.window.get(), QStringLiteral("calendar-month-ar.png"));
        // The Hijri calendar with Latin digits: month names and numbers in the header change.
        f.language->setCalendar(DisplayCalendar::System::Hijri);
        f.language->setDigits(LanguageController::Digits::Latin);
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("calendar-month-ar-hijri.png"));
        f.language->setCalendar(DisplayCalendar::System::Gregorian);
        f.language->setDigits(LanguageController::Digits::ArabicIndic);
        f.language->setLanguage(QStringLiteral("en"));
    }

    void todayWithHistoryInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.generateHistory(8);
        QVERIFY(f.document->studyLog()->sessions().size() > 20);
        f.window->resize(1280, 760);
        f.window->show();
        f.window->showPage(MainWindow::Page::Today);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QVERIFY2(f.window->todayPage()->standing().contains(QStringLiteral("behind")),
                 qPrintable(f.window->todayPage()->standing()));
        capture(f.window.get(), QStringLiteral("today-en.png"));
        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("today-ar.png"));
        f.language->setLanguage(QStringLiteral("en"));
    }

    void progressWithHistoryInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.generateHistory(10);
        f.window->resize(1280, 900);
        f.window->show();
        f.window->showPage(MainWindow::Page::Progress);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QCOMPARE(f.window->progressPage()->charts().size(), 4);
        QVERIFY(f.window->progressPage()->statistics().studiedMinutes > 0);
        capture(f.window.get(), QStringLiteral("progress-en.png"));
        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("progress-ar.png"));
        f.theme->setMode(Theme::Mode::Dark);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("progress-ar-dark.png"));
        f.theme->setMode(Theme::Mode::System);
        f.language->setLanguage(QStringLiteral("en"));
    }

    void notesInBothLanguagesLightAndDark()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        NoteBook *notes = f.document->noteBook();
        notes->create(
            0, QStringLiteral("Gradient descent in NumPy and C++"),
            QStringLiteral("# Gradient descent\n\nThe update rule is *w ← w − η∇L*. "
                           "See [the lecture](https://example.org/lecture).\n\n"
                           "```python\nimport numpy as np\n\ndef step(w, grad, lr=0.1):\n"
                           "    return w - lr * grad  # one step\n```\n\n"
                           "```cpp\n#include <vector>\ndouble step(double w, double g) {\n"
                           "    return w - 0.1 * g; // one step\n}\n```\n\n"
                           "- [x] derive the gradient\n- [ ] try momentum\n"));
        const qint64 arabic = notes->create(
            0, QStringLiteral("ملاحظات الجبر الخطي"),
            QStringLiteral("# ضرب المصفوفات\n\nالمصفوفةُ مهمةٌ جدًا في تعلّم الآلة. "
                           "ضرب مصفوفتين يتطلب أن يساوي عدد أعمدة الأولى عدد صفوف الثانية.\n\n"
                           "This sentence is in English, inside an Arabic note.\n\n"
                           "```python\nimport numpy as np\nA @ B  # ضرب المصفوفتين\n```\n"));
        f.window->resize(1280, 760);
        f.window->show();
        f.window->showPage(MainWindow::Page::Notes);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        NotesPage *page = f.window->notesPage();
        page->openNote(notes->notes().constLast().id);
        page->editor()->setPreviewVisible(true);
        capture(f.window.get(), QStringLiteral("notes-en.png"));
        f.theme->setMode(Theme::Mode::Dark);
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("notes-en-dark.png"));
        f.theme->setMode(Theme::Mode::System);
        QCoreApplication::processEvents();

        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        page->openNote(arabic);
        page->editor()->setPreviewVisible(true);
        capture(f.window.get(), QStringLiteral("notes-ar.png"));
        page->searchField()->setText(QStringLiteral("مصفوفه"));
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("notes-search-ar.png"));
        f.language->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        page->searchField()->setText(QStringLiteral("step"));
        QCoreApplication::processEvents();
        capture(f.window.get(), QStringLiteral("notes-search-en.png"));
    }

    void importPreviewInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        const QString sample = QStringLiteral(MASAR_SOURCE_DIR "/tests/data/sample-roadmap.md");
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            f.language->setLanguage(lang);
            auto result = MarkdownImporter::importFile(sample);
            QVERIFY2(result, qPrintable(result.error()));
            ImportPreviewDialog preview(sample, result.value(), nullptr);
            preview.resize(1100, 760);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            preview.tree()->expandAll();
            const auto found = preview.tree()->findItems(QStringLiteral("Linear Algebra"),
                                                         Qt::MatchContains | Qt::MatchRecursive);
            QVERIFY(!found.isEmpty());
            preview.tree()->setCurrentItem(found.constFirst());
            capture(&preview, QStringLiteral("import-%1.png").arg(lang));
        }
        f.language->setLanguage(QStringLiteral("en"));
    }

    void welcomeInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        Availability defaults;
        defaults.startDate = QDate(2026, 1, 5);
        WelcomeDialog welcome(f.language, defaults, nullptr);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        capture(&welcome, QStringLiteral("welcome-en.png"));
        f.language->setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        capture(&welcome, QStringLiteral("welcome-ar-switched.png"));
        // Opened in Arabic from the start.
        WelcomeDialog arabic(f.language, defaults, nullptr);
        arabic.show();
        QVERIFY(QTest::qWaitForWindowExposed(&arabic));
        capture(&arabic, QStringLiteral("welcome-ar.png"));
        f.language->setLanguage(QStringLiteral("en"));
    }

    /// Every other dialog, opened in each language (dialogs are made in the language of the
    /// moment, as the app makes them).
    void dialogsInBothLanguages()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.document->setToday(QDate(2026, 1, 5));
        Availability availability = f.document->availability();
        availability.startDate = QDate(2026, 1, 5);
        availability.blocked.append({QDate(2026, 3, 30), QDate(2026, 4, 10), tr("Exams")});
        QVERIFY(f.document->setAvailability(availability, QStringLiteral("exams")));
        qint64 course = 0;
        for (const RoadmapNode &node : f.document->treeModel()->nodes()) {
            if (node.kind == RoadmapNode::Kind::Course) {
                course = node.id;
                break;
            }
        }
        QVERIFY(course != 0);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            f.language->setLanguage(lang);
            StudyTimeDialog studyTime(f.document->availability(), nullptr);
            studyTime.show();
            QVERIFY(QTest::qWaitForWindowExposed(&studyTime));
            capture(&studyTime, QStringLiteral("study-time-%1.png").arg(lang));

            StudySession session;
            session.nodeId = course;
            session.start = QDateTime(QDate(2026, 1, 5), QTime(19, 0));
            session.end = session.start.addSecs(50 * 60);
            SessionDialog sessionDialog(f.document.get(), session, nullptr);
            sessionDialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&sessionDialog));
            capture(&sessionDialog, QStringLiteral("session-%1.png").arg(lang));

            NewRoadmapDialog newRoadmap(lang, nullptr);
            newRoadmap.show();
            QVERIFY(QTest::qWaitForWindowExposed(&newRoadmap));
            capture(&newRoadmap, QStringLiteral("new-roadmap-%1.png").arg(lang));

            AboutDialog about(nullptr);
            about.show();
            QVERIFY(QTest::qWaitForWindowExposed(&about));
            capture(&about, QStringLiteral("about-%1.png").arg(lang));

            // A real backup file, so the dialog can say when it was made.
            const QString backup = f.dir.filePath(QStringLiteral("masar-2026-01-04.sqlite"));
            {
                QFile file(backup);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("backup");
            }
            DatabaseErrorDialog damaged(
                QCoreApplication::translate("Database",
                                            "The file %1 is not a Masar database (it is not an "
                                            "SQLite file).")
                    .arg(QChar(0x202A) + f.dir.filePath(QStringLiteral("notes.txt")) +
                         QChar(0x202C)),
                f.dir.filePath(QStringLiteral("notes.txt")), backup, nullptr);
            damaged.show();
            QVERIFY(QTest::qWaitForWindowExposed(&damaged));
            capture(&damaged, QStringLiteral("database-error-%1.png").arg(lang));
        }
        f.language->setLanguage(QStringLiteral("en"));
    }

    void calendarAccountInBothLanguages()
    {
        const QString reason = RadicaleServer::unavailableReason();
        MASAR_REQUIRE(reason.isEmpty(), reason);
        RadicaleServer server(nullptr);
        server.addUser(QStringLiteral("amina"), QStringLiteral("study-2026"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        {
            CalDavClient client(
                {server.url(), QStringLiteral("amina"), QStringLiteral("study-2026")}, nullptr);
            CalDavReply *made =
                client.createCalendar(server.url(QStringLiteral("/amina/")),
                                      QStringLiteral("study"), QStringLiteral("Study plan"));
            QSignalSpy spy(made, &CalDavReply::finished);
            QVERIFY(spy.wait(20000) && made->isOk());
        }
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.document->setToday(QDate(2026, 1, 5));
        Availability availability = f.document->availability();
        availability.startDate = f.document->today();
        QVERIFY(f.document->setAvailability(availability, QStringLiteral("start")));
        CalendarSyncController *controller = f.window->calendarSync();
        {
            CalendarAccountDialog dialog(controller, nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.findChild<QLineEdit *>(QStringLiteral("server"))
                ->setText(server.url().toString());
            dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("amina"));
            dialog.findChild<QLineEdit *>(QStringLiteral("password"))
                ->setText(QStringLiteral("study-2026"));
            // Not remembered here: the picture needs no keychain.
            dialog.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
            dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
            auto *calendar = dialog.findChild<QComboBox *>(QStringLiteral("calendar"));
            QTRY_COMPARE_WITH_TIMEOUT(calendar->count(), 1, 20000);
            QSignalSpy finished(controller, &CalendarSyncController::finished);
            dialog.findChild<QPushButton *>(QStringLiteral("syncNow"))->click();
            QVERIFY(finished.wait(60000));
            capture(&dialog, QStringLiteral("calendar-account-en.png"));
        }
        f.language->setLanguage(QStringLiteral("ar"));
        {
            CalendarAccountDialog dialog(controller, nullptr);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            capture(&dialog, QStringLiteral("calendar-account-ar.png"));
        }
        f.language->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
