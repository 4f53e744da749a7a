// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "durationparser.h"

#include <QStringView>

namespace Masar {

/**
 * The English and Arabic words duration phrases are made of, in the folded spelling of
 * TextNormalizer (lower case; أ إ آ → ا, ة → ه, ى → ي, no tashkeel). A word may play several
 * roles: "a" is a number ("a week") and starts a rate ("an hour a day").
 */
class DurationWords
{
public:
    enum Role : quint32
    {
        // minute … month
        Unit = 1u << 0,
        // a, one … twelve, واحد … عشرة
        Number = 1u << 1,
        // "a couple of": 2
        Couple = 1u << 2,
        // half, نصف
        Half = 1u << 3,
        // "and a half", "between 4 and 5"
        And = 1u << 4,
        // between, بين
        Between = 1u << 5,
        // to, or, إلى, أو: "4 to 5"
        RangeTo = 1u << 6,
        // about, around, حوالي: part of the phrase, and a cue
        Approximator = 1u << 7,
        // تقريباً, approximately after the quantity
        TrailingApprox = 1u << 8,
        // take, duration, يستغرق: a duration follows within a few words
        Cue = 1u << 9,
        // in, في: directly before a number written in digits
        DigitCue = 1u << 10,
        // for, within, خلال: directly before the quantity
        NearCue = 1u << 11,
        // only, just, also, فقط: may stand between a cue and a quantity
        Soft = 1u << 12,
        // long, total: right after the quantity
        TrailingCue = 1u << 13,
        // "to" of "3 weeks to complete"
        To = 1u << 14,
        // "of" of "40 hours of study"
        Of = 1u << 15,
        // complete, finish … after "to"
        Completion = 1u << 16,
        // study, practice, video … after "of"
        Activity = 1u << 17,
        // duration, time, المدة: with ":" marks what follows
        Label = 1u << 18,
        // estimated, total … before a label word
        LabelQualifier = 1u << 19,
        // phase, step, chapter: the number after it is a position
        RangeBlocker = 1u << 20,
        // week, month, day, الأسبوع: "Week 5"
        IndexNoun = 1u << 21,
        // per, each, every, a, كل: "a day"
        PerWord = 1u << 22,
        // daily, weekly, يومياً (unit: the period)
        PerAdverb = 1u << 23,
        // in, في: "in total", "في اليوم"
        In = 1u << 24,
        // and, or, at, the …: may stand around a duration in a value
        Filler = 1u << 25,
        // الأول … العاشر (number: the position)
        Ordinal = 1u << 26,
        // عشر after أحد / اثنا: 11, 12
        Teen = 1u << 27,
        // every, after, since, منذ: "every 2 weeks" is no duration
        NotBefore = 1u << 28,
        // ago, later: "3 weeks ago" is no duration
        NotAfter = 1u << 29,
    };

    /// How a unit word is written; decides which numbers it may follow.
    enum class Form : quint8
    {
        None,
        Singular,
        Dual,
        Plural,
        Short,
        Letter
    };

    struct Entry
    {
        quint32 roles = 0;
        DurationPhrase::Unit unit = DurationPhrase::Unit::Hour;
        Form form = Form::None;
        double number = 0;
    };

    /// A word looked up, allowing the Arabic article ال and one prefix (و ف ب ل ك).
    struct Match
    {
        const Entry *entry = nullptr;
        bool article = false; // "الأسبوع": a position or "the week", never a quantity
        bool prefix = false;  // "بأسبوعين", "لمدة"

        bool has(quint32 role) const { return entry && (entry->roles & role); }
        /// The role, provided the word carries no article.
        bool bare(quint32 role) const { return has(role) && !article; }
    };

    /// `word` in folded spelling (as DurationTokenizer::text gives it).
    static Match match(QStringView word);
};

} // namespace Masar
