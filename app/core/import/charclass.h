// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

#include <array>

// What the importer asks of a character, answered for ASCII and the Arabic block (up to U+06FF)
// from a table made once from QChar's own answers; other characters ask QChar. Most text an
// import reads is in that range, where QChar would call into Unicode's tables for each question.

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

} // namespace Detail

/// A letter, a number or a combining mark: what words are made of.
inline bool isLetterNumberOrMark(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & (Detail::LetterOrNumber | Detail::Mark);
    return c.isLetterOrNumber() || c.isMark();
}

/// A letter or a combining mark.
inline bool isLetterOrMark(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & (Detail::Letter | Detail::Mark);
    return c.isLetter() || c.isMark();
}

inline bool isMark(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & Detail::Mark;
    return c.isMark();
}

inline bool isSpace(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & Detail::Space;
    return c.isSpace();
}

inline bool isLetter(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & Detail::Letter;
    return c.isLetter();
}

/// A letter of the Arabic script.
inline bool isArabicLetter(QChar c)
{
    if (c.unicode() < Detail::kTableEnd)
        return Detail::table()[c.unicode()] & Detail::ArabicLetter;
    return c.isLetter() && c.script() == QChar::Script_Arabic;
}

} // namespace Masar::CharClass
