// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/welcomedialog.h"
#include "displaycalendar.h"
#include "uitestfixture.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Masar;

/// The first-run welcome: a roadmap and the study time, with a preview; or a roadmap of one's own.
class TestWelcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() { UiTestFixture::isolateSettings(m_settings.path()); }

    void welcomeChoosesRoadmapAndStudyTime()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        Availability defaults;
        const QDate start = QDate::currentDate().addDays(9);
        defaults.startDate = start;
        WelcomeDialog welcome(f.language, defaults, nullptr);
        auto *list = welcome.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 5);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() ==
                QStringLiteral("ai-engineer-arabic"))
                list->setCurrentRow(i);
        }
        // The chosen roadmap's size beside the list, the finish date under the study time.
        QVERIFY2(welcome.detailsText().contains(QStringLiteral(" of study.")),
                 qPrintable(welcome.detailsText()));
        const QList<QSpinBox *> days = welcome.findChildren<QSpinBox *>();
        QCOMPARE(days.size(), 7);
        for (QSpinBox *day : days)
            day->setValue(0);
        QVERIFY2(welcome.finishText().startsWith(QStringLiteral("Give at least one day")),
                 qPrintable(welcome.finishText()));
        for (QSpinBox *day : days)
            day->setValue(30);
        const QString slower = welcome.finishText();
        for (QSpinBox *day : days)
            day->setValue(90);
        const QString preview = welcome.finishText();
        QVERIFY2(preview.startsWith(QStringLiteral("At 10 h 30 min a week you would finish on")),
                 qPrintable(preview));
        QVERIFY(preview != slower);
        QVERIFY(welcome.applyTo(f.document.get()));
        QCOMPARE(f.document->currentRoadmap().builtinId, QStringLiteral("ai-engineer-arabic"));
        QCOMPARE(f.document->availability().startDate, start);
        QCOMPARE(f.document->availability().weeklyMinutes(), 7 * 90);
        QCOMPARE(f.document->baselineFinish(), f.document->schedule().finish);
        // What the preview promised is what the plan says.
        QVERIFY2(preview.contains(
                     DisplayCalendar::date(f.document->schedule().finish, QLocale::LongFormat)),
                 qPrintable(preview));

        // The language chosen there applies at once.
        auto *language = welcome.findChild<QComboBox *>();
        language->setCurrentIndex(language->findData(QStringLiteral("ar")));
        emit language->activated(language->currentIndex());
        QCoreApplication::processEvents();
        QCOMPARE(f.language->language(), QStringLiteral("ar"));
        QVERIFY(welcome.windowTitle() != QStringLiteral("Welcome to Masar"));
        f.language->setLanguage(QStringLiteral("en"));
    }

    void offersToImportARoadmapOfOnesOwn()
    {
        UiTestFixture f;
        QVERIFY(f.open(QStringLiteral("en")));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        // Help → Welcome…, then "Import a Roadmap…" there: the welcome closes and the file
        // chooser of the import opens over the window.
        QAction *welcomeAction = nullptr;
        for (QAction *menu : f.window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Welcome…"))
                    welcomeAction = action;
            }
        }
        QVERIFY(welcomeAction);
        QString chooser;
        bool pressed = false;
        QTimer::singleShot(0, [&] {
            auto *welcome = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(welcome);
            auto *import = welcome->findChild<QPushButton *>(QStringLiteral("importRoadmap"));
            QVERIFY(import && import->isVisible() && !import->icon().isNull());
            QTimer::singleShot(0, [&chooser] {
                if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    chooser = files->windowTitle();
                    files->reject();
                }
            });
            pressed = true;
            QTest::mouseClick(import, Qt::LeftButton);
        });
        const qint64 before = f.document->currentRoadmap().id;
        welcomeAction->trigger();
        QVERIFY(pressed);
        QVERIFY2(!chooser.isEmpty(), "no file chooser after Import a Roadmap");
        // Nothing chosen, nothing changed.
        QCOMPARE(f.document->currentRoadmap().id, before);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
