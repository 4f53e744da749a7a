// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapshgraph.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace Masar {

namespace {

struct GraphNode
{
    QString id;
    QString type;
    QString label;
    QRectF rect;
    int index = 0; ///< place in the file: the last tie-breaker
};

double number(const QJsonObject &object, const QString &key)
{
    return object.value(key).toDouble();
}

/// The node's size as React Flow stores it: its own width and height, else the measured or
/// styled ones.
QSizeF sizeOf(const QJsonObject &node)
{
    for (const QString &key : {QString(), QStringLiteral("measured"), QStringLiteral("style")}) {
        const QJsonObject from = key.isEmpty() ? node : node.value(key).toObject();
        const double width = number(from, QStringLiteral("width"));
        const double height = number(from, QStringLiteral("height"));
        if (width > 0 && height > 0)
            return {width, height};
    }
    return {0, 0};
}

bool isStudied(const QString &type)
{
    return type == QLatin1String("topic") || type == QLatin1String("subtopic");
}

/// Drawn order: top to bottom, then leading to trailing, then as written.
bool drawnBefore(const GraphNode &a, const GraphNode &b)
{
    return std::make_tuple(a.rect.y(), a.rect.x(), a.index) <
           std::make_tuple(b.rect.y(), b.rect.x(), b.index);
}

bool isDashed(const QJsonObject &edge)
{
    const QString style =
        edge.value(QStringLiteral("data")).toObject().value(QStringLiteral("edgeStyle")).toString();
    if (!style.isEmpty())
        return style == QLatin1String("dashed");
    // Older graphs only draw the dashes.
    const QString dashes = edge.value(QStringLiteral("style"))
                               .toObject()
                               .value(QStringLiteral("strokeDasharray"))
                               .toString()
                               .trimmed();
    return !dashes.isEmpty() && dashes != QLatin1String("0");
}

} // namespace

