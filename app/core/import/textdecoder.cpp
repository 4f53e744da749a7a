// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "mojibakerepair.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <limits>

namespace Masar {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// Code points of bytes 0x80–0xFF in Windows-1256 (Arabic), as Python's cp1256 codec defines them.
constexpr char16_t kCp1256[128] = {
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688, // 0x88
    0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA, // 0x98
    0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // 0xA0
    0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // 0xA8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F, // 0xB8
    0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, // 0xC0
    0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F, // 0xC8
    0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, // 0xD0
    0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643, // 0xD8
    0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, // 0xE0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF, // 0xE8
    0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, // 0xF0
    0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2, // 0xF8
};

// Code points of bytes 0x80–0xFF in Windows-1252; the five undefined bytes give U+FFFD.
constexpr char16_t kCp1252[128] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 0x88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 0x98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // 0xA0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // 0xA8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // 0xB8
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // 0xC0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, // 0xC8
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, // 0xD0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, // 0xD8
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // 0xE0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, // 0xE8
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, // 0xF0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF, // 0xF8
};

/// The high bit of each of eight bytes: none is set in ASCII text.
constexpr quint64 kHighBits = 0x8080808080808080ull;

/// What a UTF-8 scan found: well-formed multi-byte sequences and ill-formed ones.
struct Utf8Stats
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

/**
 * Reads UTF-8 strictly (Unicode table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF). Each maximal ill-formed subsequence counts once and, when `out` is given, becomes one
 * U+FFFD, as Unicode recommends; decoding resumes at the byte that broke the sequence.
 */
Utf8Stats scanUtf8(const uchar *p, qsizetype size, QString *out)
{
    Utf8Stats stats;
    if (out)
        out->reserve(size);
    qsizetype i = 0;
    while (i < size) {
        if (!out) {
            // Counting only: step over ASCII eight bytes at a time.
            quint64 word = 0;
            while (i + 8 <= size && (std::memcpy(&word, p + i, 8), (word & kHighBits) == 0))
                i += 8;
            if (i >= size)
                break;
        }
        const uchar lead = p[i];
        if (lead < 0x80) {
            if (out)
                out->append(QChar(char16_t(lead)));
            ++i;
            continue;
        }
        int need = 0;
        char32_t cp = 0;
        uchar low = 0x80; // allowed range of the first continuation byte
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            cp = lead & 0x0F;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            cp = lead & 0x07;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        }
        qsizetype j = i + 1;
        int got = 0;
        while (need > 0 && got < need && j < size) {
            const uchar c = p[j];
            if (c < (got == 0 ? low : 0x80) || c > (got == 0 ? high : 0xBF))
                break;
            cp = (cp << 6) | (c & 0x3F);
            ++j;
            ++got;
        }
        if (need == 0 || got < need) {
            ++stats.invalid;
            if (out)
                out->append(QChar(kReplacement));
        } else {
            ++stats.multiByte;
            if (out)
                appendCodePoint(*out, cp);
        }
        i = j;
    }
    return stats;
}

/// Decodes UTF-16; unpaired surrogates and a trailing odd byte become U+FFFD, counted.
QString decodeUtf16(const uchar *p, qsizetype size, bool littleEndian, qsizetype &invalid)
{
    QString out;
    out.reserve(size / 2 + 1);
    const qsizetype units = size / 2;
    auto unitAt = [&](qsizetype k) {
        const uchar a = p[2 * k];
        const uchar b = p[2 * k + 1];
        return littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unitAt(k);
        if (QChar::isHighSurrogate(u)) {
            if (k + 1 < units && QChar::isLowSurrogate(unitAt(k + 1))) {
                out.append(QChar(u));
                out.append(QChar(unitAt(k + 1)));
                ++k;
                continue;
            }
            ++invalid;
            out.append(QChar(kReplacement));
        } else if (QChar::isLowSurrogate(u)) {
            ++invalid;
            out.append(QChar(kReplacement));
        } else {
            out.append(QChar(u));
        }
    }
    if (size % 2 != 0) {
        ++invalid;
        out.append(QChar(kReplacement));
    }
    return out;
}

