// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crashsafety: writes through the storage layer as fast as it can — nodes,
// statuses, study sessions (added and removed), notes (added and edited) and study time — until
// it is killed. Before each write it prints "do SEQ WHAT ARGS…", after the write committed
// "ok SEQ ID". Not a test by itself.
#include "compat.h"
#include "import/builtinroadmaps.h"
#include "model/roadmapnode.h"
#include "storage/database.h"
#include "storage/noderepository.h"
#include "storage/noterepository.h"
#include "storage/planrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Masar;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 1;
    Database db(QString::fromLocal8Bit(argv[1]));
    if (Status opened = db.open(); !opened) {
        say(QStringLiteral("error ") + opened.error());
        return 2;
    }
    qint64 seq = QByteArray(argv[2]).toLongLong();
    QRandomGenerator random(QByteArray(argv[3]).toUInt());

    RoadmapRepository roadmaps(db);
    auto all = roadmaps.all();
    if (!all || all->isEmpty())
        return 3;
    const qint64 roadmapId = all->constFirst().id;
    NodeRepository nodeRepository(db);
    NoteRepository noteRepository(db);
    SessionRepository sessionRepository(db);
    PlanRepository planRepository(db);

    auto nodes = nodeRepository.nodes(roadmapId);
    auto notes = noteRepository.list(roadmapId);
    auto sessions = sessionRepository.sessions(roadmapId);
    if (!nodes || nodes->isEmpty() || !notes || !sessions)
        return 4;
    QList<RoadmapNode> nodeList = nodes.value();
    QList<qint64> nodeIds;
    for (const RoadmapNode &node : nodeList)
        nodeIds.append(node.id);
    QList<qint64> noteIds;
    for (const Note &note : *notes)
        noteIds.append(note.id);
    QList<qint64> sessionIds;
    for (const StudySession &session : *sessions)
        sessionIds.append(session.id);
    say(QStringLiteral("ready"));

    const QDateTime day0 = Compat::utcDateTime(QDate(2026, 1, 5), QTime(17, 0));
    for (;; ++seq) {
        const QString s = QString::number(seq);
        const qint64 anyNode = nodeIds.at(random.bounded(int(nodeIds.size())));
        qint64 id = 0;
        Status written;
        switch (random.bounded(7)) {
        case 0: { // a small subtree: one node with two children, in one transaction
            say(QStringLiteral("do %1 node %2").arg(s).arg(anyNode));
            RoadmapNodeTree tree;
            tree.node.kind = RoadmapNode::Kind::Topic;
            tree.node.title = QStringLiteral("n") + s;
            for (int i = 0; i < 2; ++i) {
                RoadmapNodeTree child;
                child.node.kind = RoadmapNode::Kind::Resource;
                child.node.title = QStringLiteral("n%1-%2").arg(s).arg(i);
                child.node.effortMinutes = 30;
                tree.children.append(child);
            }
            auto inserted = nodeRepository.insert(roadmapId, anyNode, 0, {tree});
            if (inserted) {
                id = inserted->constFirst().node.id;
                nodeIds.append(id);
            } else {
                written = Error{inserted.error()};
            }
            break;
        }
        case 1: { // a status
            auto node = std::find_if(nodeList.begin(), nodeList.end(),
                                     [&](const RoadmapNode &n) { return n.id == anyNode; });
            if (node == nodeList.end())
                continue;
            const auto status = RoadmapNode::Status(random.bounded(4));
            say(QStringLiteral("do %1 status %2 %3")
                    .arg(s)
                    .arg(anyNode)
                    .arg(RoadmapNode::statusKey(status)));
            node->status = status;
            written = nodeRepository.update({*node});
            id = anyNode;
            break;
        }
        case 2: { // a study session
            StudySession session;
            session.nodeId = anyNode;
            session.start = day0.addDays(seq % 3000);
            session.end = session.start.addSecs(60 * (15 + random.bounded(120)));
            session.note = QStringLiteral("s") + s;
            say(QStringLiteral("do %1 session %2").arg(s).arg(anyNode));
            auto added = sessionRepository.add(roadmapId, session);
            if (added) {
                id = added->id;
                sessionIds.append(id);
            } else {
                written = Error{added.error()};
            }
            break;
        }
        case 3: { // removing a session
            if (sessionIds.isEmpty())
                continue;
            id = sessionIds.takeAt(random.bounded(int(sessionIds.size())));
            say(QStringLiteral("do %1 unsession %2").arg(s).arg(id));
            written = sessionRepository.remove(id);
            break;
        }
        case 4: { // a new note
            Note note;
            note.nodeId = random.bounded(2) ? anyNode : 0;
            note.title = QStringLiteral("t") + s;
            note.body = QStringLiteral("# t%1\n\nBody of note %1, written before the kill.").arg(s);
            note.created = note.modified = QDateTime::currentDateTimeUtc();
            say(QStringLiteral("do %1 note").arg(s));
            auto added = noteRepository.add(roadmapId, note);
            if (added) {
                id = added->id;
                noteIds.append(id);
            } else {
                written = Error{added.error()};
            }
            break;
        }
        case 5: { // editing a note
            if (noteIds.isEmpty())
                continue;
            id = noteIds.at(random.bounded(int(noteIds.size())));
            say(QStringLiteral("do %1 edit %2").arg(s).arg(id));
            written = noteRepository.updateBody(id, QStringLiteral("e") + s,
                                                QDateTime::currentDateTimeUtc());
            break;
        }
        default: { // study time
            Availability availability;
            availability.startDate = QDate(2026, 1, 5);
            availability.minutesPerWeekday[0] = 1 + int(seq % 600);
            availability.blocked.append(
                {QDate(2026, 3, 1), QDate(2026, 3, 1).addDays(seq % 20), QStringLiteral("b") + s});
            say(QStringLiteral("do %1 plan").arg(s));
            written = planRepository.saveAvailability(roadmapId, availability);
            break;
        }
        }
        if (!written) {
            say(QStringLiteral("error ") + written.error());
            return 5;
        }
        say(QStringLiteral("ok %1 %2").arg(s).arg(id));
    }
}
