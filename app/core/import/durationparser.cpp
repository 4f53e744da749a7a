// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationparser.h"

#include "durationscanner.h"
#include "durationtokenizer.h"
#include "durationwords.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Masar {

namespace {

using Candidate = DurationScanner::Candidate;
using Kind = DurationPhrase::Kind;
using Unit = DurationPhrase::Unit;
using Per = DurationPhrase::Per;
using W = DurationWords;

// How far back a cue ("would take only one week") may stand from its duration, in tokens.
constexpr int kCueWindow = 6;

// Words that may stand around a duration in a text that states nothing else ("about 3 weeks
// total", "3-4 weeks, approx.").
constexpr quint32 kCleanRoles = W::Filler | W::Approximator | W::TrailingApprox | W::Soft |
                                W::TrailingCue | W::Label | W::LabelQualifier | W::RangeTo | W::And;

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\u061B' || c == u'\u061F' ||
           c == u'\u2026';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

bool isSeparator(QChar c)
{
    return c == u':' || isDash(c) || c == u'|' || c == u'(' || c == u'[';
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'[';
}

QChar closingOf(QChar c)
{
    return c == u'(' ? QChar(u')') : QChar(u']');
}

double days(Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return 1;
    case Unit::Week:
        return 7;
    case Unit::Month:
        return 28; // one month = 4 weeks, as in "Month 1 = Weeks 1-4"
    case Unit::Minute:
    case Unit::Hour:
        break;
    }
    return 0;
}

double hours(Unit unit, double value)
{
    return unit == Unit::Minute ? value / 60 : value;
}

/// What the context rules need to know about one text, each computed once in linear time.
class Reading
{
public:
    Reading(const QString &text, TextContext context);

    /// Candidate numbers: few, so kept without taking memory.
    using Indexes = QVarLengthArray<int, 8>;

    Indexes accepted() const;
    const Candidate &candidate(int i) const { return m_scanner.candidates().at(i); }
    /// Token range of the candidates `used`, widened to a label and enclosing brackets.
    std::pair<int, int> extent(const Indexes &used) const;
    const DurationTokenizer &tokens() const { return m_tokens; }
    /// The "5 days a week" that goes with a daily pace in its sentence, or -1.
    int frequencyOf(const Candidate &pace) const;
    /// Days a week a daily pace is kept ("1-2 hours a day, 5 days a week"), 7 when not said.
    double daysPerWeek(const Candidate &pace) const;

private:
    bool acceptIndex(int i, int chainLast) const;
    bool acceptQuantity(const Candidate &c) const;
    enum class Cue
    {
        None,
        Weak,
        Strong
    };
    Cue cue(const Candidate &c) const;
    bool negated(const Candidate &c) const;
    bool titleCased(const Candidate &c) const;
    bool endsSeparated(int first, int last) const;
    bool afterLabel(const Candidate &c) const { return c.first > m_label; }
    bool inBrackets(int token) const { return m_facts.at(token).inside > 0; }
    bool clean(int token) const;
    int labelBefore(int colon) const;

    TextContext m_context;
    DurationTokenizer m_tokens;
    DurationScanner m_scanner;
    int m_count = 0;
    int m_label = 0;        // the ":" after a label word ("Duration:"); m_count when none
    int m_firstContent = 0; // the first word or number
    /// What is known of each token (and of the end, one past the last), in one block.
    struct TokenFacts
    {
        int cover = -1;       ///< the candidate it is part of, or -1
        int partner = -1;     ///< a bracket: its matching bracket, or -1
        int inside = 0;       ///< how many matched bracket pairs enclose it
        int sentence = 0;     ///< its sentence's number
        bool cleanEnd = true; ///< everything from it to the end is clean
    };
    QVarLengthArray<TokenFacts, 24> m_facts;
};

