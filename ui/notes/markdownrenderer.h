// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace Masar {

/**
 * Markdown (CommonMark with tables, task lists and strikethrough, parsed by md4c) to HTML for the
 * note preview and exports. Safe by construction: raw HTML in a note is shown as text, images
 * become placeholders (nothing is ever fetched), and only http(s) and mailto links are links.
 * Fenced code is highlighted in its language and kept left-to-right; every paragraph, heading and
 * list item takes its own direction.
 */
class MarkdownRenderer
{
public:
    /// An HTML fragment (no <html> wrapper).
    static QString toHtml(const QString &markdown, bool dark);
    /// A complete UTF-8 HTML document (for export), titled.
    static QString toHtmlDocument(const QString &markdown, const QString &title, bool dark);
    /// Sets each block of a rich-text document to its own direction (Qt's HTML has no dir="auto").
    static void applyParagraphDirections(QTextDocument *document);
    /// The background of fenced code blocks, in light and dark.
    static QString codeBackground(bool dark);
};

} // namespace Masar
