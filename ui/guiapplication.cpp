// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "desktop/singleinstance.h"
#include "dialogs/databaseerrordialog.h"
#include "dialogs/welcomedialog.h"
#include "document/plannerdocument.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "notes/codehighlighting.h"
#include "storage/database.h"
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <utility>

namespace Masar::GuiApplication {

QStringList uiFontFamilies()
{
    // Arabic falls back to DejaVu Sans, which shapes it well. Noto Sans Arabic UI looks finer but,
    // measured under X11 with Qt 5.15, word-wrapped Arabic labels in it are laid out wider than
    // they are drawn, so wrapped lines overflow their label.
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
}

void configure(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Masar"));
    QApplication::setApplicationName(QStringLiteral("masar"));
    QApplication::setApplicationDisplayName(QStringLiteral("Masar"));
    QApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.masar.Masar"));
    QFont font = app.font();
    font.setFamilies(uiFontFamilies());
    app.setFont(font);
}

int run(QApplication &app, const QString &databasePath, const QStringList &files)
{
    auto *instance =
        new SingleInstance(databasePath.isEmpty() ? Database::defaultPath() : databasePath, &app);
    if (instance->forwardToRunning(files))
        return 0;
    // Not listening (another launch won a race, or no socket can be made) is no reason not to
    // start; the window simply cannot be raised from outside.
    instance->listen();
    // Files handed over before the window exists (during the welcome) wait for it.
    QStringList pending = files;
    MainWindow *shown = nullptr;
    QObject::connect(instance, &SingleInstance::activationRequested, &app,
                     [&pending, &shown](const QStringList &requested) {
                         if (!shown) {
                             pending += requested;
                             return;
                         }
                         shown->bringToFront();
                         shown->openFiles(requested);
                     });

    auto *theme = new Theme(&app);
    auto *language = new LanguageController(&app);
    language->setLanguage(LanguageController::savedLanguage());

    QString path = databasePath.isEmpty() ? Database::defaultPath() : databasePath;
    auto database = std::make_unique<Database>(path);
    while (true) {
        Status opened = database->open();
        if (opened)
            break;
        DatabaseErrorDialog dialog(opened.error(), database->path(), database->newestGoodBackup(),
                                   nullptr);
        if (dialog.exec() != QDialog::Accepted)
            return 2;
        if (dialog.choice() == DatabaseErrorDialog::Choice::RestoreBackup) {
            auto restored = Database::restoreBackup(dialog.backupPath(), database->path());
            if (!restored) {
                QMessageBox::critical(nullptr, QApplication::translate("GuiApplication", "Masar"),
                                      restored.error());
                return 2;
            }
        } else if (dialog.choice() == DatabaseErrorDialog::Choice::OtherFile) {
            path = dialog.otherPath();
        }
        database = std::make_unique<Database>(path);
    }

    auto *document = new PlannerDocument(*database, &app);
    // First run: a short welcome (language, roadmap, study time), shown once.
    bool welcomed = false;
    QSettings settings;
    if (document->roadmaps().isEmpty() &&
        !settings.value(QStringLiteral("ui/welcomeShown")).toBool()) {
        settings.setValue(QStringLiteral("ui/welcomeShown"), true);
        Availability defaults;
        defaults.startDate = document->today();
        WelcomeDialog welcome(language, defaults, nullptr);
        welcomed = welcome.exec() == QDialog::Accepted && welcome.applyTo(document);
    }
    if (Status initial = document->hasRoadmap() ? Status() : document->openInitialRoadmap();
        !initial) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApplication", "Masar"),
                              initial.error());
        return 2;
    }
    MainWindow window(document, language, theme);
    if (welcomed)
        window.showPage(MainWindow::Page::Calendar); // straight to the finish date
    window.show();
    shown = &window;
    if (!pending.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &pending] {
            const QStringList toOpen = std::exchange(pending, {});
            window.openFiles(toOpen);
        });
    }
    QTimer::singleShot(0, &window, &MainWindow::offerInterruptedTimer);
    // The pages not on screen are built once the window has painted.
    QTimer::singleShot(300, &window, &MainWindow::buildRemainingPages);
    // The daily backup is not needed for the first paint.
    QTimer::singleShot(2000, &window, [&database, &window] {
        CodeHighlighting::warmUp();
        auto backup = database->ensureDailyBackup();
        if (!backup)
            window.showStatusMessage(backup.error());
        else if (auto compacted = database->compactIfUseful(); !compacted)
            window.showStatusMessage(compacted.error());
    });
    const int code = app.exec();
    shown = nullptr;
    delete document;
    return code;
}

} // namespace Masar::GuiApplication
