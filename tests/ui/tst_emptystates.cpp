// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/progresspage.h"
#include "document/notebook.h"
#include "emptystate.h"
#include "gantt/ganttpage.h"
#include "notes/notespage.h"
#include "pagestack.h"
#include "roadmap/roadmappage.h"
#include "today/todaypage.h"
#include "uitestfixture.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Masar;
using Page = PageStack::Page;

/// A page with nothing yet says in a sentence what to do, and offers the button that does it.
class TestEmptyStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    /// The empty state over `view` (each view has at most one).
    static EmptyState *stateOf(QAbstractItemView *view)
    {
        return view->viewport()->findChild<EmptyState *>(QString(), Qt::FindDirectChildrenOnly);
    }

    static bool shown(const EmptyState *state)
    {
        return state && state->isVisibleTo(state->window()) && !state->text().isEmpty();
    }

    /// Presses the button of `state`; a modal dialog it opens is closed and its title returned.
    static QString pressAndCloseDialog(EmptyState *state)
    {
        QString title;
        QTimer::singleShot(0, [&title] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                title = modal->windowTitle();
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
            }
        });
        QTest::mouseClick(state->button(), Qt::LeftButton);
        return title;
    }

    static void addSession(UiTestFixture &f)
    {
        const qint64 leaf =
            f.document->treeModel()
                ->childIds(f.document->treeModel()
                               ->childIds(f.document->treeModel()->childIds(0).constFirst())
                               .constFirst())
                .constFirst();
        StudySession s;
        s.nodeId = leaf;
        s.start = QDateTime::currentDateTime().addSecs(-3600);
        s.end = s.start.addSecs(1800);
        QVERIFY(f.document->studyLog()->add(s));
    }

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void todayAndProgressSayHowToLogStudy()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        TodayPage *today = f.window->findChild<TodayPage *>();
        QVERIFY(today);
        EmptyState *log = stateOf(today->sessionList());
        QTRY_VERIFY(shown(log));
        QVERIFY(log->button()->isVisibleTo(f.window.get()));
        QVERIFY(!pressAndCloseDialog(log).isEmpty()); // the Log Study dialog

        f.window->showPage(Page::Progress);
        auto *progress = f.window->findChild<ProgressPage *>();
        QVERIFY(progress);
        progress->refreshNow();
        auto *notice = progress->findChild<QWidget *>(QStringLiteral("progressEmpty"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisibleTo(f.window.get()));
        auto *button = notice->findChild<QPushButton *>();
        QVERIFY(button && !button->text().isEmpty());
        // Its button goes to the Today page and opens the dialog there.
        QString title;
        QTimer::singleShot(0, [&title] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!title.isEmpty());
        QVERIFY(today->isVisible());

        addSession(f);
        QTRY_VERIFY(!log->isVisibleTo(f.window.get()));
        QCOMPARE(today->sessionList()->topLevelItemCount(), 1);
        f.window->showPage(Page::Progress);
        progress->refreshNow();
        QTRY_VERIFY(!notice->isVisibleTo(f.window.get()));
    }

    void notesOfferTheFirstNoteAndSayWhenASearchFindsNothing()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->showPage(Page::Notes);
        auto *notes = f.window->findChild<NotesPage *>();
        QVERIFY(notes);
        EmptyState *state = stateOf(notes->list());
        QTRY_VERIFY(shown(state));
        QVERIFY(state->button()->isVisibleTo(f.window.get()));
        QVERIFY(f.document->noteBook()->notes().isEmpty());
        QTest::mouseClick(state->button(), Qt::LeftButton);
        QCOMPARE(f.document->noteBook()->notes().size(), 1);
        QTRY_VERIFY(!state->isVisibleTo(f.window.get()));

        auto *search = notes->findChild<QLineEdit *>(QStringLiteral("noteSearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("zqxjk"));
        QTRY_VERIFY(shown(state));
        QVERIFY(state->text().contains(QStringLiteral("zqxjk")));
        QVERIFY(!state->button()->isVisibleTo(f.window.get())); // nothing to press for that
        search->clear();
        QTRY_VERIFY(!state->isVisibleTo(f.window.get()));
    }

    void anEmptyRoadmapOffersItsFirstItem()
    {
        UiTestFixture f;
        QVERIFY(f.open());
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        RoadmapDocumentData empty;
        empty.roadmap.titleEn = QStringLiteral("Empty roadmap");
        QVERIFY(f.document->importRoadmap(empty));
        QCOMPARE(f.document->treeModel()->rowCount(), 0);

        f.window->showPage(Page::Calendar);
        auto *gantt = f.window->findChild<GanttPage *>();
        QVERIFY(gantt);
        auto *ganttTree = gantt->findChild<QAbstractItemView *>(QStringLiteral("ganttTree"));
        QVERIFY(ganttTree);
        EmptyState *calendar = stateOf(ganttTree);
        QTRY_VERIFY(shown(calendar));
        QTest::mouseClick(calendar->button(), Qt::LeftButton); // to the Roadmap page
        auto *roadmap = f.window->findChild<RoadmapPage *>();
        QTRY_VERIFY(roadmap->isVisible());
        auto *tree = roadmap->findChild<QTreeView *>(QStringLiteral("roadmapTree"));
        EmptyState *state = stateOf(tree);
        QTRY_VERIFY(shown(state));
        QTest::mouseClick(state->button(), Qt::LeftButton);
        QCOMPARE(f.document->treeModel()->rowCount(), 1);
        QTRY_VERIFY(!state->isVisibleTo(f.window.get()));
        f.window->showPage(Page::Calendar);
        QTRY_VERIFY(!calendar->isVisibleTo(f.window.get()));
    }
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
