// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttscene.h"
#include "displaycalendar.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Masar {

namespace {

/// Header units: the four zoom scales, and years above months and quarters.
enum class Unit
{
    Day,
    Week,
    Month,
    Quarter,
    Year
};

Unit lowerUnit(GanttScene::Scale scale)
{
    return Unit(int(scale));
}

Unit upperUnit(GanttScene::Scale scale)
{
    return scale == GanttScene::Scale::Day || scale == GanttScene::Scale::Week ? Unit::Month
                                                                               : Unit::Year;
}

QDate unitStart(const QDate &date, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return date;
    case Unit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Unit::Month:
        return DisplayCalendar::firstOfMonth(date);
    case Unit::Quarter: {
        const QDate month = DisplayCalendar::firstOfMonth(date);
        return DisplayCalendar::addMonths(month, -((DisplayCalendar::month(date) - 1) % 3));
    }
    case Unit::Year:
        return DisplayCalendar::firstOfYear(date);
    }
    return date;
}

QDate nextUnit(const QDate &date, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return date.addDays(1);
    case Unit::Week:
        return date.addDays(7);
    case Unit::Month:
        return DisplayCalendar::addMonths(date, 1);
    case Unit::Quarter:
        return DisplayCalendar::addMonths(date, 3);
    case Unit::Year:
        return DisplayCalendar::addMonths(date, 12);
    }
    return date.addDays(1);
}

