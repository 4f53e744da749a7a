// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

#include <array>

// What the importer asks of a character: ASCII answered in place, the rest up to the Arabic block
// (U+06FF) from a table made once from QChar's own answers; other characters ask QChar. Most text
// an import reads is in that range, where QChar would call into Unicode's tables for each question.

namespace Masar::CharClass {

namespace Detail {

enum Bit : quint8
{
    LetterOrNumber = 1,
    Letter = 2,
    Mark = 4,
    Space = 8,
    ArabicLetter = 16, ///< a letter of the Arabic script
};

constexpr char16_t kTableEnd = 0x0700;

inline const std::array<quint8, kTableEnd> &table()
{
    static const std::array<quint8, kTableEnd> bits = [] {
        std::array<quint8, kTableEnd> made{};
        for (char16_t u = 0; u < kTableEnd; ++u) {
            const QChar c(u);
            made[u] =
                quint8((c.isLetterOrNumber() ? LetterOrNumber : 0) | (c.isLetter() ? Letter : 0) |
                       (c.isMark() ? Mark : 0) | (c.isSpace() ? Space : 0) |
                       (c.isLetter() && c.script() == QChar::Script_Arabic ? ArabicLetter : 0));
        }
        return made;
    }();
    return bits;
}

/// ASCII's answers, worked out in place: most text is ASCII, and this needs no table.
constexpr quint8 asciiBits(char16_t u)
{
    if ((u | 0x20) >= u'a' && (u | 0x20) <= u'z')
        return LetterOrNumber | Letter;
    if (u >= u'0' && u <= u'9')
        return LetterOrNumber;
    return u == u' ' || (u >= u'\t' && u <= u'\r') ? Space : 0;
}

/// ASCII's answer, the table's below kTableEnd, `slow`'s (QChar's) above.
template <typename Slow> Q_ALWAYS_INLINE bool ask(QChar c, quint8 bits, Slow slow)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (asciiBits(u) & bits) != 0;
    return u < kTableEnd ? (table()[u] & bits) != 0 : slow(c);
}

} // namespace Detail

/// A letter, a number or a combining mark: what words are made of.
inline bool isLetterNumberOrMark(QChar c)
{
    return Detail::ask(c, Detail::LetterOrNumber | Detail::Mark,
                       [](QChar x) { return x.isLetterOrNumber() || x.isMark(); });
}

/// A letter or a combining mark.
inline bool isLetterOrMark(QChar c)
{
    return Detail::ask(c, Detail::Letter | Detail::Mark,
                       [](QChar x) { return x.isLetter() || x.isMark(); });
}

inline bool isMark(QChar c)
{
    return Detail::ask(c, Detail::Mark, [](QChar x) { return x.isMark(); });
}

inline bool isSpace(QChar c)
{
    return Detail::ask(c, Detail::Space, [](QChar x) { return x.isSpace(); });
}

inline bool isLetter(QChar c)
{
    return Detail::ask(c, Detail::Letter, [](QChar x) { return x.isLetter(); });
}

/// A letter of the Arabic script.
inline bool isArabicLetter(QChar c)
{
    return Detail::ask(c, Detail::ArabicLetter,
                       [](QChar x) { return x.isLetter() && x.script() == QChar::Script_Arabic; });
}

} // namespace Masar::CharClass
