// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"
#include "result.h"

#include <QList>

namespace Masar {

/// Notes to files: Markdown as written, HTML with highlighted code, PDF pages. Paragraphs keep
/// their own direction in every format.
namespace NoteExport {

enum class Format
{
    Markdown,
    Html,
    Pdf
};
Format formatForPath(const QString &path);

Status write(const Note &note, const QString &path);
/// Every note as a Markdown file in `folder`, plus all of them in one HTML and one PDF file.
/// Returns the number of files written.
Result<int> writeAll(const QList<Note> &notes, const QString &folder, const QString &title);

} // namespace NoteExport

} // namespace Masar