/// The byte order of BOM-less UTF-16, or 0 when the zero bytes do not show one.
int utf16ByteOrder(const uchar *p, qsizetype size)
{
    // Text in UTF-16 has a zero high byte for every ASCII character (spaces, newlines, digits,
    // Markdown marks), so one byte position of each pair is often zero and the other almost
    // never. Binary data has zeros in both; UTF-8 and 8-bit text have none.
    if (!std::memchr(p, 0, std::size_t(size)))
        return 0; // no zero byte at all: not UTF-16
    const qsizetype pairs = size / 2;
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype k = 0; k < pairs; ++k) {
        zerosEven += p[2 * k] == 0;
        zerosOdd += p[2 * k + 1] == 0;
    }
    const auto shows = [pairs](qsizetype dominant, qsizetype other) {
        return dominant >= qMin<qsizetype>(pairs, 2) && dominant * 20 >= pairs &&
               other * 10 <= dominant;
    };
    // The high bytes of text in one script take few values: 00 for ASCII and one more for the
    // script's block (06 for Arabic). An 8-bit file with a stray NUL has letters there instead.
    const auto fewHighBytes = [p, pairs](int offset) {
        std::array<qsizetype, 256> histogram{};
        for (qsizetype k = 0; k < pairs; ++k)
            ++histogram[p[2 * k + offset]];
        const qsizetype script = *std::max_element(histogram.begin() + 1, histogram.end());
        return (histogram[0] + script) * 10 >= pairs * 9;
    };
    if (shows(zerosOdd, zerosEven) && fewHighBytes(1))
        return +1; // little endian: "A" is 41 00
    if (shows(zerosEven, zerosOdd) && fewHighBytes(0))
        return -1; // big endian: "A" is 00 41
    return 0;
}

/// True when the bytes above 0x7F read as Arabic words in Windows-1256.
bool looksLikeArabic1256(const uchar *p, qsizetype size)
{
    // In Arabic text, high bytes are mostly Arabic letters and come in runs (whole words). In
    // Latin-1 text, accented letters stand alone between ASCII letters, and some of them (é, è,
    // à, ç, ü…) are the Latin letters that Windows-1256 kept, which Arabic text does not use.
    qsizetype high = 0;
    qsizetype arabic = 0;
    qsizetype latin = 0;
    qsizetype inRuns = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = p[i];
        if (b < 0x80)
            continue;
        ++high;
        const char16_t cp = kCp1256[b - 0x80];
        if (cp >= 0x0621 && cp <= 0x06FF)
            ++arabic;
        else if (cp >= 0x00C0 && cp <= 0x00FF && cp != 0x00D7 && cp != 0x00F7)
            ++latin;
        if ((i > 0 && p[i - 1] >= 0x80) || (i + 1 < size && p[i + 1] >= 0x80))
            ++inRuns;
    }
    return high > 0 && arabic * 10 >= high * 6 && latin * 10 <= high && inRuns * 2 >= high;
}

QString decodeSingleByte(const uchar *p, qsizetype size, const char16_t *table, qsizetype &invalid)
{
    QString out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = p[i];
        const char16_t cp = b < 0x80 ? char16_t(b) : table[b - 0x80];
        if (cp == kReplacement)
            ++invalid;
        out.append(QChar(cp));
    }
    return out;
}

/// NUL anywhere, or control characters other than tab, LF, FF and CR in more than 1 in 100.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        // Printable ASCII four characters at a time: each is at least U+0020 and below U+007F.
        quint64 four = 0;
        while (i + 4 <= size && (std::memcpy(&four, data + i, sizeof four),
                                 ((four + 0x0001000100010001ull) & 0xFF80FF80FF80FF80ull) == 0 &&
                                     ((four - 0x0020002000200020ull) & 0x8000800080008000ull) == 0))
            i += 4;
        if (i >= size)
            break;
        const char16_t u = data[i].unicode();
        if (u == 0)
            return true;
        const bool c0 = u < 0x20 && u != u'\t' && u != u'\n' && u != u'\f' && u != u'\r';
        if (c0 || (u >= 0x7F && u <= 0x9F))
            ++controls;
    }
    return controls * 100 > text.size();
}

QString normalizedLineEndings(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            out.append(ch);
        }
    }
    return out;
}