QString unitLabel(const QDate &date, Unit unit, bool upper)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Day:
        return DisplayCalendar::date(date, QStringLiteral("d"));
    case Unit::Week:
        return DisplayCalendar::date(date, QStringLiteral("d MMM"));
    case Unit::Month:
        return DisplayCalendar::date(date,
                                     upper ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM"));
    case Unit::Quarter:
        //: Quarter of the year in the calendar header, e.g. "Q3"
        return QCoreApplication::translate("GanttScene", "Q%1")
            .arg(locale.toString((DisplayCalendar::month(date) - 1) / 3 + 1));
    case Unit::Year:
        return DisplayCalendar::date(date, QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace

GanttScene::GanttScene(const PlannerDocument *document) : m_document(document) {}

double GanttScene::pixelsPerDay(Scale scale)
{
    switch (scale) {
    case Scale::Day:
        return 28.0;
    case Scale::Week:
        return 8.0;
    case Scale::Month:
        return 2.5;
    case Scale::Quarter:
        return 0.9;
    }
    return 8.0;
}

double GanttScene::pixelsPerDay() const
{
    return m_pixelsPerDay > 0.0 ? m_pixelsPerDay : pixelsPerDay(m_scale);
}

void GanttScene::setFirstDate(const QDate &date)
{
    if (date.isValid())
        m_first = date;
}

int GanttScene::totalWidth() const
{
    return int(std::ceil((m_first.daysTo(m_last) + 1) * pixelsPerDay()));
}

double GanttScene::xFor(const QDate &date, int offset, int width, bool rtl) const
{
    const double logical = m_first.daysTo(date) * pixelsPerDay() - offset;
    return rtl ? width - logical : logical;
}

QDate GanttScene::dateAt(double x, int offset, int width, bool rtl) const
{
    const double logical = (rtl ? width - x : x) + offset;
    return m_first.addDays(qint64(std::floor(logical / pixelsPerDay())));
}

void GanttScene::rebuild()
{
    m_spans.clear();
    m_baselineSpans.clear();
    const Availability &a = m_document->availability();
    const QDate today = m_document->today();
    QDate first = std::min(today, a.startDate.isValid() ? a.startDate : today);
    if (m_document->baselineStart().isValid())
        first = std::min(first, m_document->baselineStart());
    QDate last = std::max(today, m_document->plannedUntil());
    last = std::max(last, m_document->baselineFinish());
    if (a.targetDate.isValid())
        last = std::max(last, a.targetDate);
    m_first = unitStart(first.addDays(-7), Unit::Month);
    last = last.addDays(45);
    // While a large plan is still being worked out, the range only grows: the view keeps its
    // place until the finish is known.
    m_last = m_document->isPlanComplete() || !m_last.isValid() ? last : std::max(m_last, last);
}

GanttScene::Span GanttScene::spanOf(qint64 id, bool baseline) const
{
    QHash<qint64, Span> &known = baseline ? m_baselineSpans : m_spans;
    if (const auto it = known.constFind(id); it != known.cend())
        return *it;
    // Leaves from the plan, parents from their children, without recursion (imported roadmaps
    // can nest deeply).
    const RoadmapTreeModel *model = m_document->treeModel();
    std::vector<std::pair<qint64, bool>> stack{{id, false}};
    while (!stack.empty()) {
        const auto [current, childrenDone] = stack.back();
        if (known.contains(current)) {
            stack.pop_back();
            continue;
        }
        const QList<qint64> children = model->childIds(current);
        if (children.isEmpty()) {
            const ScheduledTask t = baseline ? m_document->baseline().value(current)
                                             : m_document->plannedDates(current);
            known.insert(current, {t.start, t.end, t.minutes});
            stack.pop_back();
            continue;
        }
        if (!childrenDone) {
            stack.back().second = true;
            for (qint64 child : children)
                stack.emplace_back(child, false);
            continue;
        }
        Span parent;
        for (qint64 child : children) {
            const Span s = known.value(child);
            if (!s.isValid())
                continue;
            parent.start = parent.start.isValid() ? std::min(parent.start, s.start) : s.start;
            parent.end = parent.end.isValid() ? std::max(parent.end, s.end) : s.end;
            parent.minutes += s.minutes;
        }
        known.insert(current, parent);
        stack.pop_back();
    }
    return known.value(id);
}

QColor GanttScene::areaColor(CompetencyArea area, bool dark)
{
    // One hue per area, spaced around the wheel; lighter on dark backgrounds.
    // Unassigned, Mathematics, Programming, Data, ML, DL, MLOps, LLMs, Software Eng., Professional
    static const int hues[] = {0, 215, 120, 30, 275, 320, 185, 52, 25, 0};
    const int hue = hues[int(area) % 10];
    if (area == CompetencyArea::Unassigned)
        return dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x9a, 0xa0, 0xa6);
    if (area == CompetencyArea::SoftwareEngineering) // brown: orange's hue, muted
        return QColor::fromHsl(hue, dark ? 70 : 80, dark ? 130 : 95);
    return QColor::fromHsl(hue, dark ? 150 : 160, dark ? 150 : 120);
}

void GanttScene::paintHeader(QPainter &p, const QRect &rect, int offset, bool rtl,
                             const QPalette &palette) const
{
    p.fillRect(rect, palette.window());
    const int half = rect.height() / 2;
    const QDate from = dateAt(rtl ? rect.right() : rect.left(), offset, rect.width(), rtl);
    const QDate to = dateAt(rtl ? rect.left() : rect.right(), offset, rect.width(), rtl);
    p.setPen(palette.color(QPalette::Mid));
    p.drawLine(rect.left(), rect.top() + half, rect.right(), rect.top() + half);
    p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    const QList<QPair<Unit, QRect>> tiers{
        {upperUnit(m_scale), QRect(rect.left(), rect.top(), rect.width(), half)},
        {lowerUnit(m_scale),
         QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)}};
    for (int tier = 0; tier < 2; ++tier) {
        const Unit unit = tiers.at(tier).first;
        const QRect band = tiers.at(tier).second;
        for (QDate d = unitStart(from, unit); d <= to; d = nextUnit(d, unit)) {
            const double x1 = xFor(d, offset, rect.width(), rtl);
            const double x2 = xFor(nextUnit(d, unit), offset, rect.width(), rtl);
            QRectF cell(std::min(x1, x2), band.top(), std::abs(x2 - x1), band.height());
            p.setPen(palette.color(QPalette::Mid));
            p.drawLine(QPointF(x1, band.top()), QPointF(x1, band.bottom()));
            const QString label = unitLabel(d, unit, tier == 0);
            // A unit that began before the visible edge keeps its label at that edge, whole.
            const QRectF shown = cell.intersected(QRectF(rect));
            if (p.fontMetrics().horizontalAdvance(label) + 4 > shown.width())
                continue;
            p.setPen(palette.color(QPalette::WindowText));
            p.drawText(shown.adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeading, label);
        }
    }
}

