// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdraft.h"

#include "areaclassifier.h"
#include "asciitext.h"
#include "charclass.h"
#include "importvocabulary.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <array>
#include <functional>

namespace Masar::ImportDraft {

namespace {

bool isSentenceEnd(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == u'!' || c == u'?' || c == u'؟' || c == u'\n')
        return true;
    // A full stop followed by a space; not "e.g." or "3.5".
    return c == u'.' && (i + 1 >= text.size() || text.at(i + 1) == u' ') && i > 0 &&
           !text.at(i - 1).isDigit() && !(i >= 2 && text.at(i - 2) == u'.');
}

} // namespace

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    return simple.left(length - 1) + QChar(0x2026);
}

bool isDecoration(QChar c)
{
    if (c.unicode() < 0x80) { // ASCII: the symbols (Sm, Sc, Sk) and white space
        switch (c.unicode()) {
        case u'$':
        case u'+':
        case u'<':
        case u'=':
        case u'>':
        case u'^':
        case u'`':
        case u'|':
        case u'~':
        case u' ':
        case u'\t':
        case u'\n':
        case u'\v':
        case u'\f':
        case u'\r':
            return true;
        default:
            return false;
        }
    }
    // Emoji, symbols and the mis-decoded bytes they often turn into in copied READMEs.
    return c.isSymbol() || c.isMark() || c.isSpace() || c.category() == QChar::Other_Surrogate ||
           c.category() == QChar::Other_PrivateUse || c == QChar::ReplacementCharacter ||
           c == u'\uFE0F' || c == u'\u200D';
}

/// `text` without what cannot be seen at its ends: spaces, and format or control characters (a
/// stray byte-order mark, zero-width spaces, direction marks). Empty when nothing visible is left.
namespace {

/// Spaces, and format or control characters.
bool isInvisible(QChar c)
{
    if (c.unicode() < 0x80) // ASCII: spaces and control characters; no format characters
        return c.unicode() <= u' ' || c.unicode() == 0x7F;
    return CharClass::isSpace(c) || c.category() == QChar::Other_Format ||
           c.category() == QChar::Other_Control;
}

} // namespace

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), isInvisible);
}

QString visibleTrimmed(const QString &text)
{
    // Most titles are trimmed already, with single spaces between words: shared, not copied.
    bool plain = !text.isEmpty() && !isInvisible(text.front()) && !isInvisible(text.back());
    bool afterSpace = false;
    const QChar *data = text.constData();
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u > u' ' && u < 0x7F) {
            afterSpace = false;
        } else if (u == u' ') {
            plain = !afterSpace;
            afterSpace = true;
        } else {
            plain = u >= 0xA0 && !CharClass::isSpace(data[i]); // no control characters from U+00A0
            afterSpace = false;
        }
    }
    if (plain || text.isEmpty())
        return text;
    const QString simple = text.simplified();
    qsizetype begin = 0, end = simple.size();
    while (begin < end && isInvisible(simple.at(begin)))
        ++begin;
    while (end > begin && isInvisible(simple.at(end - 1)))
        --end;
    return simple.mid(begin, end - begin);
}

