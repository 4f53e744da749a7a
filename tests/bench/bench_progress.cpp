// SPDX-License-Identifier: GPL-3.0-or-later
// Progress on five years of history: 2,000 topics and 20,000 study sessions.
//   statistics – ProgressStatistics::compute over everything (baseline: one pass that only sums
//                the sessions' minutes, the least any statistic has to read)
//   page       – the Progress page computed, built and painted, offscreen
#include "benchutil.h"
#include "charts/progresspage.h"
#include "document/plannerdocument.h"
#include "document/roadmaptreemodel.h"
#include "document/studylog.h"
#include "schedule/progressstatistics.h"
#include "storage/database.h"
#include "storage/roadmaprepository.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Masar;

namespace {

RoadmapDocumentData roadmap(int topics)
{
    RoadmapDocumentData data;
    data.roadmap.titleEn = QStringLiteral("Five years");
    for (int p = 0; p * 50 < topics; ++p) {
        RoadmapNodeTree phase;
        phase.node.kind = RoadmapNode::Kind::Phase;
        phase.node.title = QStringLiteral("Phase %1").arg(p + 1);
        phase.node.area = CompetencyArea(1 + p % 9);
        for (int t = 0; t < 50 && p * 50 + t < topics; ++t) {
            RoadmapNodeTree topic;
            topic.node.title = QStringLiteral("Topic %1").arg(p * 50 + t + 1);
            topic.node.effortMinutes = 300 + (t * 53) % 600;
            topic.node.status = (p * 50 + t) < topics * 6 / 10 ? RoadmapNode::Status::Done
                                                               : RoadmapNode::Status::NotStarted;
            phase.children.append(topic);
        }
        data.nodes.append(phase);
    }
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open() || !RoadmapRepository(db).add(roadmap(2000))) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    // 20,000 sessions over five years, in one transaction.
    {
        QSqlQuery ids(db.connection());
        ids.exec(QStringLiteral("SELECT id FROM node WHERE parent_id IS NOT NULL ORDER BY id"));
        QList<qint64> topics;
        while (ids.next())
            topics.append(ids.value(0).toLongLong());
        db.connection().transaction();
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO study_session (roadmap_id, node_id, start_utc, "
                                      "end_utc, source) VALUES (1, ?, ?, ?, 'timer')"));
        const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-5 * 365);
        for (int i = 0; i < 20000; ++i) {
            const QDateTime start = first.addSecs(qint64(i) * 5 * 365 * 86400 / 20000);
            insert.addBindValue(topics.at(i % topics.size()));
            insert.addBindValue(start.toString(Qt::ISODateWithMs));
            insert.addBindValue(
                start.addSecs(20 * 60 + (i % 7) * 10 * 60).toString(Qt::ISODateWithMs));
            insert.exec();
        }
        db.connection().commit();
    }
    PlannerDocument document(db, nullptr);
    if (!document.openInitialRoadmap()) {
        std::fprintf(stderr, "cannot open the roadmap\n");
        return 1;
    }
    ProgressStatistics::Input input;
    input.nodes = document.treeModel()->nodes();
    input.sessions = document.studyLog()->sessions();
    input.acceptedPlan = document.baseline();
    input.today = QDate::currentDate();
    std::printf("history: %lld topics, %lld sessions\n", qint64(input.nodes.size()),
                qint64(input.sessions.size()));

    qint64 sink = 0;
    const double baseline = Bench::medianMs(21, [&] {
        for (const StudySession &s : input.sessions)
            sink += s.start.secsTo(s.end);
    });
    ProgressStatistics stats;
    const double statistics =
        Bench::medianMs(21, [&] { stats = ProgressStatistics::compute(input); });
    std::printf("progress statistics: %7.2f ms (baseline sum of sessions %5.2f ms, ratio %.1f); "
                "%d study days, forecast %s\n",
                statistics, baseline, statistics / baseline, stats.studyDays,
                qPrintable(stats.forecastFinish.toString(Qt::ISODate)));

    const double page = Bench::medianMs(11, [&] {
        ProgressPage view(&document, nullptr);
        view.resize(1600, 1000);
        view.show(); // builds the charts (the page computes when it is shown)
        view.repaint();
        for (QWidget *chart : view.charts())
            chart->repaint();
    });
    std::printf("progress page shown: %7.2f ms\n", page);
    return sink == 42 ? 1 : 0;
}
