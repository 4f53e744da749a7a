// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvocabulary.h"

#include "charclass.h"
#include "storage/textnormalizer.h"

#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace Masar {

namespace {

bool isWordChar(QChar c)
{
    return CharClass::isLetterNumberOrMark(c);
}

bool containsFolded(const QString &folded, const QString &phrase)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = folded.indexOf(phrase, from);
        if (at < 0)
            return false;
        const qsizetype end = at + phrase.size();
        const bool startOk = at == 0 || !isWordChar(folded.at(at - 1));
        const bool endOk = end >= folded.size() || !isWordChar(folded.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

/// The words of folded text (letters, digits and marks; anything else separates them), as
/// views into `folded`, which must outlive them.
const std::vector<QStringView> &wordsOf(const QString &folded)
{
    // Asked again and again for the same text by the questions below: split it once.
    thread_local QString lastText;
    thread_local std::vector<QStringView> lastWords;
    if (folded.isSharedWith(lastText) || folded == lastText)
        return lastWords;
    lastText = folded; // shared: the views below stay valid while it is kept
    lastWords.clear();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= lastText.size(); ++i) {
        const bool word = i < lastText.size() && isWordChar(lastText.at(i));
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            lastWords.push_back(QStringView(lastText).mid(start, i - start));
            start = -1;
        }
    }
    return lastWords;
}

size_t hashOf(QStringView word)
{
    return qHash(word);
}

/**
 * The start of a word as a number: its length (up to 3) and its first three characters, lower
 * case. Two ASCII words can only be equal when their starts are.
 */
quint32 startOf(QStringView word)
{
    const qsizetype length = std::min<qsizetype>(word.size(), 3);
    quint32 code = quint32(length) << 24;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t u = word.at(i).unicode();
        code |= quint32(u >= u'A' && u <= u'Z' ? u + 32 : u) << (8 * i);
    }
    return code;
}

/// One of 64 bits for a word start: words whose bits a list lacks are not among its words.
quint64 maskBit(quint32 start)
{
    return quint64(1) << ((start * 0x9E3779B1u) >> 26);
}

/// startOf() each word of `text` as folding makes it, or null when it has a character other than
/// ASCII and the Arabic block (accented Latin and the rest are left to the full search). The
/// importer asks several lists about the same text in a row: its words are read once.
const std::vector<quint32> *wordStarts(const QString &text)
{
    thread_local QString lastText;
    thread_local std::vector<quint32> lastStarts;
    thread_local bool lastKnown = false;
    if (text.isSharedWith(lastText) || (text.size() == lastText.size() && text == lastText))
        return lastKnown ? &lastStarts : nullptr;
    lastText = text;
    lastStarts.clear();
    lastKnown = true;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    // -1: not ASCII nor of the Arabic block; 0: not a word character; else as folded (0 kept
    // for what folding drops, which is always inside a word).
    const auto classOf = [](QChar c, char16_t &folded) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && (u < 0x0600 || u > 0x06FF))
            return -1;
        folded = u < 0x80 ? u : TextNormalizer::foldArabicBlock(u);
        return isWordChar(c) ? 1 : 0;
    };
    for (qsizetype i = 0; i < size;) {
        char16_t folded = 0;
        const int kind = classOf(data[i], folded);
        if (kind < 0) {
            lastKnown = false;
            break;
        }
        if (kind == 0) {
            ++i;
            continue;
        }
        char16_t kept[3];
        int count = 0;
        int next = kind;
        while (next > 0) {
            if (folded && count < 3)
                kept[count++] = folded;
            if (++i >= size)
                break;
            next = classOf(data[i], folded);
        }
        if (next < 0) {
            lastKnown = false;
            break;
        }
        if (count > 0)
            lastStarts.push_back(startOf(QStringView(kept, count)));
    }
    return lastKnown ? &lastStarts : nullptr;
}