void GanttScene::paintBackground(QPainter &p, const QRect &rect, int offset, bool rtl,
                                 const QPalette &palette) const
{
    p.fillRect(rect, palette.base());
    const Availability &a = m_document->availability();
    const QDate from = dateAt(rtl ? rect.right() : rect.left(), offset, rect.width(), rtl);
    const QDate to = dateAt(rtl ? rect.left() : rect.right(), offset, rect.width(), rtl);
    QColor shade = palette.color(QPalette::AlternateBase);
    if (shade == palette.color(QPalette::Base))
        shade = palette.color(QPalette::Window);
    // Days without study time (weekends the learner keeps free, blocked periods).
    if (pixelsPerDay() >= 6.0) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (a.minutesOn(d) > 0)
                continue;
            const double x1 = xFor(d, offset, rect.width(), rtl);
            const double x2 = xFor(d.addDays(1), offset, rect.width(), rtl);
            p.fillRect(QRectF(std::min(x1, x2), rect.top(), std::abs(x2 - x1), rect.height()),
                       shade);
        }
    } else {
        for (const BlockedRange &range : a.blocked) {
            if (range.to < from || range.from > to)
                continue;
            const double x1 = xFor(range.from, offset, rect.width(), rtl);
            const double x2 = xFor(range.to.addDays(1), offset, rect.width(), rtl);
            p.fillRect(QRectF(std::min(x1, x2), rect.top(), std::abs(x2 - x1), rect.height()),
                       shade);
        }
    }
}

QRectF GanttScene::barRect(const Row &row, int width, int offset, bool rtl) const
{
    const Span s = span(row.id);
    if (!s.isValid())
        return {};
    const double x1 = xFor(s.start, offset, width, rtl);
    const double x2 = xFor(s.end.addDays(1), offset, width, rtl);
    const double margin = row.height * 0.15;
    return QRectF(std::min(x1, x2), row.top + margin, std::max(2.0, std::abs(x2 - x1)),
                  row.height - 2 * margin);
}

QRectF GanttScene::labelRect(const QRectF &bar, int textWidth, bool rtl, bool *inside)
{
    constexpr double kPadding = 4.0;
    *inside = bar.width() >= textWidth + 2 * kPadding;
    if (*inside) {
        return QRectF(rtl ? bar.right() - kPadding - textWidth : bar.left() + kPadding, bar.top(),
                      textWidth, bar.height());
    }
    return QRectF(rtl ? bar.left() - kPadding - textWidth : bar.right() + kPadding, bar.top(),
                  textWidth, bar.height());
}

QColor GanttScene::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights): light bars take black text, dark ones white.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

