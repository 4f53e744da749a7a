// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmapnode.h"

#include <QCoreApplication>

namespace Masar {

namespace {
struct KindInfo
{
    RoadmapNode::Kind kind;
    const char *key;
    const char *name;
};
constexpr KindInfo kKinds[] = {
    {RoadmapNode::Kind::Phase, "phase", QT_TRANSLATE_NOOP("RoadmapNode", "Phase")},
    {RoadmapNode::Kind::Course, "course", QT_TRANSLATE_NOOP("RoadmapNode", "Course")},
    {RoadmapNode::Kind::Topic, "topic", QT_TRANSLATE_NOOP("RoadmapNode", "Topic")},
    {RoadmapNode::Kind::Resource, "resource", QT_TRANSLATE_NOOP("RoadmapNode", "Resource")},
    {RoadmapNode::Kind::Milestone, "milestone", QT_TRANSLATE_NOOP("RoadmapNode", "Milestone")},
};

struct StatusInfo
{
    RoadmapNode::Status status;
    const char *key;
    const char *name;
};
constexpr StatusInfo kStatuses[] = {
    {RoadmapNode::Status::NotStarted, "not_started",
     QT_TRANSLATE_NOOP("RoadmapNode", "Not started")},
    {RoadmapNode::Status::InProgress, "in_progress",
     QT_TRANSLATE_NOOP("RoadmapNode", "In progress")},
    {RoadmapNode::Status::Done, "done", QT_TRANSLATE_NOOP("RoadmapNode", "Done")},
    {RoadmapNode::Status::Skipped, "skipped", QT_TRANSLATE_NOOP("RoadmapNode", "Skipped")},
};
} // namespace

QString RoadmapNode::kindKey(Kind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<RoadmapNode::Kind> RoadmapNode::kindFromKey(const QString &key)
{
    for (const auto &info : kKinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString RoadmapNode::kindName(Kind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return QCoreApplication::translate("RoadmapNode", info.name);
    }
    return {};
}

QList<RoadmapNode::Kind> RoadmapNode::allKinds()
{
    QList<Kind> result;
    for (const auto &info : kKinds)
        result.append(info.kind);
    return result;
}

QString RoadmapNode::statusKey(Status status)
{
    for (const auto &info : kStatuses) {
        if (info.status == status)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<RoadmapNode::Status> RoadmapNode::statusFromKey(const QString &key)
{
    for (const auto &info : kStatuses) {
        if (key == QLatin1String(info.key))
            return info.status;
    }
    return std::nullopt;
}

QString RoadmapNode::statusName(Status status)
{
    for (const auto &info : kStatuses) {
        if (info.status == status)
            return QCoreApplication::translate("RoadmapNode", info.name);
    }
    return {};
}

QList<RoadmapNode::Status> RoadmapNode::allStatuses()
{
    QList<Status> result;
    for (const auto &info : kStatuses)
        result.append(info.status);
    return result;
}

QString RoadmapNode::effortSourceKey(EffortSource source)
{
    switch (source) {
    case EffortSource::Stated:
        return QStringLiteral("stated");
    case EffortSource::Share:
        return QStringLiteral("share");
    case EffortSource::User:
        return QStringLiteral("user");
    case EffortSource::Default:
        break;
    }
    return QStringLiteral("default");
}

RoadmapNode::EffortSource RoadmapNode::effortSourceFromKey(const QString &key)
{
    if (key == QLatin1String("stated"))
        return EffortSource::Stated;
    if (key == QLatin1String("share"))
        return EffortSource::Share;
    if (key == QLatin1String("user"))
        return EffortSource::User;
    return EffortSource::Default;
}

int RoadmapNode::defaultEffortMinutes(Kind kind)
{
    switch (kind) {
    case Kind::Course:
        return 20 * 60;
    case Kind::Topic:
        return 4 * 60;
    case Kind::Resource:
        return 2 * 60;
    case Kind::Phase:
        return 10 * 60;
    case Kind::Milestone:
        return 0;
    }
    return 0;
}

namespace {

void flattenInto(const QList<RoadmapNodeTree> &trees, qint64 parentId, qint64 &next,
                 QList<RoadmapNode> &out)
{
    int position = 0;
    for (const RoadmapNodeTree &tree : trees) {
        RoadmapNode node = tree.node;
        node.id = ++next;
        node.parentId = parentId;
        node.position = position++;
        out.append(node);
        flattenInto(tree.children, node.id, next, out);
    }
}

} // namespace

QList<RoadmapNode> RoadmapNodeTree::flatten(const QList<RoadmapNodeTree> &trees)
{
    QList<RoadmapNode> nodes;
    qint64 next = 0;
    flattenInto(trees, 0, next, nodes);
    return nodes;
}

} // namespace Masar
