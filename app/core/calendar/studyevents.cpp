// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyevents.h"

#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"

#include <QHash>
#include <QRegularExpression>

namespace Masar {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// The nearest ancestor of kind Phase (nullptr: none). Guards against a broken parent chain.
const RoadmapNode *phaseOf(const RoadmapNode &node, const QHash<qint64, const RoadmapNode *> &byId)
{
    qint64 parentId = node.parentId;
    for (int steps = 0; parentId != 0 && steps <= byId.size(); ++steps) {
        const RoadmapNode *parent = byId.value(parentId);
        if (!parent)
            return nullptr;
        if (parent->kind == RoadmapNode::Kind::Phase)
            return parent;
        parentId = parent->parentId;
    }
    return nullptr;
}

QString describe(const RoadmapNode &node, const QHash<qint64, const RoadmapNode *> &byId)
{
    QStringList lines;
    lines.append(StudyEvents::tr("%1: %2", "a label and its value, e.g. Course: Linear Algebra")
                     .arg(RoadmapNode::kindName(node.kind), node.title));
    if (const RoadmapNode *phase = phaseOf(node, byId))
        lines.append(StudyEvents::tr("%1: %2", "a label and its value, e.g. Course: Linear Algebra")
                         .arg(RoadmapNode::kindName(RoadmapNode::Kind::Phase), phase->title));
    if (!node.url.isEmpty())
        lines.append(StudyEvents::tr("Link: %1").arg(node.url));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<StudyEvent> StudyEvents::fromSchedule(const Schedule &schedule,
                                            const QList<RoadmapNode> &nodes,
                                            const Availability &availability, qint64 roadmapId,
                                            const QDate &from, int weeks)
{
    QHash<qint64, const RoadmapNode *> byId;
    byId.reserve(nodes.size());
    for (const RoadmapNode &node : nodes)
        byId.insert(node.id, &node);
    const QDate until = from.isValid() && weeks > 0 ? from.addDays(7 * qint64(weeks)) : QDate();
    const QTime preferred =
        availability.preferredTime.isValid() ? availability.preferredTime : QTime(19, 0);
    const int preferredMinute = preferred.hour() * 60 + preferred.minute();

    QList<StudyEvent> events;
    for (const DayPlan &day : schedule.days) {
        if (from.isValid() && day.date < from)
            continue;
        if (until.isValid() && day.date >= until)
            break; // days are in date order
        int total = 0;
        for (const auto &block : day.minutes)
            total += qMax(0, block.second);
        // The day's study ends by midnight: start earlier rather than spill into the next day.
        int minute = qMax(0, qMin(preferredMinute, kMinutesPerDay - total));
        for (const auto &block : day.minutes) {
            const qint64 nodeId = block.first;
            const int minutes = block.second;
            if (minutes <= 0)
                continue;
            const RoadmapNode *node = byId.value(nodeId);
            const QString title = node ? node->title : QString::number(nodeId);
            StudyEvent event;
            event.uid = uid(roadmapId, nodeId, day.date);
            event.nodeId = nodeId;
            // Only a day planned with more than 24 hours could still reach the next date.
            event.date = day.date.addDays(minute / kMinutesPerDay);
            event.start = QTime(0, 0).addSecs((minute % kMinutesPerDay) * 60);
            event.minutes = minutes;
            event.summary =
                tr("Study: %1 — %2").arg(title, RoadmapTreeModel::formatMinutes(minutes));
            if (node) {
                event.description = describe(*node, byId);
                event.url = node->url;
            }
            events.append(event);
            minute += minutes;
        }
    }
    return events;
}

QList<StudyEvent> StudyEvents::planned(const PlannerDocument &document, int weeks)
{
    return fromSchedule(document.schedule(), document.treeModel()->nodes(), document.availability(),
                        document.currentRoadmap().id, document.today(), weeks);
}

QString StudyEvents::uid(qint64 roadmapId, qint64 nodeId, const QDate &date)
{
    return QStringLiteral("masar-%1-%2-%3@masar.local")
        .arg(roadmapId)
        .arg(nodeId)
        .arg(date.toString(QStringLiteral("yyyyMMdd")));
}

QDate StudyEvents::dateOfUid(const QString &uid)
{
    static const QRegularExpression pattern(
        QStringLiteral("^masar-\\d+-\\d+-(\\d{8})@masar\\.local$"));
    const QRegularExpressionMatch match = pattern.match(uid);
    if (!match.hasMatch())
        return {};
    return QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
}

} // namespace Masar
