// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ganttscene.h"
#include "result.h"

#include <QDate>
#include <QImage>
#include <QList>

class QPagedPaintDevice;
class QPainter;
class QPalette;

namespace Masar {

class PlannerDocument;

/**
 * Draws the calendar for export: a title column beside the timeline, in the layout direction of
 * the UI (mirrored in Arabic). PNG: one image at the view's zoom. PDF and print: pages of rows,
 * the chosen date range fitted to the page width, the header repeated on every page.
 */
class GanttExporter
{
public:
    struct Range
    {
        QList<qint64> rows; ///< node ids in display order
        QDate from;
        QDate to;
    };

    GanttExporter(const PlannerDocument *document, const GanttScene &scene, bool rtl,
                  const QPalette &palette);

    /// Every node of the roadmap, over the whole plan.
    Range wholePlan() const;

    static constexpr int kMaxImageSide = 30000;
    Result<QImage> image(const Range &range) const;
    /// Paints onto a PDF writer or printer (already set up with its page layout).
    Status paint(QPagedPaintDevice *device, const Range &range) const;

private:
    void paintPage(QPainter &p, const GanttScene &scene, const QList<qint64> &rows, int width,
                   int titleWidth, int rowHeight, int headerHeight) const;

    const PlannerDocument *m_document;
    GanttScene m_scene;
    bool m_rtl;
    const QPalette &m_palette;
};

} // namespace Masar
