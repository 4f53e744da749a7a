// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationwords.h"

#include "storage/textnormalizer.h"

#include <QHash>
#include <QVector>

#include <initializer_list>

namespace Masar {

namespace {

using Unit = DurationPhrase::Unit;
using Form = DurationWords::Form;
using Entry = DurationWords::Entry;
using W = DurationWords;

// No word of the vocabulary is longer; longer words are not looked up.
constexpr int kMaxWordLength = 24;

/// Builds the vocabulary; words are written as people spell them and folded on the way in.
class Vocabulary
{
public:
    Vocabulary()
    {
        build();
        for (auto it = m_words.cbegin(); it != m_words.cend(); ++it)
            m_byHash[qHash(QStringView(it.key()))].append({it.key(), &it.value()});
    }

    /// Looked up for every word an import reads: by the view's hash, with no string made.
    const Entry *find(QStringView word) const
    {
        const auto it = m_byHash.constFind(qHash(word));
        if (it == m_byHash.cend())
            return nullptr;
        for (const Keyed &keyed : *it) {
            if (keyed.word == word)
                return keyed.entry;
        }
        return nullptr;
    }

private:
    Entry &at(const char16_t *word)
    {
        return m_words[TextNormalizer::normalize(QString::fromUtf16(word))];
    }
    void roles(std::initializer_list<const char16_t *> words, quint32 roles)
    {
        for (const char16_t *word : words)
            at(word).roles |= roles;
    }
    void unit(Unit unit, Form form, std::initializer_list<const char16_t *> words,
              quint32 extra = 0)
    {
        for (const char16_t *word : words) {
            Entry &entry = at(word);
            entry.roles |= W::Unit | extra;
            entry.unit = unit;
            entry.form = form;
        }
    }
    void number(double value, std::initializer_list<const char16_t *> words,
                quint32 role = W::Number)
    {
        for (const char16_t *word : words) {
            Entry &entry = at(word);
            entry.roles |= role;
            entry.number = value;
        }
    }
    void perAdverb(Unit period, std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *word : words) {
            Entry &entry = at(word);
            entry.roles |= W::PerAdverb;
            entry.unit = period;
        }
    }

    void build();

