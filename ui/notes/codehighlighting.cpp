// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighting.h"

#ifdef MASAR_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QColor>
#include <QHash>
#include <QStringList>

namespace Masar::CodeHighlighting {

#ifdef MASAR_HAVE_SYNTAX_HIGHLIGHTING

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loads 300+ definitions: on first use only
    return instance;
}

KSyntaxHighlighting::Theme theme(bool dark)
{
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    if (language.isEmpty())
        return {};
    // Fence names are written freely: "python" and "Python", "C++" and "cpp", "py", "sh".
    static QHash<QString, KSyntaxHighlighting::Definition> cache;
    const QString key = language.toLower();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    KSyntaxHighlighting::Definition found;
    const auto all = repository().definitions();
    for (const KSyntaxHighlighting::Definition &definition : all) {
        if (definition.name().toLower() == key) {
            found = definition;
            break;
        }
    }
    if (!found.isValid()) // by file name suffix
        found = repository().definitionForFileName(QStringLiteral("code.") + key);
    cache.insert(key, found);
    return found;
}

/// Drives the library's engine line by line and collects the formats as HTML spans.
class HtmlSpans : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString convert(const QString &code)
    {
        QString html;
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_html.clear();
            m_done = 0;
            state = highlightLine(m_line, state);
            m_html += m_line.mid(m_done).toHtmlEscaped();
            html += m_html;
            if (i + 1 < lines.size())
                html += QLatin1Char('\n');
        }
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_html += m_line.mid(m_done, offset - m_done).toHtmlEscaped();
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        QStringList style;
        if (format.hasTextColor(theme()))
            style.append(QStringLiteral("color:%1").arg(format.textColor(theme()).name()));
        if (format.isBold(theme()))
            style.append(QStringLiteral("font-weight:bold"));
        if (format.isItalic(theme()))
            style.append(QStringLiteral("font-style:italic"));
        m_html += style.isEmpty() ? text
                                  : QStringLiteral("<span style=\"%1\">%2</span>")
                                        .arg(style.join(QLatin1Char(';')), text);
        m_done = offset + length;
    }

private:
    QString m_line;
    QString m_html;
    int m_done = 0;
};

} // namespace

bool isAvailable()
{
    return true;
}

QSyntaxHighlighter *attachMarkdown(QTextDocument *document, bool dark)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(theme(dark));
    return highlighter;
}

void setDark(QSyntaxHighlighter *highlighter, bool dark)
{
    if (auto *h = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        h->setTheme(theme(dark));
        h->rehighlight();
    }
}

QString toHtml(const QString &code, const QString &language, bool dark)
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language);
    if (!definition.isValid())
        return code.toHtmlEscaped();
    HtmlSpans spans;
    spans.setDefinition(definition);
    spans.setTheme(theme(dark));
    return spans.convert(code);
}

#else

bool isAvailable()
{
    return false;
}

QSyntaxHighlighter *attachMarkdown(QTextDocument *, bool)
{
    return nullptr;
}

void setDark(QSyntaxHighlighter *, bool) {}

QString toHtml(const QString &code, const QString &, bool)
{
    return code.toHtmlEscaped();
}

#endif

} // namespace Masar::CodeHighlighting