Reading::Reading(const QString &text, TextContext context)
    : m_context(context), m_tokens(text), m_scanner(m_tokens), m_count(m_tokens.size())
{
    const DurationScanner::Candidates &candidates = m_scanner.candidates();
    // Nothing that reads as a quantity: nothing to accept, and nothing else is asked.
    if (candidates.isEmpty())
        return;
    const int n = m_count;
    m_facts.resize(n + 1);
    std::fill(m_facts.begin(), m_facts.end(), TokenFacts());
    for (int c = 0; c < candidates.size(); ++c) {
        for (int t = candidates.at(c).first; t <= candidates.at(c).last; ++t)
            m_facts[t].cover = c;
    }

    // Brackets: pair them with a stack; unmatched ones pair with nothing. `inside` counts the
    // pairs opening (+1) and closing (-1) at each token first, then sums them up.
    QVarLengthArray<int, 8> stack;
    for (int t = 0; t < n; ++t) {
        const QChar c = m_tokens.punct(t);
        if (isOpening(c)) {
            stack.push_back(t);
        } else if ((c == u')' || c == u']') && !stack.empty() &&
                   closingOf(m_tokens.punct(stack.back())) == c) {
            const int open = stack.back();
            stack.pop_back();
            m_facts[open].partner = t;
            m_facts[t].partner = open;
            ++m_facts[open + 1].inside;
            --m_facts[t].inside;
        }
    }
    int depth = 0;
    for (int t = 0; t < n; ++t) {
        depth += m_facts[t].inside;
        m_facts[t].inside = depth;
    }

    m_label = n;
    for (int t = 1; t < n; ++t) {
        if (m_tokens.punct(t) == u':' && labelBefore(t) >= 0) {
            m_label = t;
            break;
        }
    }
    m_firstContent = n;
    for (int t = 0; t < n; ++t) {
        if (m_tokens.isWord(t) || m_tokens.isNumber(t)) {
            m_firstContent = t;
            break;
        }
    }
    for (int t = n - 1; t >= 0; --t)
        m_facts[t].cleanEnd = m_facts[t + 1].cleanEnd && clean(t);
    for (int t = 1; t <= n; ++t) {
        m_facts[t].sentence =
            m_facts[t - 1].sentence + (isSentenceEnd(m_tokens.punct(t - 1)) ? 1 : 0);
    }
}

int Reading::labelBefore(int colon) const
{
    // "Duration:", "Estimated time:", "المدة:", and the Arabic construct "مدة الدورة:"
    const int word = colon - 1;
    if (m_scanner.word(word).has(W::Label)) {
        const bool qualified =
            m_scanner.word(word - 1).has(W::LabelQualifier) && m_tokens.isWord(word - 1);
        return qualified ? word - 1 : word;
    }
    const W::Match &head = m_scanner.word(word - 1);
    if (head.has(W::Label) && m_tokens.isWord(word) && m_tokens.isWord(word - 1) &&
        m_tokens.text(word - 1).at(0).unicode() >= 0x0600 &&
        m_tokens.text(word).at(0).unicode() >= 0x0600)
        return word - 1;
    return -1;
}

bool Reading::clean(int token) const
{
    if (m_facts[token].cover >= 0 || m_tokens.punct(token) != QChar())
        return true;
    const W::Match &m = m_scanner.word(token);
    return m.entry && (m.entry->roles & kCleanRoles);
}

Reading::Indexes Reading::accepted() const
{
    const DurationScanner::Candidates &candidates = m_scanner.candidates();
    QVarLengthArray<char, 16> accepted(candidates.size());
    std::fill(accepted.begin(), accepted.end(), 0);
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (c.frequency)
            continue;
        if (c.phrase.kind != Kind::WeekIndex) {
            accepted[i] = acceptQuantity(c);
            continue;
        }
        // A "Month 2 / Week 5" chain is taken or left as a whole.
        int end = i;
        while (end + 1 < candidates.size() && candidates.at(end + 1).chain == c.chain)
            ++end;
        const bool take = acceptIndex(i, candidates.at(end).last);
        for (int k = i; k <= end; ++k)
            accepted[k] = take;
        i = end;
    }
    // In prose a stated rate makes the numbers of its sentence durations: "10 weeks, 8-10
    // hours/week".
    if (m_context == TextContext::Prose) {
        QVarLengthArray<int, 8> paced;
        for (int i = 0; i < candidates.size(); ++i) {
            if (accepted[i] && candidates.at(i).phrase.kind == Kind::Pace)
                paced.append(m_facts[candidates.at(i).first].sentence);
        }
        for (int i = 0; i < candidates.size() && !paced.empty(); ++i) {
            const Candidate &c = candidates.at(i);
            if (!accepted[i] && !c.words && !c.frequency && c.phrase.kind == Kind::Span &&
                std::binary_search(paced.begin(), paced.end(), m_facts[c.first].sentence))
                accepted[i] = 1;
        }
    }
    Indexes result;
    for (int i = 0; i < candidates.size(); ++i) {
        if (accepted[i])
            result.append(i);
    }
    return result;
}

