// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
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

    /**
     * A realistic past: the plan was accepted `weeks` ago, and since then the learner studied on
     * most days (roughly three quarters of the planned time), finishing the first items.
     */
    void generateHistory(int weeks)
    {
        const QDate today = QDate::currentDate();
        const QDate start = today.addDays(-7 * weeks);
        Masar::Availability a = document->availability();
        a.startDate = start;
        document->setToday(start);
        document->setAvailability(a, QStringLiteral("history"));
        (void)document->acceptPlan();
        document->setToday(today);
        quint32 seed = 7;
        const auto next = [&seed](int bound) {
            seed = seed * 1664525u + 1013904223u;
            return int((seed >> 8) % quint32(bound));
        };
        const Masar::Schedule planned = [&] {
            Masar::Schedule s;
            for (const Masar::ScheduledTask &t : document->baseline())
                s.tasks.append(t);
            return s;
        }();
        for (QDate day = start; day < today; day = day.addDays(1)) {
            if (next(10) < 2)
                continue; // a day off now and then
            // Study what the accepted plan had for that day, a bit less than planned.
            for (const Masar::ScheduledTask &t : planned.tasks) {
                if (t.start > day || t.end < day)
                    continue;
                Masar::StudySession session;
                session.nodeId = t.id;
                session.start = QDateTime(day, QTime(18 + next(3), next(4) * 15));
                session.end = session.start.addSecs(60LL * (30 + next(60)));
                session.source = next(2) ? Masar::StudySession::Source::Timer
                                         : Masar::StudySession::Source::Manual;
                document->studyLog()->add(session);
                if (t.end < today.addDays(-14))
                    document->setStatus({t.id}, Masar::RoadmapNode::Status::Done);
                break;
            }
        }
    }

    void close()
    {
        window.reset();
        document.reset();
        database.reset();
    }
};
