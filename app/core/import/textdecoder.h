// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Masar {

/// Text read from a file the user imports, with what was learnt about its encoding.
struct DecodedText
{
    /// The decoded text; line endings are "\n" whatever the file used.
    QString text;
    /// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1256" or "Windows-1252".
    QString encoding;
    /// Translated remarks for the user: a legacy encoding was assumed, bytes were replaced…
    QStringList notes;
};

/**
 * Turns the bytes of a file the user chose to import into text, or refuses with a translated
 * message: the file is empty, too large, binary, or encoded as UTF-32.
 *
 * The encoding is found from, in this order: a byte order mark (UTF-8, UTF-16LE/BE); the pattern
 * of zero bytes that UTF-16 without a mark leaves; strict UTF-8 validity; and otherwise a legacy
 * 8-bit code page: Windows-1256 when the bytes above 0x7F read as runs of Arabic letters,
 * Windows-1252 (Western European) when they do not. Text that is UTF-8 with a few broken
 * sequences stays UTF-8, each broken sequence replaced by U+FFFD and counted in a note.
 *
 * Works in time linear in the input and accepts any bytes without failing other than by an Error.
 */
class TextDecoder
{
public:
    /// Largest file accepted: a roadmap is a document, not a data set.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    /**
     * Decodes `bytes`, the contents of `fileName` (used in messages only). CRLF and lone CR are
     * normalised to LF; a byte order mark is dropped.
     */
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName);
};

} // namespace Masar
