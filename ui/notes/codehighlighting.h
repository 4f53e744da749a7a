// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTextDocument;

namespace Masar {

/**
 * KDE KSyntaxHighlighting for notes: the definition repository (loaded on first use, not at
 * startup), a highlighter for the Markdown editor, and code blocks turned into highlighted HTML
 * for the preview and exports.
 */
namespace CodeHighlighting {

/// Loads the definitions now (some 40 ms), so that opening the first note does not wait for it.
/// Called once the main window is up.
void warmUp();
/**
 * Attaches a Markdown highlighter to `document`. It drives the
 * library's engine incrementally: the first blocks at once, the rest in slices of a few
 * milliseconds, and after an edit only as far as the highlighting actually changes, so the UI
 * never waits for a long note. It is a child of `document`.
 */
QObject *attachMarkdown(QTextDocument *document, bool dark);
/// Re-themes a highlighter made by attachMarkdown() (light or dark palette).
void setDark(QObject *highlighter, bool dark);
/// True while a highlighter still has blocks to (re)highlight.
bool isBusy(const QObject *highlighter);
/// `code` in `language` (a fence info string such as "python" or "cpp") as HTML spans.
QString toHtml(const QString &code, const QString &language, bool dark);
/// The family code is shown in: the system's fixed-pitch font, or where the platform names a
/// proportional one there, the font the system gives for "monospace".
QString fixedPitchFamily();

} // namespace CodeHighlighting

} // namespace Masar
