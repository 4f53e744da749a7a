// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationscanner.h"

namespace Masar {

namespace {

using Kind = DurationPhrase::Kind;
using Unit = DurationPhrase::Unit;
using Per = DurationPhrase::Per;
using Form = DurationWords::Form;
using W = DurationWords;

constexpr double kYears = 10; // anything longer is not a duration

double maximum(Unit unit)
{
    switch (unit) {
    case Unit::Minute:
        return kYears * 365 * 24 * 60;
    case Unit::Hour:
        return kYears * 365 * 24;
    case Unit::Day:
        return kYears * 365;
    case Unit::Week:
        return kYears * 52;
    case Unit::Month:
        return kYears * 12;
    }
    return 0;
}

bool isPeriod(Unit unit)
{
    return unit == Unit::Day || unit == Unit::Week || unit == Unit::Month;
}

bool isChainSeparator(QChar c)
{
    return c == u'/' || c == u',' || c == u'|' || c == u'-' || c == u'\u2013' || c == u'\u2014' ||
           c == u':' || c == u'=' || c == u'>' || c == u'(' || c == u'\u060C' || c == u'\u00BB' ||
           c == u'\u203A';
}

} // namespace

DurationScanner::DurationScanner(const DurationTokenizer &tokens) : m_tokens(tokens)
{
    const int n = tokens.size();
    m_words.resize(n);
    for (int i = 0; i < n; ++i) {
        if (tokens.isWord(i))
            m_words[i] = DurationWords::match(tokens.text(i));
    }
    int i = 0;
    while (i < n) {
        int next = scanIndex(i);
        if (next < 0)
            next = scanQuantity(i);
        i = next > i ? next : i + 1;
    }
}

bool DurationScanner::isArabicWord(int i) const
{
    if (!m_tokens.isWord(i))
        return false;
    const QChar c = m_tokens.text(i).at(0);
    return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
}

bool DurationScanner::isDash(int i) const
{
    const QChar c = m_tokens.punct(i);
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' ||
           c == u'\u2014' || c == u'\u2212';
}

DurationScanner::Number DurationScanner::readNumber(int i) const
{
    Number number;
    if (m_tokens.isNumber(i)) {
        if (m_tokens.at(i).plain) {
            number.value = m_tokens.at(i).value;
            number.next = i + 1;
        }
        return number;
    }
    const W::Match &m = word(i);
    if (m.bare(W::Couple)) { // "couple of weeks"
        number.value = 2;
        number.next = word(i + 1).has(W::Of) ? i + 2 : i + 1;
        number.words = true;
        return number;
    }
    if (!m.bare(W::Number))
        return number;
    number.value = m.entry->number;
    number.next = i + 1;
    number.words = true;
    const QStringView text = m_tokens.text(i);
    number.indefinite = text == QStringView(u"a") || text == QStringView(u"an");
    if (number.indefinite && word(i + 1).bare(W::Couple)) { // "a couple (of) weeks"
        number.value = 2;
        number.indefinite = false;
        number.next = word(i + 2).has(W::Of) ? i + 3 : i + 2;
    } else if (isArabicWord(i) && number.value <= 2 && word(i + 1).bare(W::Teen)) {
        number.value += 10; // أحد عشر، اثنا عشر
        number.next = i + 2;
    }
    return number;
}

int DurationScanner::readRangeEnd(int j, bool between, double &high) const
{
    const bool connector = (isDash(j) && m_tokens.isNumber(j + 1)) || word(j).bare(W::RangeTo) ||
                           (between && word(j).bare(W::And));
    if (!connector)
        return -1;
    const Number end = readNumber(j + 1);
    if (end.next < 0 || end.indefinite)
        return -1;
    high = end.value;
    return end.next;
}

int DurationScanner::readHalf(int k) const
{
    if (word(k).bare(W::Half) && word(k).prefix && m_tokens.text(k).at(0) == u'\u0648')
        return k; // "ونصف"
    if (!word(k).bare(W::And))
        return -1;
    if (isArabicWord(k) && word(k + 1).bare(W::Half))
        return k + 1; // "و نصف"
    const QStringView a = m_tokens.isWord(k + 1) ? m_tokens.text(k + 1) : QStringView();
    if ((a == QStringView(u"a") || a == QStringView(u"an")) && word(k + 2).bare(W::Half))
        return k + 2; // "and a half"
    return -1;
}

int DurationScanner::readRate(int k, Unit &period) const
{
    auto periodAt = [&](int i, bool abbreviations) {
        const W::Match &m = word(i);
        if (!m.has(W::Unit) || !isPeriod(m.entry->unit))
            return false;
        const Form form = m.entry->form;
        if (!abbreviations && form != Form::Singular && form != Form::Short)
            return false;
        period = m.entry->unit;
        return true;
    };
    if (m_tokens.punct(k) == u'/' && !word(k + 1).article && periodAt(k + 1, true))
        return k + 1; // "/week", "/d"
    if (word(k).bare(W::PerWord) && !word(k + 1).article && !word(k + 1).prefix &&
        periodAt(k + 1, false))
        return k + 1; // "a day", "per week", "كل يوم"
    if (word(k).bare(W::PerAdverb)) {
        period = word(k).entry->unit;
        return k; // "daily", "يومياً"
    }
    if (isArabicWord(k) && word(k).bare(W::In) && word(k + 1).article && !word(k + 1).prefix &&
        periodAt(k + 1, false))
        return k + 1; // "في اليوم"
    if (isArabicWord(k) && word(k).article && word(k).prefix &&
        m_tokens.text(k).at(0) == u'\u0628' && periodAt(k, false))
        return k; // "باليوم"
    return -1;
}

bool DurationScanner::acceptsUnit(int j, const Number &number) const
{
    const W::Match &m = word(j);
    if (!m.bare(W::Unit))
        return false;
    const Form form = m.entry->form;
    if (number.indefinite && form != Form::Singular)
        return false; // "a week", never "a weeks"
    if (form == Form::Letter) {
        // "90m", "3d", "2w" only glued to digits and in lower case ("3D", "5M" are not
        // durations); "h" may stand apart ("20 h/week").
        if (!m_tokens.isNumber(j - 1) || m_tokens.at(j).capital)
            return false;
        // A word after them must join the phrase or the sentence: "90m of video", "2w total".
        constexpr quint32 joining = W::Of | W::PerWord | W::PerAdverb | W::RangeTo | W::And |
                                    W::TrailingCue | W::TrailingApprox | W::Filler | W::Soft |
                                    W::In | W::To;
        if (m.entry->unit != Unit::Hour &&
            (m_tokens.at(j).spaced || (m_tokens.isWord(j + 1) && !word(j + 1).has(joining))))
            return false; // "3d printing", "100m sprint"
    }
    return true;
}

int DurationScanner::readIndex(int i, Candidate &candidate) const
{
    const W::Match &m = word(i);
    if (!m.has(W::IndexNoun) || m.prefix)
        return -1;
    int j = i + 1;
    double low = 0;
    if (m_tokens.isNumber(j) && m_tokens.at(j).plain && m_tokens.at(j).integer &&
        m_tokens.at(j).value >= 1) {
        low = m_tokens.at(j).value;
    } else if (m.article && word(j).article && word(j).has(W::Ordinal)) {
        low = word(j).entry->number; // الأسبوع الأول
    } else {
        return -1;
    }
    ++j;
    if (word(j).bare(W::Unit))
        return -1; // "every day 2 hours": the number starts a quantity
    double high = low;
    const bool connector =
        isDash(j) || word(j).bare(W::RangeTo) || word(j).bare(W::And) || m_tokens.punct(j) == u'&';
    if (connector && m_tokens.isNumber(j + 1) && m_tokens.at(j + 1).plain &&
        m_tokens.at(j + 1).integer && m_tokens.at(j + 1).value > low &&
        !word(j + 2).bare(W::Unit)) {
        high = m_tokens.at(j + 1).value;
        j += 2;
    }
    const Unit unit = m.entry->unit;
    if (high > maximum(unit))
        return -1;
    candidate = Candidate();
    candidate.phrase.kind = Kind::WeekIndex;
    candidate.phrase.unit = unit;
    candidate.phrase.low = low;
    candidate.phrase.high = high;
    candidate.first = candidate.core = i;
    candidate.last = j - 1;
    return j;
}

int DurationScanner::scanIndex(int i)
{
    int chain = -1;
    int next = -1;
    int k = i;
    bool through = false;
    Candidate candidate;
    while (k < m_tokens.size()) {
        const int end = readIndex(k, candidate);
        if (end < 0)
            break;
        if (chain >= 0 && through && m_candidates.last().phrase.unit == candidate.phrase.unit &&
            candidate.phrase.high > m_candidates.last().phrase.high) {
            // "Week 1 – Week 4", "Week 1 to Week 4": one range of weeks.
            Candidate &previous = m_candidates.last();
            previous.phrase.high = candidate.phrase.high;
            previous.last = candidate.last;
            previous.phrase.length = m_tokens.at(previous.last).end - previous.phrase.start;
        } else {
            if (chain < 0)
                chain = int(m_candidates.size());
            candidate.chain = chain;
            add(candidate);
        }
        next = end;
        through = isDash(end) || word(end).bare(W::RangeTo);
        k = isChainSeparator(m_tokens.punct(end)) || word(end).bare(W::RangeTo) ? end + 1 : end;
    }
    return next;
}

int DurationScanner::extendBack(int start) const
{
    const int floor = m_candidates.isEmpty() ? 0 : m_candidates.last().last + 1;
    int first = start;
    for (int steps = 0; steps < 2; ++steps) {
        int k = first - 1;
        const QChar c = m_tokens.punct(k);
        if (c == u'.' && word(k - 1).bare(W::Approximator)) // "approx."
            --k;
        if (k < floor)
            break;
        const bool tilde = c == u'~' || c == u'\u2248' || c == u'\u223C';
        if (!tilde && !word(k).bare(W::Approximator))
            break;
        first = k;
    }
    return first;
}

bool DurationScanner::readQuantity(int i, Quantity &q) const
{
    q = Quantity();
    Number number;
    if (word(i).bare(W::Half)) { // "half an hour", "نصف ساعة"
        int j = i + 1;
        const Number article = readNumber(j);
        if (article.indefinite)
            j = article.next;
        if (!word(j).bare(W::Unit) || word(j).entry->form != Form::Singular)
            return false;
        q.words = true;
        q.low = q.high = 0.5;
        q.unitToken = q.last = j;
    } else if ((number = readNumber(i)).next >= 0) {
        q.low = q.high = number.value;
        q.words = number.words;
        int j = number.next;
        const bool between = word(i - 1).bare(W::Between);
        const bool blocked = word(i - 1).has(W::RangeBlocker) || m_tokens.punct(i - 1) == u'#';
        const int half = number.indefinite ? -1 : readHalf(j);
        if (half >= 0) { // "2 and a half hours"
            q.low = q.high = q.low + 0.5;
            j = half + 1;
        } else if (!blocked && !number.indefinite) {
            const int end = readRangeEnd(j, between, q.high);
            if (end >= 0 && q.high < q.low) {
                q.last = end - 1; // "5-3 weeks" is read, but is no duration
                return false;
            }
            if (end >= 0) {
                j = end;
            } else if (isDash(j) && !m_tokens.at(j).spaced && m_tokens.isWord(j + 1) &&
                       !m_tokens.at(j + 1).spaced && word(j + 1).bare(W::Unit) &&
                       word(j + 1).entry->form == Form::Singular) {
                ++j; // "a 12-week course"
            }
        }
        if (!acceptsUnit(j, number))
            return false;
        q.unitToken = q.last = j;
    } else if (isArabicWord(i) && word(i).bare(W::Unit) && !m_tokens.isNumber(i - 1) &&
               (word(i).entry->form == Form::Singular || word(i).entry->form == Form::Dual)) {
        // "أسبوعان" is two weeks, a bare "شهر" one month ("أسبوع واحد" too); after a number
        // that is no quantity ("٢٠٢٤٠٠٠٠٠٠٠٠ أسبوع") the noun is not one either.
        q.words = true;
        q.low = q.high = word(i).entry->form == Form::Dual ? 2 : 1;
        q.unitToken = q.last = i;
        if (q.low == 1 && word(i + 1).bare(W::Number) && word(i + 1).entry->number == 1)
            ++q.last;
    } else {
        return false;
    }
    q.unit = word(q.unitToken).entry->unit;
    return true;
}

void DurationScanner::readUnitRange(Quantity &q) const
{
    if (q.low != q.high)
        return;
    const int k = q.last + 1;
    if (isDash(k) || word(k).bare(W::RangeTo)) { // "2h-3h", "ساعة إلى ساعتين", "أسبوع أو أسبوعين"
        int end = -1;
        double other = 0;
        const Number next = readNumber(k + 1);
        if (next.next >= 0 && !next.indefinite && acceptsUnit(next.next, next)) {
            end = next.next;
            other = next.value;
        } else if (isArabicWord(k + 1) && word(k + 1).bare(W::Unit) &&
                   word(k + 1).entry->form != Form::Plural) {
            end = k + 1;
            other = word(end).entry->form == Form::Dual ? 2 : 1;
        }
        if (end >= 0 && word(end).entry->unit == q.unit && other > q.low) {
            q.high = other;
            q.last = end;
            return;
        }
    }
    if (q.low == 1 && q.words) { // "a week or two"
        const QStringView connector = m_tokens.isWord(k) ? m_tokens.text(k) : QStringView();
        const Number other = readNumber(k + 1);
        if ((connector == QStringView(u"or") || connector == QStringView(u"\u0627\u0648")) &&
            other.next >= 0 && !other.indefinite && other.value > q.low &&
            !word(other.next).has(W::Unit)) {
            q.high = other.value;
            q.last = other.next - 1;
        }
    }
}

void DurationScanner::readFraction(Quantity &q) const
{
    if (q.low != q.high)
        return;
    const int half = readHalf(q.last + 1);
    if (half >= 0) { // "an hour and a half", "ساعة ونصف"
        q.low = q.high = q.low + 0.5;
        q.last = half;
        return;
    }
    if (q.unit != Unit::Hour) // "2h 30m", "1 hour and 30 minutes", "1h30"
        return;
    int k = q.last + 1;
    if (word(k).bare(W::And))
        ++k;
    if (!m_tokens.isNumber(k) || !m_tokens.at(k).plain || !m_tokens.at(k).integer)
        return;
    const double minutes = m_tokens.at(k).value;
    const Number glued{minutes, k + 1, false, false};
    int last = -1;
    if (word(k + 1).bare(W::Unit) && word(k + 1).entry->unit == Unit::Minute &&
        acceptsUnit(k + 1, glued))
        last = k + 1;
    else if (k == q.last + 1 && !m_tokens.at(k).spaced && minutes < 60 && !m_tokens.isWord(k + 1))
        last = k;
    if (last >= 0) {
        q.unit = Unit::Minute;
        q.low = q.high = q.low * 60 + minutes;
        q.last = last;
    }
}

int DurationScanner::scanQuantity(int i)
{
    Quantity q;
    if (!readQuantity(i, q))
        return q.last >= 0 ? q.last + 1 : -1;
    readUnitRange(q);
    readFraction(q);

    Candidate candidate;
    candidate.words = q.words;
    candidate.core = i;
    candidate.unit = q.unitToken;
    Unit period = Unit::Day;
    const int rate = readRate(q.last + 1, period);
    if (rate >= 0) {
        q.last = rate;
        // "5 days a week" is how often: kept aside to weigh a daily pace.
        if (q.unit == Unit::Day && period == Unit::Week && q.low == q.high && q.low <= 7 &&
            !q.words) {
            candidate.frequency = true;
            candidate.phrase.unit = q.unit;
            candidate.phrase.low = candidate.phrase.high = q.low;
            candidate.first = i;
            candidate.last = q.last;
            add(candidate);
            return q.last + 1;
        }
        // "3 weeks a month" is how often, "20 hours a month" no pace of ours: neither is read.
        if (isPeriod(q.unit) || period == Unit::Month)
            return q.last + 1;
        candidate.phrase.kind = Kind::Pace;
        candidate.phrase.per = period == Unit::Day ? Per::Day : Per::Week;
        const double hours = q.unit == Unit::Minute ? q.high / 60 : q.high;
        if (hours > (period == Unit::Day ? 24 : 24 * 7))
            return q.last + 1;
    } else {
        candidate.phrase.kind = isPeriod(q.unit) ? Kind::Span : Kind::Effort;
    }
    if (word(q.last + 1).bare(W::TrailingApprox)) {
        candidate.trailingApprox = true;
        ++q.last;
    }
    if (q.low <= 0 || q.high > maximum(q.unit))
        return q.last + 1;

    candidate.phrase.unit = q.unit;
    candidate.phrase.low = q.low;
    candidate.phrase.high = q.high;
    candidate.first = extendBack(i);
    candidate.last = q.last;
    add(candidate);
    return q.last + 1;
}

void DurationScanner::add(Candidate candidate)
{
    candidate.phrase.start = m_tokens.at(candidate.first).begin;
    candidate.phrase.length = m_tokens.at(candidate.last).end - candidate.phrase.start;
    m_candidates.append(candidate);
}

} // namespace Masar