/// A title as the document means it: no decoration, numbering or trailing colon.
QString cleanTitle(QString title, bool heading)
{
    title = visibleTrimmed(title);
    const QString trimmed = title; // shared: unchanged below unless something is cut
    // Read through a const reference: a QString's non-const front() and back() detach it.
    const QString &read = title;
    while (!title.isEmpty() && (isDecoration(read.front()) || read.front() == u'#'))
        title.remove(0, 1);
    while (!title.isEmpty() &&
           (isDecoration(read.back()) || read.back() == u':' || read.back() == u'-'))
        title.chop(1);
    // "@video@Title": a type tag some roadmap sites put in front of link texts.
    if (title.startsWith(u'@')) {
        const qsizetype close = title.indexOf(u'@', 1);
        if (close > 1 && close < 20)
            title = title.mid(close + 1).trimmed();
    }
    if (heading) {
        // "1. Basic Mathematics", "2) Tools": the section number is the order, which is kept.
        int digits = 0;
        while (digits < title.size() && title.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits + 1 < title.size() &&
            (title.at(digits) == u'.' || title.at(digits) == u')') && title.at(digits + 1) == u' ')
            title = title.mid(digits + 2);
        title = ImportVocabulary::withoutGenericPrefix(title);
    }
    if (!title.isSharedWith(trimmed))
        title = visibleTrimmed(title);
    // A title is not a sentence: no full stop ("Linear Algebra for Machine Learning."), but
    // "etc." and an initial keep theirs.
    if (title.endsWith(u'.') && !title.endsWith(QLatin1String("..")) &&
        !title.endsWith(QLatin1String("etc.")) && title.size() > 2 &&
        !(title.at(title.size() - 2).isUpper() && title.at(title.size() - 3) == u' '))
        title.chop(1);
    // A list item written as several sentences: its first sentence names it.
    if (title.size() > 80) {
        for (int i = 20; i + 1 < title.size(); ++i) {
            const bool initial = title.at(i - 1).isUpper() && title.at(i - 2) == u' ';
            if ((title.at(i) == u'.' || title.at(i) == u'!' || title.at(i) == u'?') &&
                title.at(i + 1) == u' ' && !title.at(i - 1).isDigit() && !initial) {
                title = title.left(i + 1);
                break;
            }
        }
    }
    if (title.size() > kMaxTitleLength) {
        int cut = int(title.lastIndexOf(u' ', kMaxTitleLength - 1));
        if (cut < kMaxTitleLength / 2)
            cut = kMaxTitleLength - 1;
        title = title.left(cut) + QChar(0x2026);
    }
    return title;
}

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://")) ||
           text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("www."));
}

