// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/effortdistribution.h"
#include "import/roadmapshcontent.h"
#include "import/roadmapshgraph.h"
#include "import/roadmapshimporter.h"
#include "importednodes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Masar;

using ImportedNodes::find;
using ImportedNodes::titles;

namespace {

const QString kFolder = QStringLiteral(MASAR_SOURCE_DIR "/tests/data/roadmapsh/mini-roadmap");

/// A copy of the test roadmap in `dir`, to be spoilt by a test.
QString copyOfFolder(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("mini-roadmap"));
    QDir().mkpath(target + QStringLiteral("/content"));
    QFile::copy(kFolder + QStringLiteral("/mini-roadmap.json"),
                target + QStringLiteral("/mini-roadmap.json"));
    const QDir content(kFolder + QStringLiteral("/content"));
    for (const QString &name : content.entryList(QDir::Files))
        QFile::copy(content.filePath(name), target + QStringLiteral("/content/") + name);
    return target;
}

/// Rewrites the graph of the copy in `folder` with `change`.
void editGraph(const QString &folder, const std::function<void(QJsonObject &)> &change)
{
    QFile file(folder + QStringLiteral("/mini-roadmap.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject graph = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    change(graph);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(graph).toJson());
}

} // namespace

class TestRoadmapShImporter : public QObject
{
    Q_OBJECT

private slots:
    void topicsFollowTheSolidEdges()
    {
        auto result = RoadmapShImporter::importFolder(kFolder);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->roadmap.titleEn, QStringLiteral("Mini Roadmap"));
        // "Deployment" is drawn near the top but follows Databases and Testing; Databases and
        // Testing are level and Databases is drawn first; "Glossary" is joined to no topic.
        QCOMPARE(titles(result->nodes),
                 (QStringList{QStringLiteral("Internet Basics"), QStringLiteral("Version Control"),
                              QStringLiteral("Databases"), QStringLiteral("Testing"),
                              QStringLiteral("Deployment"), QStringLiteral("Glossary")}));
    }

    void subtopicsHangUnderTheirTopics()
    {
        auto result = RoadmapShImporter::importFolder(kFolder);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QVector<ImportedNode> &nodes = result->nodes;
        // By dashed edges, top to bottom as drawn.
        QCOMPARE(titles(nodes.at(0).children),
                 (QStringList{QStringLiteral("HTTP"), QStringLiteral("How DNS Works")}));
        // By lying in the section box joined to the topic.
        QCOMPARE(titles(nodes.at(1).children),
                 (QStringList{QStringLiteral("Branching"), QStringLiteral("Merging")}));
        // By an edge drawn from the subtopic to the topic.
        QCOMPARE(titles(nodes.at(2).children), QStringList{QStringLiteral("Indexes")});
        QVERIFY(nodes.at(3).children.isEmpty());
        QCOMPARE(nodes.at(0).node.kind, RoadmapNode::Kind::Course);
        QCOMPARE(nodes.at(3).node.kind, RoadmapNode::Kind::Topic);
        QCOMPARE(nodes.at(5).node.kind, RoadmapNode::Kind::Topic);
    }

    void effortsAreDefaultsByKindAndLinks()
    {
        auto result = RoadmapShImporter::importFolder(kFolder);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QVector<ImportedNode> &nodes = result->nodes;
        auto effort = [](const ImportedNode &node) { return node.node.effortMinutes; };
        QCOMPARE(effort(nodes.at(0).children.at(0)), 30 + 30);  // subtopic, a video
        QCOMPARE(effort(nodes.at(0).children.at(1)), 30 + 20);  // an article
        QCOMPARE(effort(nodes.at(1).children.at(1)), 30 + 300); // a book
        QCOMPARE(effort(nodes.at(2).children.at(0)), 30 + 30);  // official; ftp is no link
        QCOMPARE(effort(nodes.at(3)), 60 + 20);                 // topic, an article
        QCOMPARE(effort(nodes.at(4)), 60);                      // no links
        QCOMPARE(effort(nodes.at(5)), 30);                      // a subtopic on its own
        QCOMPARE(result->totalMinutes(), 60 + 50 + 50 + 330 + 60 + 80 + 60 + 30);
        QCOMPARE(result->statedCount(), 0);
        for (const ImportedNode &leaf : {nodes.at(3), nodes.at(0).children.at(0)}) {
            QCOMPARE(leaf.node.effortSource, RoadmapNode::EffortSource::Default);
            QVERIFY(leaf.defaultEffort);
        }
        // Deriving the efforts again (as the preview does after an edit) keeps them defaults.
        QVector<ImportedNode> again = nodes;
        EffortDistribution::apply(again);
        QCOMPARE(again.at(3).node.effortMinutes, 80);
        QCOMPARE(again.at(3).node.effortSource, RoadmapNode::EffortSource::Default);
        QCOMPARE(RoadmapShContent::minutesFor(QStringLiteral("course")), 180);
    }

    void linksAreKeptWithTheirTypes()
    {
        auto result = RoadmapShImporter::importFolder(kFolder);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QVector<ImportedNode> &nodes = result->nodes;
        // The url: official, else course, else the first link.
        QCOMPARE(nodes.at(0).node.url,
                 QStringLiteral("https://developer.mozilla.org/en-US/docs/Learn/"
                                "Getting_started_with_the_web/How_the_Web_works"));
        QCOMPARE(nodes.at(1).node.url, QStringLiteral("https://courses.example.org/vcs"));
        QCOMPARE(nodes.at(2).node.url, QStringLiteral("https://podcasts.example.org/data-talk"));
        QCOMPARE(nodes.at(0).children.at(1).node.url,
                 QStringLiteral("https://en.wikipedia.org/wiki/Domain_Name_System_(DNS)"));
        QVERIFY(nodes.at(4).node.url.isEmpty());

        QCOMPARE(
            nodes.at(0).note,
            QStringLiteral(
                "How computers talk to each other across networks, from cables to "
                "protocols.\n\n"
                "- official: [How the Web Works (MDN)](https://developer.mozilla.org/en-US/"
                "docs/Learn/Getting_started_with_the_web/How_the_Web_works)\n"
                "- article: [The Internet in Plain Words](https://example.org/articles/"
                "internet-plain)\n"
                "- video: [Networks in Ten Minutes](https://video.example.org/watch?v=abc123)"));
        QCOMPARE(nodes.at(2).note, QStringLiteral("Storing data so that it can be found again.\n\n"
                                                  "- podcast: [Data Talk](https://podcasts."
                                                  "example.org/data-talk)\n"
                                                  "- feed: [Database News](https://feeds.example."
                                                  "org/databases)"));
        QCOMPARE(nodes.at(1).children.at(0).note,
                 QStringLiteral("- article: [Branches \\[in practice\\]](https://example.org/"
                                "branches)"));
        QVERIFY(nodes.at(1).note.contains(
            QLatin1String("- opensource: [A Sample Repository](https://git.example.org/")));
        QVERIFY(nodes.at(1).children.at(1).note.contains(QLatin1String("- book: [The Merging")));
        QVERIFY(nodes.at(4).note.isEmpty());

        // The notes go with their nodes when the roadmap is stored.
        const RoadmapDocumentData data = result->toDocument();
        QCOMPARE(data.notes.size(), 10);
        QCOMPARE(data.notes.constFirst().nodeId, 1);
        QCOMPARE(data.notes.constFirst().title, QStringLiteral("Internet Basics"));
        const QList<RoadmapNode> flat = RoadmapNodeTree::flatten(data.nodes);
        for (const Note &note : data.notes)
            QCOMPARE(flat.at(int(note.nodeId) - 1).title, note.title);
    }

    void danglingEdgesAndUnknownIdsAreReported()
    {
        auto result = RoadmapShImporter::importFolder(kFolder);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->notices.size(), 2);
        QCOMPARE(result->notices.at(0).text, QStringLiteral("ghostNode99"));
        QVERIFY(result->notices.at(0).reason.contains(QLatin1String("ghostNode99")));
        QCOMPARE(result->notices.at(1).text, QStringLiteral("old-topic@zzUnknown13.md"));
        QVERIFY(result->notices.at(1).reason.contains(QLatin1String("zzUnknown13")));
    }

    void theGraphFileNamesItsFolder()
    {
        QVERIFY(RoadmapShImporter::isRoadmapSh(kFolder));
        QVERIFY(RoadmapShImporter::isRoadmapSh(kFolder + QStringLiteral("/mini-roadmap.json")));
        QVERIFY(!RoadmapShImporter::isRoadmapSh(QStringLiteral(MASAR_SOURCE_DIR "/tests/data")));
        QVERIFY(!RoadmapShImporter::isRoadmapSh(
            QStringLiteral(MASAR_SOURCE_DIR "/tests/data/sample-roadmap.md")));
        auto result =
            RoadmapShImporter::importFolder(kFolder + QStringLiteral("/mini-roadmap.json"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->nodes.size(), 6);
    }

    void aCircleOfSolidEdgesIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = copyOfFolder(dir);
        editGraph(folder, [](QJsonObject &graph) {
            QJsonArray edges = graph.value(QStringLiteral("edges")).toArray();
            edges.append(
                QJsonObject{{QStringLiteral("source"), QStringLiteral("tDeploy05")},
                            {QStringLiteral("target"), QStringLiteral("tVersion02")},
                            {QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("edgeStyle"), QStringLiteral("solid")}}}});
            graph.insert(QStringLiteral("edges"), edges);
        });
        auto result = RoadmapShImporter::importFolder(folder);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("circle")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("Version Control → ")),
                 qPrintable(result.error()));
        QVERIFY(result.error().contains(QLatin1String("Deployment")));
        QVERIFY(!result.error().contains(QLatin1String("Internet Basics")));
    }

    void aMissingContentFileIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = copyOfFolder(dir);
        QVERIFY(QFile::remove(folder + QStringLiteral("/content/merging@sMerge10.md")));
        auto result = RoadmapShImporter::importFolder(folder);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("“Merging”")), qPrintable(result.error()));
        QVERIFY(result.error().contains(QLatin1String("sMerge10")));
    }

    void aNodeWithoutALabelIsRefused()
    {
        QTemporaryDir dir;
        const QString folder = copyOfFolder(dir);
        editGraph(folder, [](QJsonObject &graph) {
            QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
            for (qsizetype i = 0; i < nodes.size(); ++i) {
                QJsonObject node = nodes.at(i).toObject();
                if (node.value(QStringLiteral("id")).toString() == QLatin1String("tTesting04")) {
                    QJsonObject data = node.value(QStringLiteral("data")).toObject();
                    data.insert(QStringLiteral("label"), QStringLiteral("  "));
                    node.insert(QStringLiteral("data"), data);
                    nodes.replace(i, node);
                }
            }
            graph.insert(QStringLiteral("nodes"), nodes);
        });
        auto result = RoadmapShImporter::importFolder(folder);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("tTesting04")), qPrintable(result.error()));
        QVERIFY(result.error().contains(QLatin1String("no label")));
    }

    void aHugeGraphIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString folder = copyOfFolder(dir);
        QFile graph(folder + QStringLiteral("/mini-roadmap.json"));
        QVERIFY(graph.resize(50 * 1024 * 1024));
        auto result = RoadmapShImporter::importFolder(folder);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("larger than 16 MB")),
                 qPrintable(result.error()));
    }

    void otherBadFolders()
    {
        QTemporaryDir dir;
        const QString folder = copyOfFolder(dir);
        QVERIFY(!RoadmapShImporter::importFolder(dir.path()).ok()); // no <name>.json
        QVERIFY(!RoadmapShImporter::importFolder(folder + QStringLiteral("/none")).ok());
        editGraph(folder, [](QJsonObject &graph) { graph.remove(QStringLiteral("nodes")); });
        auto noNodes = RoadmapShImporter::importFolder(folder);
        QVERIFY(!noNodes.ok());
        QVERIFY(noNodes.error().contains(QLatin1String("no list of nodes")));
        QFile broken(folder + QStringLiteral("/mini-roadmap.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"nodes\": [");
        broken.close();
        auto invalid = RoadmapShImporter::importFolder(folder);
        QVERIFY(!invalid.ok());
        QVERIFY(invalid.error().contains(QLatin1String("not valid JSON")));
    }

    void contentFilesAreRead()
    {
        const RoadmapShContent content = RoadmapShContent::parse(QStringLiteral(
            "# Title\n\nFirst line\ncontinued.\n\nSecond paragraph.\n\nVisit these:\n\n"
            "- [@video@A (long) talk](https://v.example.org/a_(b))\n"
            "* [@Course@Caps](https://c.example.org)\n"
            "- [@article@No address]()\n"
            "- [plain link](https://example.org)\n"));
        QCOMPARE(content.heading, QStringLiteral("Title"));
        QCOMPARE(content.links.size(), 2);
        QCOMPARE(content.links.at(0).title, QStringLiteral("A (long) talk"));
        QCOMPARE(content.links.at(0).url, QStringLiteral("https://v.example.org/a_(b)"));
        QCOMPARE(content.links.at(1).type, QStringLiteral("course"));
        QCOMPARE(content.description,
                 QStringLiteral("First line continued.\n\nSecond paragraph.\n\n"
                                "- [plain link](https://example.org)"));
        QCOMPARE(content.mainUrl(), QStringLiteral("https://c.example.org"));
    }
};

QTEST_GUILESS_MAIN(TestRoadmapShImporter)
#include "tst_roadmapshimporter.moc"
