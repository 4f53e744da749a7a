// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include <cstring>

namespace Masar {

namespace {

/// The folded form of one character: 0 drops it.
char16_t fold(char16_t c)
{
    switch (c) {
    case u'\u0623': // أ
    case u'\u0625': // إ
    case u'\u0622': // آ
    case u'\u0671': // ٱ
        return u'\u0627';
    case u'\u0624': // ؤ
        return u'\u0648';
    case u'\u0626': // ئ
        return u'\u064A';
    case u'\u0629': // ة
        return u'\u0647';
    case u'\u0649': // ى
        return u'\u064A';
    case u'\u0640': // tatweel
        return 0;
    default:
        break;
    }
    if ((c >= u'\u064B' && c <= u'\u065F') || c == u'\u0670') // harakat, superscript alef
        return 0;
    if (c >= u'\u0660' && c <= u'\u0669') // Arabic-Indic digits
        return char16_t(u'0' + (c - u'\u0660'));
    if (c >= u'\u06F0' && c <= u'\u06F9') // Extended (Persian) digits
        return char16_t(u'0' + (c - u'\u06F0'));
    return c;
}

/// The folding of normalize(); `origin`, when given, receives each kept character's index.
/// Called for every title and sentence an import reads, so ASCII takes a short path.
template <bool WithOrigin>
void normalized(const QString &text, QString &result, std::vector<int> *origin)
{
    Q_ASSERT(&text != &result);
    result.resize(text.size()); // keeps its memory when it has enough and holds it alone
    QChar *out = result.data();
    int *from = nullptr;
    if constexpr (WithOrigin) {
        origin->resize(std::size_t(text.size()));
        from = origin->data();
    }
    const QChar *in = text.constData();
    const qsizetype size = text.size();
    qsizetype length = 0;
    for (qsizetype i = 0; i < size; ++i) {
        // Four ASCII characters at a time, lower-cased in one 64-bit word: in each 16-bit lane
        // below 0x80, adding 0x3F sets bit 7 from 'A' on and adding 0x25 from past 'Z'.
        while (i + 4 <= size) {
            quint64 word;
            std::memcpy(&word, in + i, sizeof word);
            if (word & 0xFF80FF80FF80FF80u)
                break;
            const quint64 fromA = word + 0x003F003F003F003Fu;
            const quint64 pastZ = word + 0x0025002500250025u;
            word |= (fromA & ~pastZ & 0x0080008000800080u) >> 2;
            std::memcpy(static_cast<void *>(out + length), &word, sizeof word);
            if constexpr (WithOrigin) {
                for (int k = 0; k < 4; ++k)
                    from[length + k] = int(i + k);
            }
            length += 4;
            i += 4;
        }
        if (i >= size)
            break;
        const char16_t u = in[i].unicode();
        QChar c;
        if (u < 0x80) {
            c = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        } else {
            const char16_t folded = fold(u);
            if (folded == 0)
                continue;
            c = QChar(folded);
            if (folded >= 0x0600 && folded <= 0x06FF) {
                // Arabic: folded already, no case
            } else if (c.isLetter() && c.script() == QChar::Script_Latin) {
                // é → e: the first character of the canonical decomposition, lower-cased.
                const QString decomposed = c.decomposition();
                if (!decomposed.isEmpty() && c.decompositionTag() == QChar::Canonical)
                    c = decomposed.at(0);
                c = c.toCaseFolded();
            } else if (c.isUpper()) {
                c = c.toCaseFolded();
            }
        }
        if constexpr (WithOrigin)
            from[length] = int(i);
        out[length++] = c;
    }
    result.truncate(length);
    if constexpr (WithOrigin)
        origin->resize(std::size_t(length));
}

} // namespace

QString TextNormalizer::normalize(const QString &text)
{
    QString result;
    normalized<false>(text, result, nullptr);
    return result;
}

QString TextNormalizer::normalize(const QString &text, std::vector<int> &origin)
{
    QString result;
    normalized<true>(text, result, &origin);
    return result;
}

void TextNormalizer::normalize(const QString &text, QString &into)
{
    normalized<false>(text, into, nullptr);
}

char16_t TextNormalizer::foldArabicBlock(char16_t u)
{
    Q_ASSERT(u >= 0x0600 && u <= 0x06FF);
    return fold(u); // no case and no decomposition in this block: normalized() adds nothing
}

} // namespace Masar