bool Reading::acceptIndex(int i, int chainLast) const
{
    const Candidate &c = candidate(i);
    if (afterLabel(c) || inBrackets(c.first))
        return true;
    const bool atStart = c.first == m_firstContent;
    if (m_context != TextContext::Prose)
        return atStart || endsSeparated(c.first, chainLast);
    // In prose only a text that starts with it: "Week 5: review", not "in week 5 we …".
    const QChar next = m_tokens.punct(chainLast + 1);
    return atStart && (chainLast + 1 >= m_count || next == u':' || isDash(next) || next == u'|' ||
                       next == u',' || next == u'(' || next == u'.');
}

bool Reading::acceptQuantity(const Candidate &c) const
{
    if (afterLabel(c))
        return true;
    if (negated(c))
        return false;
    const bool numeric = !c.words;
    // Set apart from the text around it: "(8 weeks)", "Phase 1 – 3 weeks", or all there is.
    const bool apart = inBrackets(c.core) || m_facts[0].cleanEnd || endsSeparated(c.first, c.last);
    switch (m_context) {
    case TextContext::TableCell: {
        const Cue cue = this->cue(c);
        if (apart || cue == Cue::Strong)
            return true;
        if (!numeric)
            return cue != Cue::None; // "for a week"; "Learn ML in a Week" is a title
        // "12 Weeks to ML Mastery", "100 Days of Code" name courses.
        const int of = c.last + 1;
        return !titleCased(c) && !(m_scanner.word(of).bare(W::Of) && m_tokens.isWord(of + 1) &&
                                   m_tokens.at(of + 1).capital);
    }
    case TextContext::Heading:
        return inBrackets(c.core) || (numeric && apart);
    case TextContext::Prose: {
        if (c.phrase.kind == Kind::Pace)
            return true;
        const Cue cue = this->cue(c);
        if (cue == Cue::Strong || (numeric && apart))
            return true;
        // "Learn Python in 30 Days" is a title; "learn Python in 30 days" says how long.
        return cue == Cue::Weak && !titleCased(c);
    }
    }
    return false;
}

bool Reading::negated(const Candidate &c) const
{
    return m_scanner.word(c.core - 1).bare(W::NotBefore) ||
           m_scanner.word(c.last + 1).bare(W::NotAfter);
}

bool Reading::titleCased(const Candidate &c) const
{
    return c.unit >= 0 && m_tokens.at(c.unit).capital;
}

int Reading::frequencyOf(const Candidate &pace) const
{
    if (pace.phrase.per != Per::Day)
        return -1;
    const DurationScanner::Candidates &candidates = m_scanner.candidates();
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (c.frequency && m_facts[c.first].sentence == m_facts[pace.first].sentence)
            return i;
    }
    return -1;
}

double Reading::daysPerWeek(const Candidate &pace) const
{
    const int frequency = frequencyOf(pace);
    return frequency < 0 ? 7 : candidate(frequency).phrase.low;
}

Reading::Cue Reading::cue(const Candidate &c) const
{
    if (c.first < c.core || c.trailingApprox)
        return Cue::Strong; // "about 3 weeks", "~40h", "شهرين تقريباً"
    for (int t = c.first - 1, steps = 0; t >= 0 && steps < kCueWindow; --t, ++steps) {
        if (m_facts[t].cover >= 0 || isSentenceEnd(m_tokens.punct(t)))
            break;
        if (m_scanner.word(t).has(W::Cue))
            return Cue::Strong; // "would take only one week", "يستغرق أسبوعين"
    }
    int k = c.first - 1;
    for (int steps = 0; steps < 3 && m_scanner.word(k).bare(W::Soft); ++steps)
        --k;
    const W::Match &before = m_scanner.word(k);
    if (before.bare(W::DigitCue) && !before.prefix && !c.words)
        return Cue::Weak; // "in 3 weeks", never "in a week"
    if (before.has(W::NearCue))
        return Cue::Weak; // "for two weeks", "within a month", "خلال أسبوعين"
    const int t = c.last + 1;
    const W::Match &after = m_scanner.word(t);
    const bool trailing = after.bare(W::TrailingCue) ||
                          (after.bare(W::To) && m_scanner.word(t + 1).has(W::Completion)) ||
                          (after.bare(W::Of) && m_scanner.word(t + 1).has(W::Activity)) ||
                          (after.bare(W::In) && m_scanner.word(t + 1).bare(W::TrailingCue));
    return trailing ? Cue::Weak : Cue::None; // "3 weeks long", "40 hours of video"
}