/// A word list folded once, matched as whole words: a phrase is found when its words follow
/// each other in the text. Looked up by first word, so a text costs one hash lookup per word.
class Words
{
public:
    Words(std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *word : words) {
            const QString folded = TextNormalizer::normalize(QString::fromUtf16(word));
            m_words.append(folded);
            QStringList phrase;
            for (const QStringView part : wordsOf(folded))
                phrase.append(part.toString());
            if (phrase.isEmpty())
                continue;
            m_byFirst[hashOf(phrase.constFirst())].append(phrase);
            m_starts.push_back(startOf(phrase.constFirst()));
            m_mask |= maskBit(m_starts.back());
        }
    }

    /// Whether a word of `text` (as written, not folded) starts like the first word of one of
    /// these phrases. False only for text of ASCII and the Arabic block, whose word starts are
    /// folded here character by character: then no phrase can be found in it, and folding it
    /// is not needed to say so. Text with other characters (accented Latin …) is left to the
    /// full search.
    bool mayBeIn(const QString &text) const
    {
        const std::vector<quint32> *starts = wordStarts(text);
        if (!starts)
            return true;
        for (const quint32 code : *starts) {
            if ((m_mask & maskBit(code)) &&
                std::find(m_starts.cbegin(), m_starts.cend(), code) != m_starts.cend())
                return true;
        }
        return false;
    }

    bool inText(const QString &folded) const
    {
        const std::vector<QStringView> &words = wordsOf(folded);
        const auto size = qsizetype(words.size());
        for (qsizetype i = 0; i < size; ++i) {
            const auto it = m_byFirst.constFind(hashOf(words[size_t(i)]));
            if (it == m_byFirst.constEnd())
                continue;
            for (const QStringList &phrase : it.value()) {
                const qsizetype length = phrase.size();
                if (i + length > size)
                    continue; // runs past the end
                bool all = true;
                for (qsizetype k = 0; k < length && all; ++k)
                    all = words[size_t(i + k)] == phrase.at(k);
                if (all)
                    return true;
            }
        }
        return false;
    }

    /// The whole text is one of the words (after trimming punctuation).
    bool isText(const QString &folded) const
    {
        QStringView trimmed(folded);
        while (!trimmed.isEmpty() && !isWordChar(trimmed.back()))
            trimmed.chop(1);
        while (!trimmed.isEmpty() && !isWordChar(trimmed.front()))
            trimmed = trimmed.mid(1);
        return std::any_of(m_words.cbegin(), m_words.cend(),
                           [trimmed](const QString &word) { return trimmed == word; });
    }

private:
    QStringList m_words;
    QHash<size_t, QList<QStringList>> m_byFirst; ///< hash of the first word → its phrases
    std::vector<quint32> m_starts;               ///< startOf() each phrase's first word
    quint64 m_mask = 0;                          ///< maskBit() of each of them
};

QString fold(const QString &text)
{
    // The importer asks several questions about the same text in a row: fold it once.
    thread_local QString lastText;
    thread_local QString lastFolded;
    if (text.isSharedWith(lastText) || (text.size() == lastText.size() && text == lastText))
        return lastFolded;
    lastText = text;
    TextNormalizer::normalize(text, lastFolded); // in its memory, unless a caller still holds it
    // Usually simple already (single spaces, none at the ends): then there is nothing to do.
    const QString &folded = lastFolded; // read only: the non-const front() would detach it
    bool simple = folded.isEmpty() || (folded.front() != u' ' && folded.back() != u' ');
    for (qsizetype i = 0; simple && i < folded.size(); ++i) {
        const char16_t u = folded.at(i).unicode();
        simple =
            u == u' ' ? folded.at(i - 1) != u' ' : u > u' ' && !CharClass::isSpace(folded.at(i));
    }
    if (!simple)
        lastFolded = std::move(lastFolded).simplified();
    return lastFolded;
}

const Words &durationLabels()
{
    static const Words words{
        u"duration", u"time",        u"length", u"effort", u"time commitment", u"estimated time",
        u"workload", u"time needed", u"المدة",  u"مدة",    u"الوقت",           u"المدة المتوقعة"};
    return words;
}

const Words &linkLabels()
{
    static const Words words{u"platform", u"link",   u"url",    u"website", u"where",
                             u"source",   u"المنصة", u"الرابط", u"رابط",    u"الموقع"};
    return words;
}

