// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of syncing every commit (PRAGMA synchronous=FULL, which the database uses) against
// syncing only at checkpoints (NORMAL), on the same write burst through the document: status
// changes, pins and undo, note saves and study sessions, each its own commit. The file is put
// beside the program (the build folder: a real disk, not a RAM-backed /tmp).
#include "benchutil.h"
#include "document/notebook.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace Masar;

namespace {

constexpr int kCommits = 200;

/// Milliseconds a commit, the median over the burst's `kCommits` commits, and the whole burst.
struct Figures
{
    double perCommit = 0;
    double burst = 0;
};

Figures burst(const QString &folder, const char *synchronous)
{
    const QString path =
        folder + QStringLiteral("/burst-%1.sqlite").arg(QLatin1String(synchronous));
    Database db(path);
    if (!db.open())
        return {};
    PlannerDocument doc(db, nullptr);
    if (!doc.openInitialRoadmap())
        return {};
    QSqlQuery pragma(db.connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous=%1").arg(QLatin1String(synchronous)));
    QList<qint64> leaves;
    for (const RoadmapNode &n : doc.treeModel()->nodes()) {
        if (doc.treeModel()->childCount(n.id) == 0)
            leaves.append(n.id);
    }
    const qint64 note = doc.noteBook()->create(leaves.first(), QStringLiteral("Burst"));
    std::vector<double> times;
    QElapsedTimer whole;
    whole.start();
    for (int i = 0; i < kCommits; ++i) {
        const qint64 leaf = leaves.at(i % leaves.size());
        QElapsedTimer one;
        one.start();
        switch (i % 4) {
        case 0:
            doc.setStatus({leaf},
                          i % 8 ? RoadmapNode::Status::Done : RoadmapNode::Status::InProgress);
            break;
        case 1:
            doc.undoStack()->undo();
            break;
        case 2:
            (void)doc.noteBook()->saveBody(note, QStringLiteral("Typed text, save %1").arg(i));
            break;
        case 3: {
            StudySession session;
            session.nodeId = leaf;
            session.end = QDateTime::currentDateTime().addSecs(-3600 * i);
            session.start = session.end.addSecs(-1500);
            doc.studyLog()->add(session);
            break;
        }
        }
        times.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    return {Bench::median(times), double(whole.nsecsElapsed()) / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QCoreApplication::applicationDirPath() +
                      QStringLiteral("/durability-XXXXXX"));
    QTextStream out(stdout);
    if (!dir.isValid()) {
        out << "cannot make a folder beside the program" << Qt::endl;
        return 1;
    }
    burst(dir.path(), "FULL"); // warm-up: the roadmap files and the code are read once
    const Figures normal = burst(dir.path(), "NORMAL");
    const Figures full = burst(dir.path(), "FULL");
    if (normal.burst <= 0 || full.burst <= 0) {
        out << "the burst could not be written" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("write burst of %1 commits through the document (status, undo, note "
                          "save, session):")
               .arg(kCommits)
        << Qt::endl;
    out << QStringLiteral("  NORMAL (sync at checkpoints): %1 ms a commit (median), %2 ms in all")
               .arg(normal.perCommit, 0, 'f', 2)
               .arg(normal.burst, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  FULL (sync every commit):     %1 ms a commit (median), %2 ms in all")
               .arg(full.perCommit, 0, 'f', 2)
               .arg(full.burst, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  FULL / NORMAL: %1x a commit, %2x the burst")
               .arg(full.perCommit / normal.perCommit, 0, 'f', 2)
               .arg(full.burst / normal.burst, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
