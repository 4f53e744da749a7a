// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importpreviewdialog.h"
#include "model/roadmap.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Masar {

class PlannerDocument;

/**
 * Roadmap files in and out of the planner: a Markdown roadmap goes through the import preview,
 * a Masar JSON file is confirmed and added with its progress, and the open roadmap can be
 * exported to JSON. Problems are shown to the learner; nothing is stored half-way.
 */
class RoadmapFiles : public QObject
{
    Q_OBJECT

public:
    RoadmapFiles(PlannerDocument *document, QWidget *window);

    /// Imports `path` (Markdown or JSON, by content, or a roadmap.sh roadmap folder or its graph
    /// file); true when a roadmap was added.
    bool open(const QString &path);
    /// Asks for a file and imports it.
    void chooseAndImport();
    /// Asks where to save the open roadmap as JSON, and whether to include notes.
    void exportCurrent();

    /// Asks how far ahead and where, then writes the plan's study blocks as iCalendar.
    void exportPlanAsIcs();
    /// Writes the plan's study blocks (from today; `weeks` 0: all) to `path` in the system's
    /// time zone. Returns how many events were written, or why nothing was.
    Result<int> writePlanIcs(const QString &path, int weeks) const;

    /// Whether `path` holds a Masar roadmap JSON file (rather than Markdown).
    static bool isRoadmapJson(const QString &path);

signals:
    void message(const QString &text);

private:
    bool importJson(const QString &path);
    bool importMarkdown(const QString &path);
    /// A roadmap.sh roadmap folder (or its graph file), through the same preview.
    bool importRoadmapSh(const QString &path);
    /// Reads (`read`, with progress), shows the preview (`reader`, if set, reads again when the
    /// learner changes the pace) and adds what the learner accepts.
    bool readPreviewAndAdd(const QString &path, const QString &name,
                           const std::function<Result<ImportResult>()> &read,
                           ImportPreviewDialog::Reader reader);
    /// Stores `data` off the window's thread, then opens it as one undoable import.
    bool addRoadmap(const RoadmapDocumentData &data);
    void showError(const QString &text);

    PlannerDocument *m_document;
    QWidget *m_window;
};

} // namespace Masar
