// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "codehighlighting.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <md4c.h>

namespace Masar {

namespace {

struct Renderer
{
    QString html;
    bool dark = false;
    int inCode = 0; ///< inside a fenced or indented code block
    QString code;   ///< the code block being collected
    QString language;
    int inImage = 0; ///< inside an image's alt text
    QString imageAlt;

    void text(const QString &t) { html += t.toHtmlEscaped(); }
};

QString attribute(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, int(a.size));
}

bool safeLink(const QString &href)
{
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE:
        r->html += QStringLiteral("<blockquote dir=\"auto\">");
        break;
    case MD_BLOCK_UL:
        r->html += QStringLiteral("<ul>");
        break;
    case MD_BLOCK_OL:
        r->html += QStringLiteral("<ol start=\"%1\">")
                       .arg(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start);
        break;
    case MD_BLOCK_LI: {
        const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
        r->html += QStringLiteral("<li dir=\"auto\">");
        if (li->is_task)
            r->html += (li->task_mark == 'x' || li->task_mark == 'X') ? QStringLiteral("☑ ")
                                                                      : QStringLiteral("☐ ");
        break;
    }
    case MD_BLOCK_HR:
        r->html += QStringLiteral("<hr/>");
        break;
    case MD_BLOCK_H:
        r->html += QStringLiteral("<h%1 dir=\"auto\">")
                       .arg(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_CODE: {
        const auto *c = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        ++r->inCode;
        r->code.clear();
        r->language = attribute(c->lang).trimmed();
        break;
    }
    case MD_BLOCK_HTML:
        // Raw HTML is shown as text: a note never injects markup or loads anything.
        r->html += QStringLiteral("<pre dir=\"ltr\">");
        break;
    case MD_BLOCK_P:
        r->html += QStringLiteral("<p dir=\"auto\">");
        break;
    case MD_BLOCK_TABLE:
        r->html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        break;
    case MD_BLOCK_THEAD:
        r->html += QStringLiteral("<thead>");
        break;
    case MD_BLOCK_TBODY:
        r->html += QStringLiteral("<tbody>");
        break;
    case MD_BLOCK_TR:
        r->html += QStringLiteral("<tr>");
        break;
    case MD_BLOCK_TH:
        r->html += QStringLiteral("<th dir=\"auto\">");
        break;
    case MD_BLOCK_TD:
        r->html += QStringLiteral("<td dir=\"auto\">");
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_QUOTE:
        r->html += QStringLiteral("</blockquote>");
        break;
    case MD_BLOCK_UL:
        r->html += QStringLiteral("</ul>");
        break;
    case MD_BLOCK_OL:
        r->html += QStringLiteral("</ol>");
        break;
    case MD_BLOCK_LI:
        r->html += QStringLiteral("</li>");
        break;
    case MD_BLOCK_H:
        r->html += QStringLiteral("</h%1>").arg(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_CODE: {
        --r->inCode;
        QString code = r->code;
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        // A background of its own, also where no style sheet reaches (the preview, the PDF).
        r->html += QStringLiteral("<pre dir=\"ltr\" class=\"code\" "
                                  "style=\"background-color:%1;font-family:'%2'\">")
                       .arg(MarkdownRenderer::codeBackground(r->dark),
                            CodeHighlighting::fixedPitchFamily()) +
                   CodeHighlighting::toHtml(code, r->language, r->dark) + QStringLiteral("</pre>");
        break;
    }
    case MD_BLOCK_HTML:
        r->html += QStringLiteral("</pre>");
        break;
    case MD_BLOCK_P:
        r->html += QStringLiteral("</p>");
        break;
    case MD_BLOCK_TABLE:
        r->html += QStringLiteral("</table>");
        break;
    case MD_BLOCK_THEAD:
        r->html += QStringLiteral("</thead>");
        break;
    case MD_BLOCK_TBODY:
        r->html += QStringLiteral("</tbody>");
        break;
    case MD_BLOCK_TR:
        r->html += QStringLiteral("</tr>");
        break;
    case MD_BLOCK_TH:
        r->html += QStringLiteral("</th>");
        break;
    case MD_BLOCK_TD:
        r->html += QStringLiteral("</td>");
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    if (r->inImage)
        return 0;
    switch (type) {
    case MD_SPAN_EM:
        r->html += QStringLiteral("<i>");
        break;
    case MD_SPAN_STRONG:
        r->html += QStringLiteral("<b>");
        break;
    case MD_SPAN_A: {
        const QString href = attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href);
        r->html += safeLink(href) ? QStringLiteral("<a href=\"%1\">").arg(href.toHtmlEscaped())
                                  : QStringLiteral("<a>");
        break;
    }
    case MD_SPAN_IMG:
        // Images are never loaded (a note must not reach the network): the alt text stands in.
        ++r->inImage;
        r->imageAlt.clear();
        break;
    case MD_SPAN_CODE:
        r->html += QStringLiteral("<code>");
        break;
    case MD_SPAN_DEL:
        r->html += QStringLiteral("<s>");
        break;
    case MD_SPAN_U:
        r->html += QStringLiteral("<u>");
        break;
    default:
        break;
    }
    return 0;
}

/// What stands in for an image: its alternative text (images themselves are never loaded).
QString imageStandIn(const QString &alt)
{
    return QStringLiteral("<span class=\"image\">[🖼 %1]</span>").arg(alt.toHtmlEscaped());
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    if (r->inImage && type != MD_SPAN_IMG)
        return 0;
    switch (type) {
    case MD_SPAN_EM:
        r->html += QStringLiteral("</i>");
        break;
    case MD_SPAN_STRONG:
        r->html += QStringLiteral("</b>");
        break;
    case MD_SPAN_A:
        r->html += QStringLiteral("</a>");
        break;
    case MD_SPAN_IMG:
        --r->inImage;
        r->html += imageStandIn(r->imageAlt);
        break;
    case MD_SPAN_CODE:
        r->html += QStringLiteral("</code>");
        break;
    case MD_SPAN_DEL:
        r->html += QStringLiteral("</s>");
        break;
    case MD_SPAN_U:
        r->html += QStringLiteral("</u>");
        break;
    default:
        break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    const QString t = QString::fromUtf8(data, int(size));
    if (r->inImage) {
        r->imageAlt += t;
        return 0;
    }
    if (r->inCode) {
        r->code += type == MD_TEXT_NULLCHAR ? QStringLiteral("\uFFFD") : t;
        return 0;
    }
    switch (type) {
    case MD_TEXT_NULLCHAR:
        r->html += QChar(0xFFFD);
        break;
    case MD_TEXT_BR:
        r->html += QStringLiteral("<br/>");
        break;
    case MD_TEXT_SOFTBR:
        r->html += QLatin1Char('\n');
        break;
    case MD_TEXT_ENTITY:
        // Numeric and named entities are left to the HTML engine; anything else is text.
        if (t.startsWith(QLatin1Char('&')) && t.endsWith(QLatin1Char(';')) &&
            !t.contains(QLatin1Char('<')))
            r->html += t;
        else
            r->text(t);
        break;
    default: // normal text, code spans, inline HTML (shown as text), LaTeX math
        r->text(t);
        break;
    }
    return 0;
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown, bool dark)
{
    Renderer renderer;
    renderer.dark = dark;
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH |
                   MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &renderer);
    return renderer.html;
}

QString MarkdownRenderer::codeBackground(bool dark)
{
    return dark ? QStringLiteral("#2b2d31") : QStringLiteral("#f4f4f4");
}

QString MarkdownRenderer::toHtmlDocument(const QString &markdown, const QString &title, bool dark)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title>"
                          "<style>pre.code{background:%2;padding:6px}</style></head><body>"
                          "<h1 dir=\"auto\">%1</h1>\n%3</body></html>\n")
        .arg(title.toHtmlEscaped(), codeBackground(dark), toHtml(markdown, dark));
}

void MarkdownRenderer::applyParagraphDirections(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool code =
            format.nonBreakableLines() || block.charFormat().fontFixedPitch(); // <pre> blocks
        const Qt::LayoutDirection direction =
            code ? Qt::LeftToRight
                 : (block.text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        if (format.layoutDirection() == direction)
            continue;
        format.setLayoutDirection(direction);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace Masar