const Words &courseLabels()
{
    static const Words words{
        u"course", u"recommended course", u"main course", u"الدورة", u"دورة", u"الكورس", u"كورس"};
    return words;
}

const Words &groupLabels()
{
    static const Words words{u"topics",
                             u"topics to learn",
                             u"topics covered",
                             u"key topics",
                             u"key outcomes",
                             u"outcomes",
                             u"learning outcomes",
                             u"what you will learn",
                             u"what you'll learn",
                             u"skills",
                             u"key skills",
                             u"practice",
                             u"practice tasks",
                             u"exercises",
                             u"tasks",
                             u"projects",
                             u"project",
                             u"project ideas",
                             u"mini project",
                             u"milestones",
                             u"goals",
                             u"concepts",
                             u"الموضوعات",
                             u"المواضيع",
                             u"المهارات",
                             u"التطبيق",
                             u"التمارين",
                             u"المشاريع",
                             u"مشروع",
                             u"الأهداف"};
    return words;
}

const Words &collectionLabels()
{
    static const Words words{u"books",           u"book",
                             u"reading",         u"essential reading",
                             u"online courses",  u"courses",
                             u"documentation",   u"docs",
                             u"websites",        u"resources",
                             u"tools",           u"tools and frameworks",
                             u"papers",          u"research papers",
                             u"videos",          u"articles",
                             u"blogs",           u"tutorials",
                             u"links",           u"references",
                             u"further reading", u"certifications",
                             u"الكتب",           u"كتب",
                             u"المصادر",         u"مصادر",
                             u"الدورات",         u"المراجع",
                             u"الأدوات",         u"المقالات"};
    return words;
}

const Words &readingLabels()
{
    static const Words words{
        u"books", u"book", u"technical books", u"reading", u"essential reading", u"further reading",
        u"الكتب", u"كتب"};
    return words;
}

const Words &projectWords()
{
    static const Words words{u"projects",   u"project",        u"project ideas", u"mini project",
                             u"milestones", u"certifications", u"certification", u"المشاريع",
                             u"مشروع",      u"الشهادات"};
    return words;
}

const Words &resourceWords()
{
    static const Words words{u"documentation", u"docs",
                             u"video",         u"videos",
                             u"article",       u"resource",
                             u"websites",      u"resources",
                             u"tools",         u"tools and frameworks",
                             u"papers",        u"research papers",
                             u"articles",      u"blogs",
                             u"links",         u"references",
                             u"books",         u"book",
                             u"reading",       u"المصادر",
                             u"مصادر",         u"المراجع",
                             u"الأدوات",       u"المقالات",
                             u"الكتب"};
    return words;
}

const Words &courseWords()
{
    static const Words words{
        u"course",   u"courses", u"tutorial", u"tutorials", u"playlist", u"specialization",
        u"bootcamp", u"lecture", u"lectures", u"class",     u"mooc",     u"دورة",
        u"دورات",    u"الدورات", u"كورس",     u"كورسات",    u"محاضرات",  u"قائمة تشغيل"};
    return words;
}

