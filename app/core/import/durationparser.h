// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Masar {

/// Where the text comes from: headings and table cells are terse, prose needs a cue.
enum class TextContext
{
    Heading,
    Prose,
    TableCell
};

/// One duration phrase found in a text.
struct DurationPhrase
{
    enum class Kind
    {
        // calendar time to finish: "3 weeks", "4-5 months", "about 14 days", "أسبوعان"
        Span,
        // study time itself: "2h", "90 min", "around 100 minutes", "40 hours"
        Effort,
        // study time per day/week: "one hour a day", "8-10 hours/week", "ساعة يومياً"
        Pace,
        // a position in a week/month-numbered plan: "Week 5", "Weeks 13-20", "Month 2"
        WeekIndex,
    };
    Kind kind = Kind::Span;
    int start = 0, length = 0; // UTF-16 offsets of the phrase in the text (for highlighting)
    double low = 0, high = 0;  // the number(s): equal when not a range (WeekIndex: first..last)
    enum class Unit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month
    } unit = Unit::Hour; // Pace: Hour or Minute
    enum class Per
    {
        None,
        Day,
        Week
    } per = Per::None; // Pace only
};

/// What a text states, turned into planned minutes under the roadmap's pace.
struct DurationEstimate
{
    int minutes = 0;           // planned effort (midpoint of a range)
    int lowMinutes = 0;        // 0 when not a range
    int highMinutes = 0;       // 0 when not a range
    int start = 0, length = 0; // the span of the text that gave it (union of the phrases used)
    QString phrase;            // text.mid(start, length)
};

/**
 * Finds the durations a roadmap states in its plain text (a heading's, a paragraph's, a list
 * item's or a table cell's text, Markdown already removed) and turns them into planned minutes,
 * following the effort rules of resources/roadmaps/README.md. English and Arabic.
 *
 * The text is split into numbers, words and punctuation first; phrases are then read from those
 * tokens. A number without a unit is never a duration, and where a unit follows a number that may
 * be a title ("Learn Python in One Month", "24 Hours of Code"), the context decides: headings
 * count durations in brackets, after a label ("Duration:") or alone after a separator at their
 * end; prose needs a cue ("would take", "about", "in 3 weeks", "حوالي"); a table cell is read as
 * a value. The work is linear in the length of the text.
 */
class DurationParser
{
public:
    /// `hoursPerWeek`: the pace the roadmap's calendar durations assume (clamped to 0..168).
    explicit DurationParser(double hoursPerWeek = 10.0);

    double hoursPerWeek() const { return m_hoursPerWeek; }

    /// Every duration phrase `text` states in `context`, in text order.
    QList<DurationPhrase> phrases(const QString &text, TextContext context) const;

    /**
     * The effort `text` states: an Effort phrase as is; else a Span (or, failing that, the finest
     * WeekIndex) times the pace stated in the text, or times hoursPerWeek(). A pace alone is not
     * an estimate.
     */
    std::optional<DurationEstimate> estimate(const QString &text, TextContext context) const;

    /// A plan-level pace stated on its own ("~20 h/week", "10 hours a week", "ساعة يومياً" = 7
    /// h/week), in hours per week.
    std::optional<double> pace(const QString &text) const;

    /// Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits and the Arabic decimal separator
    /// to ASCII; every other character is kept, so offsets do not move.
    static QString normalizedDigits(const QString &text);

private:
    double m_hoursPerWeek;
};

} // namespace Masar