bool Reading::endsSeparated(int first, int last) const
{
    // "Phase 1 – 3 weeks", "Deep Learning: about 12 weeks": a separator, then only the duration.
    int k = first - 1;
    for (int steps = 0; steps < 3 && m_scanner.word(k).bare(W::Soft); ++steps)
        --k;
    return k >= 0 && m_facts[k].cover < 0 && isSeparator(m_tokens.punct(k)) &&
           m_facts[last + 1].cleanEnd;
}

std::pair<int, int> Reading::extent(const Indexes &used) const
{
    int a = m_count, b = -1;
    for (int i : used) {
        a = std::min(a, candidate(i).first);
        b = std::max(b, candidate(i).last);
    }
    // Brackets opened inside and closed right after: "about 14 days (one hour a day)".
    for (int t = a; t <= b; ++t) {
        const int partner = m_facts[t].partner;
        if (partner == b + 1)
            b = partner;
        else if (partner >= 0 && partner == a - 1)
            a = partner;
    }
    for (int round = 0; round < 2; ++round) {
        // "Duration: 4 weeks", "Estimated time: 3 hours", "مدة الدورة: ٦ أسابيع"
        if (a >= 2 && m_tokens.punct(a - 1) == u':') {
            const int label = labelBefore(a - 1);
            if (label >= 0)
                a = label;
        }
        // "(4 weeks)", "[Duration: 2h]"
        while (a >= 1 && m_facts[a - 1].partner >= 0 && m_facts[a - 1].partner == b + 1) {
            --a;
            ++b;
        }
    }
    return {a, b};
}

} // namespace

DurationParser::DurationParser(double hoursPerWeek)
    : m_hoursPerWeek(std::isfinite(hoursPerWeek) ? std::clamp(hoursPerWeek, 0.0, 168.0) : 10.0)
{}

