// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/roadmapnode.h"
#include "schedule/scheduler.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRect>
#include <QRectF>

class QPainter;
class QPalette;

namespace Masar {

class PlannerDocument;

/**
 * What the Gantt chart shows and how to draw it, independent of any widget: the span of every
 * node (leaves from the schedule, parents from their children), the accepted plan, the markers,
 * and the mapping between dates and x. The view asks it to paint the rows that are visible; an
 * export asks it to paint all rows onto a page. Painting costs what the rows and days on screen
 * cost, not what the plan holds.
 */
class GanttScene
{
public:
    enum class Scale
    {
        Day,
        Week,
        Month,
        Quarter
    };

    struct Span
    {
        QDate start;
        QDate end;
        int minutes = 0;
        bool isValid() const { return start.isValid() && end.isValid(); }
    };

    /// One row to paint: its node and where it is.
    struct Row
    {
        qint64 id = 0;
        int top = 0;
        int height = 0;
    };

    explicit GanttScene(const PlannerDocument *document);

    /// Forgets the spans worked out so far and takes the date range from the plan (after every
    /// change of plan). Spans are worked out when asked for, from the planned dates of the
    /// leaves below: a view asks for its visible rows only.
    void rebuild();

    Scale scale() const { return m_scale; }
    void setScale(Scale scale) { m_scale = scale; }
    /// Exports fit a date range to a page: a pixel density of their own (0: the scale's).
    void setPixelsPerDay(double pixels) { m_pixelsPerDay = pixels; }
    /// Exports of a part of the plan start the time axis at `date` (null: the plan's start).
    void setFirstDate(const QDate &date);
    double pixelsPerDay() const;
    static double pixelsPerDay(Scale scale);

    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    int totalWidth() const;

    /// x of the start of `date` in a canvas of `width` scrolled by `offset` (logical pixels).
    double xFor(const QDate &date, int offset, int width, bool rtl) const;
    QDate dateAt(double x, int offset, int width, bool rtl) const;

    Span span(qint64 id) const { return spanOf(id, false); }
    Span baselineSpan(qint64 id) const { return spanOf(id, true); }

    void paintHeader(QPainter &p, const QRect &rect, int offset, bool rtl,
                     const QPalette &palette) const;
    void paintBackground(QPainter &p, const QRect &rect, int offset, bool rtl,
                         const QPalette &palette) const;
    void paintRows(QPainter &p, const QList<Row> &rows, int width, int offset, bool rtl,
                   const QPalette &palette) const;
    void paintMarkers(QPainter &p, const QRect &rect, int offset, bool rtl,
                      const QPalette &palette) const;

    /// Bar rectangle of a row (empty when the node has no span).
    QRectF barRect(const Row &row, int width, int offset, bool rtl) const;

    static QColor areaColor(CompetencyArea area, bool dark);

    /// Where a bar's title goes: inside the bar, from its start edge, when the bar is wide
    /// enough for `textWidth`; else beside it, after its end edge (`inside` says which).
    static QRectF labelRect(const QRectF &bar, int textWidth, bool rtl, bool *inside);
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);

private:
    Span spanOf(qint64 id, bool baseline) const;

    const PlannerDocument *m_document;
    Scale m_scale = Scale::Week;
    double m_pixelsPerDay = 0.0;
    mutable QHash<qint64, Span> m_spans;         ///< worked out so far
    mutable QHash<qint64, Span> m_baselineSpans; ///< worked out so far
    QDate m_first;
    QDate m_last;
};

} // namespace Masar