    QHash<QString, Entry> m_words; ///< complete before the index is built, unchanged after
    struct Keyed
    {
        QString word;
        const Entry *entry;
    };
    QHash<size_t, QVector<Keyed>> m_byHash;
};

void Vocabulary::build()
{
    // Units. Letters ("m", "h", "d", "w") only right after digits; see DurationScanner.
    unit(Unit::Minute, Form::Singular, {u"minute", u"دقيقة"});
    unit(Unit::Minute, Form::Plural, {u"minutes", u"دقائق"});
    unit(Unit::Minute, Form::Dual, {u"دقيقتان", u"دقيقتين"});
    unit(Unit::Minute, Form::Short, {u"min", u"mins"});
    unit(Unit::Minute, Form::Letter, {u"m"});
    unit(Unit::Hour, Form::Singular, {u"hour", u"ساعة"});
    unit(Unit::Hour, Form::Plural, {u"hours", u"ساعات"});
    unit(Unit::Hour, Form::Dual, {u"ساعتان", u"ساعتين"});
    unit(Unit::Hour, Form::Short, {u"hr", u"hrs"});
    unit(Unit::Hour, Form::Letter, {u"h"});
    unit(Unit::Day, Form::Singular, {u"day", u"يوم", u"يوماً"}, W::IndexNoun);
    unit(Unit::Day, Form::Plural, {u"days", u"أيام"}, W::IndexNoun);
    unit(Unit::Day, Form::Dual, {u"يومان", u"يومين"});
    unit(Unit::Day, Form::Letter, {u"d"});
    unit(Unit::Week, Form::Singular, {u"week", u"أسبوع", u"أسبوعاً"}, W::IndexNoun);
    unit(Unit::Week, Form::Plural, {u"weeks", u"أسابيع"}, W::IndexNoun);
    unit(Unit::Week, Form::Dual, {u"أسبوعان", u"أسبوعين"});
    unit(Unit::Week, Form::Short, {u"wk", u"wks"}, W::IndexNoun);
    unit(Unit::Week, Form::Letter, {u"w"});
    unit(Unit::Month, Form::Singular, {u"month", u"شهر", u"شهراً"}, W::IndexNoun);
    unit(Unit::Month, Form::Plural, {u"months", u"أشهر", u"شهور"}, W::IndexNoun);
    unit(Unit::Month, Form::Dual, {u"شهران", u"شهرين"});
    unit(Unit::Month, Form::Short, {u"mo", u"mos", u"mth", u"mths"});

    // Numbers in words. "a few" is no number: "few" is not listed.
    number(1, {u"a", u"an", u"one", u"واحد", u"واحدة", u"أحد", u"إحدى"});
    number(2, {u"two", u"اثنان", u"اثنين", u"اثنتان", u"اثنتين", u"اثنا", u"اثني", u"اثنتا",
               u"اثنتي"});
    number(3, {u"three", u"ثلاثة", u"ثلاث"});
    number(4, {u"four", u"أربعة", u"أربع"});
    number(5, {u"five", u"خمسة", u"خمس"});
    number(6, {u"six", u"ستة", u"ست"});
    number(7, {u"seven", u"سبعة", u"سبع"});
    number(8, {u"eight", u"ثمانية", u"ثماني", u"ثمان"});
    number(9, {u"nine", u"تسعة", u"تسع"});
    number(10, {u"ten", u"عشرة", u"عشر"});
    number(11, {u"eleven"});
    number(12, {u"twelve"});
    number(13, {u"thirteen"});
    number(14, {u"fourteen"});
    number(15, {u"fifteen"});
    number(16, {u"sixteen"});
    number(17, {u"seventeen"});
    number(18, {u"eighteen"});
    number(19, {u"nineteen"});
    number(20, {u"twenty", u"عشرون", u"عشرين"});
    number(30, {u"thirty", u"ثلاثون", u"ثلاثين"});
    number(40, {u"forty", u"أربعون", u"أربعين"});
    number(50, {u"fifty", u"خمسون", u"خمسين"});
    number(60, {u"sixty", u"ستون", u"ستين"});
    number(90, {u"ninety", u"تسعون", u"تسعين"});
    roles({u"عشر", u"عشرة"}, W::Teen);
    number(2, {u"couple"}, W::Couple);
    roles({u"half", u"نصف"}, W::Half);
    number(1, {u"أول"}, W::Ordinal);
    number(2, {u"ثاني"}, W::Ordinal);
    number(3, {u"ثالث"}, W::Ordinal);
    number(4, {u"رابع"}, W::Ordinal);
    number(5, {u"خامس"}, W::Ordinal);
    number(6, {u"سادس"}, W::Ordinal);
    number(7, {u"سابع"}, W::Ordinal);
    number(8, {u"ثامن"}, W::Ordinal);
    number(9, {u"تاسع"}, W::Ordinal);
    number(10, {u"عاشر"}, W::Ordinal);

    // Ranges.
    roles({u"to", u"or", u"through", u"thru", u"إلى", u"أو", u"حتى"}, W::RangeTo);
    roles({u"and", u"و"}, W::And | W::Filler);
    roles({u"between", u"بين"}, W::Between);

    // Cues.
    roles({u"about", u"around", u"approximately", u"approx", u"roughly", u"circa", u"ca", u"nearly",
           u"almost", u"حوالي", u"حوالى", u"نحو", u"قرابة", u"تقريباً"},
          W::Approximator);
    roles({u"approximately", u"approx", u"roughly", u"تقريباً"}, W::TrailingApprox);
    roles({u"take",      u"takes",     u"taking",    u"took",      u"lasts",    u"lasting",
           u"require",   u"requires",  u"required",  u"requiring", u"need",     u"needs",
           u"needed",    u"spend",     u"spends",    u"spending",  u"spent",    u"dedicate",
           u"allocate",  u"allot",     u"budget",    u"duration",  u"effort",   u"length",
           u"timeline",  u"timeframe", u"estimated", u"est",       u"expected", u"complete",
           u"completed", u"finish",    u"finished",  u"مدة",       u"يستغرق",   u"تستغرق",
           u"سيستغرق",   u"ستستغرق",   u"استغرق",    u"يحتاج",     u"تحتاج",    u"يتطلب",
           u"تتطلب",     u"يستمر",     u"تستمر"},
          W::Cue);
    roles({u"in", u"في"}, W::DigitCue | W::In);
    roles({u"for", u"within", u"خلال"}, W::NearCue);
    roles({u"only", u"just", u"also", u"even", u"merely", u"at", u"least", u"most", u"up", u"max",
           u"maximum", u"فقط", u"أيضاً"},
          W::Soft);
    roles({u"long", u"total", u"overall"}, W::TrailingCue);
    roles({u"to"}, W::To);
    roles({u"of"}, W::Of);
    roles({u"complete", u"finish", u"master", u"learn", u"cover", u"study"}, W::Completion);
    roles({u"study", u"studying", u"learning", u"practice", u"work", u"effort", u"video", u"videos",
           u"content", u"lecture", u"lectures", u"material", u"materials", u"coursework",
           u"reading"},
          W::Activity);
    roles({u"duration", u"time", u"effort", u"length", u"commitment", u"workload", u"timeline",
           u"timeframe", u"مدة", u"وقت", u"زمن", u"زمنية"},
          W::Label);
    roles({u"estimated", u"est", u"total", u"study", u"expected", u"approximate", u"average",
           u"time", u"completion", u"مدة"},
          W::LabelQualifier);
    roles({u"plus", u"the", u"per", u"each", u"every", u"with", u"or", u"أو", u"مع"}, W::Filler);

    // A moment or a frequency, not a duration.
    roles({u"every", u"after", u"since", u"كل", u"منذ", u"بعد", u"قبل"}, W::NotBefore);
    roles({u"ago", u"later", u"earlier", u"old", u"مضت", u"لاحقاً"}, W::NotAfter);

    // Numbers after these words number things; they do not start a range ("Phase 1 – 3 weeks").
    roles({u"phase",   u"phases",     u"part", u"step",     u"stage",    u"level",   u"module",
           u"chapter", u"lesson",     u"unit", u"section",  u"session",  u"sprint",  u"milestone",
           u"project", u"course",     u"book", u"volume",   u"vol",      u"episode", u"lecture",
           u"lab",     u"assignment", u"task", u"exercise", u"no",       u"number",  u"version",
           u"v",       u"python",     u"gpt",  u"top",      u"round",    u"class",   u"grade",
           u"year",    u"page",       u"item", u"problem",  u"question", u"tier",    u"track",
           u"مرحلة",   u"جزء",        u"خطوة", u"فصل",      u"درس",      u"وحدة",    u"مستوى",
           u"مشروع",   u"رقم"},
          W::RangeBlocker);

    // Rates.
    roles({u"per", u"each", u"every", u"a", u"an", u"كل"}, W::PerWord);
    perAdverb(Unit::Day, {u"daily", u"everyday", u"يومياً"});
    perAdverb(Unit::Week, {u"weekly", u"أسبوعياً"});
    perAdverb(Unit::Month, {u"monthly", u"شهرياً"});
}

const Entry *find(QStringView word)
{
    static const Vocabulary vocabulary;
    return vocabulary.find(word);
}

bool isArabic(QChar c)
{
    return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
}

bool hasArticle(QStringView word)
{
    return word.size() > 3 && word.at(0) == u'\u0627' && word.at(1) == u'\u0644'; // ال
}

bool isPrefix(QChar c)
{
    // و ف ب ل ك
    return c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644' || c == u'\u0643';
}

} // namespace

DurationWords::Match DurationWords::match(QStringView word)
{
    Match result;
    if (word.isEmpty() || word.size() > kMaxWordLength)
        return result;
    if ((result.entry = find(word)))
        return result;
    if (!isArabic(word.at(0)))
        return result;
    if (hasArticle(word) && (result.entry = find(word.mid(2)))) {
        result.article = true;
        return result;
    }
    if (word.size() > 2 && isPrefix(word.at(0))) {
        const QStringView rest = word.mid(1);
        result.prefix = true;
        if ((result.entry = find(rest)))
            return result;
        result.article = true;
        if (hasArticle(rest) && (result.entry = find(rest.mid(2))))
            return result;
        // "للأسبوع": ل before the article drops its alef.
        if (word.at(0) == u'\u0644' && rest.size() > 2 && rest.at(0) == u'\u0644' &&
            (result.entry = find(rest.mid(1))))
            return result;
    }
    return Match();
}

} // namespace Masar
