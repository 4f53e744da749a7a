// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "desktop/singleinstance.h"
#include "desktop/terminationsignals.h"
#include "dialogs/databaseerrordialog.h"
#include "dialogs/welcomedialog.h"
#include "document/plannerdocument.h"
#include "icons.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "notes/codehighlighting.h"
#include "storage/database.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
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
    // Icons come from the learner's icon theme; where it lacks one, from Breeze (a dependency of
    // the package, and in the Flatpak's KDE runtime).
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    // Some platforms (offscreen, minimal ones) search no system folder for themes.
    QStringList searchPaths = QIcon::themeSearchPaths();
    for (const QString &data :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString icons = QDir(data).filePath(QStringLiteral("icons"));
        if (!searchPaths.contains(icons) && QFileInfo(icons).isDir())
            searchPaths.append(icons);
    }
    QIcon::setThemeSearchPaths(searchPaths);
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("breeze"));
    app.setWindowIcon(Icons::application());
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
    // Declared in this order so that they go in the reverse one: the window (whose note editor
    // saves into the document as it goes) before the document, the document before the database.
    std::unique_ptr<PlannerDocument> document;
    bool firstStart = false;
    while (true) {
        Status opened = database->open();
        if (opened) {
            // A file that opens but whose roadmaps cannot be read is not a first start: it gets
            // the same dialog as a damaged one, never the welcome (which would write to it).
            document = std::make_unique<PlannerDocument>(*database, nullptr);
            auto stored = document->storedRoadmaps();
            if (stored) {
                firstStart = stored->isEmpty();
                break;
            }
            document.reset();
            opened = Error{QApplication::translate("GuiApplication",
                                                   "The roadmaps in %1 could not be read. %2")
                               .arg(QDir::toNativeSeparators(database->path()), stored.error())};
        }
        DatabaseErrorDialog dialog(opened.error(), database->path(), database->newestGoodBackup(),
                                   nullptr);
        if (dialog.exec() != QDialog::Accepted)
            return 2;
        const QString current = database->path();
        database.reset(); // closed before its file is moved aside or left for another
        if (dialog.choice() == DatabaseErrorDialog::Choice::RestoreBackup) {
            auto restored = Database::restoreBackup(dialog.backupPath(), current);
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

    // First run: a short welcome (language, roadmap, study time), shown once.
    bool welcomed = false;
    bool importFirst = false;
    QSettings settings;
    if (firstStart && !settings.value(QStringLiteral("ui/welcomeShown")).toBool()) {
        settings.setValue(QStringLiteral("ui/welcomeShown"), true);
        Availability defaults;
        defaults.startDate = document->today();
        WelcomeDialog welcome(language, defaults, nullptr);
        const int answer = welcome.exec();
        welcomed = answer == QDialog::Accepted && welcome.applyTo(document.get());
        importFirst = answer == WelcomeDialog::ImportRequested;
    }
    if (Status initial = document->hasRoadmap() ? Status() : document->openInitialRoadmap();
        !initial) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApplication", "Masar"),
                              initial.error());
        return 2;
    }
    MainWindow window(document.get(), language, theme);
    if (welcomed)
        window.showPage(MainWindow::Page::Calendar); // straight to the finish date
    window.show();
    shown = &window;
    // kill, a closing terminal, a session ending by signal: save, then quit as the window would.
    auto *termination = new TerminationSignals(&window);
    QObject::connect(termination, &TerminationSignals::terminationRequested, &window,
                     [&window, &app] {
                         window.saveUnsavedWork();
                         app.quit();
                     });
    if (!pending.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &pending] {
            const QStringList toOpen = std::exchange(pending, {});
            window.openFiles(toOpen);
        });
    }
    QTimer::singleShot(0, &window, &MainWindow::offerInterruptedTimer);
    if (importFirst)
        QTimer::singleShot(0, &window, &MainWindow::chooseAndImport);
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
    return code;
}

} // namespace Masar::GuiApplication
