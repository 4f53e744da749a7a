// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newroadmapdialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/studytimedialog.h"
#include "dialogs/welcomedialog.h"
#include "mnemonicclashes.h"
#include "pagestack.h"
#include "uitestfixture.h"

#include <QMenuBar>
#include <QTest>

using namespace Masar;
using Page = PageStack::Page;

/**
 * No two controls of a page, a dialog or a menu answer to the same Alt key, in English and in
 * Arabic (the Arabic mnemonics are the translator's: they clash as easily as the English ones).
 */
class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QStringList checked(QWidget *window, const QString &where)
    {
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return {where + QStringLiteral(": not shown")};
        QStringList found;
        for (const QString &clash : MnemonicClashes::inWindow(window))
            found.append(where + QStringLiteral(": ") + clash);
        return found;
    }

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void noKeyIsSharedOnAPageOrInADialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void noKeyIsSharedOnAPageOrInADialog()
    {
        QFETCH(QString, language);
        UiTestFixture f;
        QVERIFY(f.open(language));
        f.window->resize(1280, 800);
        QStringList found;
        for (int p = 0; p <= int(Page::Notes); ++p) {
            f.window->showPage(Page(p));
            found += checked(f.window.get(), QStringLiteral("page %1").arg(p));
        }
        for (const QString &clash : MnemonicClashes::inMenus(f.window->menuBar()->actions()))
            found.append(QStringLiteral("menus: ") + clash);
        qint64 leaf = 0;
        for (const RoadmapNode &node : f.document->treeModel()->nodes()) {
            if (f.document->treeModel()->childCount(node.id) == 0)
                leaf = node.id;
        }
        StudySession session;
        session.nodeId = leaf;
        session.start = QDateTime::currentDateTime().addSecs(-3600);
        session.end = session.start.addSecs(1800);
        WelcomeDialog welcome(f.language, f.document->availability(), nullptr);
        found += checked(&welcome, QStringLiteral("welcome"));
        StudyTimeDialog studyTime(f.document->availability(), nullptr);
        found += checked(&studyTime, QStringLiteral("study time"));
        SessionDialog sessionDialog(f.document.get(), session, nullptr);
        found += checked(&sessionDialog, QStringLiteral("study session"));
        NewRoadmapDialog newRoadmap(language, nullptr);
        found += checked(&newRoadmap, QStringLiteral("new roadmap"));
        for (const QString &clash : std::as_const(found))
            qInfo("%s", qPrintable(clash));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 shared keys").arg(found.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
