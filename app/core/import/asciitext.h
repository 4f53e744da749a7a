// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Character tests for the ASCII fast paths of the importer: plain comparisons where QChar would
// look the character up in Unicode's tables.

namespace Masar::AsciiText {

/// An ASCII letter, either case.
constexpr bool isLetter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

/// An ASCII letter or digit: a word character of ASCII text.
constexpr bool isLetterOrDigit(char16_t u)
{
    return isLetter(u) || (u >= u'0' && u <= u'9');
}

} // namespace Masar::AsciiText
