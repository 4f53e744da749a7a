// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <vector>

namespace Masar {

/**
 * Splits a plain text into the tokens duration phrases are read from: numbers (with decimals),
 * words and single punctuation characters; whitespace only separates them. The text is folded
 * first with TextNormalizer (case, Arabic letter variants, tashkeel and tatweel removed,
 * Arabic-Indic digits to ASCII), and every token remembers its range in the original text.
 * Linear in the length of the text.
 */
class DurationTokenizer
{
public:
    struct Token
    {
        enum class Type : quint8
        {
            Number,
            Word,
            Punct
        };
        Type type = Type::Punct;
        bool spaced = true;     // whitespace (or the start of the text) comes before it
        bool capital = false;   // Word: its first letter is upper case in the original text
        bool plain = false;     // Number: usable as a quantity (not a version, not absurdly large)
        bool integer = false;   // Number: no fraction
        int begin = 0, end = 0; // UTF-16 range in the original text
        int at = 0, size = 0;   // range in the folded text
        double value = 0;       // Number
    };

    explicit DurationTokenizer(const QString &text);
    Q_DISABLE_COPY(DurationTokenizer)

    /// A short text's tokens are kept in the object itself, without taking memory.
    using Tokens = QVarLengthArray<Token, 24>;
    const Tokens &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const Token &at(int i) const { return m_tokens[i]; }
    /// The folded text of token `i`.
    QStringView text(int i) const
    {
        const Token &token = m_tokens[i];
        return QStringView(m_folded).mid(token.at, token.size);
    }
    /// Token `i` as one punctuation character, or a null QChar when it is not punctuation.
    /// (These are asked of every token many times over: defined here, to be inlined.)
    QChar punct(int i) const
    {
        if (i < 0 || i >= size() || m_tokens[i].type != Token::Type::Punct)
            return QChar();
        return m_folded.at(m_tokens[i].at);
    }
    bool isNumber(int i) const
    {
        return i >= 0 && i < size() && m_tokens[i].type == Token::Type::Number;
    }
    bool isWord(int i) const
    {
        return i >= 0 && i < size() && m_tokens[i].type == Token::Type::Word;
    }

private:
    int readNumber(int i, Token &token) const;

    QString m_folded;
    Tokens m_tokens;
};

} // namespace Masar
