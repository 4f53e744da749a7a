// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roadmapnode.h"

#include <QString>

namespace Masar {

/**
 * The words by which the Markdown importer recognises what a heading, label or sentence is for,
 * in English and Arabic. Matching is on whole words of folded text (case, Arabic letter variants,
 * diacritics), so "Role" does not match "Control".
 */
class ImportVocabulary
{
public:
    /// What a "Label:" line (or a label heading in a list) means.
    enum class Label
    {
        None,       ///< not a known label: the label is the item's title
        Duration,   ///< "Duration: 4 weeks" → the parent's duration
        Link,       ///< "Platform: [Coursera](…)" → the parent's address
        Course,     ///< "Course: [Name](…)" → a course under the parent
        Group,      ///< "Topics:", "Key Outcomes:", "Practice:" → its items belong to the parent
        Collection, ///< "Books:", "Online Courses:", "Documentation:" → a group of its own
    };

    static Label label(const QString &text);
    /// The kind a group or collection label gives its items (e.g. Projects → milestone).
    static std::optional<RoadmapNode::Kind> itemKind(const QString &label);
    /// itemKind() for a heading or list item that is only a collection's name ("Books",
    /// "Technical Books", "Basic Projects"); none for one that merely mentions such a word
    /// ("Machine Learning Tutorials", "Charting a Course").
    static std::optional<RoadmapNode::Kind> collectionKind(const QString &title);
    /// Books and other reference reading: not planned unless the learner asks.
    static bool isReferenceReading(const QString &label);
    /// Sections about the role, career or document rather than something to study.
    static bool isOffTopicSection(const QString &heading);
    /// "Prerequisites", "Before you start": left out when it names the document's own sections.
    static bool isPrerequisites(const QString &heading);
    /// "optional", "after finishing the roadmap", "bonus" …
    static bool marksOptional(const QString &text);
    /// "You can choose one of the following" …
    static bool offersChoice(const QString &text);
    /// "I recommend this course" …
    static bool recommends(const QString &text);
    /// Words for courses, tutorials, playlists: a link among them is a course, not a resource.
    static bool namesCourses(const QString &text);
    /// A course platform's address (coursera.org, udemy.com, edx.org …, a YouTube playlist).
    static bool isCoursePlatform(const QString &url);
    /// Marks content in Arabic: "Arabic Content", "بالعربية" …
    static bool marksArabicContent(const QString &text);
    /// "Roadmap:" and similar prefixes that say nothing about the section.
    static QString withoutGenericPrefix(const QString &heading);

    /// Whole-word, folded search of `phrase` in `text`.
    static bool containsPhrase(const QString &text, const QString &phrase);
};

} // namespace Masar
