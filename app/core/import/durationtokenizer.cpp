// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtokenizer.h"

#include "charclass.h"
#include "storage/textnormalizer.h"

namespace Masar {

namespace {

// More significant digits than this and a number is no duration; it is still read to its end.
constexpr int kMaxDigits = 9;
constexpr int kMaxFractionDigits = 6;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

bool isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) ||
           (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
}

bool isWordChar(QChar c)
{
    return CharClass::isLetterOrMark(c);
}

bool isDecimalSeparator(QChar c)
{
    return c == u'.' || c == u'\u066B'; // "." and the Arabic decimal separator
}

} // namespace

DurationTokenizer::DurationTokenizer(const QString &text)
{
    thread_local std::vector<int> origin; // scratch space kept between texts
    m_folded = TextNormalizer::normalize(text, origin);
    const int n = int(m_folded.size());
    // A token ends in the original where the next kept character starts, so tashkeel that
    // followed its last letter stays inside it.
    auto originalEnd = [&](int foldedEnd) {
        return foldedEnd < n ? origin.at(foldedEnd) : int(text.size());
    };

    m_tokens.reserve(n / 3 + 1);
    bool spaced = true;
    int i = 0;
    while (i < n) {
        const QChar c = m_folded.at(i);
        if (CharClass::isSpace(c)) {
            spaced = true;
            ++i;
            continue;
        }
        Token token;
        token.at = i;
        token.spaced = spaced;
        spaced = false;
        if (isDigit(c)) {
            i = readNumber(i, token);
        } else if (c == u'\u00BD') { // "½" alone
            token.type = Token::Type::Number;
            token.value = 0.5;
            token.plain = true;
            ++i;
        } else if (isWordChar(c)) {
            token.type = Token::Type::Word;
            const bool arabic = isArabicLetter(c);
            ++i;
            // Latin and Arabic letters side by side are two words; combining marks stay.
            while (i < n && isWordChar(m_folded.at(i)) &&
                   (CharClass::isMark(m_folded.at(i)) || isArabicLetter(m_folded.at(i)) == arabic))
                ++i;
        } else {
            token.type = Token::Type::Punct;
            ++i;
            if (c.isHighSurrogate() && i < n && m_folded.at(i).isLowSurrogate())
                ++i;
        }
        token.size = i - token.at;
        token.begin = origin.at(token.at);
        token.end = originalEnd(i);
        if (token.type == Token::Type::Word) {
            const QChar first = text.at(token.begin);
            token.capital = first.unicode() < 0x80
                                ? first.unicode() >= u'A' && first.unicode() <= u'Z'
                                : first.isUpper();
        }
        m_tokens.push_back(token);
    }
}

int DurationTokenizer::readNumber(int i, Token &token) const
{
    const int n = int(m_folded.size());
    token.type = Token::Type::Number;
    double value = 0;
    int significant = 0;
    bool tooLarge = false;
    auto addDigit = [&](QChar c) {
        if (significant == 0 && digitValue(c) == 0)
            return;
        if (++significant > kMaxDigits)
            tooLarge = true;
        else
            value = value * 10 + digitValue(c);
    };
    const int start = i;
    while (i < n && isDigit(m_folded.at(i)))
        addDigit(m_folded.at(i++));
    // "1,000": thousands groups of exactly three digits after at most three.
    if (i - start <= 3) {
        while (i + 3 < n && m_folded.at(i) == u',' && isDigit(m_folded.at(i + 1)) &&
               isDigit(m_folded.at(i + 2)) && isDigit(m_folded.at(i + 3)) &&
               (i + 4 >= n || !isDigit(m_folded.at(i + 4)))) {
            for (int k = 1; k <= 3; ++k)
                addDigit(m_folded.at(i + k));
            i += 4;
        }
    }
    bool version = false;
    bool fraction = false;
    if (i + 1 < n && isDecimalSeparator(m_folded.at(i)) && isDigit(m_folded.at(i + 1))) {
        fraction = true;
        ++i;
        double scale = 0.1;
        int digits = 0;
        while (i < n && isDigit(m_folded.at(i))) {
            if (digits++ < kMaxFractionDigits) {
                value += digitValue(m_folded.at(i)) * scale;
                scale /= 10;
            }
            ++i;
        }
        // "3.11.2" is a version, never a quantity.
        while (i + 1 < n && m_folded.at(i) == u'.' && isDigit(m_folded.at(i + 1))) {
            version = true;
            ++i;
            while (i < n && isDigit(m_folded.at(i)))
                ++i;
        }
    }
    if (i < n && m_folded.at(i) == u'\u00BD') { // "1½"
        value += 0.5;
        fraction = true;
        ++i;
    }
    token.value = tooLarge ? 0 : value;
    token.plain = !tooLarge && !version;
    token.integer = !fraction;
    return i;
}

} // namespace Masar