void GanttScene::paintRows(QPainter &p, const QList<Row> &rows, int width, int offset, bool rtl,
                           const QPalette &palette) const
{
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    // Each bar says what it is: its title inside it where it fits, else beside it.
    const auto label = [&](const QRectF &bar, const RoadmapNode &node, const QColor &fill) {
        const QString title =
            metrics.elidedText(m_document->treeModel()->displayTitle(node), Qt::ElideRight, 320);
        bool inside = false;
        const QRectF where = labelRect(bar, metrics.horizontalAdvance(title), rtl, &inside);
        if (where.right() < 0 || where.left() > width)
            return;
        p.setPen(inside ? textOn(fill) : palette.color(QPalette::Text));
        p.drawText(where, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, title);
        p.setPen(Qt::NoPen);
    };
    const RoadmapTreeModel *model = m_document->treeModel();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    p.setRenderHint(QPainter::Antialiasing, true);
    QHash<qint64, QRectF> bars; // visible bars, for the dependency arrows
    for (const Row &row : rows) {
        const RoadmapNode *node = model->node(row.id);
        if (!node)
            continue;
        // The accepted plan, as a thin line under the bar: drift at a glance.
        const Span base = baselineSpan(row.id);
        if (base.isValid()) {
            const double b1 = xFor(base.start, offset, width, rtl);
            const double b2 = xFor(base.end.addDays(1), offset, width, rtl);
            p.fillRect(QRectF(std::min(b1, b2), row.top + row.height - 4, std::abs(b2 - b1), 2),
                       palette.color(QPalette::Mid));
        }
        const QRectF bar = barRect(row, width, offset, rtl);
        if (bar.isEmpty())
            continue;
        bars.insert(row.id, bar);
        if (bar.right() < 0 || bar.left() > width)
            continue;
        const QColor color = areaColor(node->area, dark);
        const bool leaf = model->childCount(row.id) == 0;
        if (leaf && span(row.id).minutes == 0) {
            // Milestone: a diamond on its day.
            const QPointF c(rtl ? bar.right() : bar.left(), bar.center().y());
            const double r = bar.height() * 0.6;
            QPainterPath diamond;
            diamond.moveTo(c.x(), c.y() - r);
            diamond.lineTo(c.x() + r, c.y());
            diamond.lineTo(c.x(), c.y() + r);
            diamond.lineTo(c.x() - r, c.y());
            diamond.closeSubpath();
            p.fillPath(diamond, color);
            label(QRectF(rtl ? c.x() - r - 2 : c.x() + r + 2, bar.top(), 0, bar.height()), *node,
                  color);
        } else if (leaf) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(bar, 3, 3);
            // Progress: the share of the item's effort already studied, from the start edge.
            const int studied = m_document->studyLog()->studiedMinutes().value(row.id);
            if (studied > 0 && node->effortMinutes > 0) {
                const double share = std::min(1.0, double(studied) / node->effortMinutes);
                QRectF done = bar;
                done.setWidth(bar.width() * share);
                if (rtl)
                    done.moveRight(bar.right());
                p.setBrush(color.darker(dark ? 70 : 150));
                p.drawRoundedRect(done, 3, 3);
            }
            if (node->pinnedStart.isValid()) {
                p.setBrush(palette.color(QPalette::Text));
                const double px = rtl ? bar.right() - 4 : bar.left() + 4;
                p.drawEllipse(QPointF(px, bar.center().y()), 2.0, 2.0);
            }
            label(bar, *node, color);
        } else {
            // Summary bar: a band over the item's whole span, with end caps pointing down to
            // the parts below; its title beside it.
            const QColor band = color.darker(dark ? 90 : 130);
            const QRectF summary(bar.left(), bar.top(), bar.width(), bar.height() * 0.75);
            p.fillRect(summary, band);
            const double cap = std::min(6.0, bar.width() / 2);
            QPainterPath caps;
            for (const double edge : {summary.left(), summary.right() - cap}) {
                caps.moveTo(edge, summary.bottom());
                caps.lineTo(edge + cap, summary.bottom());
                caps.lineTo(edge == summary.left() ? edge : edge + cap, bar.bottom());
                caps.closeSubpath();
            }
            p.fillPath(caps, band);
            label(QRectF(bar.left(), bar.top(), bar.width(), summary.height()), *node, band);
        }
    }
    // Explicit prerequisites between visible rows: from the end of the prerequisite to the start
    // of the item that waits for it (the roadmap's own order is not drawn).
    const QColor arrow = palette.color(QPalette::Text);
    p.setPen(QPen(arrow, 1.2));
    for (auto it = bars.cbegin(); it != bars.cend(); ++it) {
        for (qint64 prerequisite : m_document->prerequisites(it.key())) {
            const auto from = bars.constFind(prerequisite);
            if (from == bars.cend())
                continue;
            const QPointF start(rtl ? from->left() : from->right(), from->center().y());
            const QPointF end(rtl ? it->right() : it->left(), it->center().y());
            const double step = rtl ? -6.0 : 6.0;
            QPainterPath path(start);
            path.lineTo(start.x() + step, start.y());
            path.lineTo(start.x() + step, end.y());
            path.lineTo(end.x(), end.y());
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            QPainterPath head;
            head.moveTo(end);
            head.lineTo(end.x() - step, end.y() - 4);
            head.lineTo(end.x() - step, end.y() + 4);
            head.closeSubpath();
            p.fillPath(head, arrow);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void GanttScene::paintMarkers(QPainter &p, const QRect &rect, int offset, bool rtl,
                              const QPalette &palette) const
{
    const auto line = [&](const QDate &date, const QColor &color, Qt::PenStyle style) {
        if (!date.isValid())
            return;
        const double x = xFor(date, offset, rect.width(), rtl);
        if (x < rect.left() || x > rect.right())
            return;
        p.setPen(QPen(color, 2, style));
        p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    };
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    line(m_document->today(), dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x30, 0x30),
         Qt::SolidLine);
    line(m_document->availability().targetDate, QColor(0xe0, 0x8a, 0x00), Qt::DashLine);
    // The finish once it is known (a large plan is still being worked out just after a change).
    const QDate finish = m_document->isPlanComplete() ? m_document->schedule().finish : QDate();
    line(finish.isValid() ? finish.addDays(1) : QDate(),
         dark ? QColor(0x5c, 0xd0, 0x7a) : QColor(0x1f, 0x8a, 0x3a), Qt::DashLine);
    const QDate accepted = m_document->baselineFinish();
    if (accepted != finish && finish.isValid())
        line(accepted.isValid() ? accepted.addDays(1) : QDate(), palette.color(QPalette::Mid),
             Qt::DotLine);
}

} // namespace Masar