const Words &offTopicSections()
{
    static const Words words{u"role definition",
                             u"career overview",
                             u"position summary",
                             u"industry context",
                             u"career progression",
                             u"career path",
                             u"core competencies",
                             u"responsibilities",
                             u"roles and responsibilities",
                             u"success metrics",
                             u"career tips",
                             u"best practices",
                             u"common pitfalls",
                             u"pitfalls to avoid",
                             u"growth opportunities",
                             u"community engagement",
                             u"communities",
                             u"community",
                             u"industry connections",
                             u"professional networks",
                             u"mentorship",
                             u"continuous learning",
                             u"overview",
                             u"summary",
                             u"table of contents",
                             u"contents",
                             u"license",
                             u"licence",
                             u"contributing",
                             u"contributors",
                             u"contribution",
                             u"acknowledgements",
                             u"acknowledgments",
                             u"credits",
                             u"disclaimer",
                             u"conclusion",
                             u"final thoughts",
                             u"faq",
                             u"support",
                             u"star history",
                             u"about",
                             u"about me",
                             u"what is",
                             u"what does",
                             u"what skills",
                             u"why",
                             u"how to use",
                             u"job description",
                             u"salary",
                             u"interview tips",
                             u"team",
                             u"the team",
                             u"our team",
                             u"meet the team",
                             u"core team",
                             u"maintainers",
                             u"authors",
                             u"code of conduct",
                             u"congratulations",
                             u"congrats",
                             u"how to show your progress",
                             u"show your progress",
                             u"share your progress",
                             u"track your progress",
                             u"الفريق",
                             u"فريق العمل",
                             u"المساهمون",
                             u"المساهمين",
                             u"مدونة السلوك",
                             u"قواعد السلوك",
                             u"تهانينا",
                             u"مبروك",
                             u"المحتويات",
                             u"مقدمة",
                             u"المقدمة",
                             u"الترخيص",
                             u"المساهمة",
                             u"نظرة عامة",
                             u"الخاتمة",
                             u"خاتمة",
                             u"شكر",
                             u"المسؤوليات",
                             u"الأدوار"};
    return words;
}

const Words &optionalWords()
{
    static const Words words{u"optional",
                             u"bonus",
                             u"extra",
                             u"after finishing",
                             u"after completing",
                             u"after you finish",
                             u"nice to have",
                             u"if you have time",
                             u"اختياري",
                             u"اختيارية",
                             u"إضافي",
                             u"بعد الانتهاء",
                             u"بعد إنهاء"};
    return words;
}

const Words &choiceWords()
{
    static const Words words{
        u"choose one", u"one of the following", u"pick one", u"either of", u"any one of",
        u"اختر واحدا", u"اختر واحدة",           u"واحدة من", u"واحدا من",  u"إحدى"};
    return words;
}

const Words &recommendWords()
{
    static const Words words{u"recommend", u"recommended", u"i recommend", u"best choice",
                             u"أنصح",      u"ننصح",        u"موصى",        u"الأفضل"};
    return words;
}

const Words &arabicContentWords()
{
    static const Words words{u"arabic content", u"arabic", u"in arabic", u"بالعربية",
                             u"بالعربي",        u"عربي",   u"محتوى عربي"};
    return words;
}

} // namespace

bool ImportVocabulary::containsPhrase(const QString &text, const QString &phrase)
{
    return containsFolded(fold(text), fold(phrase));
}

namespace {

/// Whether `text` may be one of the labels (see Words::mayBeIn()).
bool mayBeLabel(const QString &text)
{
    return durationLabels().mayBeIn(text) || linkLabels().mayBeIn(text) ||
           courseLabels().mayBeIn(text) || groupLabels().mayBeIn(text) ||
           collectionLabels().mayBeIn(text);
}

ImportVocabulary::Label labelOfFolded(const QString &folded)
{
    using Label = ImportVocabulary::Label;
    if (durationLabels().isText(folded))
        return Label::Duration;
    if (linkLabels().isText(folded))
        return Label::Link;
    if (courseLabels().isText(folded))
        return Label::Course;
    if (groupLabels().isText(folded))
        return Label::Group;
    if (collectionLabels().isText(folded))
        return Label::Collection;
    return Label::None;
}

std::optional<RoadmapNode::Kind> itemKindOfFolded(const QString &folded)
{
    if (projectWords().inText(folded))
        return RoadmapNode::Kind::Milestone;
    if (courseWords().inText(folded))
        return RoadmapNode::Kind::Course;
    if (resourceWords().inText(folded))
        return RoadmapNode::Kind::Resource;
    return std::nullopt;
}

} // namespace

ImportVocabulary::Label ImportVocabulary::label(const QString &text)
{
    if (!mayBeLabel(text))
        return Label::None;
    return labelOfFolded(fold(text));
}

std::optional<RoadmapNode::Kind> ImportVocabulary::itemKind(const QString &label)
{
    if (!projectWords().mayBeIn(label) && !courseWords().mayBeIn(label) &&
        !resourceWords().mayBeIn(label))
        return std::nullopt;
    return itemKindOfFolded(fold(label));
}

