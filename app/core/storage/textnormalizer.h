// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Masar {

/**
 * Folds text so that spelling variants match in search, applied alike to what is indexed and to
 * what is searched. Arabic: alef forms (أ إ آ ٱ) → ا, hamza on a carrier (ؤ ئ) → و ي, ta marbuta
 * ة → ه, alef maqsura ى → ي, tatweel and harakat removed, Arabic-Indic digits → 0-9. Latin: case
 * folded, accents removed. Every kept character maps back to its position in the original, so
 * matches can be shown in the original text.
 */
class TextNormalizer
{
public:
    static QString normalize(const QString &text);
    /// As normalize(); `origin` receives, for each character of the result, its index in `text`.
    static QString normalize(const QString &text, std::vector<int> &origin);
    /// As normalize(), written to `into` (not `text` itself), whose memory is reused when it
    /// has enough and shares it with no other string: for callers that fold text after text.
    static void normalize(const QString &text, QString &into);
    /// What normalize() makes of a character of the Arabic block (U+0600 to U+06FF): itself,
    /// its folded form, an ASCII digit, or 0 when it is dropped (tatweel, harakat).
    static char16_t foldArabicBlock(char16_t u);
};

} // namespace Masar
