// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannerdocument.h"

#include "addnodescommand.h"
#include "editnodescommand.h"
#include "import/builtinroadmaps.h"
#include "importroadmapcommand.h"
#include "liveplan.h"
#include "movenodescommand.h"
#include "notebook.h"
#include "removenodescommand.h"
#include "roadmaptreemodel.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaparchive.h"
#include "storage/roadmaprepository.h"
#include "studylog.h"

#include <QUrl>

#include <algorithm>

namespace Masar {

namespace {
const QString kCurrentRoadmapKey = QStringLiteral("current_roadmap");
}

PlannerDocument::PlannerDocument(Database &database, QObject *parent)
    : QObject(parent), m_database(database),
      m_roadmaps(std::make_unique<RoadmapRepository>(database)),
      m_nodes(std::make_unique<NodeRepository>(database)),
      m_plans(std::make_unique<PlanRepository>(database)), m_undoStack(new QUndoStack(this)),
      m_treeModel(new RoadmapTreeModel(this)), m_studyLog(new StudyLog(database, this)),
      m_noteBook(new NoteBook(database, this)), m_plan(std::make_unique<LivePlan>(m_treeModel)),
      m_planning(new QTimer(this))
{
    m_planning->setSingleShot(true);
    m_planning->setInterval(0);
    connect(m_planning, &QTimer::timeout, this, &PlannerDocument::continuePlanning);
    // Each command keeps what it changed; a day-long session must not grow without bound.
    m_undoStack->setUndoLimit(kUndoLimit);
    connect(m_studyLog, &StudyLog::sessionsChanged, this, &PlannerDocument::replan);
    m_treeModel->setEditHandler([this](qint64 id, int column, const QVariant &value) {
        if (column != RoadmapTreeModel::TitleColumn)
            return false;
        return setNodeField({id}, Field::Title, value);
    });
    m_treeModel->setMoveHandler([this](const QList<qint64> &ids, qint64 parentId, int row) {
        moveNodes(ids, parentId, row);
    });
}

PlannerDocument::~PlannerDocument() = default;

void PlannerDocument::report(const Status &status)
{
    if (status.ok())
        return;
    m_lastError = status.error();
    emit errorOccurred(status.error());
}

void PlannerDocument::retranslateHistory()
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // The stack hands its commands out as const; their words are not part of their state.
        auto *command = const_cast<QUndoCommand *>(m_undoStack->command(i));
        if (auto *worded = dynamic_cast<WordedCommand *>(command))
            worded->retranslate();
    }
}

bool PlannerDocument::pushCommand(QUndoCommand *command)
{
    m_lastError.clear();
    m_undoStack->push(command); // runs redo(); a refused change deletes the command
    return m_lastError.isEmpty();
}

// ---- Roadmaps --------------------------------------------------------------------------------

QList<Roadmap> PlannerDocument::roadmaps() const
{
    auto all = m_roadmaps->all();
    return all.ok() ? all.value() : QList<Roadmap>();
}

Result<QList<Roadmap>> PlannerDocument::storedRoadmaps() const
{
    return m_roadmaps->all();
}

Status PlannerDocument::openInitialRoadmap()
{
    auto all = m_roadmaps->all();
    if (!all)
        return Error{all.error()};
    if (all.value().isEmpty()) {
        auto added = addBuiltinRoadmap(BuiltinRoadmaps::defaultId());
        return added.ok() ? Status() : Status(Error{added.error()});
    }
    qint64 id = m_database.setting(kCurrentRoadmapKey).toLongLong();
    const bool known = std::any_of(all.value().cbegin(), all.value().cend(),
                                   [id](const Roadmap &r) { return r.id == id; });
    if (!known)
        id = all.value().constFirst().id;
    return openRoadmap(id);
}

Status PlannerDocument::openRoadmap(qint64 id, bool keepHistory)
{
    auto roadmap = m_roadmaps->find(id);
    if (!roadmap)
        return Error{roadmap.error()};
    auto nodes = m_nodes->nodes(id);
    if (!nodes)
        return Error{nodes.error()};
    auto availability = m_plans->availability(id, today());
    if (!availability)
        return Error{availability.error()};
    auto baseline = m_plans->baseline(id);
    if (!baseline)
        return Error{baseline.error()};
    auto prerequisites = m_nodes->prerequisites(id);
    if (!prerequisites)
        return Error{prerequisites.error()};
    auto sessions = m_studyLog->read(id);
    if (!sessions)
        return Error{sessions.error()};
    auto notes = m_noteBook->read(id);
    if (!notes)
        return Error{notes.error()};
    // Everything was read: only now is the open roadmap replaced, all of it at once.
    if (!keepHistory)
        m_undoStack->clear(); // commands refer to the roadmap that was open
    m_current = roadmap.value();
    m_availability = availability.value();
    setBaseline(baseline.value());
    m_prerequisites = prerequisites.value();
    m_treeModel->reset(nodes.value());
    m_studyLog->adopt(std::move(sessions.value()));
    m_noteBook->adopt(id, std::move(notes.value()));
    replan();
    if (m_baseline.isEmpty() && scheduleError().isEmpty()) {
        if (Status accepted = acceptPlan(); !accepted)
            return accepted;
    }
    if (m_database.setting(kCurrentRoadmapKey) != QString::number(id)) {
        if (Status saved = m_database.setSetting(kCurrentRoadmapKey, QString::number(id)); !saved)
            return saved;
    }
    emit currentRoadmapChanged();
    return {};
}

