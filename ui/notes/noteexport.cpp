// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteexport.h"

#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace Masar::NoteExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Masar::NoteExport", text); // lupdate's context here
}

Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Error{tr("The file %1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Status writePdf(const QString &path, const QString &html)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    MarkdownRenderer::applyParagraphDirections(&document);
    document.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path))};
    return {};
}

/// A file name from a title: letters (any script), digits, spaces and dashes.
QString fileName(const QString &title, qint64 id)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString name = title;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified().left(80);
    if (name.isEmpty())
        name = QStringLiteral("note");
    return QStringLiteral("%1-%2").arg(name).arg(id);
}

} // namespace

Format formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return Format::Markdown;
}

Status write(const Note &note, const QString &path)
{
    switch (formatForPath(path)) {
    case Format::Markdown:
        return writeText(path, QStringLiteral("# %1\n\n%2").arg(note.title, note.body));
    case Format::Html:
        return writeText(path, MarkdownRenderer::toHtmlDocument(note.body, note.title, false));
    case Format::Pdf:
        return writePdf(path, MarkdownRenderer::toHtmlDocument(note.body, note.title, false));
    }
    return {};
}

Result<int> writeAll(const QList<Note> &notes, const QString &folder, const QString &title)
{
    if (!QDir().mkpath(folder))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))};
    const QDir dir(folder);
    int written = 0;
    QString combined;
    for (const Note &note : notes) {
        const QString path = dir.filePath(fileName(note.title, note.id) + QStringLiteral(".md"));
        if (Status ok = write(note, path); !ok)
            return Error{ok.error()};
        ++written;
        combined += QStringLiteral("# %1\n\n%2\n\n").arg(note.title, note.body);
    }
    const QString html = MarkdownRenderer::toHtmlDocument(combined, title, false);
    if (Status ok = writeText(dir.filePath(QStringLiteral("notes.html")), html); !ok)
        return Error{ok.error()};
    if (Status ok = writePdf(dir.filePath(QStringLiteral("notes.pdf")), html); !ok)
        return Error{ok.error()};
    return written + 2;
}

} // namespace Masar::NoteExport