namespace {

/**
 * A cheap look before the full reading: text without digits, without Arabic and without any unit
 * word ("min", "month", "mth", "hour", "hr", "day", "week", "wk" start them all) cannot state a
 * duration (every phrase has a unit; the one-letter and "mo" units follow a digit). Most titles and
 * sentences of a roadmap are like that, so most reading is skipped.
 */
bool cannotStateDuration(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    // Whether the letters after position i are `rest` (lower case), in either case.
    const auto followedBy = [&](qsizetype i, const char *rest) {
        for (qsizetype k = 1; *rest; ++k, ++rest) {
            if (i + k >= size || (data[i + k].unicode() | 0x20) != char16_t(*rest))
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if ((u >= u'0' && u <= u'9') || (u >= 0x0600 && u <= 0x06FF) || u >= 0xFB50)
            return false;
        switch (u | 0x20) { // ASCII letters in lower case (what else it makes is no unit)
        case u'm':
            if (followedBy(i, "in") || followedBy(i, "onth") || followedBy(i, "th"))
                return false;
            break;
        case u'h':
            if (followedBy(i, "our") || followedBy(i, "r"))
                return false;
            break;
        case u'd':
            if (followedBy(i, "ay"))
                return false;
            break;
        case u'w':
            if (followedBy(i, "eek") || followedBy(i, "k"))
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace

QList<DurationPhrase> DurationParser::phrases(const QString &text, TextContext context) const
{
    if (cannotStateDuration(text))
        return {};
    const Reading reading(text, context);
    QList<DurationPhrase> result;
    for (int i : reading.accepted())
        result.append(reading.candidate(i).phrase);
    return result;
}

std::optional<DurationEstimate> DurationParser::estimate(const QString &text,
                                                         TextContext context) const
{
    if (cannotStateDuration(text))
        return std::nullopt;
    const Reading reading(text, context);
    const Reading::Indexes accepted = reading.accepted();
    int effort = -1, span = -1, pace = -1;
    Reading::Indexes chain; // the first WeekIndex chain
    for (int i : accepted) {
        const Candidate &c = reading.candidate(i);
        switch (c.phrase.kind) {
        case Kind::Effort:
            if (effort < 0)
                effort = i;
            break;
        case Kind::Span:
            if (span < 0)
                span = i;
            break;
        case Kind::Pace:
            if (pace < 0)
                pace = i;
            break;
        case Kind::WeekIndex:
            if (chain.isEmpty() || reading.candidate(chain.first()).chain == c.chain)
                chain.append(i);
            break;
        }
    }

    Reading::Indexes used;
    double low = 0, high = 0; // hours
    if (effort >= 0) {
        const DurationPhrase &p = reading.candidate(effort).phrase;
        low = hours(p.unit, p.low);
        high = hours(p.unit, p.high);
        used.append(effort);
    } else {
        double daysLow = 0, daysHigh = 0;
        if (span >= 0) {
            const DurationPhrase &p = reading.candidate(span).phrase;
            daysLow = p.low * days(p.unit);
            daysHigh = p.high * days(p.unit);
            used.append(span);
        } else if (!chain.isEmpty()) {
            // "Month 2 / Week 5" is one week: the finest index wins.
            const DurationPhrase *finest = nullptr;
            for (int i : chain) {
                const DurationPhrase &p = reading.candidate(i).phrase;
                if (!finest || p.unit < finest->unit)
                    finest = &p;
            }
            daysLow = daysHigh = (finest->high - finest->low + 1) * days(finest->unit);
            used = chain;
        } else {
            return std::nullopt; // nothing, or a pace alone
        }
        double perDayLow = m_hoursPerWeek / 7, perDayHigh = perDayLow;
        if (pace >= 0) {
            const DurationPhrase &p = reading.candidate(pace).phrase;
            // Per calendar day: a weekly pace spread over 7 days, a daily one over the days
            // a week it is kept.
            const double factor =
                p.per == Per::Week ? 1.0 / 7 : reading.daysPerWeek(reading.candidate(pace)) / 7;
            perDayLow = hours(p.unit, p.low) * factor;
            perDayHigh = hours(p.unit, p.high) * factor;
            used.append(pace);
            const int frequency = reading.frequencyOf(reading.candidate(pace));
            if (frequency >= 0)
                used.append(frequency);
        }
        low = daysLow * perDayLow;
        high = daysHigh * perDayHigh;
    }

    DurationEstimate result;
    result.minutes = int(std::lround((low + high) / 2 * 60));
    if (result.minutes <= 0)
        return std::nullopt; // less than half a minute: nothing to plan
    if (high > low) {
        result.lowMinutes = int(std::lround(low * 60));
        result.highMinutes = int(std::lround(high * 60));
    }
    const auto [a, b] = reading.extent(used);
    result.start = reading.tokens().at(a).begin;
    result.length = reading.tokens().at(b).end - result.start;
    result.phrase = text.mid(result.start, result.length);
    return result;
}

std::optional<double> DurationParser::pace(const QString &text) const
{
    if (cannotStateDuration(text))
        return std::nullopt;
    const Reading reading(text, TextContext::Prose);
    for (int i : reading.accepted()) {
        const DurationPhrase &p = reading.candidate(i).phrase;
        if (p.kind != Kind::Pace)
            continue;
        const double amount = hours(p.unit, (p.low + p.high) / 2);
        return p.per == Per::Day ? amount * reading.daysPerWeek(reading.candidate(i)) : amount;
    }
    return std::nullopt;
}

QString DurationParser::normalizedDigits(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669) // Arabic-Indic
            c = QChar(char16_t(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9) // Extended Arabic-Indic
            c = QChar(char16_t(u'0' + (u - 0x06F0)));
        else if (u == 0x066B) // Arabic decimal separator
            c = QChar(u'.');
    }
    return result;
}

} // namespace Masar