namespace {

/**
 * "https://host.name/path?query#part" written with only the characters a URL may hold as they
 * are: an address that QUrl's strict parsing accepts as it is. Most links are like this, and
 * saying so costs far less than parsing them; anything else (user names, ports, brackets,
 * spaces, non-ASCII) is left to QUrl.
 */
bool isPlainWebAddress(const QString &text)
{
    qsizetype i = 0;
    if (text.startsWith(QLatin1String("https://")))
        i = 8;
    else if (text.startsWith(QLatin1String("http://")))
        i = 7;
    else
        return false;
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    const auto isHex = [](char16_t u) {
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    };
    // The host: a name of labels of letters, digits and inner hyphens (at most 63 of them)
    // separated by single dots, the last one not all digits (an IP address is left to QUrl).
    const qsizetype hostStart = i;
    qsizetype labelStart = i;
    bool digitsOnly = true;
    for (;; ++i) {
        const char16_t u = i < size ? data[i].unicode() : u'/';
        if (u == u'.' || u == u'/' || u == u'?' || u == u'#') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > 63 || data[i - 1] == u'-')
                return false;
            if (u != u'.')
                break;
            labelStart = i + 1;
            digitsOnly = true;
        } else if (AsciiText::isLetterOrDigit(u) || (u == u'-' && i > labelStart)) {
            digitsOnly = digitsOnly && u >= u'0' && u <= u'9';
        } else {
            return false;
        }
    }
    if (digitsOnly || i - hostStart > 253)
        return false;
    // Path, query and fragment: unreserved and reserved characters, escapes of two hex digits.
    bool fragment = false;
    for (; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (AsciiText::isLetterOrDigit(u) || u == u'/' || u == u'?' || u == u'-' || u == u'.' ||
            u == u'_' || u == u'~' || u == u'!' || u == u'$' || u == u'&' || u == u'\'' ||
            u == u'(' || u == u')' || u == u'*' || u == u'+' || u == u',' || u == u';' ||
            u == u'=' || u == u':' || u == u'@')
            continue;
        if (u == u'%' && i + 2 < size && isHex(data[i + 1].unicode()) &&
            isHex(data[i + 2].unicode())) {
            i += 2;
            continue;
        }
        if (u == u'#' && !fragment) {
            fragment = true;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

/// An address as written in prose, without the brackets or full stop around it.
QString trimmedUrl(QString url)
{
    const QString &read = url; // the non-const back() would copy a shared string
    while (!url.isEmpty() && (read.back() == u']' || read.back() == u')' || read.back() == u'.' ||
                              read.back() == u',' || read.back() == u'>'))
        url.chop(1);
    return url;
}

/// The address as a web link, or empty: only http(s) addresses are kept ("www." gets https),
/// so that a relative link, an anchor or a "javascript:" link never becomes a node's link.
QString webAddress(const QString &address)
{
    if (address.isEmpty())
        return {};
    QString text = trimmedUrl(address.trimmed());
    if (text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        text.prepend(QLatin1String("https://"));
    if (isPlainWebAddress(text))
        return text;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return text;
}

/// A readable title for a bare address: its last meaningful path part, else its host.
QString titleFromUrl(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address);
    static const QStringList meaningless{
        QStringLiteral("watch"),           QStringLiteral("playlist"), QStringLiteral("view"),
        QStringLiteral("index.html"),      QStringLiteral("course"),   QStringLiteral("learn"),
        QStringLiteral("specializations"), QStringLiteral("courses")};
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        QString part = *it;
        if (meaningless.contains(part.toLower()) || part.size() < 4)
            continue;
        part.replace(u'-', u' ').replace(u'_', u' ');
        if (part.count(u' ') < 1)
            continue;
        part[0] = part.at(0).toUpper();
        return part;
    }
    QString host = url.host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host.isEmpty() ? address : host;
}

/// Splits "Label: rest" lines; the label is bold ("**Duration**: 4 weeks", "**Topics:**") or a
/// few plain words before a colon ("Classification: labels are known").
bool splitLabel(const OutlineBlock &block, QString &label, QString &rest)
{
    const QString &text = block.text;
    if (block.strongLength > 0) {
        const QString strong = block.strongText().trimmed();
        const QString after = text.mid(block.strongLength).trimmed();
        // A bold link is a title, not a label.
        const bool boldLink =
            !block.links.isEmpty() && block.links.constFirst().start < block.strongLength;
        if (boldLink)
            return false;
        if (strong.endsWith(u':')) {
            label = strong.chopped(1).trimmed();
            rest = after;
            return !label.isEmpty();
        }
        if (after.startsWith(u':')) {
            label = strong;
            rest = after.mid(1).trimmed();
            return !label.isEmpty();
        }
        return false;
    }
    const int colon = int(text.indexOf(u':'));
    if (colon > 0 && colon + 1 == text.size() && block.links.isEmpty() && text.count(u' ') < 5) {
        label = text.chopped(1).trimmed(); // "Topics:" over a nested list
        rest.clear();
        return !label.isEmpty();
    }
    if (colon <= 0 || colon + 1 >= text.size())
        return false;
    if (!block.links.isEmpty() && block.links.constFirst().start < colon)
        return false;
    const QString candidate = text.left(colon).trimmed();
    const QString after = text.mid(colon + 1).trimmed();
    if (candidate.split(u' ', Qt::SkipEmptyParts).size() > 5 || after.isEmpty())
        return false;
    // "Week 5: …", "Phase 2: …" are titles: the number is part of the name.
    if (std::any_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    // Only a label when what follows says more than the label itself.
    if (ImportVocabulary::label(candidate) == ImportVocabulary::Label::None &&
        after.size() < candidate.size())
        return false;
    label = candidate;
    rest = after;
    return true;
}

/// Of each group of alternatives the recommended one (else the first) is planned.
void chooseAlternatives(const Draft &draft, ImportedNode &out)
{
    if (std::none_of(draft.children.cbegin(), draft.children.cend(),
                     [](const Draft &child) { return child.alternativeGroup != 0; }))
        return;
    QHash<int, int> chosen; // group → index
    for (int i = 0; i < int(draft.children.size()); ++i) {
        const Draft &child = draft.children.at(i);
        if (!child.alternativeGroup)
            continue;
        if (!chosen.contains(child.alternativeGroup) || child.recommended) {
            const int previous = chosen.value(child.alternativeGroup, -1);
            if (previous < 0 || !draft.children.at(previous).recommended)
                chosen.insert(child.alternativeGroup, i);
        }
    }
    QHash<int, int> sizes;
    for (const Draft &child : draft.children)
        sizes[child.alternativeGroup] += child.alternativeGroup ? 1 : 0;
    for (int i = 0; i < out.children.size(); ++i) {
        ImportedNode &child = out.children[i];
        const int group = child.alternativeGroup;
        if (!group)
            continue;
        if (sizes.value(group) < 2) {
            child.alternativeGroup = 0; // a choice of one is no choice
            continue;
        }
        if (chosen.value(group) != i)
            child.node.optional = true;
    }
}

RoadmapNode::Kind decideKind(const Draft &draft, const ImportedNode &out, const Draft *parent)
{
    // A label's kind holds; an item hint only for leaves and projects with their tasks.
    if (draft.kind && (out.children.isEmpty() || *draft.kind == RoadmapNode::Kind::Course ||
                       *draft.kind == RoadmapNode::Kind::Milestone))
        return *draft.kind;
    const bool hasUrl = !out.node.url.isEmpty();
    if (!out.children.isEmpty())
        return hasUrl ? RoadmapNode::Kind::Course : RoadmapNode::Kind::Phase;
    if (draft.origin == Draft::Origin::Heading)
        return hasUrl ? RoadmapNode::Kind::Course : RoadmapNode::Kind::Phase;
    if (hasUrl) {
        // A course only when something says so: its words or its section's, a course platform,
        // a duration of its own, a choice among courses. An article, a video or a documentation
        // page is a resource, also when it takes a share of a stated section.
        const bool courseLike = out.stated || draft.alternativeGroup > 0 ||
                                ImportVocabulary::namesCourses(draft.text) ||
                                (parent && ImportVocabulary::namesCourses(parent->title)) ||
                                ImportVocabulary::isCoursePlatform(out.node.url);
        return courseLike ? RoadmapNode::Kind::Course : RoadmapNode::Kind::Resource;
    }
    return RoadmapNode::Kind::Topic;
}

bool listsLectures(const Draft &draft, const ImportedNode &out, const Draft *parent)
{
    if (draft.origin != Draft::Origin::Heading || out.children.size() < 2)
        return false;
    const bool course =
        !out.node.url.isEmpty() || (parent && parent->origin == Draft::Origin::Heading &&
                                    parent->itemKind == RoadmapNode::Kind::Course);
    return course &&
           std::all_of(out.children.cbegin(), out.children.cend(), [](const ImportedNode &child) {
               return child.children.isEmpty() && child.node.url.isEmpty() && !child.stated &&
                      child.alternativeGroup == 0 &&
                      (child.node.kind == RoadmapNode::Kind::Topic ||
                       child.node.kind == RoadmapNode::Kind::Course);
           });
}

QString durationText(const Candidate &candidate, const DurationEstimate &estimate)
{
    const QString &text = candidate.text;
    switch (candidate.origin) {
    case Candidate::Origin::Attribute:
        return text.simplified();
    case Candidate::Origin::Title: {
        int start = estimate.start;
        int end = estimate.start + estimate.length;
        if (start > 0 && text.at(start - 1) == u'(' && end < text.size() && text.at(end) == u')') {
            --start;
            ++end;
        }
        return text.mid(start, end - start).simplified();
    }
    case Candidate::Origin::Prose:
        break;
    }
    // The sentence the phrase is in.
    int start = estimate.start;
    while (start > 0 && !isSentenceEnd(text, start - 1))
        --start;
    int end = estimate.start + estimate.length;
    while (end < text.size() && !isSentenceEnd(text, end))
        ++end;
    if (end < text.size())
        ++end; // keep the full stop
    return text.mid(start, end - start).trimmed();
}

/// "Foundation Phase (4 weeks)" → "Foundation Phase"; a phrase inside the title stays.
QString withoutPhrase(const QString &title, const DurationEstimate &estimate)
{
    int start = estimate.start;
    int end = estimate.start + estimate.length;
    if (start > 0 && title.at(start - 1) == u'(' && end < title.size() && title.at(end) == u')') {
        --start;
        ++end;
    }
    const QString after = title.mid(end).trimmed();
    if (!after.isEmpty())
        return title;
    QString before = title.left(start).trimmed();
    while (!before.isEmpty() &&
           (before.back() == u'-' || before.back() == u'–' || before.back() == u'—' ||
            before.back() == u'|' || before.back() == u':' || before.back() == u','))
        before.chop(1);
    before = before.trimmed();
    return before.isEmpty() ? title : before;
}

int countDrafts(const std::vector<Draft> &drafts)
{
    int count = int(drafts.size());
    for (const Draft &draft : drafts)
        count += countDrafts(draft.children);
    return count;
}

namespace {

/// Sets the areas of `nodes`; returns the one more than half of them share, if any.
CompetencyArea assignAreas(QVector<ImportedNode> &nodes, CompetencyArea inherited)
{
    if (nodes.isEmpty()) // (a loop over an empty QVector would make it a block of its own)
        return CompetencyArea::Unassigned;
    std::array<int, int(CompetencyArea::Professional) + 1> votes{}; // area → nodes in it
    for (ImportedNode &imported : nodes) {
        const CompetencyArea area = assignArea(imported, inherited);
        if (area != CompetencyArea::Unassigned)
            ++votes[std::size_t(area)];
    }
    for (std::size_t area = 0; area < votes.size(); ++area) {
        if (votes[area] * 2 > nodes.size())
            return CompetencyArea(area);
    }
    return CompetencyArea::Unassigned;
}

} // namespace

CompetencyArea assignArea(ImportedNode &imported, CompetencyArea inherited)
{
    RoadmapNode &node = imported.node;
    const CompetencyArea own = AreaClassifier::classify(node.title);
    const CompetencyArea fromChildren =
        assignAreas(imported.children, own != CompetencyArea::Unassigned ? own : inherited);
    if (own != CompetencyArea::Unassigned)
        node.area = own;
    else if (fromChildren != CompetencyArea::Unassigned)
        node.area = fromChildren;
    else
        node.area = inherited;
    return node.area;
}

void offsetGroups(std::vector<Draft> &drafts, int offset)
{
    for (Draft &draft : drafts) {
        if (draft.alternativeGroup > 0)
            draft.alternativeGroup += offset;
        offsetGroups(draft.children, offset);
    }
}

double decidePace(const QStringList &preamble, const std::vector<Draft> &roots, QString *paceText)
{
    const DurationParser probe(10.0);
    for (const QString &text : preamble) {
        if (auto pace = probe.pace(text); pace && *pace > 0) {
            *paceText = text;
            return *pace;
        }
    }
    QHash<int, int> daily; // minutes a day → how often
    QHash<int, QString> example;
    std::function<void(const Draft &)> visit = [&](const Draft &draft) {
        for (const Candidate &candidate : draft.candidates) {
            for (const DurationPhrase &phrase : probe.phrases(candidate.text, candidate.context)) {
                if (phrase.kind != DurationPhrase::Kind::Pace ||
                    phrase.per != DurationPhrase::Per::Day)
                    continue;
                const double perUnit = phrase.unit == DurationPhrase::Unit::Minute ? 1 : 60;
                const int minutes = int((phrase.low + phrase.high) / 2 * perUnit + 0.5);
                if (minutes <= 0 || minutes > 24 * 60)
                    continue;
                if (!daily.contains(minutes))
                    example.insert(minutes, candidate.text.mid(phrase.start, phrase.length));
                ++daily[minutes];
            }
        }
        for (const Draft &child : draft.children)
            visit(child);
    };
    for (const Draft &root : roots)
        visit(root);
    int best = 0;
    int bestCount = 0;
    for (auto it = daily.cbegin(); it != daily.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    if (bestCount >= 2) {
        *paceText = example.value(best);
        return best * 7 / 60.0;
    }
    return 10.0;
}

} // namespace Masar::ImportDraft
