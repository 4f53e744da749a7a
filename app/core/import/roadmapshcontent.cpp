// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapshcontent.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace Masar {

namespace {

constexpr int kTopicBaseMinutes = 60;
constexpr int kSubtopicBaseMinutes = 30;
constexpr int kMostMinutes = 20 * 60;

/// Reads `[@type@Title](url)` at `from` (the '['); returns where it ends, or -1 when the text
/// there is no typed link. Brackets and parentheses may nest inside the title and address.
qsizetype readLink(const QString &line, qsizetype from, RoadmapShContent::Link &link)
{
    if (!line.mid(from).startsWith(QLatin1String("[@")))
        return -1;
    const qsizetype typeEnd = line.indexOf(u'@', from + 2);
    if (typeEnd < 0)
        return -1;
    link.type = line.mid(from + 2, typeEnd - from - 2).trimmed().toLower();
    if (link.type.isEmpty() || link.type.contains(u' '))
        return -1;
    int depth = 1;
    qsizetype i = typeEnd + 1;
    for (; i < line.size() && depth > 0; ++i) {
        if (line.at(i) == u'[')
            ++depth;
        else if (line.at(i) == u']')
            --depth;
    }
    if (depth > 0 || i >= line.size() || line.at(i) != u'(')
        return -1;
    link.title = line.mid(typeEnd + 1, i - 1 - typeEnd - 1).trimmed();
    const qsizetype urlStart = i + 1;
    depth = 1;
    for (i = urlStart; i < line.size() && depth > 0; ++i) {
        if (line.at(i) == u'(')
            ++depth;
        else if (line.at(i) == u')')
            --depth;
    }
    if (depth > 0)
        return -1;
    link.url = line.mid(urlStart, i - 1 - urlStart).trimmed();
    return i;
}

bool isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

RoadmapShContent RoadmapShContent::parse(const QString &markdown)
{
    RoadmapShContent content;
    QStringList paragraphs;
    QString paragraph;
    int firstLinkAfter = -1; ///< how many paragraphs come before the first link
    auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
        paragraph.clear();
    };
    const QStringList lines = markdown.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            endParagraph();
            continue;
        }
        if (content.heading.isEmpty() && paragraphs.isEmpty() && paragraph.isEmpty() &&
            line.startsWith(QLatin1String("# "))) {
            content.heading = line.mid(2).trimmed();
            continue;
        }
        // A list item (or a line) of typed links.
        QString rest = line;
        if (rest.startsWith(QLatin1String("- ")) || rest.startsWith(QLatin1String("* ")))
            rest = rest.mid(2).trimmed();
        if (rest.startsWith(QLatin1String("[@"))) {
            Link link;
            if (readLink(rest, 0, link) > 0) {
                endParagraph();
                if (firstLinkAfter < 0)
                    firstLinkAfter = int(paragraphs.size());
                if (isWebAddress(link.url) && !link.title.isEmpty())
                    content.links.append(link);
                continue;
            }
        }
        if (!paragraph.isEmpty())
            paragraph += QLatin1Char(' ');
        paragraph += line;
    }
    endParagraph();
    // "Visit the following resources to learn more:" introduces the links; it is not part of
    // the description.
    if (firstLinkAfter > 0 && paragraphs.at(firstLinkAfter - 1).endsWith(u':'))
        paragraphs.removeAt(firstLinkAfter - 1);
    content.description = paragraphs.join(QLatin1String("\n\n"));
    return content;
}

QString RoadmapShContent::mainUrl() const
{
    for (const QString &type : {QStringLiteral("official"), QStringLiteral("course")}) {
        for (const Link &link : links) {
            if (link.type == type)
                return link.url;
        }
    }
    return links.isEmpty() ? QString() : links.constFirst().url;
}

QString RoadmapShContent::noteBody() const
{
    QStringList parts;
    if (!description.isEmpty())
        parts.append(description);
    QStringList list;
    for (const Link &link : links) {
        QString title = link.title;
        title.replace(QLatin1String("["), QLatin1String("\\["))
            .replace(QLatin1String("]"), QLatin1String("\\]"));
        list.append(QStringLiteral("- %1: [%2](%3)").arg(link.type, title, link.url));
    }
    if (!list.isEmpty())
        parts.append(list.join(u'\n'));
    return parts.join(QLatin1String("\n\n"));
}

int RoadmapShContent::minutesFor(const QString &type)
{
    if (type == QLatin1String("course"))
        return 180;
    if (type == QLatin1String("book"))
        return 300;
    if (type == QLatin1String("opensource"))
        return 60;
    if (type == QLatin1String("podcast"))
        return 45;
    if (type == QLatin1String("video") || type == QLatin1String("official"))
        return 30;
    if (type == QLatin1String("feed"))
        return 10;
    return 20; // article, and types roadmap.sh may add
}

int RoadmapShContent::defaultMinutes(bool subtopic) const
{
    int minutes = subtopic ? kSubtopicBaseMinutes : kTopicBaseMinutes;
    for (const Link &link : links)
        minutes += minutesFor(link.type);
    return std::min(minutes, kMostMinutes);
}

} // namespace Masar
