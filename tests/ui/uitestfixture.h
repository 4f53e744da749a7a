// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/plannerdocument.h"
#include "guiapplication.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "theme.h"

#include <QApplication>
#include <QTemporaryDir>

#include <memory>

/// A real main window over a fresh database in a temporary folder, with isolated settings.
struct UiTestFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Masar::Database> database;
    std::unique_ptr<Masar::PlannerDocument> document;
    Masar::LanguageController *language = nullptr;
    Masar::Theme *theme = nullptr;
    std::unique_ptr<Masar::MainWindow> window;

    /// Call before the first QSettings is created.
    static void isolateSettings(const QString &folder)
    {
        qputenv("XDG_CONFIG_HOME", folder.toUtf8());
        qputenv("XDG_DATA_HOME", folder.toUtf8());
    }

    bool open(const QString &lang = QStringLiteral("en"))
    {
        Masar::GuiApplication::configure(*qApp);
        database = std::make_unique<Masar::Database>(dir.filePath(QStringLiteral("masar.sqlite")));
        if (!database->open())
            return false;
        document = std::make_unique<Masar::PlannerDocument>(*database, nullptr);
        if (!document->openInitialRoadmap())
            return false;
        if (!language)
            language = new Masar::LanguageController(qApp);
        language->setLanguage(lang);
        if (!theme)
            theme = new Masar::Theme(qApp);
        window = std::make_unique<Masar::MainWindow>(document.get(), language, theme);
        return true;
    }

    void close()
    {
        window.reset();
        document.reset();
        database.reset();
    }
};
