// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

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

} // namespace

QString TextNormalizer::normalize(const QString &text)
{
    // The same folding as below without recording origins: called for every title and sentence
    // an import reads, so ASCII takes a short path.
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype length = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80) {
            out[length++] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
            continue;
        }
        const char16_t folded = fold(u);
        if (folded == 0)
            continue;
        QChar c(folded);
        if (folded >= 0x0600 && folded <= 0x06FF) {
            out[length++] = c;
            continue;
        }
        if (c.isLetter() && c.script() == QChar::Script_Latin) {
            const QString decomposed = c.decomposition();
            if (!decomposed.isEmpty() && c.decompositionTag() == QChar::Canonical)
                c = decomposed.at(0);
            c = c.toCaseFolded();
        } else if (c.isUpper()) {
            c = c.toCaseFolded();
        }
        out[length++] = c;
    }
    result.truncate(length);
    return result;
}

QString TextNormalizer::normalize(const QString &text, QList<int> &origin)
{
    QString result;
    result.reserve(text.size());
    origin.clear();
    origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80) { // ASCII: the common case, kept cheap
            const char16_t u = ch.unicode();
            result.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
            origin.append(i);
            continue;
        }
        const char16_t folded = fold(ch.unicode());
        if (folded == 0)
            continue;
        if (folded >= 0x0600 && folded <= 0x06FF) { // Arabic: folded already, no case
            result.append(QChar(folded));
            origin.append(i);
            continue;
        }
        QChar out(folded);
        if (out.isLetter() && out.script() == QChar::Script_Latin) {
            // é → e: the first character of the canonical decomposition, lower-cased.
            const QString decomposed = out.decomposition();
            if (!decomposed.isEmpty() && out.decompositionTag() == QChar::Canonical)
                out = decomposed.at(0);
            out = out.toCaseFolded();
        } else if (out.isUpper()) {
            out = out.toCaseFolded();
        }
        result.append(out);
        origin.append(i);
    }
    return result;
}

} // namespace Masar