Result<qint64> PlannerDocument::addBuiltinRoadmap(const QString &builtinId)
{
    auto data = BuiltinRoadmaps::load(builtinId);
    if (!data)
        return Error{data.error()};
    auto id = m_roadmaps->add(data.value());
    if (!id)
        return id;
    emit roadmapsChanged();
    if (Status opened = openRoadmap(id.value()); !opened)
        return Error{opened.error()};
    return id;
}

bool PlannerDocument::importRoadmap(const RoadmapDocumentData &data, qint64 storedId)
{
    const QString title =
        data.roadmap.titleEn.isEmpty() ? data.roadmap.titleAr : data.roadmap.titleEn;
    return pushCommand(new ImportRoadmapCommand(this, data, storedId, m_current.id,
                                                [title] { return tr("Import “%1”").arg(title); }));
}

Result<RoadmapDocumentData> PlannerDocument::exportCurrentRoadmap() const
{
    if (!hasRoadmap())
        return Error{tr("No roadmap is open.")};
    return RoadmapArchive(m_database).read(m_current.id);
}

void PlannerDocument::setDisplayLanguage(const QString &language)
{
    m_treeModel->setDisplayLanguage(language);
}

// ---- Edits -----------------------------------------------------------------------------------

bool PlannerDocument::applyField(RoadmapNode &node, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Title: {
        const QString title = value.toString().trimmed();
        if (title.isEmpty())
            return false;
        node.title = title;
        return true;
    }
    case Field::TitleAr:
        node.titleAr = value.toString().trimmed();
        return true;
    case Field::Kind:
        node.kind = RoadmapNode::Kind(value.toInt());
        return true;
    case Field::Url: {
        const QString url = value.toString().trimmed();
        if (!url.isEmpty()) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") &&
                                      parsed.scheme() != QLatin1String("https")))
                return false;
        }
        node.url = url;
        return true;
    }
    case Field::Language:
        node.language =
            value.toString() == QLatin1String("ar") ? QStringLiteral("ar") : QStringLiteral("en");
        return true;
    case Field::Area:
        node.area = CompetencyArea(value.toInt());
        return true;
    case Field::Effort: {
        const int minutes = value.toInt();
        if (minutes < 0 || minutes > 100000 * 60)
            return false;
        node.effortMinutes = minutes;
        node.effortLowMinutes = 0;
        node.effortHighMinutes = 0;
        node.effortSource = RoadmapNode::EffortSource::User;
        return true;
    }
    case Field::DurationText:
        node.durationText = value.toString();
        return true;
    case Field::Optional:
        node.optional = value.toBool();
        return true;
    case Field::Status:
        node.status = RoadmapNode::Status(value.toInt());
        return true;
    case Field::PinnedStart:
        node.pinnedStart = value.toDate();
        return value.isNull() || node.pinnedStart.isValid();
    }
    return false;
}

bool PlannerDocument::setNodeField(const QList<qint64> &ids, Field field, const QVariant &value)
{
    QList<RoadmapNode> before;
    QList<RoadmapNode> after;
    for (qint64 id : ids) {
        const RoadmapNode *node = m_treeModel->node(id);
        if (!node)
            continue;
        RoadmapNode changed = *node;
        if (!applyField(changed, field, value)) {
            report(Error{tr("The value \"%1\" is not valid here.").arg(value.toString())});
            return false;
        }
        if (changed == *node)
            continue;
        before.append(*node);
        after.append(changed);
    }
    if (after.isEmpty())
        return true;
    const int count = int(after.size());
    const bool pinned = value.toDate().isValid();
    Wording wording = [field, count, pinned] {
        switch (field) {
        case Field::Title:
        case Field::TitleAr:
            return tr("Rename");
        case Field::Status:
            return tr("Change status of %Ln item(s)", nullptr, count);
        case Field::Effort:
            return tr("Change effort");
        case Field::PinnedStart:
            return pinned ? tr("Pin start") : tr("Unpin start");
        default:
            return tr("Edit %Ln item(s)", nullptr, count);
        }
    };
    return pushCommand(new EditNodesCommand(this, before, after, std::move(wording)));
}

bool PlannerDocument::setStatus(const QList<qint64> &ids, RoadmapNode::Status status)
{
    return setNodeField(ids, Field::Status, int(status));
}

