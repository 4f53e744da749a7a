// SPDX-License-Identifier: GPL-3.0-or-later
// The whole start-up path of the window over a damaged database: Masar says what is wrong,
// offers the newest good backup, and on "Restore Backup" puts it in place (keeping the damaged
// file beside it) and opens the main window on the learner's roadmap.
#include "dialogs/databaseerrordialog.h"
#include "dialogs/welcomedialog.h"
#include "guiapplication.h"
#include "import/builtinroadmaps.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Masar;

class TestRestore : public QObject
{
    Q_OBJECT

    /// Opens `db` and stores the default built-in roadmap in it; its title in `title`.
    static bool addDefaultRoadmap(Database &db, QString *title = nullptr)
    {
        auto data = BuiltinRoadmaps::load(BuiltinRoadmaps::defaultId());
        if (!db.open().ok() || !data.ok() || !RoadmapRepository(db).add(data.value()).ok())
            return false;
        if (title)
            *title = data.value().roadmap.titleEn;
        return true;
    }

private slots:
    void initTestCase()
    {
        static QTemporaryDir settings;
        UiTestFixture::isolateSettings(settings.path());
    }

    void restoresTheNewestGoodBackupFromTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        QString title;
        {
            Database db(path);
            QVERIFY(addDefaultRoadmap(db, &title));
            QVERIFY(db.ensureDailyBackup(QDate(2026, 11, 20)).ok());
        }
        // Random bytes over the middle of the file.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096));
            QByteArray noise(16384, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919) % 251);
            file.write(noise);
        }
        QFile damagedFile(path);
        QVERIFY(damagedFile.open(QIODevice::ReadOnly));
        const QByteArray damaged =
            QCryptographicHash::hash(damagedFile.readAll(), QCryptographicHash::Sha256);
        damagedFile.close();

        QString shownMessage, windowTitle;
        bool clicked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (!widget->isVisible())
                    continue;
                if (auto *dialog = qobject_cast<DatabaseErrorDialog *>(widget);
                    dialog && !clicked) {
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        shownMessage += label->text() + QLatin1Char('\n');
                    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                        if (button->text() == QStringLiteral("&Restore Backup")) {
                            clicked = true;
                            button->click();
                        }
                    }
                } else if (auto *window = qobject_cast<MainWindow *>(widget)) {
                    windowTitle = window->windowTitle();
                    window->close();
                }
            }
        });
        poll.start(50);
        QTimer::singleShot(30000, qApp, [] { QApplication::exit(9); }); // never hang
        const int code = GuiApplication::run(*qApp, path);
        poll.stop();

        QCOMPARE(code, 0);
        QVERIFY2(clicked, qPrintable(shownMessage));
        QVERIFY2(shownMessage.contains(QStringLiteral("damaged")) ||
                     shownMessage.contains(QStringLiteral("not a Masar database")),
                 qPrintable(shownMessage));
        QVERIFY2(windowTitle.contains(title), qPrintable(windowTitle));

        // The damaged file is kept, byte for byte; the restored one is healthy.
        const QStringList kept =
            QDir(dir.path()).entryList({QStringLiteral("masar.sqlite.replaced-*")}, QDir::Files);
        QVERIFY(!kept.isEmpty());
        QFile keptFile(dir.filePath(kept.constFirst()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(keptFile.readAll(), QCryptographicHash::Sha256), damaged);
        QCOMPARE(Database::checkHealth(path), QString());
    }

    void aDatabaseWhoseRoadmapsCannotBeReadIsNotTakenForAFirstStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("masar.sqlite"));
        {
            Database db(path);
            QVERIFY(addDefaultRoadmap(db));
            // Sound as a file, but the roadmaps cannot be read from it.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE roadmap RENAME TO roadmap_elsewhere")));
        }
        QSettings().setValue(QStringLiteral("ui/welcomeShown"), false);
        QString shownMessage;
        bool welcomed = false;
        bool errorShown = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (!widget->isVisible())
                    continue;
                if (auto *dialog = qobject_cast<DatabaseErrorDialog *>(widget)) {
                    errorShown = true;
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        shownMessage += label->text() + QLatin1Char('\n');
                    dialog->reject(); // Quit
                } else if (auto *welcome = qobject_cast<WelcomeDialog *>(widget)) {
                    welcomed = true;
                    welcome->reject();
                } else if (auto *window = qobject_cast<MainWindow *>(widget)) {
                    window->close();
                }
            }
        });
        poll.start(50);
        QTimer::singleShot(30000, qApp, [] { QApplication::exit(9); }); // never hang
        const int code = GuiApplication::run(*qApp, path);
        poll.stop();
        QVERIFY2(!welcomed, "the first-start welcome must not be shown over an unreadable file");
        QVERIFY(errorShown);
        QVERIFY2(shownMessage.contains(QStringLiteral("roadmap")), qPrintable(shownMessage));
        QCOMPARE(code, 2);
        // Nothing was written into it: the roadmap it holds is still there, under its odd name.
        Database db(path);
        QVERIFY(db.open().ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM roadmap_elsewhere")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestRestore)
#include "tst_restore.moc"