Result<RoadmapShGraph::Order> RoadmapShGraph::read(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("%1 is not valid JSON (%2 at character %3).")
                         .arg(fileName, parseError.errorString())
                         .arg(parseError.offset)};
    }
    const QJsonArray nodeArray = document.object().value(QStringLiteral("nodes")).toArray();
    if (!document.isObject() || nodeArray.isEmpty()) {
        return Error{tr("%1 is not a roadmap.sh roadmap: it has no list of nodes.").arg(fileName)};
    }

    Order order;
    QHash<QString, GraphNode> nodes;
    QVector<GraphNode> studied;
    QVector<GraphNode> sections;
    QVector<GraphNode> titles;
    for (qsizetype i = 0; i < nodeArray.size(); ++i) {
        const QJsonObject object = nodeArray.at(i).toObject();
        GraphNode node;
        node.index = int(i);
        node.id = object.value(QStringLiteral("id")).toString();
        node.type = object.value(QStringLiteral("type")).toString();
        node.label = object.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("label"))
                         .toString()
                         .simplified();
        const QJsonObject position = object.value(QStringLiteral("position")).toObject();
        node.rect = QRectF(
            QPointF(number(position, QStringLiteral("x")), number(position, QStringLiteral("y"))),
            sizeOf(object));
        if (node.id.isEmpty())
            continue;
        if (nodes.contains(node.id)) {
            order.notices.append(
                {ImportNotice::Kind::Document, 0, node.id,
                 tr("Two nodes have the id %1; the second is left out.").arg(node.id)});
            continue;
        }
        if (isStudied(node.type) && node.label.isEmpty()) {
            // Whole sentences for each kind: the word order differs between languages.
            const QString message =
                node.type == QLatin1String("topic")
                    ? tr("%1: the topic with the id %2 has no label, so it cannot be named in "
                         "the plan. Nothing was imported.")
                    : tr("%1: the subtopic with the id %2 has no label, so it cannot be named in "
                         "the plan. Nothing was imported.");
            return Error{message.arg(fileName, node.id)};
        }
        nodes.insert(node.id, node);
        if (isStudied(node.type)) {
            studied.append(node);
            order.studyIds.append(node.id);
        } else if (node.type == QLatin1String("section")) {
            sections.append(node);
        } else if (node.type == QLatin1String("title") && !node.label.isEmpty()) {
            titles.append(node);
        }
    }
    std::sort(titles.begin(), titles.end(), drawnBefore);
    if (!titles.isEmpty())
        order.title = titles.constFirst().label;
    if (studied.isEmpty())
        return Error{tr("%1 has no topics to study.").arg(fileName)};

    // Edges: solid ones between topics give the order; any edge joins a subtopic (or a section
    // box) to its topic.
    QHash<QString, QStringList> after; // topic → topics that follow it
    QHash<QString, int> before;        // topic → how many topics lead to it
    QHash<QString, QString> topicOf;   // subtopic or section → its topic
    const QJsonArray edges = document.object().value(QStringLiteral("edges")).toArray();
    QSet<QPair<QString, QString>> seen;
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        const QString source = edge.value(QStringLiteral("source")).toString();
        const QString target = edge.value(QStringLiteral("target")).toString();
        const bool sourceKnown = nodes.contains(source);
        if (!sourceKnown || !nodes.contains(target)) {
            order.notices.append(
                {ImportNotice::Kind::Document, 0, sourceKnown ? target : source,
                 tr("An edge leads from %1 to %2, but there is no node %3; the edge is left out.")
                     .arg(source, target, sourceKnown ? target : source)});
            continue;
        }
        const GraphNode &from = nodes[source];
        const GraphNode &to = nodes[target];
        const bool fromTopic = from.type == QLatin1String("topic");
        const bool toTopic = to.type == QLatin1String("topic");
        if (fromTopic && toTopic) {
            if (isDashed(edge) || source == target || seen.contains({source, target}))
                continue;
            seen.insert({source, target});
            after[source].append(target);
            ++before[target];
        } else if (fromTopic != toTopic) {
            const GraphNode &other = fromTopic ? to : from;
            if (other.type == QLatin1String("subtopic") || other.type == QLatin1String("section"))
                topicOf.insert(other.id, fromTopic ? source : target); // the first edge holds
        }
    }
    // Subtopics without an edge of their own: the topic of the section box they lie in, else a
    // topic in the same box.
    std::sort(sections.begin(), sections.end(), drawnBefore);
    auto inside = [](const GraphNode &node, const GraphNode &section) {
        return section.rect.contains(node.rect.center());
    };
    for (const GraphNode &node : std::as_const(studied)) {
        if (node.type != QLatin1String("subtopic") || topicOf.contains(node.id))
            continue;
        for (const GraphNode &section : std::as_const(sections)) {
            if (!inside(node, section))
                continue;
            QString topic = topicOf.value(section.id);
            for (const GraphNode &other : std::as_const(studied)) {
                if (topic.isEmpty() && other.type == QLatin1String("topic") &&
                    inside(other, section))
                    topic = other.id;
            }
            if (!topic.isEmpty()) {
                topicOf.insert(node.id, topic);
                break;
            }
        }
    }

    // Kahn's order over the topics and the subtopics on their own, the next always the one drawn
    // first among those whose predecessors are placed.
    auto key = [](const GraphNode &node) {
        return std::make_tuple(node.rect.y(), node.rect.x(), node.index);
    };
    std::set<std::tuple<double, double, int>> ready;
    QHash<int, QString> byIndex;
    for (const GraphNode &node : std::as_const(studied)) {
        if (node.type == QLatin1String("subtopic") && topicOf.contains(node.id))
            continue;
        byIndex.insert(node.index, node.id);
        if (before.value(node.id) == 0)
            ready.insert(key(node));
    }
    QHash<QString, int> place;
    while (!ready.empty()) {
        const QString id = byIndex.value(std::get<2>(*ready.begin()));
        ready.erase(ready.begin());
        const GraphNode &node = nodes[id];
        place.insert(id, int(order.items.size()));
        order.items.append({id, node.label, node.type == QLatin1String("subtopic"), {}});
        for (const QString &next : after.value(id)) {
            if (--before[next] == 0)
                ready.insert(key(nodes[next]));
        }
    }
    if (place.size() < byIndex.size()) {
        // Walk back along unplaced predecessors until a topic repeats: that is the circle.
        QHash<QString, QString> predecessor;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            for (const QString &next : it.value()) {
                if (!place.contains(it.key()) && !place.contains(next))
                    predecessor.insert(next, it.key());
            }
        }
        QString at = predecessor.cbegin().key();
        QStringList path;
        QSet<QString> visited;
        while (!visited.contains(at)) {
            visited.insert(at);
            path.prepend(at);
            at = predecessor.value(at);
        }
        QStringList circle;
        for (const QString &id : std::as_const(path)) {
            circle.append(nodes[id].label);
            if (id == at)
                break;
        }
        circle.append(circle.constFirst());
        return Error{tr("%1: the solid edges go round in a circle (%2), so the topics have no "
                        "order. Nothing was imported.")
                         .arg(fileName, circle.join(QStringLiteral(" → ")))};
    }

    // Subtopics under their topics, as drawn.
    QVector<GraphNode> hanging;
    for (const GraphNode &node : std::as_const(studied)) {
        if (node.type == QLatin1String("subtopic") && topicOf.contains(node.id))
            hanging.append(node);
    }
    std::sort(hanging.begin(), hanging.end(), drawnBefore);
    for (const GraphNode &node : std::as_const(hanging)) {
        const QString topic = topicOf.value(node.id);
        order.items[place.value(topic)].children.append({node.id, node.label});
    }
    return order;
}

} // namespace Masar