qint64 PlannerDocument::addNode(qint64 parentId, int row, RoadmapNode::Kind kind,
                                const QString &title)
{
    if (!hasRoadmap() || (parentId != 0 && !m_treeModel->node(parentId)))
        return 0;
    RoadmapNodeTree tree;
    tree.node.kind = kind;
    tree.node.title = title;
    tree.node.effortMinutes = RoadmapNode::defaultEffortMinutes(kind);
    if (const RoadmapNode *parent = m_treeModel->node(parentId)) {
        tree.node.area = parent->area;
        tree.node.language = parent->language;
    }
    auto *command = new AddNodesCommand(this, parentId, row, {tree},
                                        [title] { return tr("Add \"%1\"").arg(title); });
    if (!pushCommand(command))
        return 0;
    const QList<qint64> ids = command->insertedIds();
    return ids.isEmpty() ? 0 : ids.constFirst();
}

QList<qint64> PlannerDocument::topmost(const QList<qint64> &ids) const
{
    QList<qint64> result;
    for (qint64 id : ids) {
        if (!m_treeModel->node(id) || result.contains(id))
            continue;
        const bool covered = std::any_of(ids.cbegin(), ids.cend(), [&](qint64 other) {
            return other != id && m_treeModel->isAncestor(other, id);
        });
        if (!covered)
            result.append(id);
    }
    // Tree order: the order in which the nodes appear in the model.
    QHash<qint64, int> depthFirst;
    int counter = 0;
    for (const RoadmapTreeModel::OutlineEntry &entry : m_treeModel->outline())
        depthFirst.insert(entry.id, counter++);
    std::sort(result.begin(), result.end(),
              [&](qint64 a, qint64 b) { return depthFirst.value(a) < depthFirst.value(b); });
    return result;
}

bool PlannerDocument::removeNodes(const QList<qint64> &ids)
{
    const QList<qint64> top = topmost(ids);
    if (top.isEmpty())
        return false;
    const QString first = m_treeModel->node(top.constFirst())->title;
    const int count = int(top.size());
    return pushCommand(new RemoveNodesCommand(this, top, [first, count] {
        return count == 1 ? tr("Remove \"%1\"").arg(first)
                          : tr("Remove %Ln item(s)", nullptr, count);
    }));
}

bool PlannerDocument::moveNodes(const QList<qint64> &ids, qint64 parentId, int row)
{
    const QList<qint64> moving = topmost(ids);
    if (moving.isEmpty() || (parentId != 0 && !m_treeModel->node(parentId)))
        return false;
    for (qint64 id : moving) {
        if (id == parentId || m_treeModel->isAncestor(id, parentId)) {
            report(Error{tr("An item cannot be moved into itself.")});
            return false;
        }
    }
    // Children orders before the move, of the target and of every source parent.
    QList<qint64> parents{parentId};
    for (qint64 id : moving) {
        const qint64 p = m_treeModel->node(id)->parentId;
        if (!parents.contains(p))
            parents.append(p);
    }
    QList<ChildOrder> before;
    for (qint64 p : parents)
        before.append({p, m_treeModel->childIds(p)});

    QList<ChildOrder> after = before;
    const QList<qint64> &target = before.constFirst().children;
    // Anchor: the first child at or after `row` that is not itself moving.
    qint64 anchor = 0;
    for (int i = std::max(0, row); i < target.size(); ++i) {
        if (!moving.contains(target.at(i))) {
            anchor = target.at(i);
            break;
        }
    }
    for (ChildOrder &order : after) {
        order.children.erase(std::remove_if(order.children.begin(), order.children.end(),
                                            [&](qint64 id) { return moving.contains(id); }),
                             order.children.end());
    }
    QList<qint64> &result = after.first().children;
    int insertAt = anchor ? int(result.indexOf(anchor)) : int(result.size());
    for (qint64 id : moving)
        result.insert(insertAt++, id);
    if (after == before)
        return true;
    const QString first = m_treeModel->node(moving.constFirst())->title;
    const int count = int(moving.size());
    return pushCommand(new MoveNodesCommand(this, before, after, [first, count] {
        return count == 1 ? tr("Move \"%1\"").arg(first) : tr("Move %Ln item(s)", nullptr, count);
    }));
}

bool PlannerDocument::moveUp(qint64 id)
{
    const RoadmapNode *node = m_treeModel->node(id);
    if (!node || node->position == 0)
        return false;
    return moveNodes({id}, node->parentId, node->position - 1);
}

bool PlannerDocument::moveDown(qint64 id)
{
    const RoadmapNode *node = m_treeModel->node(id);
    if (!node || node->position + 1 >= m_treeModel->childIds(node->parentId).size())
        return false;
    return moveNodes({id}, node->parentId, node->position + 2);
}

bool PlannerDocument::indent(qint64 id)
{
    const RoadmapNode *node = m_treeModel->node(id);
    if (!node || node->position == 0)
        return false;
    const qint64 newParent = m_treeModel->childIds(node->parentId).at(node->position - 1);
    return moveNodes({id}, newParent, int(m_treeModel->childIds(newParent).size()));
}

bool PlannerDocument::outdent(qint64 id)
{
    const RoadmapNode *node = m_treeModel->node(id);
    if (!node || node->parentId == 0)
        return false;
    const RoadmapNode *parent = m_treeModel->node(node->parentId);
    return moveNodes({id}, parent->parentId, parent->position + 1);
}

} // namespace Masar
