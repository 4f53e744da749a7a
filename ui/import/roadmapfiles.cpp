// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapfiles.h"

#include "backgroundwork.h"
#include "calendar/icswriter.h"
#include "calendar/studyevents.h"
#include "document/plannerdocument.h"
#include "import/markdownimporter.h"
#include "import/roadmapjson.h"
#include "import/roadmapshimporter.h"
#include "import/textdecoder.h"
#include "importpreviewdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Masar {

namespace {

const QString kLastFolderKey = QStringLiteral("import/lastFolder");

/// A file name from the roadmap's English title: letters, digits and dashes.
QString fileNameFor(const Roadmap &roadmap, const QString &suffix)
{
    QString name = roadmap.titleEn;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'-';
    }
    return name + suffix;
}

QString startFolder()
{
    const QString saved = QSettings().value(kLastFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

RoadmapFiles::RoadmapFiles(PlannerDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{}

bool RoadmapFiles::isRoadmapJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The format marker is near the top of every file Masar writes; read only a little.
    const QByteArray head = file.read(4096);
    int i = 0;
    while (i < head.size() &&
           (head.at(i) == ' ' || head.at(i) == '\n' || head.at(i) == '\r' || head.at(i) == '\t'))
        ++i;
    return i < head.size() && head.at(i) == '{' && head.contains("\"masar-roadmap\"");
}

bool RoadmapFiles::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QSettings().setValue(kLastFolderKey, info.absolutePath());
    if (info.isDir() || RoadmapShImporter::isRoadmapSh(path))
        return importRoadmapSh(path);
    if (isRoadmapJson(path))
        return importJson(path);
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        showError(
            tr("%1 is a JSON file, but not a roadmap written by Masar.").arg(info.fileName()));
        return false;
    }
    return importMarkdown(path);
}

