// SPDX-License-Identifier: GPL-3.0-or-later
// A first start and a learner's first day with the keyboard alone: the welcome, the calendar's
// next week, a topic marked done, 30 minutes logged, a note with a code block, the switch to
// Arabic. Only key events reach the application (sent where the keyboard focus is, as a
// keyboard would send them); the state is read after each step.
#include "dialogs/sessiondialog.h"
#include "dialogs/welcomedialog.h"
#include "document/notebook.h"
#include "gantt/ganttpage.h"
#include "gantt/gantttimeline.h"
#include "gantt/gantttreeview.h"
#include "import/builtinroadmaps.h"
#include "mnemonicclashes.h"
#include "notes/noteeditor.h"
#include "notes/notespage.h"
#include "pagestack.h"
#include "roadmap/roadmappage.h"
#include "storage/noterepository.h"
#include "today/todaypage.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <array>
#include <functional>

using namespace Masar;

namespace {

/// Where a key typed now goes: an open menu, else the focus widget.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeModalWidget();
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             button ? button->text() : w->objectName(), w->accessibleName());
}

bool contains(const QWidget *ancestor, const QWidget *w)
{
    return w && (w == ancestor || ancestor->isAncestorOf(w));
}

} // namespace

class TestKeyboardJourney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    UiTestFixture m_f;
    QString m_roadmap; ///< the built-in roadmap chosen in the welcome
    const std::array<int, 7> m_minutes{45, 45, 45, 45, 45, 90, 0};
    qint64 m_topic = 0;
    qint64 m_note = 0;

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    /// Types `text`, a line break as the Enter key.
    static void type(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                press(Qt::Key_Return);
            QWidget *target = keyTarget();
            QVERIFY2(target, "nothing has the keyboard focus");
            QTest::keyClicks(target, lines.at(i));
        }
    }

    /// Tab until `wanted` has the focus, through at most `stops` other widgets on the way.
    static void tabTo(const QWidget *wanted, int stops)
    {
        for (int i = 0; i <= stops && QApplication::focusWidget() != wanted; ++i) {
            press(Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->isVisible(),
                     "Tab left the focus nowhere visible");
        }
        QVERIFY2(QApplication::focusWidget() == wanted,
                 qPrintable(QStringLiteral("Tab did not reach %1 but stopped at %2")
                                .arg(describe(wanted), describe(QApplication::focusWidget()))));
    }

    /// Tab to `list`, then once more: to the button an empty list shows in it.
    static void tabAfter(QAbstractItemView *list, int stops)
    {
        auto *button = list->viewport()->findChild<QPushButton *>();
        QVERIFY2(button && button->isVisible(), "the empty list shows no button");
        tabTo(list, stops);
        if (!QTest::currentTestFailed())
            tabTo(button, 0);
    }

    /// What whenModal() needs: it goes with the test function, and with it what is pending.
    struct ModalKeys : QObject
    {
        bool ran = false;
    };

    /**
     * Runs `keys` once a modal dialog is up (it is opened by what the caller does next, from a
     * key; `scope.ran` says whether it was). A dialog the keys leave open is rejected, so that a
     * failure never hangs the test.
     */
    static void whenModal(ModalKeys *scope, const std::function<void(QWidget *)> &keys)
    {
        // Polled rather than waited for: what opens the dialog may run in a later event-loop pass
        // (a button's mnemonic clicks it a moment later), and then the dialog runs its own loop.
        auto *poll = new QTimer(scope);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, scope, [scope, poll, keys] {
            QWidget *modal = QApplication::activeModalWidget();
            // Keys go to the dialog once it is the active window (under X11 that follows the
            // window manager's activation).
            if (!modal || !modal->isActiveWindow())
                return;
            poll->stop();
            scope->ran = true;
            keys(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
        poll->start();
    }

    /**
     * What a desktop's window manager does when a window is shown or the dialog over it closes:
     * it makes it the active window. Xvfb runs none, and the offscreen platform activates each
     * window shown (menus too) but none when one closes, so the test does it for them.
     */
    static void activatedByWindowManager(QWidget *window)
    {
        if (!window->isActiveWindow())
            window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    PageStack::Page currentPage() const
    {
        return m_f.window->findChild<PageStack *>()->currentPage();
    }

private slots:
    void initTestCase()
    {
        UiTestFixture::isolateSettings(m_settings.path());
        QSettings().clear();
        GuiApplication::configure(*qApp);
    }

    void cleanupTestCase()
    {
        if (m_f.window)
            m_f.window->close();
        m_f.close();
        if (m_f.language)
            m_f.language->setLanguage(QStringLiteral("en"));
    }

    // Steps 1 and 2: the welcome a first start shows, and a roadmap and the minutes of study
    // chosen in it; then the main window as the application opens it after the welcome.
    void firstStartChoosesRoadmapAndMinutes()
    {
        // What GuiApplication::run() does on a first start: a fresh database with no roadmap,
        // the welcome not shown before, in the saved (here: the system's) language.
        m_f.database = std::make_unique<Database>(m_f.dir.filePath(QStringLiteral("masar.sqlite")));
        QVERIFY(m_f.database->open().ok());
        m_f.document = std::make_unique<PlannerDocument>(*m_f.database, nullptr);
        auto stored = m_f.document->storedRoadmaps();
        QVERIFY(stored.ok());
        QVERIFY(stored->isEmpty());
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("ui/welcomeShown")).toBool());
        settings.setValue(QStringLiteral("ui/welcomeShown"), true);
        m_f.language = new LanguageController(qApp);
        m_f.language->setLanguage(LanguageController::savedLanguage());
        QCOMPARE(m_f.language->language(), QStringLiteral("en"));
        m_f.theme = new Theme(qApp);

        Availability defaults;
        defaults.startDate = m_f.document->today();
        WelcomeDialog welcome(m_f.language, defaults, nullptr);
        // Not the default roadmap: one reached with the arrow keys.
        m_roadmap = QStringLiteral("ai-ml-12-weeks");
        const int row = int(BuiltinRoadmaps::ids().indexOf(m_roadmap));
        QVERIFY(row > 0);
        ModalKeys scope;
        whenModal(&scope, [&welcome, this, row](QWidget *modal) {
            QCOMPARE(modal, &welcome);
            auto *languages = welcome.findChild<QComboBox *>();
            auto *roadmaps = welcome.findChild<QListWidget *>();
            const QList<QSpinBox *> days = welcome.findChildren<QSpinBox *>();
            QVERIFY(languages && roadmaps);
            QCOMPARE(days.size(), 7);
            // The first question has the focus: the language.
            QCOMPARE(QApplication::focusWidget(), languages);
            MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(&welcome));
            // Alt+R (the "Roadmap:" label's mnemonic) goes to the list; the arrows choose.
            press(Qt::Key_R, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), roadmaps);
            QCOMPARE(welcome.roadmapId(), BuiltinRoadmaps::defaultId());
            press(Qt::Key_Home);
            for (int i = 0; i < row; ++i)
                press(Qt::Key_Down);
            QCOMPARE(welcome.roadmapId(), m_roadmap);
            // From the list, Tab goes on to the study time: Monday first, then day by day.
            for (int day = 0; day < 7; ++day) {
                press(Qt::Key_Tab);
                QVERIFY2(QApplication::focusWidget() == days.at(day),
                         qPrintable(QStringLiteral("day %1: the focus is on %2")
                                        .arg(day)
                                        .arg(describe(QApplication::focusWidget()))));
                type(QString::number(m_minutes.at(size_t(day)))); // replaces the selected value
                QCOMPARE(days.at(day)->value(), m_minutes.at(size_t(day)));
            }
            QVERIFY2(welcome.finishText().contains(QStringLiteral("you would finish on")),
                     qPrintable(welcome.finishText()));
            // Enter: the default button, "Plan My Studies".
            press(Qt::Key_Return);
            QTRY_VERIFY(!welcome.isVisible());
            QCOMPARE(welcome.result(), int(QDialog::Accepted));
        });
        const bool welcomed =
            welcome.exec() == QDialog::Accepted && welcome.applyTo(m_f.document.get());
        QVERIFY(scope.ran);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(welcomed);

        // The roadmap and the minutes are the document's, and its plan is accepted.
        QCOMPARE(m_f.document->currentRoadmap().builtinId, m_roadmap);
        QCOMPARE(m_f.document->availability().minutesPerWeekday, m_minutes);
        QCOMPARE(m_f.document->availability().startDate, m_f.document->today());
        QVERIFY(m_f.document->baselineFinish().isValid());
        QCOMPARE(m_f.document->baselineFinish(), m_f.document->schedule().finish);

        // The window as GuiApplication::run() opens it after the welcome: on the Calendar.
        m_f.window = std::make_unique<MainWindow>(m_f.document.get(), m_f.language, m_f.theme);
        m_f.window->showPage(MainWindow::Page::Calendar);
        m_f.window->show();
        QTimer::singleShot(0, m_f.window.get(), &MainWindow::offerInterruptedTimer);
        QTimer::singleShot(300, m_f.window.get(), &MainWindow::buildRemainingPages);
        activatedByWindowManager(m_f.window.get());
        QCOMPARE(currentPage(), PageStack::Page::Calendar);
        QTRY_VERIFY2(QApplication::focusWidget(), "the main window has no keyboard focus");
    }

    // Step 3: the Calendar page, and the week after the one shown.
    void calendarMovesToNextWeek()
    {
        if (!m_f.window)
            QSKIP("the journey stopped before the main window opened");
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentPage(), PageStack::Page::Calendar);
        GanttPage *gantt = m_f.window->ganttPage();
        QVERIFY(gantt->isVisible());
        MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(m_f.window.get()));
        // The page shortcut takes the keyboard into the page.
        QVERIFY2(contains(gantt, QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        // Zoom, the items, then the calendar itself.
        tabTo(gantt->timeline(), 3);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(gantt->timeline()->scene().scale(), GanttScene::Scale::Week);
        const QDate shown = gantt->visibleRange().from;
        press(Qt::Key_Right);
        QCOMPARE(gantt->visibleRange().from, shown.addDays(7));
        press(Qt::Key_Right);
        press(Qt::Key_Left);
        QCOMPARE(gantt->visibleRange().from, shown.addDays(7));
        QCOMPARE(currentPage(), PageStack::Page::Calendar);
    }

    // Step 4: a topic marked done in the Roadmap page.
    void topicMarkedDone()
    {
        if (!m_f.window)
            QSKIP("the journey stopped before the main window opened");
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(currentPage(), PageStack::Page::Roadmap);
        QTreeView *tree = m_f.window->roadmapPage()->treeView();
        QCOMPARE(QApplication::focusWidget(), tree);
        MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(m_f.window.get()));
        // Down the tree to the first topic, opening what is closed on the way.
        const RoadmapTreeModel *model = m_f.document->treeModel();
        for (int i = 0; i < 20 && !m_topic; ++i) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(tree->model());
            QVERIFY(proxy);
            const qint64 id = model->idOf(proxy->mapToSource(tree->currentIndex()));
            const RoadmapNode *node = model->node(id);
            QVERIFY(node);
            if (node->kind == RoadmapNode::Kind::Topic)
                m_topic = id;
            else if (model->childCount(id) > 0 && !tree->isExpanded(tree->currentIndex()))
                press(Qt::Key_Right);
            else
                press(Qt::Key_Down);
        }
        QVERIFY2(m_topic, "no topic was reached with the arrow keys");
        QCOMPARE(model->node(m_topic)->status, RoadmapNode::Status::NotStarted);
        press(Qt::Key_2, Qt::AltModifier); // Mark As → Done
        QCOMPARE(model->node(m_topic)->status, RoadmapNode::Status::Done);
        QCOMPARE(QApplication::focusWidget(), tree);
    }

    // Step 5: 30 minutes logged by hand on the Today page.
    void thirtyMinutesLogged()
    {
        if (!m_f.window)
            QSKIP("the journey stopped before the main window opened");
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(currentPage(), PageStack::Page::Today);
        TodayPage *today = m_f.window->todayPage();
        QVERIFY2(contains(today, QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(m_f.window.get()));
        // Nothing logged yet: the study log offers Log Study…, next after the list in Tab order.
        tabAfter(today->sessionList(), 20);
        if (QTest::currentTestFailed())
            return;
        const qsizetype before = m_f.document->studyLog()->sessions().size();
        ModalKeys scope;
        whenModal(&scope, [](QWidget *modal) {
            auto *dialog = qobject_cast<SessionDialog *>(modal);
            QVERIFY2(dialog, qPrintable(describe(modal)));
            auto *item = dialog->findChild<QComboBox *>();
            auto *minutes = dialog->findChild<QSpinBox *>();
            QVERIFY(item && minutes);
            // It opens on the first question, the item; Alt+U goes to the duration.
            QCOMPARE(QApplication::focusWidget(), item);
            MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(dialog));
            press(Qt::Key_U, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), minutes);
            press(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("30"));
            QCOMPARE(minutes->value(), 30);
            press(Qt::Key_Return); // OK
            QTRY_VERIFY(!dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        });
        // A button's mnemonic clicks it as a click looks: a moment later.
        press(Qt::Key_L, Qt::AltModifier); // Log Study…
        QTRY_VERIFY2(scope.ran, "Alt+L did not open the Log Study dialog");
        QVERIFY(!QTest::currentTestFailed());
        const QList<StudySession> &sessions = m_f.document->studyLog()->sessions();
        QCOMPARE(sessions.size(), before + 1);
        QCOMPARE(sessions.constLast().minutes(), 30);
        QCOMPARE(sessions.constLast().source, StudySession::Source::Manual);
        QVERIFY(sessions.constLast().nodeId != 0);
        // The keyboard is back on the page the dialog was opened from.
        activatedByWindowManager(m_f.window.get());
        QTRY_VERIFY2(contains(today, QApplication::focusWidget()),
                     qPrintable(describe(QApplication::focusWidget())));
    }

    // Step 6: a new note with a fenced code block, stored in the database.
    void noteWithCodeBlockSaved()
    {
        if (!m_f.window)
            QSKIP("the journey stopped before the main window opened");
        press(Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(currentPage(), PageStack::Page::Notes);
        NotesPage *notes = m_f.window->notesPage();
        QVERIFY2(contains(notes, QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        // No note yet: the list offers New Note, next after it in Tab order.
        tabAfter(notes->list(), 3);
        if (QTest::currentTestFailed())
            return;
        const qsizetype before = m_f.document->noteBook()->notes().size();
        press(Qt::Key_N, Qt::AltModifier); // New Note
        QTRY_COMPARE(m_f.document->noteBook()->notes().size(), before + 1);
        m_note = notes->editor()->noteId();
        QVERIFY(m_note);
        // The new note's title has the focus, selected to be typed over.
        auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(title && title != notes->searchField(),
                 qPrintable(describe(QApplication::focusWidget())));
        QCOMPARE(title->selectedText(), title->text());
        MASAR_VERIFY_NO_CLASH(MnemonicClashes::inWindow(m_f.window.get()));
        type(QStringLiteral("Gradient descent"));
        // Past the note's buttons to its text.
        QPlainTextEdit *text = notes->editor()->textEdit();
        tabTo(text, 3);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_f.document->noteBook()->note(m_note)->title, QStringLiteral("Gradient descent"));
        const QString body = QStringLiteral("Step by step:\n\n```python\nw = w - lr * grad\n```\n");
        type(body);
        QCOMPARE(text->toPlainText(), body);
        // Saved by itself shortly after the typing.
        NoteRepository repository(*m_f.database);
        QTRY_COMPARE(repository.find(m_note)->body, body);
        QVERIFY(repository.find(m_note)->body.contains(QStringLiteral("```python\n")));
    }

    // Step 7: View → Language → العربية, from the menu bar's mnemonics and the arrows.
    void switchedToArabic()
    {
        if (!m_f.window)
            QSKIP("the journey stopped before the main window opened");
        // Within a menu, a key two of its items share only selects one of them.
        MASAR_VERIFY_NO_CLASH(MnemonicClashes::inMenus(m_f.window->menuBar()->actions()));
        QWidget *focused = QApplication::focusWidget();
        press(Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        press(Qt::Key_L); // Language
        QMenu *languages = nullptr;
        QTRY_VERIFY((languages = qobject_cast<QMenu *>(QApplication::activePopupWidget())) &&
                    languages->actions().size() == 2);
        QVERIFY2(languages->actions().constFirst()->data() == QStringLiteral("en"),
                 qPrintable(QStringLiteral("Alt+V, L opened \"%1\"").arg(languages->title())));
        for (int i = 0; i < 3 && (!languages->activeAction() ||
                                  languages->activeAction()->data() != QStringLiteral("ar"));
             ++i)
            press(Qt::Key_Down);
        QVERIFY(languages->activeAction());
        QCOMPARE(languages->activeAction()->data().toString(), QStringLiteral("ar"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());

        QCOMPARE(m_f.language->language(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(m_f.window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_f.window->notesPage()->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(m_f.window->menuBar()->actions().constFirst()->text() !=
                    QStringLiteral("&File"));
        // The keyboard is back where it was, and the note is intact.
        activatedByWindowManager(m_f.window.get());
        QTRY_COMPARE(QApplication::focusWidget(), focused);
        QVERIFY(NoteRepository(*m_f.database).find(m_note)->body.contains(QStringLiteral("```")));
    }
};

QTEST_MAIN(TestKeyboardJourney)
#include "tst_keyboardjourney.moc"
