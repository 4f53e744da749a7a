// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttexporter.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace Masar {

namespace {
int depthOf(const RoadmapTreeModel *model, qint64 id)
{
    int depth = 0;
    for (const RoadmapNode *n = model->node(id); n && n->parentId; n = model->node(n->parentId))
        ++depth;
    return depth;
}
} // namespace

GanttExporter::GanttExporter(const PlannerDocument *document, const GanttScene &scene, bool rtl,
                             const QPalette &palette)
    : m_document(document), m_scene(scene), m_rtl(rtl), m_palette(palette)
{
    // An export shows the whole plan: work out what is still being planned, then the range.
    m_document->schedule();
    m_scene.rebuild();
}

GanttExporter::Range GanttExporter::wholePlan() const
{
    Range range;
    for (const RoadmapTreeModel::OutlineEntry &entry : m_document->treeModel()->outline())
        range.rows.append(entry.id); // every item, in the order the tree shows them
    range.from = m_scene.firstDate();
    range.to = m_scene.lastDate();
    return range;
}

void GanttExporter::paintPage(QPainter &p, const GanttScene &scene, const QList<qint64> &rows,
                              int width, int titleWidth, int rowHeight, int headerHeight) const
{
    const RoadmapTreeModel *model = m_document->treeModel();
    const int timelineWidth = width - titleWidth;
    // The title column sits at the start edge: left in English, right in Arabic.
    const int titleX = m_rtl ? timelineWidth : 0;
    const int timelineX = m_rtl ? 0 : titleWidth;
    p.fillRect(QRect(0, 0, width, headerHeight + rowHeight * int(rows.size())), m_palette.base());

    QList<GanttScene::Row> sceneRows;
    for (int i = 0; i < rows.size(); ++i)
        sceneRows.append({rows.at(i), headerHeight + i * rowHeight, rowHeight});
    const QRect body(0, headerHeight, timelineWidth, rowHeight * int(rows.size()));
    p.save();
    p.translate(timelineX, 0);
    p.setClipRect(QRect(0, 0, timelineWidth, body.bottom() + 1));
    scene.paintBackground(p, body, 0, m_rtl, m_palette);
    scene.paintRows(p, sceneRows, timelineWidth, 0, m_rtl, m_palette);
    scene.paintMarkers(p, body, 0, m_rtl, m_palette);
    scene.paintHeader(p, QRect(0, 0, timelineWidth, headerHeight), 0, m_rtl, m_palette);
    p.restore();

    p.fillRect(QRect(titleX, 0, titleWidth, headerHeight), m_palette.window());
    p.setPen(m_palette.color(QPalette::WindowText));
    const QRect titleHeader(titleX + 6, 0, titleWidth - 12, headerHeight);
    p.drawText(titleHeader, Qt::AlignVCenter | (m_rtl ? Qt::AlignRight : Qt::AlignLeft),
               QCoreApplication::translate("RoadmapTreeModel", "Title"));
    for (int i = 0; i < rows.size(); ++i) {
        const RoadmapNode *node = model->node(rows.at(i));
        if (!node)
            continue;
        const int indent = 6 + 14 * depthOf(model, node->id);
        const QRect cell(titleX + (m_rtl ? 6 : indent), headerHeight + i * rowHeight,
                         titleWidth - indent - 6, rowHeight);
        QFont font = p.font();
        font.setBold(model->childCount(node->id) > 0);
        p.setFont(font);
        p.setPen(m_palette.color(QPalette::Text));
        const QString title =
            p.fontMetrics().elidedText(model->displayTitle(*node), Qt::ElideRight, cell.width());
        p.drawText(cell, Qt::AlignVCenter | (m_rtl ? Qt::AlignRight : Qt::AlignLeft), title);
        font.setBold(false);
        p.setFont(font);
    }
    p.setPen(m_palette.color(QPalette::Mid));
    const int separator = m_rtl ? timelineWidth : titleWidth;
    p.drawLine(separator, 0, separator, headerHeight + rowHeight * int(rows.size()));
}

Result<QImage> GanttExporter::image(const Range &range) const
{
    GanttScene scene = m_scene;
    scene.setFirstDate(range.from);
    const QFontMetrics metrics{QFont()};
    const int rowHeight = metrics.height() + 8;
    const int headerHeight = 2 * metrics.height() + 8;
    const int titleWidth = 320;
    const int days = int(range.from.daysTo(range.to)) + 1;
    const qint64 width = titleWidth + qint64(std::ceil(days * scene.pixelsPerDay()));
    const qint64 height = headerHeight + qint64(rowHeight) * range.rows.size();
    if (width > kMaxImageSide || height > kMaxImageSide) {
        return Error{QCoreApplication::translate(
                         "GanttExporter", "The picture would be %1 × %2 pixels, too large for "
                                          "an image. Zoom out, export the visible part, or "
                                          "export to PDF, which splits the plan into pages.")
                         .arg(width)
                         .arg(height)};
    }
    QImage image(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_palette.color(QPalette::Base));
    QPainter p(&image);
    paintPage(p, scene, range.rows, int(width), titleWidth, rowHeight, headerHeight);
    return image;
}

Status GanttExporter::paint(QPagedPaintDevice *device, const Range &range) const
{
    QPainter p;
    if (!p.begin(device)) {
        return Error{QCoreApplication::translate("GanttExporter",
                                                 "The file or printer could not be written.")};
    }
    // Work in a fixed logical width so that text and bars keep their proportions on any page.
    const double logicalWidth = 1600.0;
    const double scale = device->width() / logicalWidth;
    const int logicalHeight = int(device->height() / scale);
    p.scale(scale, scale);
    const QFontMetrics metrics(p.font());
    const int rowHeight = metrics.height() + 8;
    const int headerHeight = 2 * metrics.height() + 8;
    const int titleWidth = 380;
    GanttScene scene = m_scene;
    scene.setFirstDate(range.from);
    const int days = std::max(1, int(range.from.daysTo(range.to)) + 1);
    scene.setPixelsPerDay((logicalWidth - titleWidth) / days);
    const int rowsPerPage = std::max(1, (logicalHeight - headerHeight) / rowHeight);
    for (int start = 0; start < range.rows.size(); start += rowsPerPage) {
        if (start > 0)
            device->newPage();
        paintPage(p, scene, range.rows.mid(start, rowsPerPage), int(logicalWidth), titleWidth,
                  rowHeight, headerHeight);
    }
    return {};
}

} // namespace Masar
