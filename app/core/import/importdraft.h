// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "durationparser.h"
#include "markdownimporter.h"
#include "markdownoutline.h"

#include <QList>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace Masar {

/**
 * The Markdown importer's working parts, shared by its files (not used elsewhere): a node while
 * the document is read (Draft) with the places its duration may be stated (Candidate), the
 * clean-up of titles, links and labels, and the choices made when a draft is finished (kinds,
 * alternatives, the wording a duration came from).
 */
namespace ImportDraft {

constexpr int kMaxTitleLength = 200;

/// A place the node's duration may be stated, in the order they are tried.
struct Candidate
{
    enum class Origin
    {
        Title,     ///< the heading or item text itself: the phrase is the duration text
        Attribute, ///< "Duration: 4 weeks": the whole line is the duration text
        Prose,     ///< a sentence about the node: the sentence is the duration text
    };
    QString text;
    TextContext context = TextContext::Prose;
    Origin origin = Origin::Prose;
};

/// A node while the document is read: what it is made of, before kinds and efforts are known.
struct Draft
{
    enum class Origin
    {
        Heading,
        Item,
        Row,
    };
    Origin origin = Origin::Item;
    int line = 0;
    QString title;
    QString url;
    QString text; ///< the whole source text, for cues (recommendation, Arabic content)
    QVector<Candidate> candidates;
    std::optional<RoadmapNode::Kind> kind;     ///< decided by a label ("Course:")
    std::optional<RoadmapNode::Kind> itemKind; ///< the kind its leaf items take
    bool optional = false;
    bool itemsOptional = false; ///< reference reading: every item is optional
    RoadmapNode::Status status = RoadmapNode::Status::NotStarted;
    int alternativeGroup = 0;
    bool recommended = false;
    std::vector<Draft> children;
};

QString shortened(const QString &text, int length = 80);

bool isDecoration(QChar c);

/// `text` without what cannot be seen at its ends: spaces, and format or control characters (a
/// stray byte-order mark, zero-width spaces, direction marks). Empty when nothing visible is left.
QString visibleTrimmed(const QString &text);
/// Whether `text` has nothing visible: visibleTrimmed(text).isEmpty(), without making it.
bool isBlank(const QString &text);

/// A title as the document means it: no decoration, numbering or trailing colon.
QString cleanTitle(QString title, bool heading);

bool looksLikeUrl(const QString &text);

/// An address as written in prose, without the brackets or full stop around it.
QString trimmedUrl(QString url);

/// The address as a web link, or empty: only http(s) addresses are kept ("www." gets https),
/// so that a relative link, an anchor or a "javascript:" link never becomes a node's link.
QString webAddress(const QString &address);

/// A readable title for a bare address: its last meaningful path part, else its host.
QString titleFromUrl(const QString &address);

/// Splits "Label: rest" lines; the label is bold ("**Duration**: 4 weeks", "**Topics:**") or a
/// few plain words before a colon ("Classification: labels are known").
bool splitLabel(const OutlineBlock &block, QString &label, QString &rest);

/// Of each group of alternatives the recommended one (else the first) is planned.
void chooseAlternatives(const Draft &draft, ImportedNode &out);

/// A finished node's kind: a label's holds; else a phase, a course, a resource or a topic by
/// its children, its link, its words and whether study time was stated for it.
RoadmapNode::Kind decideKind(const Draft &draft, const ImportedNode &out, const Draft *parent);

/// A heading that is a course followed by titles only: the lectures of a video course. The
/// heading has a link of its own or is under a list of courses ("Courses", "Video Courses"); its
/// items are two or more titles (topics, or courses by their section) without a link, a duration
/// or items of their own.
bool listsLectures(const Draft &draft, const ImportedNode &out, const Draft *parent);

/// Drafts in the tree under `drafts`, themselves included.
int countDrafts(const std::vector<Draft> &drafts);

/// Adds `offset` to the alternatives groups of `drafts` and of everything below them (a part of
/// a document read on its own numbers its groups from 1).
void offsetGroups(std::vector<Draft> &drafts, int offset);

/// The hours per week a document's durations assume: a pace stated in its `preamble` for the
/// whole plan, else the daily rate its items state most often, else 10 h/week. `paceText` gets
/// the words it came from.
double decidePace(const QStringList &preamble, const std::vector<Draft> &roots, QString *paceText);

/// Sets the competency area of `imported` and of its subtree, and returns the node's: its own
/// words decide it; failing that, its children's common area, then `inherited`. (The words
/// that decided it are looked up when the preview shows them.)
CompetencyArea assignArea(ImportedNode &imported, CompetencyArea inherited);

/// The words a duration came from: the phrase in a title, the whole "Duration:" line, or the
/// sentence of a paragraph.
QString durationText(const Candidate &candidate, const DurationEstimate &estimate);

/// "Foundation Phase (4 weeks)" → "Foundation Phase"; a phrase inside the title stays.
QString withoutPhrase(const QString &title, const DurationEstimate &estimate);

} // namespace ImportDraft

} // namespace Masar
