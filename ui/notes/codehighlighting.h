// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QSyntaxHighlighter>

class QTextDocument;

namespace Masar {

/**
 * KDE KSyntaxHighlighting for notes, where this build has it: the definition repository (loaded
 * on first use, not at startup), a highlighter for the Markdown editor, and code blocks turned
 * into highlighted HTML for the preview and exports. Without the library, the editor is plain
 * text and code is shown unhighlighted.
 */
namespace CodeHighlighting {

bool isAvailable();
/// Attaches a Markdown highlighter to `document` (nothing without the library).
QSyntaxHighlighter *attachMarkdown(QTextDocument *document, bool dark);
/// Re-themes a highlighter made by attachMarkdown() (light or dark palette).
void setDark(QSyntaxHighlighter *highlighter, bool dark);
/// `code` in `language` (a fence info string such as "python" or "cpp") as HTML spans.
QString toHtml(const QString &code, const QString &language, bool dark);

} // namespace CodeHighlighting

} // namespace Masar