bool startsWith(const uchar *p, qsizetype size, std::initializer_list<uchar> prefix)
{
    if (size < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const uchar b : prefix) {
        if (p[i++] != b)
            return false;
    }
    return true;
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    const qsizetype size = bytes.size();
    if (size > kMaxBytes) {
        const double megabytes = double(size) / (1024.0 * 1024.0);
        return Error{QCoreApplication::translate(
                         "TextDecoder", "%1 is %2 MB; files of up to %3 MB can be imported.")
                         .arg(fileName, QLocale().toString(megabytes, 'f', 1))
                         .arg(kMaxBytes / (1024 * 1024))};
    }
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());

    // UTF-32 marks first: FF FE 00 00 also starts with the UTF-16LE mark.
    if (startsWith(p, size, {0xFF, 0xFE, 0x00, 0x00}) ||
        startsWith(p, size, {0x00, 0x00, 0xFE, 0xFF})) {
        return Error{QCoreApplication::translate(
                         "TextDecoder",
                         "%1 is encoded as UTF-32, which cannot be imported. Save it as UTF-8 and "
                         "import it again.")
                         .arg(fileName)};
    }

    DecodedText result;
    qsizetype invalid = 0;
    if (startsWith(p, size, {0xEF, 0xBB, 0xBF})) {
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        invalid = scanUtf8(p + 3, size - 3, &result.text).invalid;
    } else if (startsWith(p, size, {0xFF, 0xFE})) {
        result.encoding = QStringLiteral("UTF-16LE");
        result.text = decodeUtf16(p + 2, size - 2, true, invalid);
    } else if (startsWith(p, size, {0xFE, 0xFF})) {
        result.encoding = QStringLiteral("UTF-16BE");
        result.text = decodeUtf16(p + 2, size - 2, false, invalid);
    } else if (const int order = utf16ByteOrder(p, size); order != 0) {
        result.encoding = order > 0 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.text = decodeUtf16(p, size, order > 0, invalid);
    } else {
        const Utf8Stats stats = scanUtf8(p, size, nullptr);
        if (stats.invalid == 0) {
            result.encoding = QStringLiteral("UTF-8");
            // Not fromUtf8(QByteArray): Qt 5 stops that at the first NUL.
            result.text = QString::fromUtf8(bytes.constData(), bytes.size());
        } else if (stats.multiByte > 0 && stats.multiByte >= stats.invalid) {
            // Mostly well-formed UTF-8 with some damage (a cut file, a stray byte): reading it
            // as a legacy code page would garble every other non-ASCII character.
            result.encoding = QStringLiteral("UTF-8");
            invalid = scanUtf8(p, size, &result.text).invalid;
        } else {
            const bool arabic = looksLikeArabic1256(p, size);
            result.encoding =
                arabic ? QStringLiteral("Windows-1256") : QStringLiteral("Windows-1252");
            result.text = decodeSingleByte(p, size, arabic ? kCp1256 : kCp1252, invalid);
            const QString name =
                arabic
                    ? QCoreApplication::translate("TextDecoder", "Windows-1256 (Arabic)")
                    : QCoreApplication::translate("TextDecoder", "Windows-1252 (Western European)");
            result.notes.append(QCoreApplication::translate(
                                    "TextDecoder",
                                    "The file is not in UTF-8, so it was read as %1. If letters "
                                    "look wrong, save the file as UTF-8 and import it again.")
                                    .arg(name));
        }
    }

    if (looksBinary(result.text)) {
        return Error{
            QCoreApplication::translate("TextDecoder", "%1 does not look like a text file.")
                .arg(fileName)};
    }
    if (std::all_of(result.text.cbegin(), result.text.cend(), [](QChar c) { return c.isSpace(); }))
        return Error{QCoreApplication::translate("TextDecoder", "%1 is empty.").arg(fileName)};
    if (invalid > 0) {
        const int replaced = int(qMin<qsizetype>(invalid, std::numeric_limits<int>::max()));
        result.notes.append(QCoreApplication::translate("TextDecoder",
                                                        "%Ln invalid byte sequence(s) could not be "
                                                        "decoded and were replaced with the "
                                                        "replacement character U+FFFD.",
                                                        nullptr, replaced));
    }
    if (result.encoding.startsWith(QLatin1String("UTF-"))) {
        if (const int repaired = MojibakeRepair::repair(result.text); repaired > 0) {
            result.notes.append(QCoreApplication::translate(
                "TextDecoder",
                "%Ln place(s) where the text had once been decoded with the "
                "wrong encoding were repaired.",
                nullptr, repaired));
        }
    }
    result.text = normalizedLineEndings(result.text);
    return result;
}

} // namespace Masar