namespace {

/// A collection's name without the words that only qualify it: "Technical Books" → "books".
QString collectionHead(const QString &title)
{
    static const char16_t *const qualifiers[] = {
        u"technical", u"online",   u"recommended", u"essential",    u"further",  u"additional",
        u"useful",    u"free",     u"basic",       u"intermediate", u"advanced", u"research",
        u"suggested", u"key",      u"other",       u"more",         u"official", u"practice",
        u"final",     u"capstone", u"portfolio",   u"video"};
    // "Books (optional)": what the brackets add is not the collection's name.
    const qsizetype open = title.indexOf(QLatin1Char('('));
    const QString folded = fold(open > 0 ? title.left(open) : title);
    // Folded text has single spaces between words: the head runs from the first word kept.
    QStringView head(folded);
    while (true) {
        const qsizetype space = head.indexOf(QLatin1Char(' '));
        if (space < 0)
            break;
        const QStringView first = head.left(space);
        if (std::none_of(std::begin(qualifiers), std::end(qualifiers),
                         [first](const char16_t *q) { return first == QStringView(q); }))
            break;
        head = head.mid(space + 1);
    }
    return head.size() == folded.size() ? folded : head.toString();
}

} // namespace

std::optional<RoadmapNode::Kind> ImportVocabulary::collectionKind(const QString &title)
{
    // The head is part of the title: a word of it is a word of the title.
    if (!groupLabels().mayBeIn(title) && !collectionLabels().mayBeIn(title) &&
        !courseLabels().mayBeIn(title))
        return std::nullopt;
    const QString head = collectionHead(title); // folded already
    const Label kind = labelOfFolded(head);
    if (kind != Label::Group && kind != Label::Collection && kind != Label::Course)
        return std::nullopt;
    return itemKindOfFolded(head);
}

bool ImportVocabulary::isReferenceReading(const QString &label)
{
    if (!readingLabels().mayBeIn(label))
        return false;
    return readingLabels().isText(collectionHead(label));
}

bool ImportVocabulary::isOffTopicSection(const QString &heading)
{
    // Every start below is also one of the section names.
    if (!offTopicSections().mayBeIn(heading))
        return false;
    const QString folded = fold(withoutGenericPrefix(heading));
    if (offTopicSections().isText(folded))
        return true;
    // Questions and role descriptions: "What Does an AI Engineer Do?", "Roles and
    // Responsibilities of an AI Engineer".
    static const QStringList starts = [] {
        QStringList list;
        for (const char16_t *phrase :
             {u"what is", u"what does", u"what skills", u"why", u"about",
              u"roles and responsibilities", u"responsibilities", u"role definition", u"career",
              u"congratulations", u"congrats", u"how to show your", u"ما هو", u"ما هي", u"لماذا",
              u"تهانينا", u"مبروك"})
            list.append(TextNormalizer::normalize(QString::fromUtf16(phrase)));
        return list;
    }();
    const bool startsOffTopic =
        std::any_of(starts.cbegin(), starts.cend(), [&folded](const QString &start) {
            return folded.startsWith(start) &&
                   (folded.size() == start.size() || folded.at(start.size()) == u' ');
        });
    return startsOffTopic && !courseWords().inText(folded) && !resourceWords().inText(folded);
}

bool ImportVocabulary::isPrerequisites(const QString &heading)
{
    static const Words words{u"prerequisites",    u"prerequisite",      u"before you start",
                             u"before you begin", u"before starting",   u"requirements",
                             u"المتطلبات",        u"المتطلبات المسبقة", u"المتطلبات الأساسية",
                             u"قبل البدء",        u"قبل أن تبدأ"};
    if (!words.mayBeIn(heading))
        return false;
    return words.isText(fold(withoutGenericPrefix(heading)));
}

bool ImportVocabulary::marksOptional(const QString &text)
{
    if (!optionalWords().mayBeIn(text))
        return false;
    return optionalWords().inText(fold(text));
}

