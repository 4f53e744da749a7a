// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprinter.h"

#include "document/roadmaptreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Masar {

namespace {
QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

bool PlanPrinter::parseFormat(const QString &text, Format &format)
{
    if (text == QLatin1String("table"))
        format = Format::Table;
    else if (text == QLatin1String("csv"))
        format = Format::Csv;
    else if (text == QLatin1String("json"))
        format = Format::Json;
    else
        return false;
    return true;
}

void PlanPrinter::print(QTextStream &out, Format format, const Schedule &schedule,
                        const QHash<qint64, RoadmapNode> &nodes, const QDate &baselineFinish)
{
    switch (format) {
    case Format::Csv:
        out << "id,title,start,end,minutes\n";
        for (const ScheduledTask &t : schedule.tasks) {
            out << t.id << ',' << csvField(nodes.value(t.id).title) << ',' << iso(t.start) << ','
                << iso(t.end) << ',' << t.minutes << '\n';
        }
        break;
    case Format::Json: {
        QJsonArray tasks;
        for (const ScheduledTask &t : schedule.tasks) {
            tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("title"), nodes.value(t.id).title},
                                     {QStringLiteral("start"), iso(t.start)},
                                     {QStringLiteral("end"), iso(t.end)},
                                     {QStringLiteral("minutes"), t.minutes}});
        }
        QJsonObject root{
            {QStringLiteral("finish"), iso(schedule.finish)},
            {QStringLiteral("targetMet"), schedule.targetMet},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(schedule.warnings)}};
        if (baselineFinish.isValid())
            root.insert(QStringLiteral("acceptedFinish"), iso(baselineFinish));
        if (!schedule.targetMet)
            root.insert(QStringLiteral("weeklyHoursForTarget"), schedule.weeklyHoursForTarget);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Table: {
        int width = 10;
        for (const ScheduledTask &t : schedule.tasks)
            width = std::max(width, int(std::min<qsizetype>(60, nodes.value(t.id).title.size())));
        out << tr("Start").leftJustified(11) << tr("End").leftJustified(11)
            << tr("Effort").rightJustified(10) << QStringLiteral("  ") << tr("Item") << '\n';
        for (const ScheduledTask &t : schedule.tasks) {
            out << iso(t.start).leftJustified(11) << iso(t.end).leftJustified(11)
                << RoadmapTreeModel::formatMinutes(t.minutes).rightJustified(10)
                << QStringLiteral("  ") << nodes.value(t.id).title.left(width) << '\n';
        }
        out << '\n' << tr("Finish: %1").arg(iso(schedule.finish)) << '\n';
        if (baselineFinish.isValid() && baselineFinish != schedule.finish) {
            out << tr("Accepted plan finished on %1 (%2 days of drift).")
                       .arg(iso(baselineFinish))
                       .arg(baselineFinish.daysTo(schedule.finish))
                << '\n';
        }
        if (!schedule.targetMet) {
            out << tr("The target date is missed; about %1 h a week would meet it.")
                       .arg(schedule.weeklyHoursForTarget)
                << '\n';
        }
        for (const QString &warning : schedule.warnings)
            out << tr("Warning: %1").arg(warning) << '\n';
        break;
    }
    }
    out.flush();
}

} // namespace Masar
