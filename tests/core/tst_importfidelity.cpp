// SPDX-License-Identifier: GPL-3.0-or-later
// Kinds of import failure seen on public roadmaps, each on a small document of the same structure
// (tests/data/fidelity/): sections about people or the document, a parent's stated duration,
// links that are not courses, and lecture lists under courses.
#include "import/effortdistribution.h"
#include "import/markdownimporter.h"
#include "importednodes.h"
#include "model/roadmapnode.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Masar;

using ImportedNodes::find;
using ImportedNodes::titles;

namespace {

ImportResult importData(const QString &name)
{
    const QString path = QStringLiteral(MASAR_SOURCE_DIR "/tests/data/fidelity/") + name;
    auto result = MarkdownImporter::importFile(path);
    if (!result)
        qWarning("%s", qPrintable(result.error()));
    return result ? result.value() : ImportResult{};
}

/// Planned minutes of the included, non-optional leaves under `node` (itself when a leaf).
qint64 plannedMinutes(const ImportedNode &node)
{
    if (node.children.isEmpty())
        return node.node.optional ? 0 : node.node.effortMinutes;
    qint64 total = 0;
    for (const ImportedNode &child : node.children) {
        if (child.included && !child.node.optional)
            total += plannedMinutes(child);
    }
    return total;
}

/// The lines of the sections left out, with their reasons.
QHash<int, QString> leftOutSections(const ImportResult &result)
{
    QHash<int, QString> sections;
    for (const ImportNotice &notice : result.notices) {
        if (notice.kind == ImportNotice::Kind::Section)
            sections.insert(notice.line, notice.reason);
    }
    return sections;
}

int lineOf(const QString &name, const QString &heading)
{
    QFile file(QStringLiteral(MASAR_SOURCE_DIR "/tests/data/fidelity/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    return int(lines.indexOf(heading)) + 1;
}

} // namespace

class TestImportFidelity : public QObject
{
    Q_OBJECT

private slots:
    /// Team, contributors, code of conduct, a closing "Congratulations", how to show progress,
    /// and prerequisites that only name the document's own sections are not studied.
    void leavesOutSectionsAboutPeopleAndTheDocument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("leftOut");
        QTest::newRow("en") << QStringLiteral("people-sections.md")
                            << QStringList{QStringLiteral("Electronics Basics"),
                                           QStringLiteral("Microcontrollers"),
                                           QStringLiteral("Sensors and Actuators"),
                                           QStringLiteral("Final Project")}
                            << QStringList{QStringLiteral("## Prerequisites"),
                                           QStringLiteral("## How to show your progress"),
                                           QStringLiteral("## Congratulations"),
                                           QStringLiteral("## Team"),
                                           QStringLiteral("## Contributors"),
                                           QStringLiteral("## Code of Conduct")};
        QTest::newRow("ar") << QStringLiteral("people-sections-ar.md")
                            << QStringList{QStringLiteral("أساسيات الإلكترونيات")}
                            << QStringList{
                                   QStringLiteral("## الفريق"), QStringLiteral("## المساهمون"),
                                   QStringLiteral("## مدونة السلوك"), QStringLiteral("## تهانينا")};
    }

    void leavesOutSectionsAboutPeopleAndTheDocument()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, leftOut);
        const ImportResult result = importData(file);
        QCOMPARE(titles(result.nodes), kept);
        const QHash<int, QString> sections = leftOutSections(result);
        for (const QString &heading : std::as_const(leftOut)) {
            const int line = lineOf(file, heading);
            QVERIFY2(line > 0, qPrintable(heading));
            QVERIFY2(sections.contains(line), qPrintable(heading));
            QVERIFY(!sections.value(line).isEmpty());
        }
        // Each can be brought back from the preview.
        MarkdownImporter::Options options;
        options.includeSections.insert(lineOf(file, leftOut.constLast()));
        auto again = MarkdownImporter::importFile(
            QStringLiteral(MASAR_SOURCE_DIR "/tests/data/fidelity/") + file, options);
        QVERIFY(again);
        QCOMPARE(again->nodes.size(), kept.size() + 1);
    }

    /// "Time: 1 day" over four topics and two articles: the day is shared among them.
    void parentDurationIsSharedByItsParts()
    {
        const ImportResult result = importData(QStringLiteral("stated-parent.md"));
        for (const QString &task : {QStringLiteral("Task 1: Read a temperature sensor"),
                                    QStringLiteral("Task 2: Publish the readings")}) {
            const ImportedNode *node = find(result.nodes, task);
            QVERIFY2(node, qPrintable(task));
            QVERIFY(node->stated);
            QCOMPARE(plannedMinutes(*node), qint64(node->statedMinutes));
            for (const ImportedNode &child : node->children)
                QCOMPARE(child.node.effortSource, RoadmapNode::EffortSource::Share);
        }
        const ImportedNode *day =
            find(result.nodes, QStringLiteral("Task 1: Read a temperature sensor"));
        QCOMPARE(day->children.size(), 6);
        QCOMPARE(day->statedMinutes, 86); // 1 day at 10 h a week
    }

    /// A link is a course only when its words, its host or a stated duration say so.
    void linksAreCoursesOnlyWhenTheySaySo()
    {
        const ImportResult result = importData(QStringLiteral("link-kinds.md"));
        const auto check = [&result](const QString &title, RoadmapNode::Kind kind) {
            const ImportedNode *node = find(result.nodes, title);
            if (!node)
                return QStringLiteral("no node “%1”").arg(title);
            if (node->node.kind != kind)
                return QStringLiteral("“%1” is a %2")
                    .arg(title, RoadmapNode::kindName(node->node.kind));
            return QString();
        };
        using Kind = RoadmapNode::Kind;
        const QList<std::pair<QString, Kind>> expected{
            {QStringLiteral("What yeast does"), Kind::Resource},
            {QStringLiteral("Fermentation in five minutes"), Kind::Resource},
            {QStringLiteral("Yeast library reference"), Kind::Resource},
            {QStringLiteral("Fermentation Science"), Kind::Course},
            {QStringLiteral("Water profiles explained"), Kind::Resource},
            {QStringLiteral("Brewing water course"), Kind::Course},
            {QStringLiteral("Mineral additions"), Kind::Course},
            {QStringLiteral("Mash pH walkthrough"), Kind::Course},
        };
        for (const auto &[title, kind] : expected) {
            const QString problem = check(title, kind);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Under a stated section every link takes a share; elsewhere an article takes the small
        // default of a resource, not a course's.
        const ImportedNode *stated = find(result.nodes, QStringLiteral("Fermentation"));
        QCOMPARE(plannedMinutes(*stated), qint64(stated->statedMinutes));
        const ImportedNode *article =
            find(result.nodes, QStringLiteral("Water profiles explained"));
        QCOMPARE(article->node.effortSource, RoadmapNode::EffortSource::Default);
        QCOMPARE(article->node.effortMinutes,
                 RoadmapNode::defaultEffortMinutes(RoadmapNode::Kind::Resource));
        const ImportedNode *water = find(result.nodes, QStringLiteral("Water Chemistry"));
        QCOMPARE(plannedMinutes(*water), qint64(120 + 1200 + 1200 + 360));
    }

    /// Lecture titles under a course are its parts: they share the course's effort.
    void lecturesShareTheirCoursesEffort()
    {
        const ImportResult result = importData(QStringLiteral("course-list.md"));
        const ImportedNode *list = find(result.nodes, QStringLiteral("Video courses"));
        QVERIFY(list);
        QCOMPARE(list->children.size(), 3);
        const int course = RoadmapNode::defaultEffortMinutes(RoadmapNode::Kind::Course);
        const QList<std::pair<QString, int>> expected{
            {QStringLiteral("Wheel Throwing Basics"), course},
            {QStringLiteral("Glazes and Firing"), course},
            {QStringLiteral("Hand Building"), 12 * 60},
        };
        for (const auto &[title, minutes] : expected) {
            const ImportedNode *node = find(result.nodes, title);
            QVERIFY2(node, qPrintable(title));
            QCOMPARE(node->node.kind, RoadmapNode::Kind::Course);
            QVERIFY(node->children.size() >= 3);
            QCOMPARE(plannedMinutes(*node), qint64(minutes));
            // A default stays shown as a default; a stated duration's parts are its shares.
            const auto source = node->stated ? RoadmapNode::EffortSource::Share
                                             : RoadmapNode::EffortSource::Default;
            for (const ImportedNode &lecture : node->children)
                QCOMPARE(lecture.node.effortSource, source);
        }
        QCOMPARE(plannedMinutes(*list), qint64(2 * course + 12 * 60));
        // A lecture given an effort in the preview keeps it; the others share the rest.
        ImportResult edited = result;
        ImportedNode *wheel = nullptr;
        for (ImportedNode &course : edited.nodes.first().children) {
            if (course.node.title == QLatin1String("Wheel Throwing Basics"))
                wheel = &course;
        }
        QVERIFY(wheel);
        ImportedNode &first = wheel->children.first();
        first.stated = true;
        first.statedMinutes = 600;
        first.node.effortSource = RoadmapNode::EffortSource::User;
        EffortDistribution::apply(edited.nodes);
        QCOMPARE(first.node.effortMinutes, 600);
        QCOMPARE(wheel->children.at(1).node.effortMinutes, 200);
        QCOMPARE(plannedMinutes(*wheel), qint64(course));
        // Headings without a link of their own under a section about courses are courses too.
        for (const QString &title :
             {QStringLiteral("Raku Firing"), QStringLiteral("Sculpting Heads")}) {
            const ImportedNode *node = find(result.nodes, title);
            QVERIFY2(node, qPrintable(title));
            QCOMPARE(node->node.kind, RoadmapNode::Kind::Course);
            QCOMPARE(plannedMinutes(*node), qint64(course));
            for (const ImportedNode &lecture : node->children) {
                QCOMPARE(lecture.node.kind, RoadmapNode::Kind::Topic);
                QCOMPARE(lecture.node.effortSource, RoadmapNode::EffortSource::Default);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImportFidelity)
#include "tst_importfidelity.moc"
