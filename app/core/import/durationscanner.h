// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "durationparser.h"
#include "durationtokenizer.h"
#include "durationwords.h"

#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace Masar {

/**
 * Reads every phrase that has the shape of a duration from a tokenized text, left to right
 * without overlap: a number or number word with a unit ("4-5 months", "two weeks", "2h 30m",
 * "أسبوعين"), optionally a rate ("a day", "/week", "يومياً"), or a plan position ("Week 5",
 * "Weeks 13-20", "الأسبوع ٥"). Whether the text means it as a duration is the caller's decision
 * (DurationParser, from the context). Each token is looked at a bounded number of times.
 */
class DurationScanner
{
public:
    struct Candidate
    {
        DurationPhrase phrase;
        int first = 0, last = 0;     // tokens, leading approximators ("about", "~") included
        int core = 0;                // first token of the quantity itself
        bool words = false;          // the number is written in words (or an Arabic bare noun)
        bool trailingApprox = false; // followed by "تقريباً" / "approximately"
        int chain = -1;              // WeekIndex: the first candidate of its "Month 2 / Week 5"
        int unit = -1;               // the unit's token
        bool frequency = false;      // "5 days a week": how often, never a phrase of its own
    };

    explicit DurationScanner(const DurationTokenizer &tokens);

    /// Kept in the object itself, as the words: a text has few of them.
    using Candidates = QVarLengthArray<Candidate, 8>;
    const Candidates &candidates() const { return m_candidates; }
    /// The word token `i` is, looked up (no entry for other tokens and unknown words).
    const DurationWords::Match &word(int i) const
    {
        return i >= 0 && i < m_words.size() ? m_words[i] : m_none;
    }

private:
    struct Number
    {
        double value = 0;
        int next = -1;           // token after the number; -1: no number here
        bool words = false;      // written in words
        bool indefinite = false; // "a", "an"
    };

    /// A number or number word with its unit, before any rate.
    struct Quantity
    {
        double low = 0, high = 0;
        DurationPhrase::Unit unit = DurationPhrase::Unit::Hour;
        int unitToken = -1;
        int last = -1; // last token read; after a failed read: the last to skip, or -1
        bool words = false;
    };

    Number readNumber(int i) const;
    bool readQuantity(int i, Quantity &q) const;
    void readUnitRange(Quantity &q) const;
    void readFraction(Quantity &q) const;
    int readRangeEnd(int j, bool between, double &high) const;
    int readHalf(int k) const;
    int readRate(int k, DurationPhrase::Unit &period) const;
    bool acceptsUnit(int j, const Number &number) const;
    int scanIndex(int i);
    int readIndex(int i, Candidate &candidate) const;
    int scanQuantity(int i);
    int extendBack(int start) const;
    void add(Candidate candidate);
    bool isArabicWord(int i) const;
    bool isDash(int i) const;

    const DurationTokenizer &m_tokens;
    QVarLengthArray<DurationWords::Match, 24> m_words; // per token
    Candidates m_candidates;
    DurationWords::Match m_none;
};

} // namespace Masar
