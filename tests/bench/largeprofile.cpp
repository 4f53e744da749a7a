// SPDX-License-Identifier: GPL-3.0-or-later
#include "largeprofile.h"
#include "compat.h"

#include "model/roadmap.h"
#include "storage/database.h"
#include "storage/roadmaparchive.h"

#include <algorithm>
#include <cstdio>

namespace Masar::LargeProfile {

namespace {
constexpr int kPerPhase = 50;
const QDate kStart(2021, 11, 1); // five years before the benchmarks' today
} // namespace

Counts counts(int scale)
{
    return {2000 * scale, 20000 * scale, 500 * scale};
}

bool write(const QString &path, int scale)
{
    const Counts n = counts(scale);
    RoadmapDocumentData data;
    data.roadmap.titleEn = QStringLiteral("Five years of AI/ML engineering");
    data.roadmap.titleAr = QStringLiteral("خمس سنوات في هندسة الذكاء الاصطناعي");
    data.roadmap.hoursPerWeek = 11;
    // Depth-first places (1-based, phases included) of the topics, for sessions and notes.
    QList<int> topicPlaces;
    int place = 0;
    for (int p = 0; p * kPerPhase < n.topics; ++p) {
        RoadmapNodeTree phase;
        phase.node.kind = RoadmapNode::Kind::Phase;
        phase.node.title = QStringLiteral("Phase %1").arg(p + 1);
        phase.node.area = CompetencyArea(1 + p % 9);
        ++place;
        for (int t = 0; t < kPerPhase && p * kPerPhase + t < n.topics; ++t) {
            const int index = p * kPerPhase + t;
            RoadmapNodeTree topic;
            topic.node.kind = t % 10 == 0 ? RoadmapNode::Kind::Course : RoadmapNode::Kind::Topic;
            topic.node.title = QStringLiteral("Topic %1 of phase %2").arg(t + 1).arg(p + 1);
            topic.node.area = phase.node.area;
            // Scaled up, each topic is shorter: the calendar keeps the length of the 1x plan.
            topic.node.effortMinutes = std::max(5, (300 + (t * 53) % 600) / scale);
            topic.node.effortSource = RoadmapNode::EffortSource::Stated;
            topic.node.status = index < n.topics * 6 / 10 ? RoadmapNode::Status::Done
                                                          : RoadmapNode::Status::NotStarted;
            phase.children.append(topic);
            topicPlaces.append(++place);
        }
        data.nodes.append(phase);
    }
    // The sessions walk through the finished topics over five years, evening after evening.
    const int done = n.topics * 6 / 10;
    const int days = int(kStart.daysTo(kStart.addYears(5)));
    for (int i = 0; i < n.sessions; ++i) {
        StudySession session;
        session.nodeId = topicPlaces.at(int(qint64(i) * done / n.sessions));
        const QDate day = kStart.addDays(qint64(i) * days / n.sessions);
        session.start = Compat::utcDateTime(day, QTime(18 + i % 3, (i * 7) % 60));
        session.end = session.start.addSecs(60 * (20 + (i * 13) % 70));
        session.source = i % 4 == 0 ? StudySession::Source::Timer : StudySession::Source::Manual;
        data.sessions.append(session);
    }
    for (int i = 0; i < n.notes; ++i) {
        Note note;
        note.nodeId = i % 2 == 0 ? topicPlaces.at((i * 7) % n.topics) : 0;
        note.title = QStringLiteral("Note %1: gradient descent and friends").arg(i + 1);
        QString body = QStringLiteral("# %1\n\n").arg(note.title);
        for (int k = 0; k < 12; ++k) {
            body += QStringLiteral("- Learning rate %1 with momentum; the loss falls, then "
                                   "plateaus. See *chapter %2*.\n")
                        .arg(0.001 * (k + 1))
                        .arg(k + 1);
        }
        body += QStringLiteral("\n```python\nfor epoch in range(%1):\n    train(model)\n```\n")
                    .arg(i % 50 + 1);
        note.body = body;
        note.created = Compat::utcDateTime(kStart.addDays(i * 3), QTime(20, 0));
        note.modified = note.created.addDays(1);
        data.notes.append(note);
    }
    Availability availability;
    availability.startDate = kStart;
    availability.minutesPerWeekday = {60, 60, 60, 60, 60, 180, 180};
    data.availability = availability;

    Database db(path);
    if (Status opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return false;
    }
    // The only roadmap in the file: the window opens it without being told.
    auto stored = RoadmapArchive(db).store(data);
    if (!stored)
        std::fprintf(stderr, "%s\n", qPrintable(stored.error()));
    return stored.ok();
}

} // namespace Masar::LargeProfile
