// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Masar {

/**
 * One content file of a roadmap.sh roadmap (`content/<slug>@<nodeId>.md`): a heading, a
 * description, and typed links such as `[@video@Title](https://…)`.
 *
 * Until roadmap nodes have resources of their own, the links are kept in the node's note as a
 * Markdown list, one `- TYPE: [Title](url)` line each (TYPE as roadmap.sh writes it: video,
 * course, article, official, opensource, book, podcast, feed), and the first official link
 * (else the first course, else the first link) becomes the node's url.
 */
struct RoadmapShContent
{
    struct Link
    {
        QString type; ///< lower case, as in the file ("video", "official", …)
        QString title;
        QString url; ///< http(s) only
    };

    QString heading;
    QString description; ///< the paragraphs, without the line that introduces the links
    QVector<Link> links;

    /// Reads the text of a content file.
    static RoadmapShContent parse(const QString &markdown);

    /// The link that stands for the node: official, else course, else the first.
    QString mainUrl() const;
    /// The note kept with the node: the description, then the links with their types.
    QString noteBody() const;
    /// The effort planned when nothing states one: a base for the kind (topic 1 h, subtopic
    /// 30 min) and a share for each link by its type, at most 20 h (see
    /// resources/roadmaps/README.md, "Importing a roadmap.sh roadmap").
    int defaultMinutes(bool subtopic) const;
    /// The minutes one link of `type` adds to the default effort.
    static int minutesFor(const QString &type);
};

} // namespace Masar