bool ImportVocabulary::offersChoice(const QString &text)
{
    if (!choiceWords().mayBeIn(text))
        return false;
    return choiceWords().inText(fold(text));
}

bool ImportVocabulary::recommends(const QString &text)
{
    if (!recommendWords().mayBeIn(text))
        return false;
    return recommendWords().inText(fold(text));
}

bool ImportVocabulary::namesCourses(const QString &text)
{
    if (!courseWords().mayBeIn(text))
        return false;
    return courseWords().inText(fold(text));
}

bool ImportVocabulary::isCoursePlatform(const QString &url)
{
    static const QStringList hosts{QStringLiteral("coursera.org"),
                                   QStringLiteral("udemy.com"),
                                   QStringLiteral("edx.org"),
                                   QStringLiteral("udacity.com"),
                                   QStringLiteral("datacamp.com"),
                                   QStringLiteral("pluralsight.com"),
                                   QStringLiteral("futurelearn.com"),
                                   QStringLiteral("skillshare.com"),
                                   QStringLiteral("codecademy.com"),
                                   QStringLiteral("educative.io"),
                                   QStringLiteral("khanacademy.org"),
                                   QStringLiteral("deeplearning.ai"),
                                   QStringLiteral("course.fast.ai"),
                                   QStringLiteral("ocw.mit.edu"),
                                   QStringLiteral("nptel.ac.in"),
                                   QStringLiteral("edraak.org"),
                                   QStringLiteral("rwaq.org"),
                                   QStringLiteral("maharatech.gov.eg"),
                                   QStringLiteral("simplilearn.com"),
                                   QStringLiteral("kaggle.com/learn"),
                                   QStringLiteral("linkedin.com/learning")};
    if (url.isEmpty())
        return false;
    const QUrl address(url);
    QString host = address.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    const QString path = address.path();
    // A playlist, also opened at one of its videos ("watch?v=…&list=…"), is a series of
    // lectures; a single video is not.
    if ((host == QLatin1String("youtube.com") || host == QLatin1String("m.youtube.com")) &&
        (path == QLatin1String("/playlist") ||
         QUrlQuery(address).hasQueryItem(QStringLiteral("list"))))
        return true;
    const QString hostAndPath = host + path;
    return std::any_of(hosts.cbegin(), hosts.cend(), [&](const QString &platform) {
        const bool hasPath = platform.contains(u'/');
        const QString &where = hasPath ? hostAndPath : host;
        return (where == platform || where.startsWith(platform + u'/') ||
                (!hasPath && where.endsWith(u'.' + platform)));
    });
}

bool ImportVocabulary::marksArabicContent(const QString &text)
{
    // Asked of every node: most say nothing of Arabic, which a plain search shows cheaply.
    const auto lower = [&text](qsizetype i) { return text.at(i).unicode() | 0x20; };
    bool mayMark = false;
    for (qsizetype i = 0; i < text.size() && !mayMark; ++i) {
        const char16_t u = text.at(i).unicode();
        mayMark = (u >= 0x0600 && u <= 0x06FF) ||
                  ((u | 0x20) == u'a' && i + 3 < text.size() && lower(i + 1) == u'r' &&
                   lower(i + 2) == u'a' && lower(i + 3) == u'b');
    }
    if (!mayMark)
        return false;
    return arabicContentWords().inText(fold(text));
}

QString ImportVocabulary::withoutGenericPrefix(const QString &heading)
{
    static const QStringList prefixes{QStringLiteral("roadmap:"), QStringLiteral("road map:"),
                                      QStringLiteral("خارطة الطريق:"),
                                      QStringLiteral("خريطة الطريق:")};
    const QString trimmed = heading.trimmed();
    // Each prefix starts with "r" or "خ": most headings are told apart by their first letter.
    if (trimmed.isEmpty() ||
        !(trimmed.front() == u'r' || trimmed.front() == u'R' || trimmed.front() == u'\u062E'))
        return trimmed;
    for (const QString &prefix : prefixes) {
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive))
            return trimmed.mid(prefix.size()).trimmed();
    }
    return trimmed;
}

} // namespace Masar
