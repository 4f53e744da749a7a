// SPDX-License-Identifier: GPL-3.0-or-later
#include "mojibakerepair.h"

#include <QBitArray>
#include <QByteArray>
#include <QHash>

#include <cstring>

namespace Masar {

namespace {

// Characters of bytes 0x80–0xFF as Windows-1252 shows them (the five undefined bytes as the C1
// controls that the byte values name, as Windows passes them through) and as Mac Roman does.
constexpr char16_t kCp1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

constexpr char16_t kMacRoman[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/// Character → byte for one code page's upper half.
QHash<char16_t, uchar> inverse(const char16_t (&table)[128])
{
    QHash<char16_t, uchar> map;
    for (int i = 0; i < 128; ++i)
        map.insert(table[i], uchar(0x80 + i));
    return map;
}

/// Strict UTF-8 check; true when `bytes` is well formed and has a multi-byte character.
bool isMultiByteUtf8(const QByteArray &bytes)
{
    bool multi = false;
    for (int i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes.at(i));
        int length = 0;
        uint code = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > bytes.size())
            return false;
        for (int k = 1; k < length; ++k) {
            const uchar next = uchar(bytes.at(i + k));
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and values past Unicode are not UTF-8.
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
            (code >= 0xD800 && code <= 0xDFFF))
            return false;
        multi = true;
        i += length;
    }
    return multi;
}

/// The run as the bytes `map` gives its characters, or empty when one has no byte there.
QByteArray bytesOf(QStringView run, const QHash<char16_t, uchar> &map)
{
    QByteArray bytes;
    bytes.reserve(run.size());
    for (QChar c : run) {
        const auto it = map.constFind(c.unicode());
        if (it == map.constEnd())
            return {};
        bytes.append(char(it.value()));
    }
    return bytes;
}

} // namespace

int MojibakeRepair::repair(QString &text)
{
    static const QHash<char16_t, uchar> fromCp1252 = inverse(kCp1252);
    static const QHash<char16_t, uchar> fromMacRoman = inverse(kMacRoman);
    static const QBitArray inCodePages = [] {
        QBitArray bits(0x10000);
        for (const char16_t u : kCp1252)
            bits.setBit(u);
        for (const char16_t u : kMacRoman)
            bits.setBit(u);
        return bits;
    }();
    QString out;
    int repaired = 0;
    qsizetype copied = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    while (i < size) {
        // ASCII, four characters at a time: nothing to repair there.
        quint64 four = 0;
        while (i + 4 <= size &&
               (std::memcpy(&four, data + i, sizeof four), (four & 0xFF80FF80FF80FF80ull) == 0))
            i += 4;
        if (i >= size)
            break;
        if (text.at(i).unicode() < 0x80) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool mappable = true; // every character has a byte in one of the code pages
        for (; end < size && text.at(end).unicode() >= 0x80; ++end) {
            const char16_t u = text.at(end).unicode();
            // No other space below U+1680 (Arabic, accented Latin): no table look-up.
            if (u == 0x85 || u == 0xA0 || (u >= 0x1680 && text.at(end).isSpace()))
                break;
            mappable = mappable && inCodePages.testBit(u);
        }
        if (end == i) { // a space outside ASCII (U+0085, U+2028 …) ends no run: step over it
            ++i;
            continue;
        }
        const QStringView run = QStringView(text).mid(i, end - i);
        QString fixed;
        if (run.size() >= 2 && mappable) {
            for (const auto *map : {&fromCp1252, &fromMacRoman}) {
                const QByteArray bytes = bytesOf(run, *map);
                if (!bytes.isEmpty() && isMultiByteUtf8(bytes)) {
                    fixed = QString::fromUtf8(bytes.constData(), bytes.size());
                    break;
                }
            }
        }
        if (!fixed.isEmpty()) {
            if (out.isEmpty())
                out.reserve(size);
            out.append(QStringView(text).mid(copied, i - copied));
            out.append(fixed);
            copied = end;
            ++repaired;
        }
        i = end;
    }
    if (repaired > 0) {
        out.append(QStringView(text).mid(copied));
        text = out;
    }
    return repaired;
}

} // namespace Masar