void RoadmapFiles::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Roadmap"), startFolder(),
        tr("Roadmaps (*.md *.markdown *.txt *.json);;Markdown (*.md *.markdown *.txt);;Masar "
           "roadmap (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool RoadmapFiles::importJson(const QString &path)
{
    QFile file(path);
    if (file.size() > TextDecoder::kMaxBytes) {
        showError(tr("%1 is larger than %2 MB and was not imported.")
                      .arg(QFileInfo(path).fileName())
                      .arg(TextDecoder::kMaxBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    auto read =
        BackgroundWork::run(m_window, tr("Reading %1…").arg(name), [bytes = file.readAll(), name] {
            return RoadmapJson::parse(bytes, name);
        });
    if (!read)
        return false; // cancelled
    auto data = std::move(*read);
    if (!data) {
        showError(data.error());
        return false;
    }
    const QLocale locale;
    QMessageBox ask(
        QMessageBox::Question, tr("Import Roadmap"),
        tr("Import “%1” from %2?").arg(data->roadmap.titleEn, QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_window);
    ask.setInformativeText(
        tr("It brings %1 study session(s) and %2 note(s) with it. It is added beside your "
           "roadmaps; nothing is replaced.")
            .arg(locale.toString(data->sessions.size()), locale.toString(data->notes.size())));
    QPushButton *importButton = ask.addButton(tr("&Import"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != importButton)
        return false;
    if (!addRoadmap(data.value()))
        return false;
    emit message(tr("Imported “%1”. Undo removes it again.").arg(data->roadmap.titleEn));
    return true;
}

bool RoadmapFiles::importMarkdown(const QString &path)
{
    return readPreviewAndAdd(path, QFileInfo(path).fileName(),
                             [path] { return MarkdownImporter::importFile(path); }, {});
}

bool RoadmapFiles::importRoadmapSh(const QString &path)
{
    const QString name =
        QFileInfo(path).isDir() ? QDir(path).dirName() : QFileInfo(path).fileName();
    return readPreviewAndAdd(
        path, name, [path] { return RoadmapShImporter::importFolder(path); },
        [path](const MarkdownImporter::Options &options) {
            // Nothing in the folder depends on the pace: it is only kept.
            auto again = RoadmapShImporter::importFolder(path);
            if (again && options.hoursPerWeek)
                again.value().roadmap.hoursPerWeek = *options.hoursPerWeek;
            return again;
        });
}

bool RoadmapFiles::readPreviewAndAdd(const QString &path, const QString &name,
                                     const std::function<Result<ImportResult>()> &read,
                                     ImportPreviewDialog::Reader reader)
{
    auto done = BackgroundWork::run(m_window, tr("Reading %1…").arg(name), read);
    if (!done)
        return false; // cancelled
    auto result = std::move(*done);
    if (!result) {
        showError(result.error());
        return false;
    }
    ImportPreviewDialog preview(path, std::move(result).value(), m_window);
    if (reader)
        preview.setReader(std::move(reader));
    if (preview.exec() != QDialog::Accepted)
        return false;
    const RoadmapDocumentData data = preview.roadmap();
    if (!addRoadmap(data))
        return false;
    emit message(tr("Imported “%1”. Undo removes it again.").arg(data.roadmap.titleEn));
    return true;
}

bool RoadmapFiles::addRoadmap(const RoadmapDocumentData &data)
{
    // A large roadmap takes a while to store: that happens on a thread of its own; the window
    // then only opens it.
    qint64 storedId = 0;
    if (auto store = m_document->storingAside(data)) {
        const QString title =
            data.roadmap.titleEn.isEmpty() ? data.roadmap.titleAr : data.roadmap.titleEn;
        auto stored = BackgroundWork::run(m_window, tr("Adding “%1”…").arg(title), store,
                                          BackgroundWork::Cancel::NotAllowed);
        if (!stored->ok()) {
            showError(stored->error());
            return false;
        }
        storedId = stored->value();
    }
    return m_document->importRoadmap(data, storedId);
}

void RoadmapFiles::exportCurrent()
{
    auto data = m_document->exportCurrentRoadmap();
    if (!data) {
        showError(data.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Roadmap"),
        QDir(startFolder()).filePath(fileNameFor(data->roadmap, QStringLiteral(".json"))),
        tr("Masar roadmap (*.json)"));
    if (path.isEmpty())
        return;
    RoadmapJson::WriteOptions options;
    if (!data->notes.isEmpty()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Export Roadmap"),
            tr("Include your %Ln note(s) in the file?", nullptr, int(data->notes.size())),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        options.notes = answer == QMessageBox::Yes;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(RoadmapJson::write(data.value(), options)) < 0 || !file.commit()) {
        showError(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

Result<int> RoadmapFiles::writePlanIcs(const QString &path, int weeks) const
{
    if (!m_document->scheduleError().isEmpty())
        return Error{m_document->scheduleError()};
    const QList<StudyEvent> events = StudyEvents::planned(*m_document, weeks);
    if (const Status written = IcsWriter::writeFile(path, events); !written)
        return Error{written.error()};
    return int(events.size());
}

void RoadmapFiles::exportPlanAsIcs()
{
    const QList<int> choices{0, 4, 8, 12, 26};
    QStringList labels;
    for (int weeks : choices) {
        labels.append(weeks == 0 ? tr("The whole plan")
                                 : tr("The next %Ln week(s)", nullptr, weeks));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Export Plan as iCalendar"),
                              tr("Study blocks to export:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const int weeks = choices.value(int(labels.indexOf(chosen)));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Plan as iCalendar"),
        QDir(startFolder())
            .filePath(fileNameFor(m_document->currentRoadmap(), QStringLiteral(".ics"))),
        tr("iCalendar file (*.ics)"));
    if (path.isEmpty())
        return;
    const Result<int> written = writePlanIcs(path, weeks);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export Plan as iCalendar"), written.error());
        return;
    }
    emit message(tr("Exported %Ln study block(s) to %1.", nullptr, written.value())
                     .arg(QDir::toNativeSeparators(path)));
}

void RoadmapFiles::showError(const QString &text)
{
    QMessageBox::warning(m_window, tr("Import Roadmap"), text);
}

} // namespace Masar
